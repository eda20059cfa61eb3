/**
 * Trains the prompt-injection/jailbreak classifier shipped in src/guard/classifier/.
 *
 *   npm run train:guard -- --data /work/shared/data/prompt-injection [--include-unlicensed] [--seed 1]
 *
 * Reproducible: fixed seed, deterministic split, synthetic rows and feature hashing. Trains on
 * train.jsonl (minus a 10% calibration slice chosen by hash) plus the project's own synthetic rows
 * (scripts/guard-synthetic-data.ts; --no-synthetic to leave them out), picks hyper-parameters on
 * dev.jsonl, fits Platt scaling on the calibration slice, and writes the weights, the metrics and
 * docs/guard-model-card.md. Sources without a licence that allows shipping weights are excluded
 * unless --include-unlicensed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type DatasetRecord, readDataset } from '../src/guard/classifier/dataset.ts';
import { FeatureExtractor, type SparseVector } from '../src/guard/classifier/features.ts';
import { fitPlatt, type LinearModel, margin, trainLogistic } from '../src/guard/classifier/logistic.ts';
import { classMetrics } from '../src/guard/classifier/metrics.ts';
import { encodeWeights, type ModelFile, windowsOf } from '../src/guard/classifier/model.ts';
import { normalise, viewsOf } from '../src/guard/normalise/normalise.ts';
import { createGuard, escapesRuleGate } from '../src/guard/pipeline.ts';
import { renderModelCard } from './guard-model-card.ts';
import { syntheticRows } from './guard-synthetic-data.ts';

/** Sources whose licence does not clearly allow redistributing a model trained on them. */
const unlicensedSources = new Set(['HumanCompatibleAI/tensor-trust-data']);

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    out: { type: 'string', default: 'src/guard/classifier/prompt-injection.model.json' },
    metrics: { type: 'string', default: 'src/guard/classifier/training-metrics.json' },
    seed: { type: 'string', default: '20251125' },
    bits: { type: 'string', default: '18' },
    'include-unlicensed': { type: 'boolean', default: false },
    card: { type: 'string', default: 'docs/guard-model-card.md' },
    'card-only': { type: 'boolean', default: false },
    window: { type: 'string', default: '400' },
    'no-augment': { type: 'boolean', default: false },
    'no-synthetic': { type: 'boolean', default: false },
    /**
     * Folder of hand-authored training sets, one sub-folder per author with one JSONL file each
     * (data/guard-train/<author>/<author>.jsonl); every row is a fitting row. '' leaves them out.
     */
    authored: { type: 'string', default: 'data/guard-train' },
    /** Authors (sub-folder names) to leave out, comma-separated: a leave-one-author-out check. */
    'exclude-authors': { type: 'string', default: '' },
    /** With --select-on authors: write the held-out authors' scores and rule blocks (JSON) here. */
    'dump-held-out': { type: 'string' },
    'mechanism-synthetic': { type: 'boolean', default: false },
    'style-synthetic': { type: 'boolean', default: false },
    /** Hand-written development sets the hyper-parameters and threshold are selected on (comma-separated). */
    'hand-dev': {
      type: 'string',
      default: 'bench/guard-dev2/dev2.jsonl,bench/guard-dev3/dev3.jsonl,bench/guard-dev4/dev4.jsonl',
    },
    /**
     * `authors` (default, the shipped recipe): leave-one-author-out recall over the authored sets
     * (data/guard-train) under the FPR limits; `hand`: recall on the hand-written sets at FPR <= 1%;
     * `source`: F1 on dev.jsonl at FPR <= 1%.
     */
    'select-on': { type: 'string', default: 'authors' },
    /** Comma-separated positive-class weights to try (class weighting). */
    'positive-weights': { type: 'string', default: '1' },
    /**
     * Comma-separated weights of the authored rows (data/guard-train) relative to the other fitting
     * rows, tried as part of the grid: the writers' rows are the varied wordings, the public sources
     * the many near-repeats of a few.
     */
    'authored-weights': { type: 'string', default: '4,8' },
    /** Comma-separated L2 strengths to try. */
    l2: { type: 'string', default: '1e-4,3e-4' },
    /** Comma-separated numbers of passes over the fitting rows to try. */
    epochs: { type: 'string', default: '8' },
    /**
     * Folder of benign-only threshold-calibration sets, one sub-folder per writer with its JSONL files
     * (data/guard-calibration/<writer>/*.jsonl): realistic hard negatives, never fitted on. With
     * --select-on authors the block threshold is held to --threshold-set-fpr on them, in place of the
     * writers' own mirror negatives. '' leaves them out.
     */
    'threshold-set': { type: 'string', default: 'data/guard-calibration' },
    /** The guard's largest benign FPR allowed on the threshold-calibration sets. */
    'threshold-set-fpr': { type: 'string', default: '0.005' },
  },
});
if (values['card-only']) {
  const metrics = JSON.parse(readFileSync(resolve(values.metrics), 'utf8'));
  writeFileSync(resolve(values.card), renderModelCard(metrics, statSync(resolve(values.out)).size));
  console.log(`wrote ${values.card}`);
  process.exit(0);
}
if (!values.data) {
  console.error('usage: npm run train:guard -- --data DIR (with train.jsonl and dev.jsonl)');
  process.exit(2);
}
const seed = Number(values.seed);
const bits = Number(values.bits);
const maxChars = 4000;
const started = Date.now();

