import { RampartError } from '../../core/index.ts';
import { postJson, targetOrigin } from '../bounded-fetch.ts';
import { objectWith, parseJsonPath, valueAt } from '../json-path.ts';

/** One prediction: the label, and class scores when the endpoint returns them. */
export interface Prediction {
  label: string;
  scores?: number[];
}

/**
 * A classifier the attacks can query: rows of numbers in, predictions out. `queries` counts rows
 * sent (what a query budget limits), not HTTP requests.
 */
export interface PredictTarget {
  readonly name: string;
  readonly queries: number;
  predict(rows: readonly (readonly number[])[]): Promise<Prediction[]>;
}

export interface PredictTargetOptions {
  /** The predict URL (KServe v2: `.../v2/models/NAME/infer`; a gateway predict route). */
  url: string;
  format?: 'kserve-v2' | 'custom';
  /** custom: where the rows go in the request (`instances`, `inputs.0.data`). */
  inputPath?: string;
  /** custom: where labels are in the answer (`predictions`). */
  labelPath?: string;
  /** custom: where class scores are (`probabilities`; rows of numbers or one flat array). */
  scoresPath?: string;
  apiKey?: string;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Rows per request (default 64). */
  batchSize?: number;
  /** The most rows the attack may send in all; one more is RAMPART_REDTEAM_QUERY_BUDGET. */
  maxQueries?: number;
}

function shapeError(message: string): RampartError {
  return new RampartError('RAMPART_REDTEAM_PREDICT_SHAPE', message);
}

/** Split a flat score array into one row per prediction. */
function scoreRows(raw: unknown, count: number): number[][] | undefined {
  if (!Array.isArray(raw) || raw.length === 0) return undefined;
  if (Array.isArray(raw[0])) return (raw as unknown[][]).map((row) => row.map(Number));
  const flat = raw.map(Number);
  if (flat.length % count !== 0) return undefined;
  const width = flat.length / count;
  return Array.from({ length: count }, (_, index) => flat.slice(index * width, (index + 1) * width));
}

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let index = 1; index < values.length; index++) if (values[index]! > values[best]!) best = index;
  return best;
}

/** Read labels and scores out of a KServe v2 answer (`outputs[]`: a BYTES/label tensor, an FP tensor of scores). */
function fromKserve(body: unknown, count: number): Prediction[] {
  const outputs = (body as { outputs?: Array<{ name?: string; datatype?: string; data?: unknown }> }).outputs;
  if (!Array.isArray(outputs))
    throw shapeError('the answer has no outputs[] (is this a KServe v2 endpoint?)');
  const labelOutput = outputs.find((output) => output.datatype === 'BYTES' || output.name === 'label');
  const scoreOutput = outputs.find(
    (output) => output !== labelOutput && /^FP|^INT/.test(output.datatype ?? ''),
  );
  const scores = scoreOutput ? scoreRows(scoreOutput.data, count) : undefined;
  const labels = Array.isArray(labelOutput?.data) ? (labelOutput.data as unknown[]).map(String) : undefined;
  if (!labels && !scores) throw shapeError('the answer has neither a label nor a score output');
  return Array.from({ length: count }, (_, index) => ({
    label: labels?.[index] ?? String(argmax(scores![index]!)),
    ...(scores ? { scores: scores[index]! } : {}),
  }));
}

/** A JSON predict endpoint: KServe v2 (default) or a custom shape given by JSON paths. */
export function createPredictTarget(options: PredictTargetOptions): PredictTarget {
  const format = options.format ?? 'kserve-v2';
  const inputSteps = parseJsonPath(options.inputPath ?? 'instances', '--input-path');
  const labelSteps = options.labelPath ? parseJsonPath(options.labelPath, '--label-path') : undefined;
  const scoreSteps = options.scoresPath ? parseJsonPath(options.scoresPath, '--scores-path') : undefined;
  if (format === 'custom' && !labelSteps && !scoreSteps)
    throw new RampartError('RAMPART_USAGE', 'a custom predict target needs --label-path or --scores-path');
  const fetchOptions = {
    origin: targetOrigin(options.url),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? 10_000_000,
    ...(options.apiKey ? { headers: { authorization: `Bearer ${options.apiKey}` } } : {}),
  };
  const batchSize = Math.max(1, options.batchSize ?? 64);
  let queries = 0;
  const send = async (rows: readonly (readonly number[])[]): Promise<Prediction[]> => {
    const body =
      format === 'kserve-v2'
        ? {
            inputs: [
              { name: 'input-0', shape: [rows.length, rows[0]?.length ?? 0], datatype: 'FP32', data: rows },
            ],
          }
        : objectWith(inputSteps, rows);
    const response = await postJson(options.url, body, fetchOptions);
    if (response.status !== 200)
      throw new RampartError(
        'RAMPART_REDTEAM_TARGET_FAILED',
        `the predict endpoint answered ${response.status}`,
        {
          details: response.body,
        },
      );
    if (format === 'kserve-v2') return fromKserve(response.body, rows.length);
    const labels = labelSteps ? valueAt(response.body, labelSteps) : undefined;
    const scores = scoreSteps ? scoreRows(valueAt(response.body, scoreSteps), rows.length) : undefined;
    if (labelSteps && (!Array.isArray(labels) || labels.length !== rows.length))
      throw shapeError(`${options.labelPath} is not an array of ${rows.length} labels`);
    if (scoreSteps && !scores)
      throw shapeError(`${options.scoresPath} does not hold ${rows.length} score rows`);
    return rows.map((_, index) => ({
      label: labels ? String((labels as unknown[])[index]) : String(argmax(scores![index]!)),
      ...(scores ? { scores: scores[index]! } : {}),
    }));
  };
  return {
    name: options.url,
    get queries() {
      return queries;
    },
    async predict(rows) {
      if (options.maxQueries !== undefined && queries + rows.length > options.maxQueries)
        throw new RampartError(
          'RAMPART_REDTEAM_QUERY_BUDGET',
          `the query budget of ${options.maxQueries} rows is spent`,
        );
      queries += rows.length;
      const out: Prediction[] = [];
      for (let start = 0; start < rows.length; start += batchSize)
        out.push(...(await send(rows.slice(start, start + batchSize))));
      return out;
    },
  };
}

/** A classifier in this process as a target (a model under test, a surrogate); counts queries the same way. */
export function createFunctionTarget(
  name: string,
  classify: (row: readonly number[]) => Prediction,
): PredictTarget {
  let queries = 0;
  return {
    name,
    get queries() {
      return queries;
    },
    async predict(rows) {
      queries += rows.length;
      return rows.map((row) => classify(row));
    },
  };
}
