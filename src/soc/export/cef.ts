import type { SecurityEvent, Severity } from '../../core/index.ts';
import { controlCharacters, jsonLine } from './line-safety.ts';

const cefSeverity: Record<Severity, number> = { info: 1, low: 3, medium: 5, high: 8, critical: 10 };

/** CEF has no escape for control characters other than CR and LF: they become U+FFFD. */
function withoutControls(value: string): string {
  return value.replace(controlCharacters, (character) =>
    character === '\r' || character === '\n' ? character : '\ufffd',
  );
}

/** Header fields escape '\' and '|'; line breaks become a space. */
function headerValue(value: string): string {
  return withoutControls(value)
    .replace(/[\\|]/g, (character) => `\\${character}`)
    .replace(/[\r\n]+/g, ' ');
}

/** Extension values escape '\' and '=', and encode line breaks as \n / \r. */
function extensionValue(value: string): string {
  return withoutControls(value)
    .replace(/[\\=]/g, (character) => `\\${character}`)
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n');
}

function eventName(event: SecurityEvent): string {
  const attrs = event.attrs;
  if (typeof attrs.rule_title === 'string') return attrs.rule_title;
  if (typeof attrs.scanner === 'string') return `${event.kind} (${attrs.scanner})`;
  return event.kind;
}

/**
 * Render one event in ArcSight CEF:
 * `CEF:0|Rampart|Rampart|0.1.0|<kind>|<name>|<0-10>|rt=.. src=.. suser=.. act=.. ...`.
 * Always one line, whatever the event's fields hold (see line-safety.ts).
 */
export function toCef(event: SecurityEvent, productVersion = '0.1.0'): string {
  const time = Date.parse(event.time);
  const extensions: Array<[string, string | number | undefined]> = [
    ['rt', Number.isNaN(time) ? undefined : time],
    ['externalId', event.id],
    ['cat', event.kind],
    ['src', event.client_ip],
    ['suser', event.principal],
    ['act', event.decision],
    ['request', event.route],
    ['cs1Label', event.model ? 'model' : undefined],
    ['cs1', event.model],
    ['cs2Label', event.frameworks.length > 0 ? 'frameworks' : undefined],
    ['cs2', event.frameworks.length > 0 ? event.frameworks.join(',') : undefined],
    ['cs3Label', 'source'],
    ['cs3', event.source],
    ['msg', jsonLine(event.attrs)],
  ];
  const header = [
    'CEF:0',
    'Rampart',
    'Rampart',
    productVersion,
    headerValue(event.kind),
    headerValue(eventName(event)),
    String(Object.hasOwn(cefSeverity, event.severity) ? cefSeverity[event.severity] : 1),
  ].join('|');
  const extension = extensions
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([key, value]) => `${key}=${extensionValue(String(value))}`)
    .join(' ');
  return `${header}|${extension}`;
}

/** Parse a CEF line back into header fields and extensions (for tests and for tools reading exports). */
export function parseCef(line: string): { header: string[]; extensions: Record<string, string> } {
  const header: string[] = [];
  let index = 0;
  let current = '';
  while (header.length < 7 && index < line.length) {
    const character = line[index]!;
    if (character === '\\' && index + 1 < line.length) {
      current += line[index + 1];
      index += 2;
      continue;
    }
    if (character === '|') {
      header.push(current);
      current = '';
    } else current += character;
    index++;
  }
  const rest = line.slice(index);
  const extensions: Record<string, string> = {};
  const keyPattern = /(?:^|\s)([A-Za-z0-9_]+)=/g;
  const keys: Array<{ key: string; start: number; valueStart: number }> = [];
  for (const match of rest.matchAll(keyPattern)) {
    // A '=' preceded by a backslash is part of a value, not a key.
    const equals = (match.index ?? 0) + match[0].length - 1;
    if (rest[equals - 1] === '\\') continue;
    keys.push({ key: match[1]!, start: match.index ?? 0, valueStart: equals + 1 });
  }
  keys.forEach((entry, position) => {
    const end = position + 1 < keys.length ? keys[position + 1]!.start : rest.length;
    extensions[entry.key] = rest
      .slice(entry.valueStart, end)
      .replace(/\\(.)/g, (_match, character: string) =>
        character === 'n' ? '\n' : character === 'r' ? '\r' : character,
      );
  });
  return { header, extensions };
}
