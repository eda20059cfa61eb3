import { type DataCheck, locateSuspects, round, type SuspectRow, skipped } from '../check.ts';
import { loadFeatureSample, sampleNeighbours } from '../feature-sample.ts';
import { neighbourVotes } from '../poisoning/knn.ts';

/**
 * Poisoning suspects by label disagreement: each row's label is compared with the out-of-sample
 * vote of its k nearest neighbours (the row itself never votes), in the spirit of confident
 * learning. A row is a suspect when its neighbourhood gives its own label a probability below the
 * average for that class and at least `minDisagreement` of the vote goes to another class.
 */
export const labelNoiseCheck: DataCheck = {
  id: 'label-noise',
  title: 'Label flips (kNN label disagreement)',
  async run(context) {
    const { dataset, baseline, policy } = context;
    if (!policy.label) return skipped('no label column in the policy');
    const options = policy.checks.labelNoise;
    const sample = await loadFeatureSample(context, options.sampleSize);
    if (sample.dimensions === 0)
      return skipped('no numeric or categorical feature columns to compare rows by');
    const classNames = [...new Set(sample.labels)].sort();
    if (classNames.length < 2) return skipped('fewer than two label classes');
    const classIndex = new Map(classNames.map((name, index) => [name, index]));
    const labels = Int32Array.from(sample.labels, (name) => classIndex.get(name)!);
    const neighbours = sampleNeighbours(sample, options.k);
    const classes = classNames.length;
    const probabilities = neighbourVotes(neighbours, labels, classes);

    // Per-class self-confidence threshold t_c: mean probability given to class c by rows labelled c.
    const sums = new Float64Array(classes);
    const counts = new Float64Array(classes);
    for (let i = 0; i < labels.length; i++) {
      sums[labels[i]!]! += probabilities[i * classes + labels[i]!]!;
      counts[labels[i]!]! += 1;
    }
    const suspects: SuspectRow[] = [];
    for (let i = 0; i < labels.length; i++) {
      const given = labels[i]!;
      const own = probabilities[i * classes + given]!;
      let best = -1;
      let bestProbability = 0;
      for (let c = 0; c < classes; c++) {
        if (c === given) continue;
        const p = probabilities[i * classes + c]!;
        if (p > bestProbability) {
          bestProbability = p;
          best = c;
        }
      }
      const threshold = counts[given]! > 0 ? sums[given]! / counts[given]! : 1;
      if (best >= 0 && own < threshold && bestProbability >= options.minDisagreement) {
        suspects.push({
          row: sample.rows[i]!,
          check: 'label-noise',
          reason: `labelled "${classNames[given]}" but ${round(bestProbability * 100, 0)}% of its ${neighbours.k} nearest neighbours say "${classNames[best]}"`,
          score: round(bestProbability, 4),
        });
      }
    }
    const rate = suspects.length / labels.length;
    const reference = baseline?.reference.labelNoiseRate;
    const limit = (reference ?? 0) + options.maxExcessRate;
    const failed = rate > limit;
    return {
      status: failed ? 'fail' : 'pass',
      summary: `${suspects.length} of ${labels.length}${sample.complete ? '' : ' sampled'} row(s) disagree with their neighbourhood (${round(rate * 100, 2)}%; limit ${round(limit * 100, 2)}%${reference === undefined ? '' : `, baseline ${round(reference * 100, 2)}%`})`,
      metrics: {
        suspects: suspects.length,
        rowsScored: labels.length,
        rate: round(rate, 5),
        limit: round(limit, 5),
      },
      findings: failed
        ? [
            {
              ruleId: 'data.poisoning.label-flip',
              severity: options.severity,
              message: `${suspects.length} row(s) carry a label their nearest neighbours contradict (${round(rate * 100, 2)}% > ${round(limit * 100, 2)}%): possible label-flip poisoning`,
              frameworks: ['LLM04:2025', 'AML.T0020'],
            },
          ]
        : [],
      suspects: locateSuspects(dataset, suspects, policy.maxSuspects),
      suspectCount: suspects.length,
      charts: [],
    };
  },
};
