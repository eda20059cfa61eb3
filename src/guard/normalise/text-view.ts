import type { Span } from '../types.ts';

/** How a view undid letter-level obfuscation of the text it was built from. */
export type Obfuscation = 'separated-letters' | 'reversed' | 'pig-latin' | 'symbol-leet';

/** Where a view's text hid in the original: a comment, alt text, an escaped literal, an identifier. */
export type Carrier = 'html-comment' | 'code-comment' | 'markdown-hidden' | 'string-literal' | 'identifier';

/**
 * A transformed copy of a text with, for every UTF-16 unit of the copy, the span of the original
 * text it came from. Detectors match on `text`; `toOriginal` maps a match back.
 */
export interface TextView {
  readonly text: string;
  /** Encoding this view was decoded from ('base64', 'rot13', ...); absent for the plain text. */
  readonly encoding?: string;
  /** Obfuscation this view undid (spaced letters, reversed text, Pig Latin); absent otherwise. */
  readonly obfuscation?: Obfuscation;
  /** Carrier this view was taken from (an HTML comment, a code comment ...); absent otherwise. */
  readonly carrier?: Carrier;
  toOriginal(start: number, end: number): Span;
}

/** A view that maps unit by unit: `starts[i]`/`ends[i]` is the original span of `text[i]`. */
export interface MappedTextView extends TextView {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/** A view whose units map one by one through `starts`/`ends` arrays. */
export function mappedView(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  originalLength: number,
  obfuscation?: Obfuscation,
): MappedTextView {
  return {
    text,
    starts,
    ends,
    ...(obfuscation ? { obfuscation } : {}),
    toOriginal(start, end) {
      if (text.length === 0) return { start: 0, end: 0 };
      const first = Math.min(Math.max(start, 0), text.length - 1);
      const last = Math.min(Math.max(end - 1, first), text.length - 1);
      // Min and max of the two ends: a reversed view maps its first unit to the later original one.
      const from = Math.min(starts[first] ?? 0, starts[last] ?? 0);
      const to = Math.max(ends[first] ?? originalLength, ends[last] ?? originalLength);
      return { start: from, end: Math.min(to, originalLength) };
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

/** Growable output buffer of UTF-16 units with, per unit, the original span it came from. */
export class MappedTextBuilder {
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

  /** The built view: units become a string, spans stay as they were pushed. */
  toView(originalLength: number, obfuscation?: Obfuscation): MappedTextView {
    let text = '';
    const chunk = 8192;
    for (let offset = 0; offset < this.length; offset += chunk) {
      // apply() reads the typed array directly; a spread would allocate an iterator result per unit.
      const units = this.units.subarray(offset, Math.min(this.length, offset + chunk));
      text += String.fromCharCode.apply(null, units as unknown as number[]);
    }
    return mappedView(
      text,
      this.starts.subarray(0, this.length),
      this.ends.subarray(0, this.length),
      originalLength,
      obfuscation,
    );
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

/** How a finding's message names the view it was found in: '' for the plain text. */
export function viewLabel(view: TextView): string {
  if (view.encoding) return `${view.encoding}-encoded text`;
  if (view.obfuscation) return `${view.obfuscation} text`;
  if (view.carrier) return view.carrier;
  return '';
}

/** The detection data that says which view a finding came from; undefined for the plain text. */
export function viewData(view: TextView): Record<string, string> | undefined {
  if (view.encoding) return { encoding: view.encoding };
  if (view.obfuscation) return { obfuscation: view.obfuscation };
  if (view.carrier) return { carrier: view.carrier };
  return undefined;
}
