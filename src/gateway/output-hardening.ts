import { RampartError, seededRandom } from '../core/index.ts';
import type { RouteConfig } from './config.ts';
import { eventData } from './sse-events.ts';

/** The hardening one answer gets: the route's `output`, or its `degraded` settings for a degraded principal. */
export interface Hardening {
  round?: number | undefined;
  topK?: number | undefined;
  labelOnly: boolean;
  stripLogprobs: boolean;
  noise?: number | undefined;
  scoresPath?: string | undefined;
}

/** What to do to this route's answers; undefined when nothing (the common case). */
export function hardeningFor(route: RouteConfig, degraded: boolean): Hardening | undefined {
  const output = route.output;
  const base: Hardening = {
    round: output.round,
    topK: output.topK,
    labelOnly: output.labelOnly,
    stripLogprobs: output.stripLogprobs,
    noise: output.noise,
    scoresPath: output.scoresPath,
  };
  if (degraded) {
    const extra = output.degraded;
    base.labelOnly ||= extra.labelOnly;
    base.stripLogprobs ||= extra.stripLogprobs;
    base.round = minimum(base.round, extra.round);
    base.topK = minimum(base.topK, extra.topK);
    if (extra.noise !== undefined) base.noise = Math.max(base.noise ?? 0, extra.noise);
  }
  const predict = route.kind === 'predict';
  const acts = predict
    ? base.labelOnly || base.round !== undefined || base.topK !== undefined || (base.noise ?? 0) > 0
    : base.stripLogprobs;
  return acts ? base : undefined;
}

const minimum = (left: number | undefined, right: number | undefined) =>
  left === undefined ? right : right === undefined ? left : Math.min(left, right);

function failed(message: string): RampartError {
  return new RampartError('RAMPART_OUTPUT_HARDENING_FAILED', message);
}

/** Process-wide noise source; noise needs to be unpredictable to a client, not reproducible. */
let noiseRandom = seededRandom((Date.now() ^ (process.pid << 16)) >>> 0);

/** For tests: make the noise reproducible. */
export function seedOutputNoise(seed: number): void {
  noiseRandom = seededRandom(seed);
}

function gaussian(): number {
  return Math.sqrt(-2 * Math.log(1 - noiseRandom())) * Math.cos(2 * Math.PI * noiseRandom());
}

/** Harden one row of scores in place: noise (renormalised if it summed to 1), top-k, label only, rounding. */
export function hardenScores(row: number[], hardening: Hardening): void {
  if (row.length === 0) return;
  const total = row.reduce((sum, value) => sum + value, 0);
  const probabilities = Math.abs(total - 1) < 1e-3 && row.every((value) => value >= 0);
  if ((hardening.noise ?? 0) > 0) {
    for (let index = 0; index < row.length; index++) row[index] = row[index]! + hardening.noise! * gaussian();
    if (probabilities) {
      for (let index = 0; index < row.length; index++) row[index] = Math.max(0, row[index]!);
      const sum = row.reduce((acc, value) => acc + value, 0) || 1;
      for (let index = 0; index < row.length; index++) row[index] = row[index]! / sum;
    }
  }
  let top = 0;
  for (let index = 1; index < row.length; index++) if (row[index]! > row[top]!) top = index;
  if (hardening.labelOnly) {
    for (let index = 0; index < row.length; index++) row[index] = index === top ? 1 : 0;
    return;
  }
  if (hardening.topK !== undefined && hardening.topK < row.length) {
    const kept = new Set(
      row
        .map((value, index) => [value, index] as const)
        .sort((left, right) => right[0] - left[0])
        .slice(0, hardening.topK)
        .map(([, index]) => index),
    );
    for (let index = 0; index < row.length; index++) if (!kept.has(index)) row[index] = 0;
  }
  if (hardening.round !== undefined) {
    const scale = 10 ** hardening.round;
    for (let index = 0; index < row.length; index++) row[index] = Math.round(row[index]! * scale) / scale;
  }
}

const floatTypes = new Set(['FP16', 'FP32', 'FP64', 'BF16']);

