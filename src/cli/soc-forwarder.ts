import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { HttpEventSink } from '../core/index.ts';
import { relayEvents, type SqliteEventStore } from '../soc/index.ts';

export interface SocForwarderOptions {
  store: Pick<SqliteEventStore, 'query'>;
  url: string;
  token: string;
  /** Where the position of the last event the SOC acknowledged is kept. */
  cursorPath: string;
  intervalMs: number;
  batchSize: number;
  logger?: Logger;
}

/**
 * Sends a gateway's committed events on to a central SOC, in order, from a cursor saved after
 * every acknowledged batch. The local store stays the durable record: while the SOC is down the
 * events wait there, and a restart resumes from the saved cursor (a batch resent after a lost
 * answer is dropped by the SOC, which ignores event ids it already holds).
 */
export class SocForwarder {
  private readonly sink: HttpEventSink;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private failing = false;
  /** Events the SOC has acknowledged since start. */
  forwarded = 0;

  constructor(private readonly options: SocForwarderOptions) {
    this.sink = new HttpEventSink({ url: options.url, token: options.token, batchSize: options.batchSize });
  }

  start(): void {
    this.schedule(0);
  }

  /** One pass: send everything committed since the saved cursor. Resolves when the SOC has it all. */
  async flush(): Promise<void> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** Stop polling; one last pass (bounded by `timeoutMs`) sends what the SOC has not seen yet. */
  async stop(timeoutMs = 5_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.flush().catch(() => undefined),
      new Promise((done) => {
        timer = setTimeout(done, timeoutMs);
      }),
    ]);
    clearTimeout(timer);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.flush()
        .then(() => {
          if (this.failing) this.options.logger?.info({ soc: this.options.url }, 'SOC reachable again');
          this.failing = false;
        })
        .catch((error: unknown) => {
          if (!this.failing) {
            this.options.logger?.warn(
              { soc: this.options.url, code: (error as { code?: string }).code },
              'cannot forward events to the SOC; they stay in the local store and are retried',
            );
          }
          this.failing = true;
        })
        .finally(() => this.schedule(this.options.intervalMs));
    }, delayMs);
    this.timer.unref();
  }

  private async pass(): Promise<void> {
    const cursor = this.readCursor();
    const { relayed } = await relayEvents({
      store: this.options.store,
      ...(cursor ? { cursor } : {}),
      batchSize: this.options.batchSize,
      deliver: (events) => this.sink.write(events),
      checkpoint: (next) => this.saveCursor(next),
    });
    this.forwarded += relayed;
  }

  private readCursor(): string | undefined {
    if (!existsSync(this.options.cursorPath)) return undefined;
    const text = readFileSync(this.options.cursorPath, 'utf8').trim();
    return text === '' ? undefined : text;
  }

  private saveCursor(cursor: string): void {
    const temporary = `${this.options.cursorPath}.tmp`;
    writeFileSync(temporary, `${cursor}\n`);
    renameSync(temporary, this.options.cursorPath);
  }
}
