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
    const target = args.to;
    const network = /^(udp|tcp|tls):\/\//.test(target);
    if (!network && /^[a-z][a-z0-9+.-]*:\/\//i.test(target))
      throw new RampartError(
        'RAMPART_USAGE',
        `--to must be '-', a file, or udp://, tcp:// or tls://host:port, not "${target}"`,
      );
    // Fail before exporting anything: a file or cursor that cannot be written would lose progress.
    if (!network && target !== '-') writable(target, 'the export file');
    let cursor: string | undefined;
    if (args['cursor-file']) {
      cursor = readCursor(args['cursor-file']);
      writable(args['cursor-file'], 'the cursor file');
    }
    let ca: Buffer | undefined;
    if (args['ca-file']) {
      try {
        ca = readFileSync(args['ca-file']);
      } catch (error) {
        throw new RampartError('RAMPART_IO', `cannot read the CA file ${args['ca-file']}`, { cause: error });
      }
    }
    const store = await openStoreFrom(args);
    let sender: Awaited<ReturnType<typeof openSiemSender>> | undefined;
    try {
      sender = network
        ? await openSiemSender({ ...parseSiemTarget(target), ...(ca ? { ca } : {}) })
        : undefined;
    } catch (error) {
      await store.close();
      throw error;
    }
    const deliver = async (lines: string[]) => {
      if (sender) await sender.send(lines);
      else if (target === '-') process.stdout.write(`${lines.join('\n')}\n`);
      else appendFileSync(target, `${lines.join('\n')}\n`);
    };
    const checkpoint = (next: string) => {
      if (args['cursor-file']) writeFileSync(args['cursor-file'], `${next}\n`);
    };
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

/** The saved cursor, or undefined when the file does not exist yet. */
function readCursor(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim() || undefined;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return undefined;
    throw new RampartError('RAMPART_IO', `cannot read the cursor file ${path}`, { cause: error });
  }
}

/** RAMPART_IO unless `path` can be appended to (creating it if missing). */
function writable(path: string, what: string): void {
  try {
    appendFileSync(path, '');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot write ${what} ${path}`, {
      cause: error,
      hint: 'Check that the folder exists and is writable by this user.',
    });
  }
}
