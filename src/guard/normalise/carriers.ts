import type { Span } from '../types.ts';
import {
  type Carrier,
  MappedTextBuilder,
  type MappedTextView,
  mappedView,
  type TextView,
} from './text-view.ts';

/*
 * Carriers: places in a text where an instruction hides from the person who reads it rendered (HTML
 * and markdown comments, image alt text and link titles, code comments, escaped string literals,
 * snake_case or camelCase identifiers). Each becomes an extra view for the injection detectors,
 * with its offsets mapped back into the original. Bounded, delimiter-terminated runs only.
 */
const htmlComment = /<!--([\s\S]{1,4000}?)-->/g;
const blockComment = /\/\*([\s\S]{1,4000}?)\*\//g;
const lineComment = /(?:^|[ \t;])(?:\/\/|#(?![#\w]))[ \t]{0,4}([^\n]{4,500})/gm;
const markdownReferenceComment =
  /^[ \t]{0,3}\[[^\]\n]{0,40}\]:[ \t]{0,4}[<#]?[^\n(]{0,200}\(([^)\n]{4,500})\)/gm;
const markdownAltOrTitle = /!?\[([^\]\n]{4,500})\]\([^\s)]{0,2000}(?:[ \t]{1,4}"([^"\n]{1,500})")?\)/g;
const escapedString = /"((?:[^"\\\n]|\\.){4,2000})"/g;
const joinedIdentifier =
  /\b[A-Za-z][a-z]{1,20}(?:(?:_[A-Za-z][a-z]{1,20}){2,8}|(?:[A-Z][a-z]{1,20}){2,8})\b/g;

type Fold = (text: string) => MappedTextView;

/** A folded carrier segment whose offsets are shifted to where the segment starts in the original. */
function shifted(inner: MappedTextView, offset: number, originalLength: number, carrier: Carrier): TextView {
  const starts = new Int32Array(inner.starts.length);
  const ends = new Int32Array(inner.ends.length);
  for (let index = 0; index < starts.length; index++) {
    starts[index] = inner.starts[index]! + offset;
    ends[index] = inner.ends[index]! + offset;
  }
  return { ...mappedView(inner.text, starts, ends, originalLength), carrier };
}

/** A decoded carrier (escapes undone): every offset maps to the whole literal. */
function wholeSpan(text: string, span: Span, carrier: Carrier): TextView {
  return { text, carrier, toOriginal: () => ({ ...span }) };
}

/** Identifiers split into words ("ignore_previous_instructions" → "ignore previous instructions"). */
function identifierView(original: string): TextView | undefined {
  let builder: MappedTextBuilder | undefined;
  joinedIdentifier.lastIndex = 0;
  for (const match of original.matchAll(joinedIdentifier)) {
    builder ??= new MappedTextBuilder(256);
    if (builder.length > 0) {
      builder.push(0x2e, match.index, match.index);
      builder.push(0x20, match.index, match.index);
    }
    for (let index = match.index; index < match.index + match[0].length; index++) {
      const code = original.charCodeAt(index);
      if (code === 0x5f) builder.push(0x20, index, index + 1);
      else if (code >= 0x41 && code <= 0x5a) {
        if (index > match.index) builder.push(0x20, index, index);
        builder.push(code + 32, index, index + 1);
      } else builder.push(code, index, index + 1);
    }
  }
  if (!builder) return undefined;
  return { ...builder.toView(original.length), carrier: 'identifier' };
}

/**
 * The carrier views of a text, each built only when a cheap test says the text may hold one.
 * `fold` folds a segment the way the main view is folded.
 */
export function carrierViews(original: string, fold: Fold): TextView[] {
  const views: TextView[] = [];
  const length = original.length;
  const add = (pattern: RegExp, carrier: Carrier) => {
    pattern.lastIndex = 0;
    for (const match of original.matchAll(pattern)) {
      for (const group of [1, 2]) {
        const value = match[group];
        if (!value || value.trim().length < 4) continue;
        const offset = match.index + match[0].indexOf(value);
        views.push(shifted(fold(value), offset, length, carrier));
      }
    }
  };
  if (original.includes('<!--')) add(htmlComment, 'html-comment');
  if (original.includes('/*')) add(blockComment, 'code-comment');
  if (original.includes('//') || original.includes('#')) add(lineComment, 'code-comment');
  if (original.includes(']:')) add(markdownReferenceComment, 'markdown-hidden');
  if (original.includes('](')) add(markdownAltOrTitle, 'markdown-hidden');
  if (original.includes('\\') && original.includes('"')) {
    escapedString.lastIndex = 0;
    for (const match of original.matchAll(escapedString)) {
      if (!match[1]!.includes('\\')) continue;
      let decoded: string;
      try {
        decoded = JSON.parse(match[0]) as string;
      } catch {
        continue;
      }
      const span = { start: match.index, end: match.index + match[0].length };
      views.push(wholeSpan(fold(decoded).text, span, 'string-literal'));
    }
  }
  const identifiers = identifierView(original);
  if (identifiers) views.push(identifiers);
  return views;
}
