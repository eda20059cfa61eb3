import { RampartError, seededRandom } from '../core/index.ts';

/**
 * Model fingerprints: answers only the owner's model (and copies of it) give. A classifier's
 * fingerprint is a set of points near its decision boundaries with the labels it gives them (after
 * IPGuard, Cao et al. 2021): an independently trained model draws its boundaries elsewhere and
 * disagrees on many of them, a copy made by extraction agrees on most. An LLM's fingerprint is a
 * set of unusual canary prompts with the answers it gave at temperature 0.
 */

export interface ClassifierFingerprint {
  kind: 'classifier';
  version: 1;
  createdAt: string;
  /** Feature ranges the points were drawn from. */
  ranges: Array<[number, number]>;
  points: number[][];
  labels: string[];
  /** Agreement of independently trained reference models, measured when the fingerprint was built. */
  references: number[];
}

export interface LlmFingerprint {
  kind: 'llm';
  version: 1;
  createdAt: string;
  model: string;
  prompts: string[];
  answers: string[];
  references: number[];
}

export type ModelFingerprint = ClassifierFingerprint | LlmFingerprint;

/** Labels for a batch of feature rows (one predict call per batch). */
export type Classifier = (rows: number[][]) => Promise<string[]>;
/** The answer to one prompt at temperature 0. */
export type Completer = (prompt: string) => Promise<string>;

function failed(message: string, cause?: unknown): RampartError {
  return new RampartError('RAMPART_MODEL_FINGERPRINT_FAILED', message, cause === undefined ? {} : { cause });
}

/** KServe v2 (`outputs`: the BYTES output, else the argmax of the first floating-point one) or `predictions`. */
export function labelsOfAnswer(json: unknown, rows: number): string[] {
  const outputs = (json as { outputs?: unknown } | null)?.outputs;
  if (Array.isArray(outputs)) {
    const labels = outputs.find((output) => (output as { datatype?: string }).datatype === 'BYTES') as
      | { data?: unknown[] }
      | undefined;
    if (labels?.data && labels.data.length === rows) return labels.data.map(String);
    const scores = outputs.find((output) =>
      /^FP|^BF/.test(String((output as { datatype?: string }).datatype)),
    ) as { data?: unknown[] } | undefined;
    const flat = (scores?.data?.flat(4) ?? []) as number[];
    if (flat.length > 0 && flat.length % rows === 0) {
      const width = flat.length / rows;
      return Array.from({ length: rows }, (_, row) => {
        const slice = flat.slice(row * width, (row + 1) * width);
        return String(slice.indexOf(Math.max(...slice)));
      });
    }
  }
  const predictions = (json as { predictions?: unknown } | null)?.predictions;
  if (Array.isArray(predictions) && predictions.length === rows)
    return predictions.map((value) =>
      Array.isArray(value) ? String(value.indexOf(Math.max(...(value as number[])))) : String(value),
    );
  throw failed('the answer has no labels (KServe v2 outputs or predictions) for every row');
}

/** A classifier behind a KServe v2 predict URL (through the gateway or not). */
export function httpClassifier(url: string, headers: Record<string, string> = {}): Classifier {
  return async (rows) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          inputs: [
            { name: 'input', shape: [rows.length, rows[0]?.length ?? 0], datatype: 'FP32', data: rows },
          ],
        }),
        signal: AbortSignal.timeout(30_000),
      });
    } catch (error) {
      throw failed(`cannot reach ${new URL(url).origin}`, error);
    }
    if (!response.ok) throw failed(`${url} answered ${response.status}`);
    return labelsOfAnswer(await response.json(), rows.length);
  };
}

/** An OpenAI-compatible chat endpoint, asked at temperature 0. */
export function httpCompleter(url: string, model: string, headers: Record<string, string> = {}): Completer {
  return async (prompt) => {
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({
          model,
          temperature: 0,
          max_tokens: 32,
          messages: [{ role: 'user', content: prompt }],
        }),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw failed(`cannot reach ${new URL(url).origin}`, error);
    }
    if (!response.ok) throw failed(`${url} answered ${response.status}`);
    const json = (await response.json()) as { choices?: Array<{ message?: { content?: unknown } }> };
    return String(json.choices?.[0]?.message?.content ?? '');
  };
}

