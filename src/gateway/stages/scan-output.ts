import { RampartError } from '../../core/index.ts';
import type { ScanResult, StreamScanner, StreamStep } from '../../guard/index.ts';
import type { Exchange } from '../exchange.ts';
import { eventData } from '../sse-events.ts';
import { collectTexts, joinTexts, setText, type TextSlot, writeRedactions } from '../text-fields.ts';
import { outputBlocked, raiseDecision, recordDetections, scannerFailed } from './scan.ts';

/** The media type of a Content-Type header: lower-cased, parameters dropped. */
export function mediaTypeOf(contentType: string): string {
  const end = contentType.indexOf(';');
  return (end === -1 ? contentType : contentType.slice(0, end)).trim().toLowerCase();
}

/**
 * Whether the guard reads the answer's bytes as its client will: UTF-8 (or its ASCII subset), with
 * no byte-order mark of another encoding. A client that honours `charset=utf-16` (or a UTF-16 BOM)
 * would read text that the guard, decoding UTF-8, saw as noise.
 */
export function readsAsUtf8(contentType: string, start: Uint8Array): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1]?.toLowerCase();
  if (charset !== undefined && !['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(charset)) return false;
  const [first, second] = start;
  return !(
    (first === 0xff && second === 0xfe) ||
    (first === 0xfe && second === 0xff) ||
    (first === 0 && second === 0)
  );
}

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === 'application/json' || mediaType.endsWith('+json');
}

/** Applies one scan's verdict: records findings, throws on block. False when the scan failed open. */
function judge(exchange: Exchange, result: ScanResult): boolean {
  recordDetections(exchange, result, 'output');
  if (scannerFailed(exchange, result)) return false;
  raiseDecision(exchange, result.verdict);
  if (result.verdict === 'block') throw outputBlocked(result);
  return true;
}

/** An answer the guard cannot read: refused unless the route passes such shapes (audited). */
export function unscannable(exchange: Exchange, what: string): void {
  if (exchange.route.config.unscannedShapes !== 'pass') {
    throw new RampartError('RAMPART_GUARD_OUTPUT_UNSCANNABLE', `the answer could not be scanned: ${what}`);
  }
  exchange.attrs['guard.unscanned'] = what;
}

/**
 * Scans a whole answer: every text field of a JSON body (one scan over all of them), or the whole
 * body as text when it is not JSON. Blocks, or rewrites redacted texts in place. Returns the body
 * to send. `json` is the body already parsed by the caller, when it is JSON.
 */
export function scanAnswer(exchange: Exchange, buffer: Buffer, json: unknown): Buffer {
  const { scanner, context } = exchange.guard!;
  if (json === undefined) {
    const result = scanner.guard.scanOutput(buffer.toString('utf8'), context);
    if (judge(exchange, result) && result.redactedText !== undefined) return Buffer.from(result.redactedText);
    return buffer;
  }
  const slots: TextSlot[] = [];
  if (!collectTexts(json, slots)) {
    unscannable(exchange, 'nesting');
    return buffer;
  }
  if (slots.length === 0) return buffer;
  const { text, starts } = joinTexts(slots);
  const result = scanner.guard.scanOutput(text, context);
  if (!judge(exchange, result) || result.verdict !== 'redact') return buffer;
  writeRedactions(slots, starts, result.findings);
  return Buffer.from(JSON.stringify(json));
}

/** The event with its data lines replaced by `data` (its `event:` and other lines kept). */
function withData(event: string, data: string): string {
  let out = '';
  for (const line of event.split('\n')) if (!line.startsWith('data:')) out += `${line}\n`;
  return `${out}data: ${data}\n\n`;
}

interface OpenText {
  scanner: StreamScanner;
  /** The last event that carried this text: held-back text is flushed in a copy of it. */
  template?: { event: string; json: Record<string, unknown>; slots: TextSlot[]; slot: TextSlot };
}

/**
 * Output scanning of an SSE answer, event by event, whatever its shape. Every text of every event
 * goes through a stream scanner of its own (one per path: choice, content, tool call, reasoning),
 * which holds back a window so a secret split across events is seen whole. An event that ends a
 * text (a `finish_reason`, or a typed event that is not a delta) flushes what is held back first,
 * in the same event when it carries that text. Each event is parsed once.
 */
export class ScannedEventStream {
  readonly #exchange: Exchange;
  readonly #open = new Map<string, OpenText>();
  /** Text released to the client (for capture). */
  released = '';

  constructor(exchange: Exchange) {
    this.#exchange = exchange;
  }