const allTrain = readDataset(join(values.data, 'train.jsonl'));
const dev = readDataset(join(values.data, 'dev.jsonl'));
/** The project's hand-written development sets, written in other wordings than any training source. */
const handSets = (values['hand-dev'] ?? '')
  .split(',')
  .filter(Boolean)
  .map((file) => readDataset(resolve(file)));
const handDev = handSets.flat();
/** Which hand-written set each hand-written row is from (its index in --hand-dev). */
const handSetOf = handSets.flatMap((rows, set) => rows.map(() => set));
const selectOnHand = values['select-on'] === 'hand' && handDev.length > 0;
/** `authors`: leave-one-author-out over the authored sets (needs at least two authors). */
const selectOnAuthors = values['select-on'] === 'authors';
const train = allTrain.filter(
  (record) => values['include-unlicensed'] || !unlicensedSources.has(record.source ?? ''),
);
const isCalibration = (record: DatasetRecord) =>
  createHash('sha256').update(`${seed}:${record.text}`).digest()[0]! < 26;
const fit = train.filter((record) => !isCalibration(record));
const calibration = train.filter(isCalibration);
console.log(
  `train ${allTrain.length} rows, ${train.length} used (${fit.length} fit + ${calibration.length} calibration), dev ${dev.length}`,
);

const window = { size: Number(values.window), stride: Math.floor(Number(values.window) / 2) };
const extractor = new FeatureExtractor({ bits, maxChars });
const folded = (record: DatasetRecord) => normalise(record.text).folded.text;
/**
 * What the shipped detector scores for a text: every view (folded, decoded, de-obfuscated, carriers),
 * each whole and in windows; the classifier's score is the maximum over them. Selection and calibration
 * score the same parts, so a rule gate chosen here holds for the guard as it runs.
 */
const scoredParts = (raw: string): SparseVector[] => {
  const texts = [...new Set(viewsOf(normalise(raw)).map((view) => view.text))].filter(
    (text) => text.length > 0,
  );
  return texts.flatMap((text) => [text, ...windowsOf(text, window)]).map((part) => extractor.extract(part));
};
/** Every record's scored parts: the classifier scores the maximum over them. */
const featuriseAll = (records: DatasetRecord[]): SparseVector[][] =>
  records.map((record) => scoredParts(record.text));
const attackTarget = (record: { label: DatasetRecord['label'] }) => (record.label === 'benign' ? 0 : 1);

/**
 * Extra training rows from the training set itself: windows of long benign texts (benign), and for
 * documents with an injected instruction whose clean twin is also in the training set, the window
 * around the inserted text (injection) - so a short instruction inside a long document is learnt.
 */
function augment(records: DatasetRecord[]): Array<{ text: string; label: DatasetRecord['label'] }> {
  const extra: Array<{ text: string; label: DatasetRecord['label'] }> = [];
  const benign = records.filter((record) => record.label === 'benign');
  const byHead = new Map(benign.map((record) => [record.text.slice(0, 150), record.text]));
  const byTail = new Map(benign.map((record) => [record.text.slice(-150), record.text]));
  for (const record of records) {
    if (record.label === 'benign') {
      for (const part of windowsOf(folded(record), window)) extra.push({ text: part, label: 'benign' });
      continue;
    }
    if (record.text.length < 300) continue;
    const twin = byHead.get(record.text.slice(0, 150)) ?? byTail.get(record.text.slice(-150));
    if (!twin) continue;
    const text = record.text;
    let prefix = 0;
    while (prefix < twin.length && prefix < text.length && twin[prefix] === text[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < twin.length - prefix &&
      suffix < text.length - prefix &&
      twin[twin.length - 1 - suffix] === text[text.length - 1 - suffix]
    )
      suffix++;
    const inserted = text.slice(prefix, text.length - suffix);
    if (inserted.trim().length < 10) continue;
    const margin = Math.max(0, Math.floor((window.size - inserted.length) / 2));
    const around = text.slice(Math.max(0, prefix - margin), text.length - suffix + margin);
    extra.push({ text: normalise(around).folded.text, label: record.label });
  }
  return extra;
}

/** Synthetic rows, minus any whose folded text is also a dataset text (dev stays unseen). */
function synthetic(): Array<{ text: string; label: DatasetRecord['label'] }> {
  if (values['no-synthetic']) return [];
  const known = new Set([...allTrain, ...dev].map(folded));
  return syntheticRows(seed, 1000, {
    mechanisms: values['mechanism-synthetic'],
    styles: values['style-synthetic'],
  })
    .map((row) => ({ text: normalise(row.text).folded.text, label: row.label }))
    .filter((row) => !known.has(row.text));
}

/** The hand-authored training sets, one per author, minus texts also in the source data. */
function authored(): {
  rows: Array<{
    text: string;
    raw: string;
    label: DatasetRecord['label'];
    author: string;
    lang: string | undefined;
    style: string | undefined;
  }>;
  authors: string[];
} {
  const folder = values.authored ? resolve(values.authored) : '';
  if (!folder || !existsSync(folder)) return { rows: [], authors: [] };
  const excluded = new Set((values['exclude-authors'] ?? '').split(',').filter(Boolean));
  const authors = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !excluded.has(entry.name))
    .map((entry) => entry.name)
    .filter((author) => existsSync(join(folder, author, `${author}.jsonl`)))
    .sort();
  const known = new Set([...allTrain, ...dev, ...handDev].map(folded));
  const seen = new Set<string>();
  const rows = authors
    .flatMap((author) =>
      readDataset(join(folder, author, `${author}.jsonl`)).map((record) => ({
        text: folded(record),
        raw: record.text,
        lang: record.lang,
        style: record.style,
        label: record.label,
        author,
      })),
    )
    .filter((row) => {
      if (known.has(row.text) || seen.has(row.text)) return false;
      seen.add(row.text);
      return true;
    });
  return { rows, authors };
}

