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
 * Check `--report-to` before the work starts (a scan or a gate can take minutes): an http(s) URL and
 * the ingest token in RAMPART_SOC_TOKEN, else RAMPART_USAGE.
 */
export function checkEventOutput(flags: { 'report-to'?: unknown }): void {
  const url = flags['report-to'];
  if (typeof url !== 'string') return;
  let protocol: string | undefined;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:')
    throw new RampartError('RAMPART_USAGE', `--report-to must be the SOC's http(s) URL, not "${url}"`, {
      hint: 'e.g. --report-to http://127.0.0.1:8082 (the address `rampart soc serve` prints)',
    });
  if (!process.env.RAMPART_SOC_TOKEN) {
    throw new RampartError('RAMPART_USAGE', '--report-to needs the SOC ingest token in RAMPART_SOC_TOKEN', {
      hint: 'export RAMPART_SOC_TOKEN=<an ingestTokens entry of soc.yaml, or the SOC admin token>',
    });
  }
}

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
  checkEventOutput(flags);
  await new HttpEventSink({ url, token: process.env.RAMPART_SOC_TOKEN ?? '' }).write(events);
  process.stderr.write(`${events.length} event(s) sent to ${url}\n`);
}