async function labelAll(classifier: Classifier, points: number[][], batch = 32): Promise<string[]> {
  const labels: string[] = [];
  for (let start = 0; start < points.length; start += batch)
    labels.push(...(await classifier(points.slice(start, start + batch))));
  return labels;
}

/**
 * Points near the classifier's decision boundaries: pairs of random points in `ranges` that it
 * labels differently, bisected `steps` times; the point kept is the last one on the first side.
 * Near, not on: a copy made by extraction draws its boundaries close to the owner's but not exactly
 * there, so points within 1/16 of a segment (4 steps, the default) transfer to copies while points
 * bisected down to the boundary itself do not (measured in test/e2e/model-fingerprint.test.ts).
 */
export async function buildClassifierFingerprint(
  classifier: Classifier,
  ranges: Array<[number, number]>,
  options: { points?: number; steps?: number; seed?: number; references?: Classifier[] } = {},
): Promise<ClassifierFingerprint> {
  const wanted = options.points ?? 100;
  const steps = options.steps ?? 4;
  const random = seededRandom(options.seed ?? Date.now() >>> 0);
  const draw = () => ranges.map(([low, high]) => low + (high - low) * random());
  const points: number[][] = [];
  for (let round = 0; round < 50 && points.length < wanted; round++) {
    const starts = Array.from({ length: 64 }, draw);
    const ends = Array.from({ length: 64 }, draw);
    const startLabels = await labelAll(classifier, starts);
    const endLabels = await labelAll(classifier, ends);
    let pairs = starts
      .map((start, index) => ({ low: start, high: ends[index]!, label: startLabels[index]! }))
      .filter((_, index) => startLabels[index] !== endLabels[index]);
    for (let step = 0; step < steps && pairs.length > 0; step++) {
      const middles = pairs.map(({ low, high }) => low.map((value, index) => (value + high[index]!) / 2));
      const labels = await labelAll(classifier, middles);
      pairs = pairs.map((pair, index) =>
        labels[index] === pair.label ? { ...pair, low: middles[index]! } : { ...pair, high: middles[index]! },
      );
    }
    for (const pair of pairs) if (points.length < wanted) points.push(pair.low);
  }
  if (points.length < Math.min(wanted, 10))
    throw failed('the model gives one label over the whole range: no decision boundary to fingerprint');
  const labels = await labelAll(classifier, points);
  const references: number[] = [];
  for (const reference of options.references ?? [])
    references.push(agreement(labels, await labelAll(reference, points)));
  return {
    kind: 'classifier',
    version: 1,
    createdAt: new Date().toISOString(),
    ranges,
    points,
    labels,
    references,
  };
}

/** Unusual prompts (random words in a fixed frame) answered at temperature 0. */
export async function buildLlmFingerprint(
  completer: Completer,
  model: string,
  options: { prompts?: number; seed?: number; references?: Completer[] } = {},
): Promise<LlmFingerprint> {
  const random = seededRandom(options.seed ?? Date.now() >>> 0);
  const syllables = ['ka', 'lo', 'mir', 'tun', 've', 'sha', 'dor', 'pli', 'gax', 'ru', 'zen', 'qo'];
  const word = () =>
    Array.from(
      { length: 2 + Math.floor(random() * 3) },
      () => syllables[Math.floor(random() * syllables.length)],
    ).join('');
  const prompts = Array.from(
    { length: options.prompts ?? 40 },
    () => `Continue with exactly one word: ${word()} ${word()} ${word()} ${word()}`,
  );
  const answers: string[] = [];
  for (const prompt of prompts) answers.push(normaliseAnswer(await completer(prompt)));
  const references: number[] = [];
  for (const reference of options.references ?? []) {
    const other: string[] = [];
    for (const prompt of prompts) other.push(normaliseAnswer(await reference(prompt)));
    references.push(agreement(answers, other));
  }
  return {
    kind: 'llm',
    version: 1,
    createdAt: new Date().toISOString(),
    model,
    prompts,
    answers,
    references,
  };
}

