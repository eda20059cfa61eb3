import { MappedTextBuilder, type MappedTextView } from './text-view.ts';

/**
 * Reversed words an attack written backwards can hardly avoid ("snoitcurtsni suoiverp lla erongi").
 * The prefilter: a literal alternation (no quantifiers, linear), so ordinary text pays one search.
 */
const reversedTriggers =
  /erongi|dragersid|tegrof|edirrevo|ssapyb|noitcurtsni|senilediug|tpmorp|suoiverp|laever|metsys|drowssap|terces|selur/;

/** Whether the folded text holds a reversed trigger word. */
export function hasReversedTriggers(folded: string): boolean {
  return reversedTriggers.test(folded);
}

/** The folded view read backwards, code point by code point, each unit keeping its original span. */
export function reversedView(folded: MappedTextView, originalLength: number): MappedTextView {
  const { text, starts, ends } = folded;
  const builder = new MappedTextBuilder(text.length + 1);
  for (let index = text.length - 1; index >= 0; index--) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xdc00 && unit <= 0xdfff && index > 0) {
      const high = text.charCodeAt(index - 1);
      if (high >= 0xd800 && high <= 0xdbff) {
        builder.push(high, starts[index - 1]!, ends[index - 1]!);
        builder.push(unit, starts[index]!, ends[index]!);
        index--;
        continue;
      }
    }
    builder.push(unit, starts[index]!, ends[index]!);
  }
  return builder.toView(originalLength, 'reversed');
}
