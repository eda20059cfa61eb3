import type { SecurityEvent } from '../../core/index.ts';
import type { EventStore } from '../store/event-store.ts';
import { toCef } from './cef.ts';
import { jsonLine } from './line-safety.ts';
import { toOcsf } from './ocsf.ts';
import { type SyslogOptions, toSyslog } from './syslog.ts';

export const exportFormats = ['ocsf', 'syslog', 'cef', 'jsonl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Render one event in an export format (one line; OCSF and jsonl are JSON). */
export function formatEvent(event: SecurityEvent, format: ExportFormat, syslog: SyslogOptions = {}): string {
  switch (format) {
    case 'ocsf':
      return jsonLine(toOcsf(event));
    case 'syslog':
      return toSyslog(event, syslog);
    case 'cef':
      return toCef(event);
    case 'jsonl':
      return jsonLine(event);
  }
}

export interface ExportOptions {
  store: EventStore;
  format: ExportFormat;
  /** Continue after this cursor (from a previous run); omit to start at the oldest event. */
  cursor?: string;
  batchSize?: number;
  /** Receives each batch of rendered lines; must resolve only once they are delivered. */
  deliver: (lines: string[]) => Promise<void>;
  /** Called with the cursor after each delivered batch (persist it to resume without gaps or repeats). */
  checkpoint?: (cursor: string) => void | Promise<void>;
  syslog?: SyslogOptions;
}

export interface RelayOptions {
  store: Pick<EventStore, 'query'>;
  /** Continue after this cursor (from a previous run); omit to start at the oldest event. */
  cursor?: string;
  batchSize?: number;
  /** Receives each batch in ingest order; must resolve only once it is delivered. */
  deliver: (events: SecurityEvent[]) => Promise<void>;
  /** Called with the cursor after each delivered batch (persist it to resume without gaps or repeats). */
  checkpoint?: (cursor: string) => void | Promise<void>;
}

/**
 * Pull every event after `cursor` in ingest order and deliver it, checkpointing the cursor after
 * each delivered batch. Resuming from the last checkpoint neither repeats nor skips; a failed
 * delivery throws with the checkpoint still at the last delivered batch.
 */
export async function relayEvents(options: RelayOptions): Promise<{ relayed: number; cursor?: string }> {
  let cursor = options.cursor;
  let relayed = 0;
  for (;;) {
    const page = await options.store.query({
      order: 'asc',
      limit: options.batchSize ?? 500,
      ...(cursor ? { cursor } : {}),
    });
    if (page.events.length === 0) break;
    await options.deliver(page.events);
    relayed += page.events.length;
    cursor = page.endCursor;
    if (cursor) await options.checkpoint?.(cursor);
    if (!page.nextCursor) break;
  }
  return cursor ? { relayed, cursor } : { relayed };
}

/** exportEvents: relayEvents with each event rendered in an export format. */
export async function exportEvents(options: ExportOptions): Promise<{ exported: number; cursor?: string }> {
  const { relayed, cursor } = await relayEvents({
    store: options.store,
    ...(options.cursor ? { cursor: options.cursor } : {}),
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
    deliver: (events) =>
      options.deliver(events.map((event) => formatEvent(event, options.format, options.syslog))),
    ...(options.checkpoint ? { checkpoint: options.checkpoint } : {}),
  });
  return cursor ? { exported: relayed, cursor } : { exported: relayed };
}
