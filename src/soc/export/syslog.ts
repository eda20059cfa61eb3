import { hostname } from 'node:os';
import type { SecurityEvent, Severity } from '../../core/index.ts';
import { controlCharacters, isoTime, jsonLine, unicodeEscape } from './line-safety.ts';

/** Syslog severities (RFC 5424 6.2.1): crit 2, err 3, warning 4, notice 5, informational 6. */
const syslogSeverity: Record<Severity, number> = { critical: 2, high: 3, medium: 4, low: 5, info: 6 };

export interface SyslogOptions {
  /** Facility number 0-23 (default 13, log audit). */
  facility?: number;
  hostname?: string;
  appName?: string;
  /** SD-ID enterprise number (default 32473, the IANA example number for documentation). */
  enterpriseId?: number;
}

/** PRINTUSASCII without space, '=', ']' and '"', at most `max` characters ('-' when empty). */
function headerField(value: string | undefined, max: number): string {
  const cleaned = (value ?? '').replace(/[^\x21-\x7e]/g, '_').slice(0, max);
  return cleaned === '' ? '-' : cleaned;
}

function sdName(value: string): string {
  return value.replace(/[^\x21-\x7e]|[= \]"]/g, '_').slice(0, 32);
}

/**
 * PARAM-VALUE: '"', '\' and ']' get a backslash (RFC 5424 6.3.3); control characters and line
 * separators become the text `\uXXXX`, so a value never breaks the record's line. (The backslash of
 * such an escape is not itself escaped, so it reads apart from a value's own `\\u`.)
 */
function sdValue(value: string): string {
  return value.replace(/[\\"\]]/g, (character) => `\\${character}`).replace(controlCharacters, unicodeEscape);
}

/**
 * Render one event as an RFC 5424 syslog message:
 * `<PRI>1 TIMESTAMP HOST rampart - KIND [rampart@32473 id=".." ...] BOM{json}`.
 * Always one line, whatever the event's fields hold (see line-safety.ts).
 */
export function toSyslog(event: SecurityEvent, options: SyslogOptions = {}): string {
  const facility = options.facility ?? 13;
  const pri =
    facility * 8 + (Object.hasOwn(syslogSeverity, event.severity) ? syslogSeverity[event.severity] : 6);
  const enterprise = options.enterpriseId ?? 32473;
  const params: Array<[string, string | undefined]> = [
    ['id', event.id],
    ['source', event.source],
    ['severity', event.severity],
    ['principal', event.principal],
    ['model', event.model],
    ['route', event.route],
    ['client_ip', event.client_ip],
    ['decision', event.decision],
    ['frameworks', event.frameworks.length > 0 ? event.frameworks.join(',') : undefined],
  ];
  const structured = `[rampart@${enterprise}${params
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([name, value]) => ` ${sdName(name)}="${sdValue(value!)}"`)
    .join('')}]`;
  const header = [
    `<${pri}>1`,
    isoTime(event.time) ?? '-',
    headerField(options.hostname ?? hostname(), 255),
    headerField(options.appName ?? 'rampart', 48),
    '-',
    headerField(event.kind, 32),
  ].join(' ');
  return `${header} ${structured} \ufeff${jsonLine(event)}`;
}
