import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvent, type SecurityEvent } from '../../src/core/index.ts';
import { exportFormats, formatEvent, parseCef, toCef, toSyslog } from '../../src/soc/index.ts';

/**
 * A SIEM reads an export one record per line: a field that carries a raw line break (or another
 * character a reader splits lines on) lets whoever chose that field's value forge a second record.
 * Every field of an event can be attacker-chosen (a principal from a JWT claim, a model name, a
 * route, a scanner's attributes), so every exporter is checked with arbitrary strings everywhere.
 */

/** Characters that end a line for common readers (\n, \r, VT, FF, FS/GS/RS, NEL, LS, PS). */
const lineBreak = /[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** Any text, biased towards the characters each format has to escape. */
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom('\n', '\r', '"', ']', '[', '\\', '=', '|', ' ', '\u2028', '\x85', '\x00', 'a', 'é'),
    maxLength: 20,
  }),
);

const anyEvent = fc
  .record({
    id: text,
    time: fc.oneof(
      text,
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
    ),
    source: text,
    kind: text,
    severity: fc.oneof(text, fc.constantFrom('info', 'low', 'medium', 'high', 'critical', 'constructor')),
    principal: fc.option(text, { nil: undefined }),
    model: fc.option(text, { nil: undefined }),
    route: fc.option(text, { nil: undefined }),
    client_ip: fc.option(text, { nil: undefined }),
    decision: fc.option(text, { nil: undefined }),
    attrs: fc.dictionary(text, fc.oneof(text, fc.integer())),
    frameworks: fc.array(text, { maxLength: 3 }),
  })
  .map((record) => {
    const event: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) if (value !== undefined) event[key] = value;
    return event as unknown as SecurityEvent;
  });

/** The SD-PARAMs of an RFC 5424 message's structured data, values unescaped (section 6.3.3). */
function parseSyslog(line: string): { header: string[]; params: Array<[string, string]>; message: string } {
  const header = line.split(' ', 6);
  let index = header.join(' ').length + 1;
  expect(line[index], 'structured data starts with [').toBe('[');
  const params: Array<[string, string]> = [];
  const sdId = /^\[([\x21-\x7e]+?)(?=[ \]])/.exec(line.slice(index))!;
  expect(sdId).not.toBeNull();
  index += sdId[0].length;
  while (line[index] === ' ') {
    const name = /^ ([^= \]"]{1,32})="/.exec(line.slice(index));
    expect(name, `a PARAM-NAME at ${index}`).not.toBeNull();
    index += name![0].length;
    let value = '';
    for (;;) {
      const character = line[index];
      expect(character, 'a closing quote').toBeDefined();
      if (character === '\\' && ['"', '\\', ']'].includes(line[index + 1]!)) {
        value += line[index + 1];
        index += 2;
      } else if (character === '"') {
        index++;
        break;
      } else if (character === ']') {
        throw new Error(`an unescaped ] inside a PARAM-VALUE at ${index}`);
      } else {
        value += character;
        index++;
      }
    }
    params.push([name![1]!, value]);
  }
  expect(line[index], 'structured data ends with ]').toBe(']');
  expect(line.slice(index + 1, index + 3)).toBe(' \ufeff');
  return { header, params, message: line.slice(index + 3) };
}

const sdFields = [
  'id',
  'source',
  'severity',
  'principal',
  'model',
  'route',
  'client_ip',
  'decision',
] as const;

describe('SIEM export cannot be forged by event fields', () => {
  it('a principal with a line break stays inside one syslog record', () => {
    const event = createEvent({
      source: 'gateway',
      kind: 'auth.failure',
      principal:
        'mallory"]\n<10>1 2026-01-01T00:00:00.000Z soc rampart - alert.raised [rampart@32473 id="forged"]',
    });
    const line = toSyslog(event, { hostname: 'soc-1' });
    expect(line).not.toMatch(lineBreak);
    const { params } = parseSyslog(line);
    expect(params.filter(([name]) => name === 'id')).toEqual([['id', event.id]]);
    expect(params.find(([name]) => name === 'principal')![1]).not.toMatch(lineBreak);
  });

  it('every syslog record is one line whose header, SD-PARAMs and message parse back (property)', () => {
    fc.assert(
      fc.property(anyEvent, text, text, (event, hostname, appName) => {
        const line = toSyslog(event, { hostname, appName });
        expect(line).not.toMatch(lineBreak);
        const { header, params, message } = parseSyslog(line);
        // HOSTNAME, APP-NAME, PROCID, MSGID: PRINTUSASCII, no spaces, RFC 5424 lengths.
        const lengths = [255, 48, 128, 32];
        header.slice(2).forEach((field, position) => {
          expect(field).toMatch(/^[\x21-\x7e]+$/);
          expect(field.length).toBeLessThanOrEqual(lengths[position]!);
        });
        const expected = [
          ...sdFields.filter((field) => event[field] !== undefined && event[field] !== ''),
          ...(event.frameworks.join(',') !== '' ? ['frameworks'] : []),
        ];
        expect(params.map(([name]) => name)).toEqual(expected);
        for (const [name, value] of params) {
          const original = name === 'frameworks' ? event.frameworks.join(',') : String(event[name as 'id']);
          expect(value).toBe(original.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/g, unicodeText));
        }
        expect(JSON.parse(message)).toEqual(JSON.parse(JSON.stringify(event)));
      }),
      { numRuns: 300 },
    );
  });

  it('every CEF record is one line whose header and extensions parse back (property)', () => {
    fc.assert(
      fc.property(anyEvent, (event) => {
        const line = toCef(event);
        expect(line).not.toMatch(lineBreak);
        const parsed = parseCef(line);
        expect(parsed.header).toHaveLength(7);
        expect(parsed.header[4]).not.toMatch(/[\x00-\x1f\x7f-\x9f\u2028\u2029]/);
        if (event.principal) expect(parsed.extensions.suser).toBe(cefText(event.principal));
        expect(parsed.extensions.externalId ?? '').toBe(cefText(event.id));
        expect(JSON.parse(parsed.extensions.msg!)).toEqual(JSON.parse(JSON.stringify(event.attrs)));
      }),
      { numRuns: 300 },
    );
  });

  it('every export format writes one line per event (property)', () => {
    fc.assert(
      fc.property(anyEvent, fc.constantFrom(...exportFormats), (event, format) => {
        const line = formatEvent(event, format);
        expect(line).not.toMatch(lineBreak);
        if (format === 'jsonl') expect(JSON.parse(line)).toEqual(JSON.parse(JSON.stringify(event)));
        if (format === 'ocsf') expect(typeof JSON.parse(line)).toBe('object');
      }),
      { numRuns: 300 },
    );
  });
});

/** How a syslog PARAM-VALUE carries a control character: the text `\uXXXX`. */
function unicodeText(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** What CEF keeps of a value: CR and LF are escaped and read back; other control characters become U+FFFD. */
function cefText(value: string): string {
  return value.replace(/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]/g, '\ufffd');
}
