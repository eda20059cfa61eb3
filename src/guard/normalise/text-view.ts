import type { Span } from '../types.ts';

/**
 * A transformed copy of a text with, for every UTF-16 unit of the copy, the span of the original
 * text it came from. Detectors match on `text`; `toOriginal` maps a match back.
 */
export interface TextView {
  readonly text: string;
  /** Encoding this view was decoded from ('base64', 'rot13', ...); absent for the plain text. */
  readonly encoding?: string;
  toOriginal(start: number, end: number): Span;
}

/** A view whose units map one by one through `starts`/`ends` arrays. */
export function mappedView(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  originalLength: number,
): TextView {
  return {
    text,
    toOriginal(start, end) {
      if (text.length === 0) return { start: 0, end: 0 };
      const first = Math.min(Math.max(start, 0), text.length - 1);
      const last = Math.min(Math.max(end - 1, first), text.length - 1);
      return { start: starts[first] ?? 0, end: Math.min(ends[last] ?? originalLength, originalLength) };
    },
  };
}

/** A view of decoded content: every offset maps to the whole encoded segment it came from. */
export function segmentView(inner: TextView, segment: Span, encoding: string): TextView {
  return {
    text: inner.text,
    encoding,
    toOriginal() {
      return { start: segment.start, end: segment.end };
    },
  };
}
