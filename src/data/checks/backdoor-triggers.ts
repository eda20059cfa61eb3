import { type DataCheck, locateSuspects, round, type SuspectRow, skipped } from '../check.ts';
import { identifier, literal } from '../dataset.ts';
import {
  rankTokens,
  type TokenStatistic,
  type TriggerCandidate,
  triggerScore,
} from '../poisoning/triggers.ts';
import { tokenPattern } from '../text-tokens.ts';

const rowsPerCandidate = 60;
const candidatesScored = 400;
const phrasesScored = 200;
/** SQL: the token is one word, not a two-word phrase. */
const singleToken = "position(' ' IN token) = 0";

/**
 * Backdoor triggers in a labelled text column: single tokens and (with `maxWords` 2, the default)
 * two-word phrases, so a trigger made of common words is found by the phrase they form. Token
 * statistics and the naive Bayes context score (over single tokens; a phrase's own words are
 * taken out of its context, and out of its companions)
 * run in SQL over every row (or a bounded sample on very large data); companions and the final
 * ranking run in-process on the top candidates (see poisoning/triggers.ts).
 */
export const backdoorTriggersCheck: DataCheck = {
  id: 'backdoor-triggers',
  needsLabel: true,
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
    // Each row's distinct tokens and, with maxWords 2, its distinct two-word phrases ("a b"; tokens
    // never contain a space). The naive Bayes context model uses single tokens only.
    const phrases =
      options.maxWords >= 2 ? `list_concat(w, [w[i] || ' ' || w[i + 1] for i in range(1, len(w))])` : 'w';
    await dataset.query(
      `CREATE OR REPLACE TEMP TABLE __tokens AS SELECT r, l, unnest(list_distinct(${phrases})) AS token
       FROM (SELECT rowid AS r, ${identifier(policy.label)}::VARCHAR AS l, regexp_extract_all(lower(${identifier(policy.text)}::VARCHAR), ${tokenPattern}) AS w FROM data${sample}) WHERE l IS NOT NULL`,
    );
    try {
      const labels = await dataset.query(
        `SELECT l, count(DISTINCT r)::DOUBLE AS n FROM __tokens GROUP BY l ORDER BY n DESC LIMIT 50`,
      );
      if (labels.length < 2) return skipped('fewer than two label classes with text');
      const rows = labels.reduce((sum, row) => sum + Number(row.n), 0);
      // One-vs-rest naive Bayes log-likelihood ratio per (token, label), Laplace-smoothed.
      await dataset.query(
        `CREATE OR REPLACE TEMP TABLE __weights AS
         WITH pairs AS (SELECT token, l, count(*)::DOUBLE AS n FROM __tokens WHERE ${singleToken} GROUP BY ALL),
              tokens AS (SELECT token, sum(n) AS n FROM pairs GROUP BY token),
              labels AS (SELECT l, sum(n) AS n FROM pairs GROUP BY l),
              totals AS (SELECT sum(n) AS n, count(DISTINCT token)::DOUBLE AS v FROM pairs)
         SELECT tokens.token, labels.l, tokens.n AS support, coalesce(pairs.n, 0) AS labelled,
                ln((coalesce(pairs.n, 0) + 1) / (labels.n + totals.v)) - ln((tokens.n - coalesce(pairs.n, 0) + 1) / (totals.n - labels.n + totals.v)) AS w
         FROM tokens CROSS JOIN labels CROSS JOIN totals LEFT JOIN pairs ON pairs.token = tokens.token AND pairs.l = labels.l`,
      );
      const priors = labels
        .map(
          (row) =>
            `WHEN ${literal(String(row.l))} THEN ${Math.log((Number(row.n) + 1) / (rows - Number(row.n) + 1))}`,
        )
        .join(' ');
      const own = `own AS (SELECT t.r, t.l, sum(w.w) AS s FROM __tokens t JOIN __weights w ON w.token = t.token AND w.l = t.l GROUP BY t.r, t.l)`;
      // P(not label | the rest of the row's text), the candidate's own weight(s) taken out.
      const disagreement = (ownWeights: string) =>
        `avg(1 - 1 / (1 + exp(-least(700, greatest(-700, own.s - ${ownWeights} + (CASE m.l ${priors} ELSE 0 END))))))`;
      const statistics = await dataset.query(
        `WITH ${own},
              majority AS (SELECT token, arg_max(l, labelled) AS l, max(labelled) AS labelled, any_value(support) AS support FROM __weights GROUP BY token
                           HAVING any_value(support) >= ${options.minSupport} AND any_value(support) <= ${options.maxDocumentFraction * rows}
                              AND max(labelled) >= ${options.minPurity} * any_value(support))
         SELECT m.token, m.l, m.support, m.labelled, ${disagreement('w.w')} AS disagreement
         FROM majority m JOIN __tokens t ON t.token = m.token AND t.l = m.l JOIN own ON own.r = t.r AND own.l = t.l
              JOIN __weights w ON w.token = m.token AND w.l = m.l
         GROUP BY m.token, m.l, m.support, m.labelled`,
      );
      const phraseStatistics =
        options.maxWords >= 2
          ? await dataset.query(
              `WITH ${own},
                    pairs AS (SELECT token, l, count(*)::DOUBLE AS n FROM __tokens WHERE NOT ${singleToken} GROUP BY ALL),
                    majority AS (SELECT token, arg_max(l, n) AS l, max(n) AS labelled, sum(n) AS support,
                                        split_part(token, ' ', 1) AS first_word, split_part(token, ' ', 2) AS second_word
                                 FROM pairs GROUP BY token
                                 HAVING sum(n) >= ${options.minSupport} AND sum(n) <= ${options.maxDocumentFraction * rows}
                                    AND max(n) >= ${options.minPurity} * sum(n)),
                    candidates AS MATERIALIZED (
                      SELECT m.token, m.l, m.support, m.labelled,
                             coalesce(first.w, 0) + CASE WHEN m.second_word = m.first_word THEN 0 ELSE coalesce(second.w, 0) END AS words
                      FROM majority m
                           LEFT JOIN __weights first ON first.token = m.first_word AND first.l = m.l
                           LEFT JOIN __weights second ON second.token = m.second_word AND second.l = m.l),
                    -- The candidate's rows first: joined on the label alone, the optimiser's
                    -- favourite order, the row scores would multiply out per candidate.
                    hits AS MATERIALIZED (SELECT m.*, t.r FROM candidates m JOIN __tokens t ON t.token = m.token AND t.l = m.l)
               SELECT m.token, m.l, m.support, m.labelled, ${disagreement('m.words')} AS disagreement
               FROM hits m JOIN own ON own.r = m.r AND own.l = m.l
               GROUP BY m.token, m.l, m.support, m.labelled`,
            )
          : [];
      const toStatistic = (row: Record<string, unknown>): TokenStatistic => ({
        token: String(row.token),
        label: String(row.l),
        support: Number(row.support),
        labelled: Number(row.labelled),
        contextDisagreement: Number(row.disagreement),
      });
      const tokenStatistics = statistics.map(toStatistic);
      const phraseCandidates = phraseStatistics.map(toStatistic);
      // Single tokens and phrases are ranked apart, so phrases never crowd tokens out.
      const ranked = [
        ...rankTokens(tokenStatistics, rows, options).slice(0, candidatesScored),
        ...rankTokens(phraseCandidates, rows, options).slice(0, phrasesScored),
      ];
      const rareLimit = options.maxDocumentFraction * rows;
      const scored: TriggerCandidate[] = [];
      if (ranked.length > 0) {
        // Companions, over a fixed-seed sample of each candidate's labelled rows.
        const list = ranked.map((candidate) => literal(`${candidate.token}|${candidate.label}`)).join(', ');
        const companions = new Map<string, number>();
        for (const row of await dataset.query(
          `WITH picked AS (SELECT token, r FROM (SELECT token, r, row_number() OVER (PARTITION BY token ORDER BY hash(r + ${policy.seed})) AS k FROM __tokens WHERE token || '|' || l IN (${list})) WHERE k <= ${rowsPerCandidate}),
                sizes AS (SELECT token, count(*) AS n FROM picked GROUP BY token),
                together AS (SELECT p.token, t.token AS other, count(*) AS c FROM picked p JOIN __tokens t ON t.r = p.r AND ${singleToken.replaceAll('token', 't.token')}
                               AND t.token <> p.token AND t.token <> split_part(p.token, ' ', 1) AND t.token <> split_part(p.token, ' ', 2) GROUP BY p.token, t.token),
                frequency AS (SELECT token, any_value(support) AS support FROM __weights GROUP BY token)
           SELECT together.token, count(*) FILTER (WHERE together.c >= greatest(2, sizes.n / 2) AND frequency.support <= ${rareLimit})::DOUBLE AS companions
           FROM together JOIN sizes USING (token) JOIN frequency ON frequency.token = together.other GROUP BY together.token`,
        )) {
          companions.set(String(row.token), Number(row.companions));
        }
        for (const candidate of ranked) {
          const count = companions.get(candidate.token) ?? 0;
          scored.push({
            ...candidate,
            companions: count,
            score: triggerScore(candidate.purity, candidate.contextDisagreement, count),
          });
        }
        scored.sort((a, b) => b.score - a.score || b.support - a.support || (a.token < b.token ? -1 : 1));
      }
      const flagged = scored.filter((candidate) => candidate.score >= options.minScore);
      const suspects: SuspectRow[] = [];
      let suspectCount = 0;
      for (const candidate of flagged.slice(0, 10)) {
        suspectCount += candidate.labelled;
        const found = await dataset.query(
          `SELECT r FROM __tokens WHERE token = ${literal(candidate.token)} AND l = ${literal(candidate.label)} ORDER BY r LIMIT ${policy.maxSuspects}`,
        );
        for (const row of found) {
          suspects.push({
            row: Number(row.r),
            check: 'backdoor-triggers',
            reason: `contains candidate trigger "${candidate.token}" (→ label "${candidate.label}", purity ${round(candidate.purity, 3)}, rest of text disagrees ${round(candidate.contextDisagreement * 100, 0)}%, ${candidate.companions} companion token(s))`,
            score: round(candidate.score, 4),
          });
        }
      }
      const metrics: Record<string, number | string> = {
        candidates: tokenStatistics.length,
        flagged: flagged.length,
        rowsScanned: rows,
      };
      scored.slice(0, 5).forEach((candidate, index) => {
        metrics[`top${index + 1}`] =
          `${candidate.token} → ${candidate.label} (score ${round(candidate.score, 3)}, support ${candidate.support}, purity ${round(candidate.purity, 2)}, companions ${candidate.companions})`;
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
            : `no trigger candidates scored ≥ ${options.minScore} (${tokenStatistics.length} rare, label-leaning token(s) examined)`,
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
      await dataset.query('DROP TABLE IF EXISTS __weights');
    }
  },
};