/**
 * The benign-only threshold-calibration sets, minus texts also fitted on or in the source data (a row
 * the model was fitted on would score low and loosen the limit).
 */
function thresholdSet(fitted: ReadonlySet<string>): {
  rows: DatasetRecord[];
  writers: string[];
  dropped: number;
} {
  const folder = values['threshold-set'] ? resolve(values['threshold-set']) : '';
  if (!folder) return { rows: [], writers: [], dropped: 0 };
  const writers = (existsSync(folder) ? readdirSync(folder, { withFileTypes: true }) : [])
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const all = writers.flatMap((writer) =>
    readdirSync(join(folder, writer))
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .flatMap((name) => readDataset(join(folder, writer, name))),
  );
  if (all.length === 0) {
    console.error(
      `--threshold-set ${values['threshold-set']} holds no rows (one sub-folder per writer with .jsonl files); pass --threshold-set '' to hold the threshold to the writers' own benign rows instead`,
    );
    process.exit(2);
  }
  const attack = all.find((record) => record.label !== 'benign');
  if (attack) {
    console.error(
      `--threshold-set holds benign rows only; found a ${attack.label} row: ${attack.text.slice(0, 80)}`,
    );
    process.exit(2);
  }
  const rows = all.filter((record) => !fitted.has(folded(record)));
  return { rows, writers, dropped: all.length - rows.length };
}

if (!['authors', 'hand', 'source'].includes(values['select-on'] ?? '')) {
  console.error('--select-on takes authors, hand or source');
  process.exit(2);
}
const augmented = values['no-augment'] ? [] : augment(fit);
const authoredFit = authored();
if (selectOnAuthors && authoredFit.authors.length < 2) {
  console.error(
    `--select-on authors needs at least two writers' sets under --authored (${values.authored || 'none given'}); pass --select-on hand to select on the hand-written sets instead`,
  );
  process.exit(2);
}
const syntheticFit = synthetic();
/** Every fitting row: the training split, the augmentation windows and the synthetic rows. */
const fitRows = [
  ...fit.map((record) => ({ text: folded(record), label: record.label })),
  ...augmented.map((row) => ({ text: row.text, label: row.label })),
  ...syntheticFit,
  ...authoredFit.rows.map((row) => ({ text: row.text, label: row.label })),
];
/** Which author wrote each fitting row (undefined: not an authored row). */
const fitAuthors = [
  ...new Array<undefined>(fitRows.length - authoredFit.rows.length),
  ...authoredFit.rows.map((row) => row.author),
];
const fitVectors = fitRows.map((row) => extractor.extract(row.text));
const limitSet = thresholdSet(new Set([...fitRows.map((row) => row.text), ...dev.map(folded)]));
const limitBudget = Number(values['threshold-set-fpr']);
if (!(limitBudget >= 0 && limitBudget < 1)) {
  console.error('--threshold-set-fpr takes a rate in [0, 1), e.g. 0.005');
  process.exit(2);
}
const limitVectors = featuriseAll(limitSet.rows);
if (limitSet.rows.length > 0)
  console.log(
    `threshold-calibration set: ${limitSet.rows.length} benign rows by ${limitSet.writers.join(', ')} (${limitSet.dropped} dropped as fitted texts), FPR limit ${limitBudget}`,
  );
