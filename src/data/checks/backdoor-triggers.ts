import { type DataCheck, locateSuspects, round, type SuspectRow, skipped } from '../check.ts';
import { identifier, literal } from '../dataset.ts';
import {
  scoreTriggers,
  type TokenLabelCounts,
  TokenNaiveBayes,
  triggerCandidates,
} from '../poisoning/triggers.ts';

const tokenPattern = "'[\\p{L}\\p{N}]+'";
const rowsPerCandidate = 60;
const candidatesScored = 200;

/**
 * Backdoor triggers in a labelled text column: token statistics in SQL (every row, or a bounded
 * sample on very large data), candidate scoring in-process (see poisoning/triggers.ts).
 */
export const backdoorTriggersCheck: DataCheck = {
  id: 'backdoor-triggers',
  title: 'Backdoor trigger candidates (text)',
  async run({ dataset, policy }) {
    if (!policy.label) return skipped('no label column in the policy');
    if (!policy.text) return skipped('no text column in the policy');
    dataset.requireColumn(policy.text, 'text');
    const options = policy.checks.backdoorTriggers;
    const complete = dataset.rowCount <= options.sampleSize;
    const sample = complete
      ? ''
      : ` USING SAMPLE reservoir(${options.sampleSize} ROWS) REPEATABLE (${policy.seed})`;
    await dataset.query(
      `CREATE OR REPLACE TEMP TABLE __tokens AS SELECT r, l, unnest(list_distinct(regexp_extract_all(lower(t), ${tokenPattern}))) AS token
       FROM (SELECT rowid AS r, ${identifier(policy.label)}::VARCHAR AS l, ${identifier(policy.text)}::VARCHAR AS t FROM data${sample}) WHERE l IS NOT NULL`,
    );
    try {
      const stats: TokenLabelCounts = { counts: new Map(), rowsPerLabel: new Map() };
      for (const row of await dataset.query(
        `SELECT l, count(*)::DOUBLE AS n FROM (SELECT rowid AS r, ${identifier(policy.label)}::VARCHAR AS l FROM data${sample}) WHERE l IS NOT NULL GROUP BY l`,
      )) {
        stats.rowsPerLabel.set(String(row.l), Number(row.n));
      }
      for (const row of await dataset.query(
        `SELECT token, l, count(*)::DOUBLE AS n FROM __tokens WHERE token IN (SELECT token FROM __tokens GROUP BY token HAVING count(*) >= 2 ORDER BY count(*) DESC LIMIT 300000) GROUP BY token, l`,
      )) {
        const token = String(row.token);
        let byLabel = stats.counts.get(token);
        if (!byLabel) {
          byLabel = new Map();
          stats.counts.set(token, byLabel);
        }
        byLabel.set(String(row.l), Number(row.n));
      }
      if (stats.rowsPerLabel.size < 2) return skipped('fewer than two label classes');
      const candidates = triggerCandidates(stats, options).slice(0, candidatesScored);
      const rowsByToken = new Map<string, string[][]>();
      if (candidates.length > 0) {
        const list = candidates.map((candidate) => literal(candidate.token)).join(', ');
        const rows = await dataset.query(
          `WITH picked AS (SELECT token, r FROM (SELECT token, r, row_number() OVER (PARTITION BY token ORDER BY hash(r + ${policy.seed})) AS k FROM __tokens WHERE token IN (${list})) WHERE k <= ${rowsPerCandidate}),
                bags AS (SELECT r, list(token) AS tokens FROM __tokens WHERE r IN (SELECT r FROM picked) GROUP BY r)
           SELECT picked.token AS token, bags.tokens AS tokens FROM picked JOIN bags USING (r)`,
        );
        for (const row of rows) {
          const token = String(row.token);
          if (!rowsByToken.has(token)) rowsByToken.set(token, []);
          rowsByToken.get(token)!.push((row.tokens as unknown[]).map(String));
        }
      }
      const scored = scoreTriggers(candidates, rowsByToken, new TokenNaiveBayes(stats));
      const flagged = scored.filter((candidate) => candidate.score >= options.minScore);
      const suspects: SuspectRow[] = [];
      let suspectCount = 0;
      for (const candidate of flagged.slice(0, 10)) {
        const [counted] = await dataset.query(
          `SELECT count(*)::DOUBLE AS n FROM __tokens WHERE token = ${literal(candidate.token)} AND l = ${literal(candidate.label)}`,
        );
        suspectCount += Number(counted?.n ?? 0);
        const rows = await dataset.query(
          `SELECT r FROM __tokens WHERE token = ${literal(candidate.token)} AND l = ${literal(candidate.label)} ORDER BY r LIMIT ${policy.maxSuspects}`,
        );
        for (const row of rows) {
          suspects.push({
            row: Number(row.r),
            check: 'backdoor-triggers',
            reason: `contains candidate trigger "${candidate.token}" (→ label "${candidate.label}", purity ${round(candidate.purity, 3)}, rest of text disagrees ${round(candidate.contextDisagreement * 100, 0)}%)`,
            score: round(candidate.score, 4),
          });
        }
      }
      const top = scored.slice(0, 5);
      const metrics: Record<string, number | string> = {
        candidates: candidates.length,
        flagged: flagged.length,
        rowsScanned: complete ? dataset.rowCount : options.sampleSize,
      };
      top.forEach((candidate, index) => {
        metrics[`top${index + 1}`] =
          `${candidate.token} → ${candidate.label} (score ${round(candidate.score, 3)}, support ${candidate.support})`;
      });
      return {
        status: flagged.length > 0 ? 'fail' : 'pass',
        summary:
          flagged.length > 0
            ? `${flagged.length} candidate trigger(s): ${flagged
                .slice(0, 5)
                .map(
                  (candidate) =>
                    `"${candidate.token}" → ${candidate.label} (score ${round(candidate.score, 3)}, ${candidate.support} rows)`,
                )
                .join(', ')}`
            : `no trigger candidates scored ≥ ${options.minScore} (${candidates.length} rare, label-pure token(s) examined)`,
        metrics,
        findings: flagged.slice(0, 20).map((candidate) => ({
          ruleId: 'data.poisoning.backdoor-trigger',
          severity: options.severity,
          message: `token "${candidate.token}" appears in ${candidate.support} row(s), ${round(candidate.purity * 100, 1)}% labelled "${candidate.label}", while the rest of those rows' text disagrees ${round(candidate.contextDisagreement * 100, 0)}%: possible backdoor trigger`,
          location: { detail: `column ${policy.text}` },
          frameworks: ['LLM04:2025', 'AML.T0020'],
          data: { token: candidate.token, label: candidate.label, score: round(candidate.score, 4) },
        })),
        suspects: locateSuspects(dataset, suspects, policy.maxSuspects),
        suspectCount,
        charts: [],
      };
    } finally {
      await dataset.query('DROP TABLE IF EXISTS __tokens');
    }
  },
};
