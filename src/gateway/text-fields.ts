import { applyRedactions, type GuardFinding } from '../guard/index.ts';

/**
 * Every text a model or a client reads in a request or an answer, whatever the API shape (OpenAI
 * chat and completions, OpenAI Responses, Anthropic Messages; JSON bodies and SSE events). The
 * walk is generic: every string value is text unless its key is on the short list of protocol
 * fields below, so a field nobody thought of (a new part type, `reasoning_content`, tool-call
 * arguments) is scanned by default. Each text is a slot that can be written back in place, so
 * redaction never flattens content parts or drops image parts.
 */
export interface TextSlot {
  readonly holder: Record<string, unknown> | unknown[];
  readonly key: string | number;
  readonly text: string;
  /** Where the text sits, with each array element named by its `index` field when it has one. */
  readonly path: string;
}

/**
 * Protocol fields: identifiers, enums and timestamps that no model or client reads as prose. Only
 * their string values are skipped; an object under one of these keys is still walked.
 */
const protocolKeys = new Set([
  'role',
  'type',
  'id',
  'object',
  'model',
  'created',
  'index',
  'finish_reason',
  'stop_reason',
  'status',
  'system_fingerprint',
  'service_tier',
  'tool_call_id',
  'call_id',
  'item_id',
  'response_id',
  'tool_choice',
  'encoding_format',
  'reasoning_effort',
  'detail',
  'format',
]);

/** Whether a string value under `key` is protocol, not text: skipped by the walk. */
export type SkipValue = (key: string, value: string) => boolean;

const skipProtocolKeys: SkipValue = (key) => protocolKeys.has(key);

const identifier = /^[A-Za-z_][A-Za-z0-9_.-]{0,31}$/;

/**
 * In requests the caller writes every field, and a chat template may render any string of a
 * message into the prompt (vLLM renders `role` verbatim, some templates render tool-call ids). So
 * only the routed `model` name is skipped, and `role` and `type` only while they are identifiers
 * (`user`, `input_text`); a role or type that holds a sentence is scanned, as are ids and enums.
 */
export const skipRequestProtocol: SkipValue = (key, value) =>
  key === 'model' || ((key === 'role' || key === 'type') && identifier.test(value));

/**
 * Subtrees that hold no readable text: binary payloads (image URLs and data URLs, audio, embedding
 * vectors) and counters. Scanning base64 as prose would only raise false alarms.
 */
const opaqueKeys = new Set(['image_url', 'input_audio', 'embedding', 'usage', 'logit_bias']);

/** Deeper than this is not an API shape the guard reads: the caller refuses it. */
const maxDepth = 48;

/**
 * Collects every text slot under `value`. Returns false when the value nests deeper than any API
 * shape does (the caller treats it as unreadable: refused unless the route passes such shapes).
 */
export function collectTexts(
  value: unknown,
  slots: TextSlot[],
  path = '',
  skipKey?: string,
  skipped: SkipValue = skipProtocolKeys,
): boolean {
  return walk(value, slots, path, skipKey, 0, skipped);
}

function walk(
  value: unknown,
  slots: TextSlot[],
  path: string,
  skipKey: string | undefined,
  depth: number,
  skipped: SkipValue,
): boolean {
  if (depth > maxDepth) return false;
  if (Array.isArray(value)) {
    for (let position = 0; position < value.length; position++) {
      const item = value[position];
      const named = item !== null && typeof item === 'object' && typeof (item as { index?: unknown }).index;
      const segment = named === 'number' ? (item as { index: number }).index : position;
      if (typeof item === 'string')
        slots.push({ holder: value, key: position, text: item, path: `${path}${segment}` });
      else if (
        item !== null &&
        typeof item === 'object' &&
        !walk(item, slots, `${path}${segment}.`, undefined, depth + 1, skipped)
      )
        return false;
    }
    return true;
  }
  if (value === null || typeof value !== 'object') return true;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (key === skipKey || opaqueKeys.has(key)) continue;
    const child = record[key];
    if (typeof child === 'string') {
      if (!skipped(key, child)) slots.push({ holder: record, key, text: child, path: `${path}${key}` });
    } else if (
      child !== null &&
      typeof child === 'object' &&
      !walk(child, slots, `${path}${key}.`, undefined, depth + 1, skipped)
    )
      return false;
  }
  return true;
}

/** The slots' texts as one text (one per line) and where each starts in it. */
export function joinTexts(slots: readonly TextSlot[]): { text: string; starts: number[] } {
  if (slots.length === 1) return { text: slots[0]!.text, starts: [0] };
  const starts: number[] = [];
  let text = '';
  for (const slot of slots) {
    if (starts.length > 0) text += '\n';
    starts.push(text.length);
    text += slot.text;
  }
  return { text, starts };
}

/**
 * Writes the redact findings of a scan over `joinTexts(slots)` back into each slot. A finding that
 * spans several slots is removed from each; its placeholder goes where it starts.
 */
export function writeRedactions(
  slots: readonly TextSlot[],
  starts: readonly number[],
  findings: readonly GuardFinding[],
): void {
  const redactions = findings.filter((finding) => finding.action === 'redact');
  if (redactions.length === 0) return;
  slots.forEach((slot, index) => {
    const start = starts[index]!;
    const end = start + slot.text.length;
    const own: GuardFinding[] = [];
    for (const finding of redactions) {
      if (finding.span.end <= start || finding.span.start >= end) continue;
      own.push({
        ...finding,
        span: {
          start: Math.max(finding.span.start, start) - start,
          end: Math.min(finding.span.end, end) - start,
        },
        replacement: finding.span.start >= start ? finding.replacement : '',
      });
    }
    if (own.length > 0) setText(slot, applyRedactions(slot.text, own));
  });
}

export function setText(slot: TextSlot, text: string): void {
  (slot.holder as Record<string | number, unknown>)[slot.key] = text;
}
