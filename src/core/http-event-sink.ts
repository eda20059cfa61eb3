import { RampartError } from './errors.ts';
import type { EventSink, SecurityEvent } from './events.ts';

export interface HttpEventSinkOptions {
  /** The SOC's base URL (http://soc:8082) or its full ingest URL (.../events). */
  url: string;
  /** Ingest bearer token. Never included in errors. */
  token: string;
  /** Events per POST (default 500; the SOC accepts up to its soc.maxBatchEvents). */
  batchSize?: number;
  /**
   * Attempts per batch on network errors, 429 and 5xx (default 3): the wait before the next is the
   * SOC's `Retry-After` when it sends one (at most `maxRetryAfterMs`), else exponential backoff with
   * full jitter, so many reporters that failed together do not retry together.
   */
  attempts?: number;
  /** The longest `Retry-After` honoured (default 30 000 ms); a longer one fails the batch at once. */
  maxRetryAfterMs?: number;
  /** The backoff base (default 200 ms): attempt n waits a random time below base * 2^(n-1). */
  backoffMs?: number;
  /** Per-request timeout in milliseconds (default 10 000). */
  timeoutMs?: number;
}

/**
 * Forwards events to a SOC's `POST /events` (`--report-to`). `write` resolves once the SOC has
 * acknowledged every batch, i.e. committed it. Retries are safe: the SOC ignores event ids it
 * already holds, so a batch re-sent after a lost answer is not duplicated.
 */
export class HttpEventSink implements EventSink {
  private readonly url: string;
  constructor(private readonly options: HttpEventSinkOptions) {
    const base = options.url.replace(/\/+$/, '');
    this.url = base.endsWith('/events') ? base : `${base}/events`;
    try {
      new URL(this.url);
    } catch (error) {
      throw new RampartError('RAMPART_SOC_FORWARD_FAILED', `not a URL: ${options.url}`, { cause: error });
    }
  }

  /** Full jitter: a random wait below base * 2^(attempt-1). */
  private backoff(attempt: number): number {
    return Math.random() * (this.options.backoffMs ?? 200) * 2 ** (attempt - 1);
  }

  async write(events: readonly SecurityEvent[]): Promise<void> {
    const size = Math.max(1, this.options.batchSize ?? 500);
    for (let start = 0; start < events.length; start += size)
      await this.send(events.slice(start, start + size));
  }

  private async send(batch: readonly SecurityEvent[]): Promise<void> {
    const attempts = Math.max(1, this.options.attempts ?? 3);
    const body = JSON.stringify({ events: batch });
    let lastProblem = '';
    for (let attempt = 1; attempt <= attempts; attempt++) {
      let status: number;
      let code = '';
      let retryAfter: string | null = null;
      try {
        const response = await fetch(this.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.options.token}` },
          body,
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000),
        });
        status = response.status;
        retryAfter = response.headers.get('retry-after');
        const text = await response.text();
        if (response.ok) return;
        try {
          const parsed = JSON.parse(text) as { error?: { code?: string } };
          code = parsed.error?.code ?? '';
        } catch {
          // not JSON: the status says enough
        }
      } catch (error) {
        lastProblem = `cannot reach ${new URL(this.url).host} (${networkProblem(error)})`;
        if (attempt < attempts) await sleep(this.backoff(attempt));
        continue;
      }
      lastProblem = `the SOC answered HTTP ${status}${code ? ` ${code}` : ''}`;
      const retryable = status === 429 || status >= 500;
      if (!retryable) break;
      if (attempt >= attempts) break;
      const asked = retryAfterMs(retryAfter);
      if (asked !== undefined && asked > (this.options.maxRetryAfterMs ?? 30_000)) {
        lastProblem += ` (asked to retry after ${Math.ceil(asked / 1000)} s)`;
        break;
      }
      await sleep(asked ?? this.backoff(attempt));
    }
    throw new RampartError(
      'RAMPART_SOC_FORWARD_FAILED',
      `could not report ${batch.length} event(s): ${lastProblem}`,
    );
  }
}

/** What went wrong in words an operator can act on: ECONNREFUSED, ENOTFOUND, timed out; not "TypeError". */
function networkProblem(error: unknown): string {
  const failure = error as { name?: string; cause?: { code?: unknown } };
  if (failure.name === 'TimeoutError') return 'timed out';
  if (typeof failure.cause?.code === 'string') return failure.cause.code;
  return failure.name ?? 'network error';
}

/** `Retry-After` as milliseconds from now: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
