import type { SecurityEvent } from '../../core/index.ts';
import type { EventStore } from '../store/event-store.ts';
import { toCef } from './cef.ts';
import { toOcsf } from './ocsf.ts';
import { type SyslogOptions, toSyslog } from './syslog.ts';

export const exportFormats = ['ocsf', 'syslog', 'cef', 'jsonl'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Render one event in an export format (one line; OCSF and jsonl are JSON). */
export function formatEvent(event: SecurityEvent, format: ExportFormat, syslog: SyslogOptions = {}): string {
  switch (format) {
    case 'ocsf':
      return JSON.stringify(toOcsf(event));
    case 'syslog':
      return toSyslog(event, syslog);
    case 'cef':
      return toCef(event);
    case 'jsonl':
      return JSON.stringify(event);
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

/**
 * Pull every event after `cursor` in ingest order, render and deliver it, checkpointing the
 * cursor after each delivered batch. Resuming from the last checkpoint neither repeats nor skips.
 */
export async function exportEvents(options: ExportOptions): Promise<{ exported: number; cursor?: string }> {
  let cursor = options.cursor;
  let exported = 0;
  for (;;) {
    const page = await options.store.query({
      order: 'asc',
      limit: options.batchSize ?? 500,
      ...(cursor ? { cursor } : {}),
    });
    if (page.events.length === 0) break;
    await options.deliver(page.events.map((event) => formatEvent(event, options.format, options.syslog)));
    exported += page.events.length;
    cursor = page.endCursor;
    if (cursor) await options.checkpoint?.(cursor);
    if (!page.nextCursor) break;
  }
  return cursor ? { exported, cursor } : { exported };
}