function hardenFlat(data: unknown[], rows: number, hardening: Hardening): void {
  if (!data.every((value) => typeof value === 'number')) throw failed('a score is not a number');
  const width = data.length / rows;
  if (!Number.isInteger(width)) throw failed('the scores do not fill their shape');
  for (let start = 0; start < data.length; start += width) {
    const row = data.slice(start, start + width) as number[];
    hardenScores(row, hardening);
    for (let index = 0; index < width; index++) data[start + index] = row[index]!;
  }
}

/**
 * Harden a predict answer in place. KServe v2 (`outputs`): every floating-point output, row by row
 * by its shape. Custom JSON: the array at `scoresPath` (one row, or an array of rows). An answer
 * that has none of these is refused: a route that promises hardening never passes raw scores.
 */
export function hardenPredictAnswer(json: unknown, hardening: Hardening): void {
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw failed('the model answer is not a JSON object');
  const answer = json as Record<string, unknown>;
  if (hardening.scoresPath) {
    const parts = hardening.scoresPath.split('.');
    let holder: unknown = answer;
    for (const part of parts.slice(0, -1))
      holder = holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[part] : undefined;
    const scores =
      holder && typeof holder === 'object' ? (holder as Record<string, unknown>)[parts.at(-1)!] : undefined;
    if (!Array.isArray(scores)) throw failed(`the answer has no array at ${hardening.scoresPath}`);
    if (scores.every((row) => Array.isArray(row)))
      for (const row of scores) hardenFlat(row as unknown[], 1, hardening);
    else hardenFlat(scores, 1, hardening);
    return;
  }
  const outputs = answer.outputs;
  if (!Array.isArray(outputs)) throw failed('the answer has no KServe v2 outputs (set output.scoresPath)');
  for (const output of outputs) {
    if (!output || typeof output !== 'object') continue;
    const { datatype, shape, data } = output as { datatype?: unknown; shape?: unknown; data?: unknown };
    if (typeof datatype !== 'string' || !floatTypes.has(datatype)) continue;
    if (!Array.isArray(data)) throw failed('a floating-point output has no data array');
    const flat = data.flat(8) as unknown[];
    const rows =
      Array.isArray(shape) && shape.length >= 2 && Number.isInteger(shape[0]) ? (shape[0] as number) : 1;
    hardenFlat(flat, rows, hardening);
    (output as Record<string, unknown>).data = flat;
  }
}

/** Drop token log-probabilities from an OpenAI-style answer or stream chunk; true when something changed. */
export function stripLogprobs(json: unknown): boolean {
  if (json === null || typeof json !== 'object') return false;
  let changed = false;
  const choices = (json as { choices?: unknown }).choices;
  if (Array.isArray(choices)) {
    for (const choice of choices) {
      if (choice && typeof choice === 'object' && 'logprobs' in choice) {
        if ((choice as { logprobs?: unknown }).logprobs !== null) changed = true;
        (choice as { logprobs?: unknown }).logprobs = null;
      }
    }
  }
  for (const key of ['logprobs', 'top_logprobs']) {
    if (key in json) {
      delete (json as Record<string, unknown>)[key];
      changed = true;
    }
  }
  return changed;
}

/**
 * Strip logprobs from SSE text made of whole events (each ending in a blank line). Events whose
 * data is not JSON (`[DONE]`, comments) pass unchanged.
 */
export function stripLogprobsFromEvents(text: string): string {
  if (!text.includes('logprobs')) return text;
  return text
    .split('\n\n')
    .map((event) => {
      if (!event.includes('logprobs')) return event;
      const data = eventData(event);
      if (data === undefined) return event;
      let json: unknown;
      try {
        json = JSON.parse(data);
      } catch {
        throw failed('a stream event that mentions logprobs is not JSON');
      }
      if (!stripLogprobs(json)) return event;
      const lines = event.split('\n').filter((line) => !line.startsWith('data:'));
      return [...lines, `data: ${JSON.stringify(json)}`].join('\n');
    })
    .join('\n\n');
}
