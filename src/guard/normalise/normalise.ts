import type { Span } from '../types.ts';
import { carrierViews } from './carriers.ts';
import { type DecodedSegment, decodeHiddenSegments, type Encoding } from './decode.ts';
import { type InvisibleKind, invisibleKind } from './invisible.ts';
import { hasPigLatin, pigLatinView } from './pig-latin.ts';
import { hasReversedTriggers, reversedView } from './reversed-text.ts';
import { hasSeparatedLetters, separatedLettersView } from './separated-letters.ts';
import { hasSymbolLeet, symbolLeetView } from './symbol-leet.ts';
import { MappedTextBuilder, type MappedTextView, segmentView, type TextView } from './text-view.ts';
import { foldWords } from './word-folding.ts';

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
  /**
   * Views that undo letter-level obfuscation (separated letters, heavy leetspeak, reversed text, Pig Latin), each
   * built only when a cheap prefilter says the text may hold it; offsets map into `original`.
   */
  deobfuscated: TextView[];
  /** Text hidden in carriers (HTML/code comments, alt text, escaped literals, identifiers), as views. */
  carriers: TextView[];
}

export interface NormaliseOptions {
  /** Decode base64/hex/URL/rot13/tag payloads (default true). */
  decode?: boolean;
  /** How many levels of nested encodings to unwrap (default 2). */
  maxDecodeDepth?: number;
}

const space = 0x20;

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

/**
 * Builds the folded view with a per-unit map back to the original, and the separated-letters and
 * heavy-leetspeak views when the text may hold them (both found before word folding, which reads
 * '|' and '!' as letters), only with `withViews`: a decoded payload or a carrier's text is scanned
 * through its folded view alone, so building the others there would be work thrown away.
 * Linear in the text length.
 */
function fold(
  original: string,
  invisible: InvisibleCharacter[],
  withViews: boolean,
): { folded: MappedTextView; separated?: MappedTextView; symbolLeet?: MappedTextView } {
  const buffer = new MappedTextBuilder(original.length + 16);
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
  const separated =
    withViews && hasSeparatedLetters(buffer.units, buffer.length)
      ? separatedLettersView(buffer.units, buffer.starts, buffer.ends, buffer.length, original)
      : undefined;
  const symbolLeet =
    withViews && hasSymbolLeet(buffer.units, buffer.length)
      ? symbolLeetView(buffer.units, buffer.starts, buffer.ends, buffer.length, original.length)
      : undefined;
  foldWords(buffer.units, buffer.length);
  const folded = buffer.toView(original.length);
  return { folded, ...(separated ? { separated } : {}), ...(symbolLeet ? { symbolLeet } : {}) };
}

/** Normalises a text for detection. Offsets of every view map back into `original`. */
export function normalise(original: string, options: NormaliseOptions = {}, depth = 0): NormalisedText {
  const invisible: InvisibleCharacter[] = [];
  const { folded, separated, symbolLeet } = fold(original, invisible, depth === 0);
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
  const deobfuscated: TextView[] = [];
  let carriers: TextView[] = [];
  if (depth === 0) {
    carriers = carrierViews(original, (segment) => fold(segment, [], false).folded);
    if (separated) deobfuscated.push(separated);
    if (symbolLeet) deobfuscated.push(symbolLeet);
    if (hasReversedTriggers(folded.text)) deobfuscated.push(reversedView(folded, original.length));
    if (hasPigLatin(folded.text)) deobfuscated.push(pigLatinView(folded, original.length));
  }
  return { original, folded, invisible, decoded, deobfuscated, carriers };
}

/**
 * Every view an injection detector should scan: the folded text, each decoded payload, each view
 * that undid letter-level obfuscation, then each carrier's hidden text.
 */
export function viewsOf(normalised: NormalisedText): TextView[] {
  return [
    normalised.folded,
    ...normalised.decoded.map((segment) => segment.view),
    ...normalised.deobfuscated,
    ...normalised.carriers,
  ];
}
