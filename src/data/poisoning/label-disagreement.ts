import { mutualSoleSupport, type Neighbours, nearestNeighbours, neighbourVotes } from './knn.ts';
import { crossValidatedLogisticProbabilities } from './logistic-regression.ts';
import { crossValidatedNaiveBayesProbabilities } from './naive-bayes.ts';
import { whitenWithinClass } from './within-class-whitening.ts';

/** One out-of-sample estimate of P(class | row): probabilities[i*classes + c]. */
export interface ProbabilityEstimate {
  name: string;
  probabilities: Float64Array;
}

export interface LabelProbabilityOptions {
  k: number;
  seed: number;
  /** Neighbours in the plain (robust-scaled) space when the caller already has them. */
  neighbours?: Neighbours;
  /** Neighbours after within-class whitening when the caller already has them. */
  whitenedNeighbours?: Neighbours;
  /**
   * Rows that are still scored but neither vote nor train any model (rows already judged
   * mislabelled), so that their labels do not pull their neighbours' estimates.
   */
  excluded?: Uint8Array;
  /**
   * Rows still suspected but not set aside (the first pass's candidates): two of them with the same
   * label that are each other's only agreeing neighbour do not vote for each other (see
   * `mutualSoleSupport`).
   */
  candidates?: Uint8Array;
  /** Each row's distinct token ids from a text column, for a naive Bayes member. */
  text?: { tokens: readonly Int32Array[]; vocabulary: number };
}

/**
 * Out-of-sample class probabilities for every row from simple models, none of which sees the
 * row's own label. Over feature vectors (when `dimensions` > 0): the vote of its k nearest
 * neighbours in the robust-scaled space; the vote of its k nearest neighbours after within-class
 * whitening (Mahalanobis distance, so features that separate the classes count and within-class
 * noise does not); and a K-fold cross-validated multinomial logistic regression. Over a text
 * column (when given): a K-fold naive Bayes model over the row's tokens, with no estimate (NaN)
 * for a row without tokens. The estimate used is the mean of the members that have one: the
 * neighbour votes catch local, non-linear structure, the regression a global linear boundary,
 * the text model the words, and averaging keeps one model's blind spot from making a row a
 * suspect on its own. A member that is clearly worse than the best one on the rows not set aside
 * is left out of the mean (it is still returned, for the reasons shown; see `chooseMembers`): a
 * linear model on 40 states drawn on a map is right half the time and only blurs the others.
 */
/**
 * Most that "confidently not its label" asks for: a class whose rows are 99% sure of it would
 * otherwise make a flipped row prove itself 99% not that class, which a row near a dense border
 * with another class never does. A row this sure not to be its label is a suspect even when no
 * single other class reaches `minDisagreement`.
 */
const confidentCap = 0.9;

/** Share of rows farthest from their class mean left out of the whitening's fit (see whitenWithinClass). */
const whiteningTrim = 0.1;

/** A member whose out-of-sample accuracy is this far below the best member's is left out of the mean. */
const memberAccuracyMargin = 0.05;

/**
 * A member that makes at least this many times the best member's mistakes on the same rows is left
 * out of the mean too, when the difference is not chance (see `memberSignificance`).
 */
const memberErrorRatio = 2;

/** McNemar z (rows only the best member gets right, against rows only this member gets right) that counts as not chance. */
const memberSignificance = 2;

/** Share of rows with an estimate whose most probable class is their given label. */
export function outOfSampleAccuracy(
  probabilities: Float64Array,
  labels: Int32Array,
  classes: number,
  /** Rows (marked 1) left out, e.g. rows already judged mislabelled. */
  excluded?: Uint8Array,
): number {
  let right = 0;
  let scored = 0;
  for (let row = 0; row < labels.length; row++) {
    if (excluded?.[row] === 1 || !Number.isFinite(probabilities[row * classes]!)) continue;
    scored++;
    let best = 0;
    for (let c = 1; c < classes; c++)
      if (probabilities[row * classes + c]! > probabilities[row * classes + best]!) best = c;
    if (best === labels[row]) right++;
  }
  return scored > 0 ? right / scored : 0;
}

