import type { Span } from '../types.ts';
import { type DecodedSegment, decodeHiddenSegments, type Encoding } from './decode.ts';
import { foldHomoglyph, isLatinLetter } from './homoglyphs.ts';
import { type InvisibleKind, invisibleKind } from './invisible.ts';
import { foldLeet, isLeetCharacter } from './leetspeak.ts';
import { mappedView, segmentView, type TextView } from './text-view.ts';

export interface InvisibleCharacter {
  kind: InvisibleKind;
  codePoint: number;
  span: Span;
}

/** The original text, its folded view, the invisible characters removed, and decoded hidden payloads. */
export interface NormalisedText {
  original: string;
  /** NFKC, lower-cased, invisible characters removed, homoglyphs/leetspeak folded, whitespace collapsed. */
  folded: TextView;
  invisible: InvisibleCharacter[];
  /** Decoded payloads: `text` as decoded (for PII/secrets), `view` folded (for injection detectors). */
  decoded: Array<{ encoding: Encoding; span: Span; text: string; view: TextView }>;
}

export interface NormaliseOptions {
  /** Decode base64/hex/URL/rot13/tag payloads (default true). */
  decode?: boolean;
  /** How many levels of nested encodings to unwrap (default 2). */
  maxDecodeDepth?: number;
}

const letterPattern = /\p{L}/u;
const space = 0x20;

/** Growable output buffer of UTF-16 units with, per unit, the original span it came from. */
class FoldBuffer {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.#grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  #grow(): void {
    const capacity = this.units.length * 2 + 16;
    const units = new Uint16Array(capacity);
    units.set(this.units);
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }
}

function isWhitespaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  );
}

/** NFKC + lower-case of one code point, memoised (bounded) because most texts reuse few characters. */
const foldedPieces = new Map<number, string>();
function foldCodePoint(codePoint: number): string {
  let piece = foldedPieces.get(codePoint);
  if (piece === undefined) {
    piece =
      codePoint >= 0xd800 && codePoint <= 0xdfff
        ? '\ufffd'
        : String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase();
    if (foldedPieces.size > 8192) foldedPieces.clear();
    foldedPieces.set(codePoint, piece);
  }
  return piece;
}

/** Builds the folded view with a per-unit map back to the original. Linear in the text length. */
function fold(original: string, invisible: InvisibleCharacter[]): TextView {
  const buffer = new FoldBuffer(original.length + 16);
  let lastWasSpace = true;
  let index = 0;
  const length = original.length;
  while (index < length) {
    const code = original.charCodeAt(index);
    // ASCII fast path: lower-case, collapse whitespace, drop control characters.
    if (code < 0x80) {
      if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
        invisible.push({ kind: 'control', codePoint: code, span: { start: index, end: index + 1 } });
      } else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) {
        if (!lastWasSpace) {
          buffer.push(space, index, index + 1);
          lastWasSpace = true;
        }
      } else {
        buffer.push(code >= 0x41 && code <= 0x5a ? code + 32 : code, index, index + 1);
        lastWasSpace = false;
      }
      index++;
      continue;
    }
    const codePoint = original.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const end = index + width;
    const kind = invisibleKind(codePoint);
    if (kind !== undefined) {
      invisible.push({ kind, codePoint, span: { start: index, end } });
      index = end;
      continue;
    }
    const piece = foldCodePoint(codePoint);
    for (let k = 0; k < piece.length; k++) {
      const unit = piece.charCodeAt(k);
      if (isWhitespaceCode(unit)) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
        buffer.push(space, index, end);
      } else {
        lastWasSpace = false;
        buffer.push(unit, index, end);
      }
    }
    index = end;
  }
  if (buffer.length > 0 && buffer.units[buffer.length - 1] === space) buffer.length--;
  foldWords(buffer.units, buffer.length);
  let text = '';
  const chunk = 8192;
  for (let offset = 0; offset < buffer.length; offset += chunk) {
    // apply() reads the typed array directly; a spread would allocate an iterator result per unit.
    const units = buffer.units.subarray(offset, Math.min(buffer.length, offset + chunk));
    text += String.fromCharCode.apply(null, units as unknown as number[]);
  }
  return mappedView(
    text,
    buffer.starts.subarray(0, buffer.length),
    buffer.ends.subarray(0, buffer.length),
    original.length,
  );
}

const letterCache = new Map<number, boolean>();
function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0xd800 && code <= 0xdfff) return true;
  let letter = letterCache.get(code);
  if (letter === undefined) {
    letter = letterPattern.test(String.fromCharCode(code));
    if (letterCache.size > 8192) letterCache.clear();
    letterCache.set(code, letter);
  }
  return letter;
}

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * In each word: fold Cyrillic/Greek look-alikes when the word also has Latin letters, and fold
 * leetspeak digits/symbols when the word is mostly letters. One unit in, one unit out.
 */
function foldWords(units: Uint16Array, length: number): void {
  let start = 0;
  while (start < length) {
    if (units[start] === space) {
      start++;
      continue;
    }
    let end = start;
    let latin = 0;
    let letters = 0;
    let foreignLookalikes = 0;
    let leet = 0;
    while (end < length && units[end] !== space) {
      const unit = units[end]!;
      if (isLatinLetter(unit)) {
        latin++;
        letters++;
      } else if (unit >= 0x80 && foldHomoglyph(unit) !== undefined) {
        foreignLookalikes++;
        letters++;
      } else if (isLeetCharacter(unit)) leet++;
      else if (unit >= 0x80 && isLetterCode(unit)) letters++;
      end++;
    }
    if (latin > 0 && foreignLookalikes > 0) {
      for (let index = start; index < end; index++)
        units[index] = foldHomoglyph(units[index]!) ?? units[index]!;
    }
    if (leet > 0 && letters >= 2 && letters + leet >= (end - start) / 2) {
      for (let index = start; index < end; index++) {
        const replacement = foldLeet(units[index]!);
        if (replacement === undefined) continue;
        // Digits fold anywhere in the word; symbols ('!', '|', '@', '$') only between two characters,
        // so trailing punctuation stays punctuation.
        const inside = index > start && index + 1 < end;
        if (isDigitCode(units[index]!) || inside) units[index] = replacement;
      }
    }
    start = end;
  }
}

/** Normalises a text for detection. Offsets of every view map back into `original`. */
export function normalise(original: string, options: NormaliseOptions = {}, depth = 0): NormalisedText {
  const invisible: InvisibleCharacter[] = [];
  const folded = fold(original, invisible);
  const decoded: NormalisedText['decoded'] = [];
  const maxDepth = options.maxDecodeDepth ?? 2;
  if (options.decode !== false && depth < maxDepth) {
    const segments: DecodedSegment[] = decodeHiddenSegments(original);
    for (const segment of segments) {
      const inner = normalise(segment.text, options, depth + 1);
      decoded.push({
        encoding: segment.encoding,
        span: segment.span,
        text: segment.text,
        view: segmentView(inner.folded, segment.span, segment.encoding),
      });
      for (const nested of inner.decoded) {
        decoded.push({
          encoding: nested.encoding,
          span: segment.span,
          text: nested.text,
          view: segmentView(nested.view, segment.span, `${segment.encoding}+${nested.encoding}`),
        });
      }
    }
  }
  return { original, folded, invisible, decoded };
}

/** Every view a text detector should scan: the folded text, then each decoded payload. */
export function viewsOf(normalised: NormalisedText): TextView[] {
  return [normalised.folded, ...normalised.decoded.map((segment) => segment.view)];
}