const normaliseAnswer = (text: string) => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Share of positions where two answer lists are the same. */
export function agreement(expected: readonly string[], actual: readonly string[]): number {
  let same = 0;
  for (let index = 0; index < expected.length; index++) if (expected[index] === actual[index]) same++;
  return expected.length === 0 ? 0 : same / expected.length;
}

/** P(X ≥ k) for X ~ Binomial(n, p), summed in log space. */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logFactorial = (value: number) => {
    let total = 0;
    for (let index = 2; index <= value; index++) total += Math.log(index);
    return total;
  };
  const logN = logFactorial(n);
  let total = 0;
  for (let successes = k; successes <= n; successes++) {
    const log =
      logN -
      logFactorial(successes) -
      logFactorial(n - successes) +
      successes * Math.log(p) +
      (n - successes) * Math.log(1 - p);
    total += Math.exp(log);
  }
  return Math.min(1, total);
}

export interface FingerprintCheck {
  /** Share of fingerprint answers the suspect gave. */
  agreement: number;
  matches: number;
  points: number;
  /** Agreement of independent reference models (the null hypothesis). */
  references: number[];
  /**
   * Probability that an independently trained model agrees this much or more: the upper tail of
   * Binomial(points, highest reference agreement). Small means "a copy".
   */
  pValue: number;
}

export interface FingerprintSuspect {
  classifier?: Classifier;
  completer?: Completer;
}

/** Share of the fingerprint's recorded answers a model gives. */
export async function fingerprintAgreement(
  fingerprint: ModelFingerprint,
  suspect: FingerprintSuspect,
): Promise<{ matches: number; points: number }> {
  let answers: string[];
  let expected: string[];
  if (fingerprint.kind === 'classifier') {
    if (!suspect.classifier) throw failed('a classifier fingerprint needs a predict endpoint');
    answers = await labelAll(suspect.classifier, fingerprint.points);
    expected = fingerprint.labels;
  } else {
    if (!suspect.completer) throw failed('an LLM fingerprint needs a chat endpoint');
    answers = [];
    for (const prompt of fingerprint.prompts) answers.push(normaliseAnswer(await suspect.completer(prompt)));
    expected = fingerprint.answers;
  }
  return {
    matches: expected.filter((answer, index) => answer === answers[index]).length,
    points: expected.length,
  };
}

/** Compare a suspect model's answers with a fingerprint. */
export async function checkFingerprint(
  fingerprint: ModelFingerprint,
  suspect: FingerprintSuspect,
  extraReferences: number[] = [],
): Promise<FingerprintCheck> {
  const references = [...fingerprint.references, ...extraReferences];
  if (references.length === 0)
    throw failed('no reference agreement to compare with: build the fingerprint with --reference endpoints');
  const { matches, points } = await fingerprintAgreement(fingerprint, suspect);
  // The null: an independent model agrees with each point as often as the most similar reference,
  // bounded away from 0 and 1 so a few references cannot make the test overconfident.
  const p0 = Math.min(0.99, Math.max(0.01, ...references));
  return {
    agreement: matches / points,
    matches,
    points,
    references,
    pValue: binomialUpperTail(matches, points, p0),
  };
}

/** Read a fingerprint file's JSON, checking its shape. */
export function parseFingerprint(value: unknown): ModelFingerprint {
  const fingerprint = value as Partial<ModelFingerprint> | null;
  const ok =
    fingerprint !== null &&
    typeof fingerprint === 'object' &&
    fingerprint.version === 1 &&
    Array.isArray(fingerprint.references) &&
    ((fingerprint.kind === 'classifier' &&
      Array.isArray(fingerprint.points) &&
      Array.isArray(fingerprint.labels) &&
      fingerprint.points.length === fingerprint.labels.length) ||
      (fingerprint.kind === 'llm' &&
        Array.isArray(fingerprint.prompts) &&
        Array.isArray(fingerprint.answers) &&
        fingerprint.prompts.length === fingerprint.answers.length));
  if (!ok) throw failed('not a Rampart model fingerprint (version 1)');
  return fingerprint as ModelFingerprint;
}