export function outOfSampleLabelProbabilities(
  vectors: Float64Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  options: LabelProbabilityOptions,
): { combined: Float64Array; members: ProbabilityEstimate[] } {
  const members: ProbabilityEstimate[] = [];
  const { excluded } = options;
  if (dimensions > 0) {
    const plain = options.neighbours ?? nearestNeighbours(vectors, dimensions, options.k);
    const whitened =
      options.whitenedNeighbours ??
      nearestNeighbours(
        whitenWithinClass(vectors, dimensions, labels, classes, { trim: whiteningTrim }),
        dimensions,
        options.k,
      );
    const { candidates } = options;
    const votes = (list: Neighbours) =>
      neighbourVotes(
        list,
        labels,
        classes,
        excluded,
        candidates ? mutualSoleSupport(list, labels, candidates, excluded) : undefined,
      );
    members.push(
      { name: 'neighbours', probabilities: votes(plain) },
      { name: 'class-whitened neighbours', probabilities: votes(whitened) },
      {
        name: 'logistic regression',
        probabilities: crossValidatedLogisticProbabilities(vectors, dimensions, labels, classes, {
          seed: options.seed,
          ...(excluded ? { excluded } : {}),
        }),
      },
    );
  }
  if (options.text) {
    const { tokens, vocabulary } = options.text;
    const probabilities = crossValidatedNaiveBayesProbabilities(tokens, vocabulary, labels, classes, {
      seed: options.seed,
      ...(excluded ? { excluded } : {}),
    });
    tokens.forEach((row, index) => {
      if (row.length === 0) probabilities.fill(Number.NaN, index * classes, (index + 1) * classes);
    });
    members.push({ name: 'text naive Bayes', probabilities });
  }
  const combined = new Float64Array(labels.length * classes);
  const chosen = chooseMembers(members, labels, classes, excluded);
  for (let row = 0; row < labels.length; row++) {
    let used = 0;
    for (const member of chosen) {
      if (!Number.isFinite(member.probabilities[row * classes]!)) continue;
      used++;
      for (let c = 0; c < classes; c++)
        combined[row * classes + c]! += member.probabilities[row * classes + c]!;
    }
    for (let c = 0; c < classes; c++)
      combined[row * classes + c] = used > 0 ? combined[row * classes + c]! / used : Number.NaN;
  }
  return { combined, members };
}

/**
 * The members averaged into the estimate, judged on the rows not in `excluded` (the rows still
 * trusted: a flipped row counts as a mistake for every member and hides their differences). A
 * member is left out when its accuracy is more than 5 points below the best member's, or when it
 * makes at least twice the best member's mistakes on the rows both score and the difference is not
 * chance (McNemar: rows only the best member gets right against rows only this one gets right,
 * z ≥ 2). The second test matters where the best member is nearly always right: on two states
 * that a zip code's position separates at 98%, a linear model right 95% of the time is within 5
 * points, yet its soft boundary hands every row near the border a third of the other state, which
 * is exactly where flipped rows hide.
 */
export function chooseMembers(
  members: ProbabilityEstimate[],
  labels: Int32Array,
  classes: number,
  excluded?: Uint8Array,
): ProbabilityEstimate[] {
  const accuracies = members.map((member) =>
    outOfSampleAccuracy(member.probabilities, labels, classes, excluded),
  );
  const bestIndex = accuracies.indexOf(Math.max(...accuracies));
  const bestRight = predictedRight(members[bestIndex]!.probabilities, labels, classes, excluded);
  return members.filter((member, index) => {
    if (accuracies[index]! < accuracies[bestIndex]! - memberAccuracyMargin) return false;
    if (index === bestIndex) return true;
    const right = predictedRight(member.probabilities, labels, classes, excluded);
    let bestMistakes = 0;
    let mistakes = 0;
    let onlyBestRight = 0;
    let onlyThisRight = 0;
    for (let row = 0; row < labels.length; row++) {
      if (right[row]! < 0 || bestRight[row]! < 0) continue;
      if (right[row] === 0) mistakes++;
      if (bestRight[row] === 0) bestMistakes++;
      if (bestRight[row] === 1 && right[row] === 0) onlyBestRight++;
      if (bestRight[row] === 0 && right[row] === 1) onlyThisRight++;
    }
    const discordant = onlyBestRight + onlyThisRight;
    const significant =
      discordant > 0 && (onlyBestRight - onlyThisRight) / Math.sqrt(discordant) >= memberSignificance;
    return !(significant && mistakes >= memberErrorRatio * bestMistakes);
  });
}