const fitTargets = fitRows.map(attackTarget);
const calibrationVectors = featuriseAll(calibration);
const devVectors = featuriseAll(dev);
const handVectors = featuriseAll(handDev);
console.log(
  `${augmented.length} augmented rows (${augmented.filter((row) => row.label !== 'benign').length} injected-instruction windows), ${syntheticFit.length} synthetic rows, ${authoredFit.rows.length} authored rows (${authoredFit.authors.join(', ') || 'none'})`,
);
console.log(`features ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);

interface Candidate {
  options: {
    epochs: number;
    l2: number;
    learningRate: number;
    positiveWeight: number;
    authoredWeight: number;
  };
  model: LinearModel;
  calibration: { a: number; b: number };
  /** F1 and FPR at the calibrated midpoint (0.5). */
  f1: number;
  fpr: number;
  /** The guard's (rules + classifier) best F1 at any threshold where its benign FPR is at most 1% (the issue's FPR target). */
  lowFpr: { f1: number; threshold: number };
  /** Recall on the hand-written sets at the lowest threshold where the guard's FPR is <= 1% there and on dev. */
  hand: { recall: number; falsePositiveRate: number; threshold: number; devF1: number; devFpr: number };
  /** Leave-one-author-out recall at the selected threshold (with --select-on authors). */
  authors?: {
    recall: number;
    falsePositiveRate: number;
    threshold: number;
    gate: number;
    bypass: number;
    budget: number;
  };
  threshold: number;
}

const probability = (calibrationFit: { a: number; b: number }, value: number) =>
  1 / (1 + Math.exp(calibrationFit.a * value + calibrationFit.b));

const maxMargin = (model: LinearModel, vectors: SparseVector[]) =>
  Math.max(...vectors.map((vector) => margin(model, vector)));

function devScores(candidate: Pick<Candidate, 'model' | 'calibration'>, vectors = devVectors): number[] {
  return vectors.map((parts) => probability(candidate.calibration, maxMargin(candidate.model, parts)));
}

/**
 * Dev rows the rule layer blocks under the default policy. The shipped guard blocks them whatever
 * the classifier says, so the operating point is chosen for rules and classifier together: a
 * threshold whose classifier-alone FPR is 1% gives a higher FPR once the rules add theirs.
 */
const ruleLayer = createGuard({ collectAll: true, scanners: { promptInjection: { enabled: false } } });
/**
 * How many different injection rules block the text (0: none), for the rule gate and its bypass; as a
 * negative count when one of them escapes the gate (`escapesRuleGate`: the attack phrase alone).
 */
const blockingRules = (text: string) => {
  const blocks = ruleLayer
    .scanText(text, 'user')
    .findings.filter((finding) => finding.scanner === 'injection-rules' && finding.action === 'block');
  const count = new Set(blocks.map((finding) => finding.ruleId)).size;
  const ungated = blocks.some((finding) => escapesRuleGate(finding, text));
  return ungated ? -count : count;
};
const devRuleBlocks = dev.map((record) => blockingRules(record.text));
const limitRuleBlocks = limitSet.rows.map((record) => blockingRules(record.text));
const handRuleBlocks = handDev.map((record) => blockingRules(record.text));

/**
 * Whether the rules block a text the classifier scores `score`: some rule matched, and the score
 * reaches the gate or at least `bypass` different rules matched (bypass 0: never); a negative count
 * (a match in a de-obfuscated view) blocks whatever the score.
 */
const rulesBlock = (rules: number, score: number, gate: number, bypass: number) =>
  rules < 0 || (rules > 0 && (score >= gate || (bypass > 0 && rules >= bypass)));

/** The guard (rules + classifier) on the hand-written sets at a threshold. */
function handAt(scores: number[], threshold: number, gate = 0, bypass = 0) {
  const gold = handDev.map((record) => (record.label === 'benign' ? 'benign' : 'attack'));
  const predicted = scores.map((score, index) =>
    score >= threshold || rulesBlock(handRuleBlocks[index]!, score, gate, bypass) ? 'attack' : 'benign',
  );
  return classMetrics('attack', gold, predicted);
}

/**
 * The guard's highest benign FPR on any one hand-written set at a threshold: each set is held to the
 * limit on its own (the development-set tests check them one by one), not only their pool.
 */
function handWorstFpr(scores: number[], threshold: number, gate = 0, bypass = 0): number {
  const benign = new Array<number>(handSets.length).fill(0);
  const flagged = new Array<number>(handSets.length).fill(0);
  for (const [index, record] of handDev.entries()) {
    if (record.label !== 'benign') continue;
    const set = handSetOf[index]!;
    benign[set]!++;
    const score = scores[index]!;
    if (score >= threshold || rulesBlock(handRuleBlocks[index]!, score, gate, bypass)) flagged[set]!++;
  }
  return Math.max(0, ...benign.map((count, set) => (count > 0 ? flagged[set]! / count : 0)));
}

/**
 * The lowest threshold (0.01 grid) where the guard's benign FPR is <= 1% on the hand-written sets and on
 * dev, and the hand-written recall there: the operating point selected for generalisation.
 */
function handPoint(handScores: number[], scores: number[]): Candidate['hand'] {
  for (let step = 1; step < 100; step++) {
    const threshold = step / 100;
    const hand = handAt(handScores, threshold);
    const source = binaryAt(scores, threshold, true);
    if (hand.falsePositiveRate <= 0.01 && source.falsePositiveRate <= 0.01)
      return {
        recall: hand.recall,
        falsePositiveRate: hand.falsePositiveRate,
        threshold,
        devF1: source.f1,
        devFpr: source.falsePositiveRate,
      };
  }
  return { recall: 0, falsePositiveRate: 1, threshold: 1, devF1: 0, devFpr: 1 };
}

/** Attack-vs-benign metrics on dev at a threshold: the classifier alone, or with the rule layer. */
function binaryAt(scores: number[], threshold: number, withRules = false, gate = 0, bypass = 0) {
  const gold = dev.map((record) => (record.label === 'benign' ? 'benign' : 'attack'));
  const predicted = scores.map((score, index) =>
    score >= threshold || (withRules && rulesBlock(devRuleBlocks[index]!, score, gate, bypass))
      ? 'attack'
      : 'benign',
  );
  return classMetrics('attack', gold, predicted);
}

/** The threshold (on a 0.01 grid) with the best F1 among those where the guard (rules + classifier) has benign FPR <= 1%. */
function lowFprPoint(scores: number[]): { f1: number; threshold: number } {
  let point = { f1: 0, threshold: 1 };
  for (let step = 1; step < 100; step++) {
    const metrics = binaryAt(scores, step / 100, true);
    if (metrics.falsePositiveRate <= 0.01 && metrics.f1 > point.f1)
      point = { f1: metrics.f1, threshold: step / 100 };
  }
  return point;
}

/** The authored rows as the classifier scores them (whole text and windows), and the rule layer's blocks. */
const authoredVectors = selectOnAuthors ? authoredFit.rows.map((row) => scoredParts(row.raw)) : [];
const authoredRuleBlocks = authoredFit.rows.map((row) => (selectOnAuthors ? blockingRules(row.raw) : 0));

/**
 * Leave-one-author-out: every authored row scored by a model fitted without its author's rows, so the
 * scores say how the recipe does on wordings from a writer it never saw.
 */
function heldOutAuthorScores(options: Candidate['options']): number[] {
  const scores = new Array<number>(authoredFit.rows.length).fill(0);
  for (const author of authoredFit.authors) {
    const keep = fitRows.flatMap((_, index) => (fitAuthors[index] === author ? [] : [index]));
    const model = trainLogistic(
      keep.map((index) => fitVectors[index]!),
      keep.map((index) => fitTargets[index]!),
      { ...options, dimensions: 1 << bits, seed, sampleWeights: sampleWeightsFor(options, keep) },
    );
    const platt = fitPlatt(
      calibrationVectors.map((vectors) => maxMargin(model, vectors)),
      calibration.map(attackTarget),
    );
    for (const [index, row] of authoredFit.rows.entries())
      if (row.author === author)
        scores[index] = probability(platt, maxMargin(model, authoredVectors[index]!));
  }
  return scores;
}

/** The guard's benign FPR on the threshold-calibration sets at a threshold (0 when there are none). */
function limitAt(scores: number[], threshold: number, gate = 0, bypass = 0): number {
  if (scores.length === 0) return 0;
  const flagged = scores.filter(
    (score, index) => score >= threshold || rulesBlock(limitRuleBlocks[index]!, score, gate, bypass),
  ).length;
  return flagged / scores.length;
}

function authorsAt(scores: number[], threshold: number, gate = 0, bypass = 0) {
  const gold = authoredFit.rows.map((row) => (row.label === 'benign' ? 'benign' : 'attack'));
  const predicted = scores.map((score, index) =>
    score >= threshold || rulesBlock(authoredRuleBlocks[index]!, score, gate, bypass) ? 'attack' : 'benign',
  );
  return classMetrics('attack', gold, predicted);
}

/** Rule gates tried with --select-on authors (0: every rule match blocks alone). */
const ruleGates = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];
/** Gate bypasses tried: this many different rules on one text block without the gate (0: never). */
const gateBypasses = [0, 2, 3];

/**
 * The operating point (rule gate, block threshold on a 0.01 grid) with the best recall on the held-out
 * authors' rows where the guard's benign FPR is at most 1% there, on each hand-written set and on dev
 * (or, with threshold-calibration sets, at most --threshold-set-fpr there, 1% on each hand-written set and dev).
 * When no point meets 1% on the held-out authors, the budget there widens to the rule layer's own FPR
 * plus 0.5 points.
 */
function authorsPoint(
  authorScores: number[],
  handScores: number[],
  scores: number[],
  limitScores: number[],
): {
  recall: number;
  falsePositiveRate: number;
  threshold: number;
  gate: number;
  bypass: number;
  budget: number;
} {
  const useLimitSet = limitScores.length > 0;
  const search = (budget: number) => {
    let point:
      | { recall: number; falsePositiveRate: number; threshold: number; gate: number; bypass: number }
      | undefined;
    for (const gate of ruleGates)
      for (const bypass of gate > 0 ? gateBypasses : [0])
        for (let step = 1; step < 100; step++) {
          const threshold = step / 100;
          const held = authorsAt(authorScores, threshold, gate, bypass);
          // With threshold-calibration sets, the benign limit is theirs; otherwise the writers' mirrors.
          const limited = useLimitSet
            ? limitAt(limitScores, threshold, gate, bypass)
            : held.falsePositiveRate;
          if (
            limited <= budget &&
            handWorstFpr(handScores, threshold, gate, bypass) <= 0.01 &&
            binaryAt(scores, threshold, true, gate, bypass).falsePositiveRate <= 0.01
          ) {
            if (!point || held.recall > point.recall + 1e-9)
              point = {
                recall: held.recall,
                falsePositiveRate: held.falsePositiveRate,
                threshold,
                gate,
                bypass,
              };
            break;
          }
        }
    return point;
  };
  const strictBudget = useLimitSet ? limitBudget : 0.01;
  const strict = search(strictBudget);
  if (strict) return { ...strict, budget: strictBudget };
  const budget =
    (useLimitSet ? limitAt(limitScores, 1.01) : authorsAt(authorScores, 1.01).falsePositiveRate) + 0.005;
  return {
    ...(search(budget) ?? { recall: 0, falsePositiveRate: 1, threshold: 1, gate: 0, bypass: 0 }),
    budget,
  };
}

const grid: Candidate['options'][] = [];
for (const positiveWeight of (values['positive-weights'] ?? '1').split(',').map(Number))
  for (const authoredWeight of (values['authored-weights'] ?? '1').split(',').map(Number))
    for (const l2 of (values.l2 ?? '').split(',').map(Number))
      for (const epochs of (values.epochs ?? '8').split(',').map(Number))
        grid.push({ epochs, l2, learningRate: 0.2, positiveWeight, authoredWeight });
if (
  grid.some(
    (options) =>
      !(options.positiveWeight > 0) ||
      !(options.authoredWeight > 0) ||
      !(options.l2 >= 0) ||
      !Number.isInteger(options.epochs) ||
      options.epochs < 1,
  )
) {
  console.error(
    '--positive-weights, --authored-weights and --l2 take positive numbers, --epochs positive integers, comma-separated',
  );
  process.exit(2);
}

/** Each fitting row's sample weight under a candidate's options. */
const sampleWeightsFor = (options: Candidate['options'], rows: readonly number[]) =>
  Float64Array.from(rows, (index) => (fitAuthors[index] === undefined ? 1 : options.authoredWeight));
const allFitRows = fitRows.map((_, index) => index);

let best: Candidate | undefined;
for (const options of grid) {
  const model = trainLogistic(fitVectors, fitTargets, {
    ...options,
    dimensions: 1 << bits,
    seed,
    sampleWeights: sampleWeightsFor(options, allFitRows),
  });
  const platt = fitPlatt(
    calibrationVectors.map((vectors) => maxMargin(model, vectors)),
    calibration.map(attackTarget),
  );
  const scores = devScores({ model, calibration: platt });
  const metrics = binaryAt(scores, 0.5);
  const lowFpr = lowFprPoint(scores);
  const handScores = devScores({ model, calibration: platt }, handVectors);
  const hand = handPoint(handScores, scores);
  const heldOut = selectOnAuthors ? heldOutAuthorScores(options) : [];
  const limitScores = devScores({ model, calibration: platt }, limitVectors);
  const authors = selectOnAuthors ? authorsPoint(heldOut, handScores, scores, limitScores) : undefined;
  if (values['dump-held-out'])
    writeFileSync(
      `${values['dump-held-out']}.l2-${options.l2}.w${options.authoredWeight}.e${options.epochs}.json`,
      JSON.stringify(
        authoredFit.rows.map((row, index) => ({
          author: row.author,
          lang: row.lang,
          style: row.style,
          label: row.label,
          score: heldOut[index],
          rule: authoredRuleBlocks[index],
        })),
      ),
    );
  if (authors)
    console.log(
      `  held-out authors: recall ${authors.recall.toFixed(4)} at FPR ${authors.falsePositiveRate.toFixed(4)} (budget ${authors.budget.toFixed(4)}${limitScores.length > 0 ? ` on the threshold-calibration set, FPR there ${limitAt(limitScores, authors.threshold, authors.gate, authors.bypass).toFixed(4)}` : ''}, threshold ${authors.threshold}, rule gate ${authors.gate}, bypass ${authors.bypass})`,
    );
  console.log(
    `l2=${options.l2} epochs=${options.epochs} posWeight=${options.positiveWeight} authoredWeight=${options.authoredWeight}: dev F1 ${metrics.f1.toFixed(4)} FPR ${metrics.falsePositiveRate.toFixed(4)}; best F1 at FPR <= 1%: ${lowFpr.f1.toFixed(4)} (threshold ${lowFpr.threshold}); hand-written recall at FPR <= 1% ${hand.recall.toFixed(4)} (FPR ${hand.falsePositiveRate.toFixed(4)}, threshold ${hand.threshold}, dev F1 there ${hand.devF1.toFixed(4)})`,
  );
  // Selection on the hand-written sets: the best recall there with benign FPR <= 1% (there and on dev);
  // ties go to the better dev F1 at that point. With --select-on source: the best dev F1 at FPR <= 1%,
  // ties to the better F1 at 0.5.
  const better = authors
    ? !best?.authors ||
      authors.recall > best.authors.recall + 1e-9 ||
      (Math.abs(authors.recall - best.authors.recall) <= 1e-9 && hand.devF1 > best.hand.devF1)
    : selectOnHand
      ? !best ||
        hand.recall > best.hand.recall + 1e-9 ||
        (Math.abs(hand.recall - best.hand.recall) <= 1e-9 && hand.devF1 > best.hand.devF1)
      : !best ||
        lowFpr.f1 > best.lowFpr.f1 + 1e-9 ||
        (Math.abs(lowFpr.f1 - best.lowFpr.f1) <= 1e-9 && metrics.f1 > best.f1);
  if (better)
    best = {
      options,
      model,
      calibration: platt,
      f1: metrics.f1,
      fpr: metrics.falsePositiveRate,
      lowFpr,
      hand,
      authors,
      // The shipped threshold blocks at the selected low-FPR operating point (0.5 when none meets it).
      threshold: authors
        ? authors.recall > 0
          ? authors.threshold
          : 0.5
        : selectOnHand
          ? hand.recall > 0
            ? hand.threshold
            : 0.5
          : lowFpr.f1 > 0
            ? lowFpr.threshold
            : 0.5,
    };
}
const chosen = best!;

// Jailbreak-versus-injection head, trained on every attack row (classes weighted to balance).
const attackIndices = fitRows.flatMap((row, index) => (row.label === 'benign' ? [] : [index]));
const jailbreaks = attackIndices.filter((index) => fitRows[index]!.label === 'jailbreak').length;
const jailbreakModel = trainLogistic(
  attackIndices.map((index) => fitVectors[index]!),
  attackIndices.map((index) => (fitRows[index]!.label === 'jailbreak' ? 1 : 0)),
  {
    dimensions: 1 << bits,
    epochs: 10,
    l2: 1e-6,
    learningRate: 0.2,
    positiveWeight: (attackIndices.length - jailbreaks) / Math.max(1, jailbreaks),
    seed,
  },
);

const devProbabilities = devScores(chosen);
const perSource: Record<string, { rows: number; accuracy: number }> = {};
for (const [index, record] of dev.entries()) {
  const key = `${record.source ?? 'unknown'} (${record.label})`;
  perSource[key] ??= { rows: 0, accuracy: 0 };
  const entry = perSource[key];
  entry.rows++;
  const predictedAttack = devProbabilities[index]! >= chosen.threshold;
  if (predictedAttack === (record.label !== 'benign')) entry.accuracy++;
}
for (const entry of Object.values(perSource))
  entry.accuracy = Number((entry.accuracy / entry.rows).toFixed(4));
const finalMetrics = binaryAt(devProbabilities, chosen.threshold);
/** The guard on the hand-written sets at the shipped threshold and rule gate. */
const shippedHand = handAt(
  devScores(chosen, handVectors),
  chosen.threshold,
  chosen.authors?.gate ?? 0,
  chosen.authors?.bypass ?? 0,
);
const guardMetrics = binaryAt(
  devProbabilities,
  chosen.threshold,
  true,
  chosen.authors?.gate ?? 0,
  chosen.authors?.bypass ?? 0,
);
const rounded = (value: number) => Number(value.toFixed(4));

// Per label (classifier alone): an attack's label comes from the type head on the whole text.
const devLabels = devProbabilities.map((score, index) => {
  if (score < chosen.threshold) return 'benign';
  return margin(jailbreakModel, devVectors[index]![0]!) >= 0 ? 'jailbreak' : 'injection';
});
const perLabel = Object.fromEntries(
  (['injection', 'jailbreak'] as const).map((label) => {
    const metrics = classMetrics(
      label,
      dev.map((record) => record.label),
      devLabels,
    );
    return [
      label,
      { precision: rounded(metrics.precision), recall: rounded(metrics.recall), f1: rounded(metrics.f1) },
    ];
  }),
);
const operatingPoints = [0.3, 0.5, 0.7, 0.9, chosen.threshold]
  .sort((a, b) => a - b)
  .filter((threshold, index, all) => all.indexOf(threshold) === index)
  .map((threshold) => {
    const metrics = binaryAt(devProbabilities, threshold);
    return {
      threshold,
      precision: rounded(metrics.precision),
      recall: rounded(metrics.recall),
      f1: rounded(metrics.f1),
      falsePositiveRate: rounded(metrics.falsePositiveRate),
    };
  });

const attackHead = encodeWeights(chosen.model.weights);
const jailbreakHead = encodeWeights(jailbreakModel.weights);
const modelFile: ModelFile = {
  format: 'rampart-guard-linear/1',
  bits,
  maxChars,
  attack: { bias: chosen.model.bias, ...attackHead },
  jailbreak: { bias: jailbreakModel.bias, ...jailbreakHead },
  calibration: chosen.calibration,
  threshold: chosen.threshold,
  window,
  metrics: {
    seed,
    hyperparameters: chosen.options,
    threshold: chosen.threshold,
    trainRows: fit.length,
    augmentedRows: augmented.length,
    syntheticRows: {
      benign: syntheticFit.filter((row) => row.label === 'benign').length,
      attack: syntheticFit.filter((row) => row.label !== 'benign').length,
    },
    authoredRows: {
      authors: authoredFit.authors,
      benign: authoredFit.rows.filter((row) => row.label === 'benign').length,
      attack: authoredFit.rows.filter((row) => row.label !== 'benign').length,
    },
    calibrationRows: calibration.length,
    excludedSources: values['include-unlicensed'] ? [] : [...unlicensedSources],
    dev: {
      rows: dev.length,
      f1: Number(finalMetrics.f1.toFixed(4)),
      precision: Number(finalMetrics.precision.toFixed(4)),
      recall: Number(finalMetrics.recall.toFixed(4)),
      falsePositiveRate: Number(finalMetrics.falsePositiveRate.toFixed(4)),
      perLabel,
      operatingPoints,
      perSource,
    },
    /** What the hyper-parameters and the threshold were selected on. */
    selectedOn: chosen.authors
      ? limitSet.rows.length > 0
        ? 'leave-one-author-out recall over the authored sets, with the benign threshold-calibration sets, the hand-written sets and dev.jsonl as FPR limits'
        : 'leave-one-author-out over the authored sets (with the hand-written sets and dev.jsonl as FPR limits)'
      : selectOnHand
        ? 'hand-written development sets'
        : 'dev.jsonl',
    ...(chosen.authors
      ? {
          heldOutAuthors: {
            rows: authoredFit.rows.length,
            recall: rounded(chosen.authors.recall),
            falsePositiveRate: rounded(chosen.authors.falsePositiveRate),
            threshold: chosen.authors.threshold,
            ruleGate: chosen.authors.gate,
            gateBypassRules: chosen.authors.bypass,
          },
        }
      : {}),
    ...(chosen.authors && limitSet.rows.length > 0
      ? {
          /** The benign threshold-calibration sets: the FPR limit the threshold was held to, and the guard's FPR there. */
          thresholdSet: {
            writers: limitSet.writers,
            rows: limitSet.rows.length,
            budget: chosen.authors.budget,
            falsePositiveRate: rounded(
              limitAt(
                devScores(chosen, limitVectors),
                chosen.threshold,
                chosen.authors.gate,
                chosen.authors.bypass,
              ),
            ),
          },
        }
      : {}),
    /** The guard on the hand-written development sets at the default threshold. */
    handDev: {
      files: (values['hand-dev'] ?? '').split(',').filter(Boolean),
      rows: handDev.length,
      recall: rounded(shippedHand.recall),
      falsePositiveRate: rounded(shippedHand.falsePositiveRate),
      threshold: chosen.threshold,
    },
    /** The guard as shipped at the default threshold: the rule layer and the classifier together. */
    devGuard: {
      f1: Number(guardMetrics.f1.toFixed(4)),
      precision: Number(guardMetrics.precision.toFixed(4)),
      recall: Number(guardMetrics.recall.toFixed(4)),
      falsePositiveRate: Number(guardMetrics.falsePositiveRate.toFixed(4)),
    },
  },
};
writeFileSync(resolve(values.out), `${JSON.stringify(modelFile)}\n`);
writeFileSync(resolve(values.metrics), `${JSON.stringify(modelFile.metrics, null, 2)}\n`);
// The metrics file is committed: give it the repository's formatting so lint passes after a retrain.
try {
  execFileSync('npx', ['biome', 'format', '--write', resolve(values.metrics)], { stdio: 'ignore' });
} catch {
  console.warn(`could not format ${values.metrics} with biome; run npm run lint -- --write`);
}
if (!values['include-unlicensed']) {
  writeFileSync(
    resolve(values.card),
    renderModelCard(modelFile.metrics as never, statSync(resolve(values.out)).size),
  );
}
console.log(
  `chosen ${JSON.stringify(chosen.options)}; dev attack F1 ${finalMetrics.f1.toFixed(4)} precision ${finalMetrics.precision.toFixed(4)} recall ${finalMetrics.recall.toFixed(4)} FPR ${finalMetrics.falsePositiveRate.toFixed(4)}`,
);
console.log(JSON.stringify({ perLabel, operatingPoints, perSource }, null, 1));
console.log(`wrote ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
