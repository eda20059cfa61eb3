import type { Span } from '../types.ts';
import { base64Unit, classRuns, hexUnit } from './class-runs.ts';

export type Encoding = 'base64' | 'hex' | 'url' | 'rot13' | 'unicode-tags';

export interface DecodedSegment {
  encoding: Encoding;
  /** Span of the encoded text in the original. */
  span: Span;
  text: string;
}

// Escaped hex, reviewed for linear time: one bounded group of a fixed-width unit. (Base64 and hex
// runs are found by classRuns: a regex like /[A-Za-z0-9+/_-]{16,}/ retries inside every shorter word.)
const escapedHexRun = /(?:\\x[0-9a-fA-F]{2}){4,}/g;
const percentEscape = /%[0-9a-fA-F]{2}/g;
const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decoded bytes count as hidden text when they are valid UTF-8 and mostly letters and spaces. */
function asReadableText(bytes: Uint8Array): string | undefined {
  if (bytes.length < 6) return undefined;
  let text: string;
  try {
    text = fatalUtf8.decode(bytes);
  } catch {
    return undefined;
  }
  let readable = 0;
  let letters = 0;
  for (const character of text) {
    if (/\p{L}/u.test(character)) {
      letters++;
      readable++;
    } else if (character === ' ' || /[\p{N}\p{P}\n\t]/u.test(character)) readable++;
  }
  const length = [...text].length;
  return readable / length >= 0.9 && letters / length >= 0.5 ? text : undefined;
}

/**
 * Runs of 16+ base64 characters (with up to two '=' after them), and inside them runs of 16+ hex
 * digits: hex digits are base64 characters, so every maximal hex run that long lies in such a run.
 */
function decodeBase64AndHexRuns(text: string, out: DecodedSegment[]): void {
  classRuns(text, base64Unit, 16, (start, runEnd) => {
    let end = runEnd;
    while (end < text.length && end - runEnd < 2 && text.charCodeAt(end) === 0x3d) end++;
    const run = text.slice(start, end);
    // A long plain word or a hex string is not base64 worth decoding.
    if (!/^[a-z]+$/i.test(run) && !/^[0-9a-f]+$/i.test(run)) {
      const decoded = asReadableText(Buffer.from(run, 'base64'));
      if (decoded) out.push({ encoding: 'base64', span: { start, end }, text: decoded });
    }
    // `run` may end in '=', which is not a hex digit: its hex runs are those of text[start, runEnd).
    classRuns(run, hexUnit, 16, (hexStart, hexEnd) =>
      decodeHexRun(text, start + hexStart, start + hexEnd, out),
    );
  });
}

/** A run of hex digits (an even number of them) decoded when it reads as text. */
function decodeHexRun(text: string, start: number, runEnd: number, out: DecodedSegment[]): void {
  const end = start + 2 * Math.floor((runEnd - start) / 2);
  const run = text.slice(start, end);
  if (/^\d+$/.test(run)) return;
  const decoded = asReadableText(Buffer.from(run, 'hex'));
  if (decoded) out.push({ encoding: 'hex', span: { start, end }, text: decoded });
}

/** Backslash-x hex escapes (\x41\x42...). */
function decodeEscapedHex(text: string, out: DecodedSegment[]): void {
  if (!text.includes('\\x')) return;
  for (const match of text.matchAll(escapedHexRun)) {
    const run = match[0];
    const decoded = asReadableText(Buffer.from(run.replaceAll('\\x', ''), 'hex'));
    if (decoded)
      out.push({
        encoding: 'hex',
        span: { start: match.index, end: match.index + run.length },
        text: decoded,
      });
  }
}