/** Per row: 1 when the most probable class is the given label, 0 when not, −1 when the row has no estimate or is excluded. */
function predictedRight(
  probabilities: Float64Array,
  labels: Int32Array,
  classes: number,
  excluded?: Uint8Array,
): Int8Array {
  const right = new Int8Array(labels.length).fill(-1);
  for (let row = 0; row < labels.length; row++) {
    if (excluded?.[row] === 1 || !Number.isFinite(probabilities[row * classes]!)) continue;
    let best = 0;
    for (let c = 1; c < classes; c++)
      if (probabilities[row * classes + c]! > probabilities[row * classes + best]!) best = c;
    right[row] = best === labels[row] ? 1 : 0;
  }
  return right;
}

/**
 * Label issues in two passes. The first pass scores every row, measures each class's threshold
 * (its average self-confidence) and lists the candidates: rows below their class's threshold with
 * at least `minDisagreement` on another class. The candidates that are confidently not their
 * label (see `findLabelIssues`) are then set aside, so that they neither vote nor train, and
 * every row is scored again: a flipped row no longer pulls its neighbours' estimates or the
 * models' boundaries, and the within-class whitening is fitted again without them. The other
 * candidates still vote, except that two with the same label that are each other's only agreeing
 * neighbour do not vote for each other (`mutualSoleSupport`). The issues are
 * the candidates that the second estimate still finds confidently mislabelled against thresholds
 * measured on that estimate over the rows not set aside. The plain neighbour lists are computed
 * once and shared by both passes; `firstPass` is the estimate before any row was set aside.
 */
export function findLabelIssuesInTwoPasses(
  vectors: Float64Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  options: LabelProbabilityOptions & { minDisagreement: number },
): { issues: LabelIssue[]; combined: Float64Array; members: ProbabilityEstimate[]; firstPass: Float64Array } {
  const shared: LabelProbabilityOptions = { ...options };
  if (dimensions > 0) {
    shared.neighbours = options.neighbours ?? nearestNeighbours(vectors, dimensions, options.k);
    shared.whitenedNeighbours =
      options.whitenedNeighbours ??
      nearestNeighbours(
        whitenWithinClass(vectors, dimensions, labels, classes, { trim: whiteningTrim }),
        dimensions,
        options.k,
      );
  }
  const first = outOfSampleLabelProbabilities(vectors, dimensions, labels, classes, shared);
  const thresholds = selfConfidenceThresholds(first.combined, labels, classes);
  const candidates = findLabelIssues(first.combined, labels, classes, options.minDisagreement, {
    thresholds,
    confident: false,
  });
  const setAside = candidates.filter((issue) => 1 - issue.givenProbability >= issue.threshold);
  if (setAside.length === 0) return { issues: setAside, ...first, firstPass: first.combined };
  const excluded = new Uint8Array(labels.length);
  for (const issue of setAside) excluded[issue.index] = 1;
  // The rows set aside no longer shape the whitening either: a flipped row inflates its given
  // class's spread along exactly the directions that separate the classes.
  // Candidates left in (not confident enough to set aside) still vote, except that two of them
  // that are each other's only support do not vouch for each other: two flipped rows side by side
  // inside another class's territory, each otherwise 1 − 1/k sure not to be its label.
  const candidateMask = new Uint8Array(labels.length);
  for (const issue of candidates) candidateMask[issue.index] = 1;
  const rescaled: LabelProbabilityOptions = { ...shared, excluded, candidates: candidateMask };
  if (dimensions > 0 && !options.whitenedNeighbours)
    rescaled.whitenedNeighbours = nearestNeighbours(
      whitenWithinClass(vectors, dimensions, labels, classes, { excluded, trim: whiteningTrim }),
      dimensions,
      options.k,
    );
  const second = outOfSampleLabelProbabilities(vectors, dimensions, labels, classes, rescaled);
  const candidateRows = new Set(candidates.map((issue) => issue.index));
  // The bar is measured again on the cleaner estimate, over the rows not set aside: flipped rows
  // lower their given class's average self-confidence, and a lower bar lets the data's own
  // ambiguous rows through.
  const issues = findLabelIssues(second.combined, labels, classes, options.minDisagreement, {
    thresholds: selfConfidenceThresholds(second.combined, labels, classes, excluded),
  }).filter((issue) => candidateRows.has(issue.index));
  return { issues, ...second, firstPass: first.combined };
}

