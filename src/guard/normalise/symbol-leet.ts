import { isLeetCharacter } from './leetspeak.ts';
import { MappedTextBuilder, type MappedTextView } from './text-view.ts';
import { foldWords } from './word-folding.ts';

/**
 * Heavy leetspeak: letters drawn with two to four symbols ("|-|" for h, "/\" for a, "|\|" for n,
 * "()" for o) and words that start with a symbol standing for a letter ("!gnore", "|nstructions",
 * "@ll", "$ystem"). The folded view maps one unit to one unit and leaves these alone (a leading
 * '!' or '@' is usually punctuation or a mention), so this view undoes them, but only for a text
 * with at least two such words: ordinary code and prose seldom have two.
 */

/** Symbol sequences and the letter each draws, longest first within a shared prefix. */
const sequences: ReadonlyArray<readonly [string, string]> = [
  ['|\\/|', 'm'],
  ['/\\/\\', 'm'],
  ['\\/\\/', 'w'],
  ['|\\|', 'n'],
  ['/\\/', 'n'],
  ['|-|', 'h'],
  [']-[', 'h'],
  ['/-\\', 'a'],
  ['|_|', 'u'],
  ['(_)', 'u'],
  ['/\\', 'a'],
  ['\\/', 'v'],
  ['()', 'o'],
  ['[]', 'o'],
  ['|<', 'k'],
  ['|(', 'k'],
  ['|2', 'r'],
  ['|)', 'd'],
  ['|*', 'p'],
  ['|>', 'p'],
  ['|=', 'f'],
  ['`/', 'y'],
  ['|_', 'l'],
];

/** Symbols that start a drawn letter: a cheap first test before the sequences are tried. */
const sequenceStarts = new Set(sequences.map(([from]) => from.charCodeAt(0)));

/** A word-initial symbol and the letter it stands for when letters follow it. */
const initials = new Map<number, number>([
  [0x21, 0x69], // ! → i
  [0x7c, 0x69], // | → i
  [0x40, 0x61], // @ → a
  [0x24, 0x73], // $ → s
]);

const space = 0x20;
const pipe = 0x7c;
const underscore = 0x5f;
const isAsciiLetter = (code: number) => code >= 0x61 && code <= 0x7a;
/** A letter, or a digit or symbol leetspeak uses for one: before word folding, "|-|0w" still has '0'. */
const isLetterish = (code: number) => isAsciiLetter(code) || isLeetCharacter(code);
const isVowel = (code: number) =>
  code === 0x61 || code === 0x65 || code === 0x69 || code === 0x6f || code === 0x75;

/** The drawn letter at `units[index]`, as [letter, units consumed], or undefined. */
function sequenceAt(
  units: Uint16Array,
  length: number,
  index: number,
): readonly [number, number] | undefined {
  if (!sequenceStarts.has(units[index]!)) return undefined;
  outer: for (const [from, letter] of sequences) {
    if (index + from.length > length) continue;
    for (let k = 0; k < from.length; k++) if (units[index + k] !== from.charCodeAt(k)) continue outer;
    // "|_|_" is two l's ("|_" twice), not a u and a stray underscore.
    if (from === '|_|' && units[index + 3] === underscore) continue;
    return [letter.charCodeAt(0), from.length];
  }
  return undefined;
}

/**
 * What replaces the unit at `index` (before word folding): [letter, units consumed], or undefined
 * when it is not heavy leetspeak. A drawn letter must touch a letter, so "f()" counts but "() =>"
 * does not; a word-initial symbol must be followed by a letter; a '|' between letters reads as 'l'
 * after a vowel and 'i' otherwise ("ru|es", "everyth|ng").
 */
function replacementAt(
  units: Uint16Array,
  length: number,
  index: number,
  wordStart: boolean,
  afterDrawn: boolean,
  depth = 0,
): readonly [number, number] | undefined {
  const unit = units[index]!;
  const before = index > 0 ? units[index - 1]! : space;
  const drawn = sequenceAt(units, length, index);
  if (drawn) {
    const at = index + drawn[1];
    const next = at < length ? units[at]! : space;
    // Drawn letters in a row ("/\|_|_" for "all") lean on each other.
    const nextDrawn = depth < 3 && at < length && replacementAt(units, length, at, false, true, depth + 1);
    // "()" and "[]" right after a word are a call or an index ("size()", "items[]"), not an 'o'.
    const bracket = units[index] === 0x28 || units[index] === 0x5b;
    if (isLetterish(next) || (isLetterish(before) && !bracket) || afterDrawn || nextDrawn) return drawn;
  }
  const next = index + 1 < length ? units[index + 1]! : space;
  if (!isLetterish(next)) return undefined;
  const initial = wordStart ? initials.get(unit) : undefined;
  // A word-initial symbol needs a letter after it: "$40" is a price.
  if (initial !== undefined) return isAsciiLetter(next) ? [initial, 1] : undefined;
  if (unit === pipe && isAsciiLetter(before)) return [isVowel(before) ? 0x6c : 0x69, 1];
  return undefined;
}

/**
 * Whether the lower-cased, space-collapsed units may hold heavy leetspeak: two words that each have a
 * drawn letter, two leetspeak characters, or a leading '!' or '|' before three letters. A mention
 * ("@here"), a price ("$40") or "a|b" alone does not count.
 */
export function hasSymbolLeet(units: Uint16Array, length: number): boolean {
  let words = 0;
  for (let start = 0; start < length; ) {
    let end = start;
    while (end < length && units[end] !== space) end++;
    let signals = 0;
    let hasLetter = false;
    for (let index = start; index < end && !hasLetter; index++) hasLetter = isAsciiLetter(units[index]!);
    for (let index = start; index < end && signals < 2; index++) {
      const unit = units[index]!;
      if (isAsciiLetter(unit)) continue;
      const replacement = replacementAt(units, length, index, index === start, false);
      if (replacement && replacement[1] > 1) signals = 2;
      // Otherwise a word without a letter ("$40", "1/2") is a number or an operator, not leetspeak.
      else if (!hasLetter) continue;
      else if (replacement && index === start && unit !== 0x40 && unit !== 0x24) {
        const letters =
          index + 3 < end && isAsciiLetter(units[index + 2]!) && isAsciiLetter(units[index + 3]!);
        signals += letters ? 2 : 1;
      } else if (replacement || isLeetCharacter(unit)) signals++;
    }
    if (signals >= 2 && ++words >= 2) return true;
    start = end + 1;
  }
  return false;
}

/**
 * The lower-cased, space-collapsed units (before word folding) with drawn letters and word-initial
 * symbols replaced, then folded per word like the folded view. Every output unit keeps the original
 * span of the units it replaced.
 */
export function symbolLeetView(
  units: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  length: number,
  originalLength: number,
): MappedTextView {
  const builder = new MappedTextBuilder(length + 1);
  let wordStart = true;
  let afterDrawn = false;
  for (let index = 0; index < length; ) {
    const unit = units[index]!;
    const replacement: readonly [number, number] | undefined =
      unit === space ? undefined : replacementAt(units, length, index, wordStart, afterDrawn);
    afterDrawn = replacement !== undefined && replacement[1] > 1;
    if (replacement) {
      const last = index + replacement[1] - 1;
      builder.push(replacement[0], starts[index]!, ends[last]!);
      index = last + 1;
    } else {
      builder.push(unit, starts[index]!, ends[index]!);
      index++;
    }
    wordStart = unit === space;
  }
  foldWords(builder.units, builder.length);
  return builder.toView(originalLength, 'symbol-leet');
}
