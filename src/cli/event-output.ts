import { appendFileSync } from 'node:fs';
import { HttpEventSink, RampartError, type SecurityEvent } from '../core/index.ts';

/** The `--events FILE` and `--report-to URL` flags every CI-side command shares. */
export const eventOutputArgs = {
  events: { type: 'string', description: 'Append the SecurityEvents to this JSON-lines file' },
  'report-to': {
    type: 'string',
    description: 'POST the SecurityEvents to this SOC (Authorization: Bearer $RAMPART_SOC_TOKEN)',
  },
} as const;

/**
 * Write events where the flags say: appended to a JSON-lines file, and/or sent to a SOC's
 * `POST /events` with the ingest token from RAMPART_SOC_TOKEN (batched, retried; resolves once the
 * SOC has committed them). A failure to deliver is an error: a CI step must not pass silently
 * while its evidence went nowhere.
 */
export async function outputEvents(
  events: readonly SecurityEvent[],
  flags: { events?: unknown; 'report-to'?: unknown },
): Promise<void> {
  if (typeof flags.events === 'string') {
    try {
      appendFileSync(flags.events, events.map((event) => `${JSON.stringify(event)}\n`).join(''));
    } catch (error) {
      throw new RampartError('RAMPART_IO', `could not write ${flags.events}`, { cause: error });
    }
  }
  const url = flags['report-to'];
  if (typeof url !== 'string') return;
  const token = process.env.RAMPART_SOC_TOKEN;
  if (!token) {
    throw new RampartError('RAMPART_USAGE', '--report-to needs the SOC ingest token in RAMPART_SOC_TOKEN', {
      hint: 'export RAMPART_SOC_TOKEN=<an ingestTokens entry of soc.yaml, or the SOC admin token>',
    });
  }
  await new HttpEventSink({ url, token }).write(events);
  process.stderr.write(`${events.length} event(s) sent to ${url}\n`);
}
