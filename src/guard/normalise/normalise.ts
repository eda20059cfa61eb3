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
  decoded: Array<{ encoding: Encoding; span: Span; view: TextView }>;
}

export interface NormaliseOptions {
  /** Decode base64/hex/URL/rot13/tag payloads (default true). */
  decode?: boolean;
  /** How many levels of nested encodings to unwrap (default 2). */
  maxDecodeDepth?: number;
}

const letterPattern = /\p{L}/u;
const whitespacePattern = /\s/u;

/** Builds the folded view with a per-unit map back to the original. Linear in the text length. */
function fold(original: string, invisible: InvisibleCharacter[]): TextView {
  const units: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let lastWasSpace = true;
  let index = 0;
  while (index < original.length) {
    const codePoint = original.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const end = index + width;
    const kind = invisibleKind(codePoint);
    if (kind !== undefined) {
      invisible.push({ kind, codePoint, span: { start: index, end } });
      index = end;
      continue;
    }
    let piece: string;
    if (codePoint < 0x80) piece = original[index]!.toLowerCase();
    else if (codePoint >= 0xd800 && codePoint <= 0xdfff) piece = '\ufffd';
    else piece = String.fromCodePoint(codePoint).normalize('NFKC').toLowerCase();
    for (const unit of piece) {
      if (whitespacePattern.test(unit)) {
        if (lastWasSpace) continue;
        lastWasSpace = true;
        units.push(' ');
      } else {
        lastWasSpace = false;
        units.push(unit);
      }
      starts.push(index);
      ends.push(end);
    }
    index = end;
  }
  foldWords(units);
  let text = units.join('');
  let length = units.length;
  if (length > 0 && units[length - 1] === ' ') {
    text = text.slice(0, -1);
    length--;
  }
  // Units are code points here; expand the maps to UTF-16 units of the joined text.
  const unitStarts = new Int32Array(text.length);
  const unitEnds = new Int32Array(text.length);
  let position = 0;
  for (let unitIndex = 0; unitIndex < length; unitIndex++) {
    const unitLength = units[unitIndex]!.length;
    for (let k = 0; k < unitLength; k++) {
      unitStarts[position] = starts[unitIndex]!;
      unitEnds[position] = ends[unitIndex]!;
      position++;
    }
  }
  return mappedView(text, unitStarts, unitEnds, original.length);
}

/**
 * In each word: fold Cyrillic/Greek look-alikes when the word also has Latin letters, and fold
 * leetspeak digits/symbols when the word has at least two letters. One unit in, one unit out.
 */
function foldWords(units: string[]): void {
  let start = 0;
  while (start < units.length) {
    if (units[start] === ' ') {
      start++;
      continue;
    }
    let end = start;
    let latin = 0;
    let letters = 0;
    let foreignLookalikes = 0;
    let leet = 0;
    while (end < units.length && units[end] !== ' ') {
      const unit = units[end]!;
      if (isLatinLetter(unit)) {
        latin++;
        letters++;
      } else if (foldHomoglyph(unit) !== undefined) {
        foreignLookalikes++;
        letters++;
      } else if (isLeetCharacter(unit)) leet++;
      else if (letterPattern.test(unit)) letters++;
      end++;
    }
    if (latin > 0 && foreignLookalikes > 0) {
      for (let index = start; index < end; index++)
        units[index] = foldHomoglyph(units[index]!) ?? units[index]!;
    }
    if (leet > 0 && letters >= 2 && letters + leet >= (end - start) / 2) {
      for (let index = start; index < end; index++) {
        // Keep a trailing '!' or '|' punctuation mark, only fold characters between letters.
        const previous = units[index - 1];
        if (index > start && previous !== undefined && foldLeet(units[index]!) !== undefined) {
          const next = units[index + 1];
          if (next !== undefined && next !== ' ') units[index] = foldLeet(units[index]!)!;
          else if (/\d/.test(units[index]!)) units[index] = foldLeet(units[index]!)!;
        } else if (index === start && /\d/.test(units[index]!) && end - start > 1) {
          units[index] = foldLeet(units[index]!) ?? units[index]!;
        }
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
        view: segmentView(inner.folded, segment.span, segment.encoding),
      });
      for (const nested of inner.decoded) {
        decoded.push({
          encoding: nested.encoding,
          span: segment.span,
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
