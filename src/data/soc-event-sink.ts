import { request } from 'undici';
import { type EventSink, RampartError, type SecurityEvent } from '../core/index.ts';

export interface SocEventSinkOptions {
  /** The SOC's base URL or its full `/events` URL. */
  url: string;
  token?: string;
  timeoutMs?: number;
}

/** Posts events as JSON `{events: [...]}` to a SOC's `POST /events`, with a bearer token. */
export class SocEventSink implements EventSink {
  private readonly url: string;
  constructor(private readonly options: SocEventSinkOptions) {
    let parsed: URL;
    try {
      parsed = new URL(options.url);
    } catch (error) {
      throw new RampartError('RAMPART_USAGE', `--report-to is not a URL: ${options.url}`, { cause: error });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new RampartError('RAMPART_USAGE', `--report-to must be an http(s) URL: ${options.url}`);
    }
    if (!parsed.pathname.endsWith('/events'))
      parsed.pathname = `${parsed.pathname.replace(/\/$/, '')}/events`;
    this.url = parsed.toString();
  }

  async write(events: readonly SecurityEvent[]): Promise<void> {
    const timeout = this.options.timeoutMs ?? 10_000;
    let status: number;
    try {
      const response = await request(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(this.options.token ? { authorization: `Bearer ${this.options.token}` } : {}),
        },
        body: JSON.stringify({ events }),
        headersTimeout: timeout,
        bodyTimeout: timeout,
      });
      status = response.statusCode;
      await response.body.dump();
    } catch (error) {
      throw new RampartError(
        'RAMPART_DATA_REPORT_FAILED',
        `could not reach the SOC at ${this.url}: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    if (status < 200 || status >= 300) {
      throw new RampartError(
        'RAMPART_DATA_REPORT_FAILED',
        `the SOC at ${this.url} refused the events (HTTP ${status})`,
      );
    }
  }
}
