import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { RampartError } from '../../core/index.ts';
import {
  type ExportFormat,
  exportEvents,
  exportFormats,
  openSiemSender,
  parseSiemTarget,
} from '../../soc/index.ts';
import { openStoreFrom, storeArgs } from './soc-store.ts';

/**
 * `rampart soc export --format cef --to tls://siem:6514 --cursor-file .rampart/cef.cursor --follow`
 * Pulls events in ingest order; the cursor file makes a restarted export continue without gaps or repeats.
 */
export default defineCommand({
  meta: { name: 'export', description: 'Export events as OCSF, syslog (RFC 5424), CEF or JSON lines.' },
  args: {
    format: { type: 'string', description: exportFormats.join(' | '), default: 'ocsf' },
    to: {
      type: 'string',
      description: "'-' (stdout), a file, or udp:// tcp:// tls://host:port",
      default: '-',
    },
    'cursor-file': {
      type: 'string',
      description: 'Read the start cursor from, and save progress to, this file',
    },
    follow: { type: 'boolean', description: 'Keep polling for new events (every 2 s) until interrupted' },
    'ca-file': { type: 'string', description: 'TLS: PEM file of CA certificates to trust for the SIEM' },
    ...storeArgs,
  },
  async run({ args }) {
    if (!(exportFormats as readonly string[]).includes(args.format)) {
      throw new RampartError('RAMPART_USAGE', `--format must be one of ${exportFormats.join(', ')}`);
    }
    const format = args.format as ExportFormat;
    let cursor: string | undefined;
    if (args['cursor-file']) {
      try {
        cursor = readFileSync(args['cursor-file'], 'utf8').trim() || undefined;
      } catch {
        cursor = undefined;
      }
    }
    const target = args.to;
    const network = /^(udp|tcp|tls):\/\//.test(target);
    const sender = network
      ? await openSiemSender({
          ...parseSiemTarget(target),
          ...(args['ca-file'] ? { ca: readFileSync(args['ca-file']) } : {}),
        })
      : undefined;
    const deliver = async (lines: string[]) => {
      if (sender) await sender.send(lines);
      else if (target === '-') process.stdout.write(`${lines.join('\n')}\n`);
      else appendFileSync(target, `${lines.join('\n')}\n`);
    };
    const checkpoint = (next: string) => {
      if (args['cursor-file']) writeFileSync(args['cursor-file'], `${next}\n`);
    };
    const store = await openStoreFrom(args);
    let stopped = false;
    const stop = () => {
      stopped = true;
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    let exported = 0;
    try {
      do {
        const result = await exportEvents({
          store,
          format,
          deliver,
          checkpoint,
          ...(cursor ? { cursor } : {}),
        });
        exported += result.exported;
        cursor = result.cursor ?? cursor;
        if (args.follow && !stopped) await new Promise((resolve) => setTimeout(resolve, 2000));
      } while (args.follow && !stopped);
    } finally {
      await sender?.close();
      await store.close();
    }
    if (target !== '-') process.stderr.write(`exported ${exported} event(s) as ${format} to ${target}\n`);
  },
});