  /** What to send for one event; `read` sees each parsed event (usage, output size). */
  event(event: string, read: (json: unknown) => void): string {
    const data = eventData(event);
    if (data === undefined) return `${event}\n\n`;
    if (data === '[DONE]') return `${this.end()}${event}\n\n`;
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(data);
    } catch {
      unscannable(this.#exchange, 'sse-data');
      return `${event}\n\n`;
    }
    read(json);
    const slots: TextSlot[] = [];
    if (json === null || typeof json !== 'object' || !collectTexts(json, slots)) {
      unscannable(this.#exchange, 'sse-data');
      return `${event}\n\n`;
    }
    const ending = endingPrefixes(json);
    let before = '';
    for (const slot of slots) {
      let open = this.#open.get(slot.path);
      if (!open) {
        open = {
          scanner: this.#exchange.guard!.scanner.guard.createStreamScanner(this.#exchange.guard!.context),
        };
        this.#open.set(slot.path, open);
      }
      let text = slot.text === '' ? '' : this.#release(open.scanner.push(slot.text));
      if (ending?.some((prefix) => slot.path.startsWith(prefix))) {
        text += this.#release(open.scanner.end());
        this.#open.delete(slot.path);
      } else open.template = { event, json, slots, slot };
      setText(slot, text);
    }
    if (ending !== undefined) {
      for (const [path, open] of this.#open) {
        if (ending.some((prefix) => path.startsWith(prefix))) before += this.#flush(path, open);
      }
    }
    if (slots.length === 0) return `${before}${event}\n\n`;
    // Everything it carried is held back: the event goes out later, as the copy that flushes it.
    if (
      ending === undefined &&
      slots.every((slot) => slot.text !== '' && slot.holder[slot.key as never] === '')
    )
      return before;
    return `${before}${withData(event, JSON.stringify(json))}`;
  }

  /** Flushes every text still held back (end of stream). */
  end(): string {
    let out = '';
    for (const [path, open] of this.#open) out += this.#flush(path, open);
    return out;
  }

  #release(step: StreamStep): string {
    judge(this.#exchange, step.result);
    if (this.#exchange.route.config.captureText) this.released += step.emit;
    return step.emit;
  }

  /** Ends one text; what was held back goes out in a copy of the last event that carried it. */
  #flush(path: string, open: OpenText): string {
    this.#open.delete(path);
    const text = this.#release(open.scanner.end());
    const template = open.template;
    if (text === '' || !template) return '';
    for (const slot of template.slots) setText(slot, '');
    setText(template.slot, text);
    delete template.json.usage;
    return withData(template.event, JSON.stringify(template.json));
  }
}

/**
 * Which texts an event ends: those under a choice with a finish_reason (OpenAI), or all of them for
 * a typed event that is not a delta (Anthropic `content_block_stop`, Responses `…done`). Undefined
 * when the event ends none.
 */
function endingPrefixes(json: Record<string, unknown>): string[] | undefined {
  if (typeof json.type === 'string' && !json.type.endsWith('delta')) return [''];
  if (!Array.isArray(json.choices)) return undefined;
  let prefixes: string[] | undefined;
  json.choices.forEach((choice: unknown, position) => {
    const { finish_reason: finish, index } = (choice ?? {}) as { finish_reason?: unknown; index?: unknown };
    if (finish === null || finish === undefined) return;
    prefixes ??= [];
    prefixes.push(`choices.${typeof index === 'number' ? index : position}.`);
  });
  return prefixes;
}

/**
 * The error a client gets for an upstream 4xx: never the upstream's body. 401/403 are the
 * gateway's own credentials failing (RAMPART_UPSTREAM_FAILED, nothing relayed); other statuses keep
 * their status with the upstream's error message, its credentials removed, then output-scanned.
 */
export function upstreamRejection(
  exchange: Exchange,
  status: number,
  body: Buffer,
  credentials: readonly string[],
): RampartError {
  exchange.attrs.upstream_status = status;
  if (status === 401 || status === 403 || status < 400) {
    return new RampartError('RAMPART_UPSTREAM_FAILED', `the model server answered with status ${status}`);
  }
  let message = '';
  try {
    const error = (JSON.parse(body.toString('utf8')) as { error?: unknown }).error;
    const text = typeof error === 'string' ? error : (error as { message?: unknown } | undefined)?.message;
    if (typeof text === 'string') message = text.slice(0, 1_000);
  } catch {
    // not JSON: no message is relayed
  }
  for (const credential of credentials)
    if (credential.length >= 8) message = message.split(credential).join('[REDACTED]');
  if (message && exchange.guard?.scanner.scanOutput) {
    const result = exchange.guard.scanner.guard.scanOutput(message, exchange.guard.context);
    recordDetections(exchange, result, 'output');
    if (result.error || result.verdict === 'block') message = '';
    else if (result.redactedText !== undefined) message = result.redactedText;
  }
  return new RampartError(
    'RAMPART_UPSTREAM_REJECTED',
    message ? `the model server refused the request: ${message}` : `the model server refused the request`,
    { status },
  );
}

/** Every credential the gateway sends upstream: whole header values, and the token after a scheme. */
export function upstreamCredentials(headers: Readonly<Record<string, string>>): string[] {
  const credentials: string[] = [];
  for (const value of Object.values(headers)) {
    credentials.push(value);
    const space = value.indexOf(' ');
    if (space !== -1) credentials.push(value.slice(space + 1).trim());
  }
  return credentials.sort((a, b) => b.length - a.length);
}