/** Whitespace-separated tokens holding at least two %XX escapes are URL-decoded. */
function decodeUrlTokens(text: string, out: DecodedSegment[]): void {
  if (!text.includes('%')) return;
  let index = 0;
  while (index < text.length) {
    while (index < text.length && /\s/.test(text[index]!)) index++;
    const start = index;
    while (index < text.length && !/\s/.test(text[index]!)) index++;
    if (index === start) continue;
    const token = text.slice(start, index);
    percentEscape.lastIndex = 0;
    let escapes = 0;
    while (percentEscape.exec(token) && escapes < 2) escapes++;
    if (escapes < 2) continue;
    try {
      const decoded = decodeURIComponent(token.replaceAll('+', ' '));
      if (decoded !== token) out.push({ encoding: 'url', span: { start, end: index }, text: decoded });
    } catch {
      // not valid percent-encoding: nothing hidden to decode
    }
  }
}

const commonWords = new Set([
  'the',
  'and',
  'you',
  'your',
  'are',
  'is',
  'to',
  'of',
  'a',
  'in',
  'that',
  'it',
  'for',
  'all',
  'with',
  'not',
  'ignore',
  'previous',
  'instructions',
  'prompt',
  'system',
  'tell',
  'me',
  'what',
  'how',
  'now',
  'do',
  'this',
  'password',
  'secret',
  'reveal',
  'say',
  'print',
  'rules',
  'above',
  'forget',
  'i',
  'my',
  'be',
  'can',
]);

export function rot13(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 65 && code <= 90) out += String.fromCharCode(((code - 52) % 26) + 65);
    else if (code >= 97 && code <= 122) out += String.fromCharCode(((code - 84) % 26) + 97);
    else out += text[index];
  }
  return out;
}

/** FNV-1a of a word's lower-cased ASCII letters, so words can be looked up without slicing them. */
function wordHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++)
    hash = Math.imul(hash ^ (text.charCodeAt(index) | 0x20), 0x01000193);
  return hash >>> 0;
}

const hashesOf = (list: Iterable<string>) => new Set([...list].map((word) => wordHash(word, 0, word.length)));
const commonWordHashes = hashesOf(commonWords);
const rotatedCommonWordHashes = hashesOf([...commonWords].map(rot13));
const isAsciiLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/**
 * Treats the whole text as rot13 when its words are far more often rot13-encoded common English
 * words than plain ones. Counts both in one pass without rotating (or slicing) the text.
 */
function decodeRot13(text: string, out: DecodedSegment[]): void {
  let plain = 0;
  let rotated = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    while (index < length && !isAsciiLetter(text.charCodeAt(index))) index++;
    const start = index;
    while (index < length && isAsciiLetter(text.charCodeAt(index))) index++;
    if (index === start || index - start > 12) continue;
    const hash = wordHash(text, start, index);
    if (commonWordHashes.has(hash)) plain++;
    if (rotatedCommonWordHashes.has(hash)) rotated++;
  }
  if (rotated >= 3 && rotated > 2 * plain)
    out.push({ encoding: 'rot13', span: { start: 0, end: text.length }, text: rot13(text) });
}

/** Unicode tag characters (U+E0020..E007E) mirror ASCII and render invisibly: "ASCII smuggling". */
function decodeUnicodeTags(text: string, out: DecodedSegment[]): void {
  // Tag characters are U+E0000..E007F: their high surrogate is U+DB40.
  if (!text.includes('\udb40')) return;
  let start = -1;
  let decoded = '';
  let index = 0;
  const flush = (end: number) => {
    if (decoded.length >= 3) out.push({ encoding: 'unicode-tags', span: { start, end }, text: decoded });
    start = -1;
    decoded = '';
  };
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (codePoint >= 0xe0020 && codePoint <= 0xe007e) {
      if (start < 0) start = index;
      decoded += String.fromCharCode(codePoint - 0xe0000);
    } else if (start >= 0 && codePoint !== 0xe0001 && codePoint !== 0xe007f) flush(index);
    index += width;
  }
  if (start >= 0) flush(text.length);
}

/** Finds encoded segments in `text` and returns their decoded contents with their spans. */
export function decodeHiddenSegments(text: string): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  decodeBase64AndHexRuns(text, out);
  decodeEscapedHex(text, out);
  decodeUrlTokens(text, out);
  decodeRot13(text, out);
  decodeUnicodeTags(text, out);
  return out;
}
