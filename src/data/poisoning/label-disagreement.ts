import { type Neighbours, nearestNeighbours, neighbourVotes } from './knn.ts';
import { crossValidatedLogisticProbabilities } from './logistic-regression.ts';
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
}

/**
 * Out-of-sample class probabilities for every row from three simple models, none of which sees
 * the row's own label: the vote of its k nearest neighbours in the robust-scaled feature space;
 * the vote of its k nearest neighbours after within-class whitening (Mahalanobis distance, so
 * features that separate the classes count and within-class noise does not); and a K-fold
 * cross-validated multinomial logistic regression. The estimate used is their mean: the
 * neighbour votes catch local, non-linear structure, the regression a global linear boundary,
 * and averaging keeps one model's blind spot from making a row a suspect on its own.
 */
export function outOfSampleLabelProbabilities(
  vectors: Float64Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  options: LabelProbabilityOptions,
): { combined: Float64Array; members: ProbabilityEstimate[] } {
  const plain = options.neighbours ?? nearestNeighbours(vectors, dimensions, options.k);
  const whitened = whitenWithinClass(vectors, dimensions, labels, classes);
  const members: ProbabilityEstimate[] = [
    { name: 'neighbours', probabilities: neighbourVotes(plain, labels, classes) },
    {
      name: 'class-whitened neighbours',
      probabilities: neighbourVotes(nearestNeighbours(whitened, dimensions, options.k), labels, classes),
    },
    {
      name: 'logistic regression',
      probabilities: crossValidatedLogisticProbabilities(vectors, dimensions, labels, classes, {
        seed: options.seed,
      }),
    },
  ];
  const combined = new Float64Array(labels.length * classes);
  for (const member of members)
    for (let index = 0; index < combined.length; index++)
      combined[index]! += member.probabilities[index]! / members.length;
  return { combined, members };
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
 * mean probability the models give to c over rows labelled c. A row is an issue when the
 * probability of its own label is below its class's threshold and another class gets at least
 * `minDisagreement`. Issues come back ranked by margin (suggested − given probability), largest first.
 */
export function findLabelIssues(
  probabilities: Float64Array,
  labels: Int32Array,
  classes: number,
  minDisagreement: number,
): LabelIssue[] {
  const thresholds = selfConfidenceThresholds(probabilities, labels, classes);
  const issues: LabelIssue[] = [];
  for (let index = 0; index < labels.length; index++) {
    const given = labels[index]!;
    const givenProbability = probabilities[index * classes + given]!;
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
    if (suggested >= 0 && givenProbability < thresholds[given]! && suggestedProbability >= minDisagreement)
      issues.push({
        index,
        given,
        suggested,
        givenProbability,
        suggestedProbability,
        threshold: thresholds[given]!,
      });
  }
  return issues.sort(
    (a, b) =>
      b.suggestedProbability - b.givenProbability - (a.suggestedProbability - a.givenProbability) ||
      a.index - b.index,
  );
}

/** Mean probability given to class c by the rows labelled c (1 for a class with no rows). */
export function selfConfidenceThresholds(
  probabilities: Float64Array,
  labels: Int32Array,
  classes: number,
): Float64Array {
  const sums = new Float64Array(classes);
  const counts = new Float64Array(classes);
  for (let index = 0; index < labels.length; index++) {
    const label = labels[index]!;
    sums[label]! += probabilities[index * classes + label]!;
    counts[label]! += 1;
  }
  return sums.map((sum, c) => (counts[c]! > 0 ? sum / counts[c]! : 1));
}