export interface LabelIssue {
  /** Index of the row in the scored arrays. */
  index: number;
  given: number;
  /** The class the models favour instead. */
  suggested: number;
  givenProbability: number;
  suggestedProbability: number;
  /** The given class's self-confidence threshold the row fell below. */
  threshold: number;
}

/**
 * Confident-learning style selection. The threshold of class c is its average self-confidence: the
 * mean probability the models give to c over rows labelled c (measured on `probabilities` unless
 * `thresholds` are given). A row is an issue when the probability of its own label is below its
 * class's threshold, another class gets at least `minDisagreement` (or the row is at least 90%
 * sure not to be its label, however the rest is split: a flipped row where three counties meet
 * gives no single one of them 60%), and (unless `confident` is false) the row is as sure not to
 * be its label as the class's rows are, on average, sure to be it: 1 − p(given) ≥ threshold. That
 * last test is the confident joint's "confidently another class" with every other class taken
 * together, so a row that sits between two classes, which clean data has too, is not an issue,
 * while a row split between two wrong classes is. A row without an estimate (NaN) is never an
 * issue. Issues come back ranked by margin (suggested −
 * given probability), largest first.
 */
export function findLabelIssues(
  probabilities: Float64Array,
  labels: Int32Array,
  classes: number,
  minDisagreement: number,
  options: { thresholds?: Float64Array; confident?: boolean } = {},
): LabelIssue[] {
  const thresholds = options.thresholds ?? selfConfidenceThresholds(probabilities, labels, classes);
  const confident = options.confident ?? true;
  const issues: LabelIssue[] = [];
  for (let index = 0; index < labels.length; index++) {
    const given = labels[index]!;
    const givenProbability = probabilities[index * classes + given]!;
    if (!Number.isFinite(givenProbability)) continue;
    let suggested = -1;
    let suggestedProbability = 0;
    for (let c = 0; c < classes; c++) {
      if (c === given) continue;
      const probability = probabilities[index * classes + c]!;
      if (probability > suggestedProbability) {
        suggestedProbability = probability;
        suggested = c;
      }
    }
    const threshold = thresholds[given]!;
    if (
      suggested >= 0 &&
      givenProbability < threshold &&
      (suggestedProbability >= minDisagreement || 1 - givenProbability >= confidentCap) &&
      (!confident || 1 - givenProbability >= Math.min(threshold, confidentCap))
    )
      issues.push({ index, given, suggested, givenProbability, suggestedProbability, threshold });
  }
  return issues.sort(
    (a, b) =>
      b.suggestedProbability - b.givenProbability - (a.suggestedProbability - a.givenProbability) ||
      a.index - b.index,
  );
}

/** Mean probability given to class c by the rows labelled c (1 for a class with no rows); rows without an estimate (NaN) are left out. */
export function selfConfidenceThresholds(
  probabilities: Float64Array,
  labels: Int32Array,
  classes: number,
  /** Rows (marked 1) left out, e.g. rows already judged mislabelled. */
  excluded?: Uint8Array,
): Float64Array {
  const sums = new Float64Array(classes);
  const counts = new Float64Array(classes);
  for (let index = 0; index < labels.length; index++) {
    if (excluded?.[index] === 1) continue;
    const label = labels[index]!;
    const probability = probabilities[index * classes + label]!;
    if (!Number.isFinite(probability)) continue;
    sums[label]! += probability;
    counts[label]! += 1;
  }
  return sums.map((sum, c) => (counts[c]! > 0 ? sum / counts[c]! : 1));
}
