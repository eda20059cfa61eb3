import { type DataCheck, locateSuspects, round, type SuspectRow, skipped } from '../check.ts';
import { loadFeatureSample, sampleNeighbours } from '../feature-sample.ts';
import { findLabelIssuesInTwoPasses } from '../poisoning/label-disagreement.ts';
import { loadRowTokens } from '../text-tokens.ts';

/**
 * Poisoning suspects by label disagreement (confident learning): each row's label is compared with
 * out-of-sample class probabilities from three simple models fitted in-process on a bounded
 * sample — the vote of its k nearest neighbours, the vote of its k nearest neighbours after
 * within-class whitening, and a cross-validated multinomial logistic regression, plus naive Bayes
 * over the tokens of the policy's text column when there is one — averaged over the members that
 * are not clearly worse than the best one on the rows still trusted: within 5 points of its
 * accuracy, and not twice its mistakes beyond chance (a linear model on a map of counties would only
 * blur the neighbours' answer; see `chooseMembers`). The whitening is fitted without the 10% of rows
 * farthest from their class mean, which flipped rows are. A row is a suspect
 * when its own label gets less than that class's average self-confidence, at least
 * `minDisagreement` goes to another class (or 90% is against its label, however split), and it is
 * as sure not to be its label as the class's
 * rows are, on average, sure to be it; the confident suspects are set aside and every row is
 * scored again, so flipped rows do not hide each other (nor two remaining candidates that are each
 * other's only agreeing neighbour), against class averages measured again
 * without them (see `findLabelIssuesInTwoPasses`); "as sure not to be its label" asks for at most
 * 90%.
 * Suspects are ranked by margin.
 */
/** Least share of the baseline's scored rows for which the estimated mislabelled share is compared. */
const minimumSampleShare = 0.8;

export const labelNoiseCheck: DataCheck = {
  id: 'label-noise',
  needsLabel: true,
  title: 'Label flips (out-of-sample label disagreement)',
  async run(context) {
    const { dataset, baseline, policy } = context;
    if (!policy.label) return skipped('no label column in the policy');
    const options = policy.checks.labelNoise;
    if (policy.text) dataset.requireColumn(policy.text, 'text');
    const sample = await loadFeatureSample(context, options.sampleSize);
    if (sample.dimensions === 0 && !policy.text)
      return skipped('no numeric or categorical feature columns (and no text column) to compare rows by');
    const classNames = [...new Set(sample.labels)].sort();
    if (classNames.length < 2) return skipped('fewer than two label classes');
    const classIndex = new Map(classNames.map((name, index) => [name, index]));
    const labels = Int32Array.from(sample.labels, (name) => classIndex.get(name)!);
    const text = policy.text
      ? await loadRowTokens(dataset, policy.text, sample.rows, sample.complete)
      : undefined;
    const { issues, members, firstPass } = findLabelIssuesInTwoPasses(
      sample.vectors,
      sample.dimensions,
      labels,
      classNames.length,
      {
        k: options.k,
        seed: policy.seed,
        minDisagreement: options.minDisagreement,
        ...(sample.dimensions > 0 ? { neighbours: sampleNeighbours(sample, options.k) } : {}),
        ...(text ? { text } : {}),
      },
    );
    const classes = classNames.length;
    const percent = (value: number) => `${round(value * 100, 0)}%`;
    const suspects: SuspectRow[] = issues.map((issue) => {
      const each = members
        .filter((member) => Number.isFinite(member.probabilities[issue.index * classes]!))
        .map(
          (member) =>
            `${member.name} ${percent(member.probabilities[issue.index * classes + issue.suggested]!)}`,
        )
        .join(', ');
      return {
        row: sample.rows[issue.index]!,
        check: 'label-noise',
        reason: `labelled "${classNames[issue.given]}" but the models say "${classNames[issue.suggested]}" (${percent(issue.suggestedProbability)} vs ${percent(issue.givenProbability)}; ${each}; class average ${percent(issue.threshold)})`,
        score: round(issue.suggestedProbability - issue.givenProbability, 4),
      };
    });
    const rate = suspects.length / labels.length;
    // Estimated mislabelled share: the mean out-of-sample probability against the given label, from
    // the first pass (no row set aside), as in baselines built before the second pass existed.
    // Every flip moves it (about twice: the flipped row and its neighbours' votes), not only the
    // flips that cross a suspect threshold, so it is the more sensitive statistic on data whose
    // classes overlap; it needs a baseline, since overlapping classes give it a floor.
    let errorSum = 0;
    let estimated = 0;
    labels.forEach((label, index) => {
      const probability = firstPass[index * classes + label]!;
      if (!Number.isFinite(probability)) return;
      errorSum += 1 - probability;
      estimated++;
    });
    const errorRate = estimated > 0 ? errorSum / estimated : 0;
    const referenceError = baseline?.reference.labelErrorRate;
    const referenceRate = baseline?.reference.labelNoiseRate;
    const referenceRows = baseline?.reference.labelRowsScored;
    // Fewer rows make weaker models and a higher estimate (iris at half size: +3 points), so the
    // estimate is compared only when this sample is at least 80% of the baseline's.
    const byError =
      referenceError !== undefined &&
      referenceRows !== undefined &&
      labels.length >= minimumSampleShare * referenceRows;
    const limit = (byError ? referenceError : (referenceRate ?? 0)) + options.maxExcessRate;
    const measured = byError ? errorRate : rate;
    const failed = measured > limit;
    const percentage = (value: number) => `${round(value * 100, 2)}%`;
    const comparison = byError
      ? `est. mislabelled ${percentage(errorRate)}; limit ${percentage(limit)}, baseline ${percentage(referenceError)}`
      : `${percentage(rate)}; limit ${percentage(limit)}${referenceRate === undefined ? '' : `, baseline ${percentage(referenceRate)}`}`;
    return {
      status: failed ? 'fail' : 'pass',
      summary: `${suspects.length} of ${labels.length}${sample.complete ? '' : ' sampled'} row(s) contradicted by out-of-sample models (${comparison})`,
      metrics: {
        suspects: suspects.length,
        rowsScored: labels.length,
        rate: round(rate, 5),
        errorRate: round(errorRate, 5),
        limit: round(limit, 5),
        gatedOn: byError ? 'estimated mislabelled share' : 'suspect rate',
      },
      findings: failed
        ? [
            {
              ruleId: 'data.poisoning.label-flip',
              severity: options.severity,
              message: byError
                ? `labels disagree with out-of-sample models fitted on the other rows more than in the baseline (estimated mislabelled share ${percentage(errorRate)} > ${percentage(limit)}; ${suspects.length} suspect row(s)): possible label-flip poisoning`
                : `${suspects.length} row(s) carry a label that out-of-sample models fitted on the other rows contradict (${percentage(rate)} > ${percentage(limit)}): possible label-flip poisoning`,
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
