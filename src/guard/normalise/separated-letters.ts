import { MappedTextBuilder, type MappedTextView } from './text-view.ts';
import { foldWords, isDigitCode, isLetterCode } from './word-folding.ts';

/**
 * Letter-level obfuscation with one separator between letters: `i g n o r e`, `i-g-n-o-r-e`,
 * `i.g.n.o.r.e`, `i_g_n_o_r_e`, `i*g*n*o*r*e`, `i/g/n/o/r/e`. A run is single letters (or digits)
 * alternating with one and the same separator character; the view joins each run's letters into a
 * word. In space-separated runs, two or more whitespace characters in the original (or a line
 * break) end a word: `I g n o r e  a l l` reads `ignore all`.
 */

const space = 0x20;
/** A run this long makes the text worth a view; shorter runs ("U S A") are joined only inside it. */
const triggerLength = 4;

const separators = new Set<number>([
  space,
  ...[...'-._*/\\|+~,:;=^#'].map((character) => character.charCodeAt(0)),
  0xb7, // middle dot
  0x2010,
  0x2011,
  0x2012,
  0x2013,
  0x2014,
  0x2015, // hyphens and dashes
  0x2022, // bullet
  0x2219,
  0x22c5, // bullet and dot operators
]);

function isRunUnit(unit: number): boolean {
  return isDigitCode(unit) || (isLetterCode(unit) && (unit < 0xd800 || unit > 0xdfff));
}

/** Whether the letter at `index` starts a run with a separator other than space ("x i-g-n"). */
function startsOtherRun(units: Uint16Array, index: number, length: number): boolean {
  const next = units[index + 1];
  return (
    index + 2 < length &&
    next !== undefined &&
    next !== space &&
    separators.has(next) &&
    isRunUnit(units[index + 2]!)
  );
}

/**
 * Calls `found(first, last, count)` for every maximal run of single letters alternating with one
 * separator character in `units[0, length)`: `first` and `last` index its first and last letter.
 * A letter between a space and another separator ("x i-g-n") starts the other separator's run.
 * One pass: each unit is looked at a bounded number of times.
 */
export function separatedRuns(
  units: Uint16Array,
  length: number,
  found: (first: number, last: number, count: number) => void,
): void {
  let index = 0;
  while (index < length) {
    if (!isRunUnit(units[index]!) || (index > 0 && isRunUnit(units[index - 1]!))) {
      index++;
      continue;
    }
    const separator = units[index + 1];
    let last = index;
    let count = 1;
    if (separator !== undefined && separators.has(separator)) {
      while (
        last + 2 < length &&
        units[last + 1] === separator &&
        isRunUnit(units[last + 2]!) &&
        !(last + 3 < length && isRunUnit(units[last + 3]!)) &&
        !(separator === space && startsOtherRun(units, last + 2, length))
      ) {
        last += 2;
        count++;
      }
    }
    if (count >= 2) found(index, last, count);
    index = last + 1;
  }
}

/**
 * The prefilter: whether the units hold a run of at least four separated letters. Such a run holds
 * "s x s y s" (one separator around two single letters): most units fail the first comparison of
 * that search, and only a text that passes it is searched for runs.
 */
export function hasSeparatedLetters(units: Uint16Array, length: number): boolean {
  let candidate = false;
  for (let index = 0; index + 4 < length && !candidate; index++) {
    const unit = units[index]!;
    candidate =
      unit === units[index + 2] &&
      unit === units[index + 4] &&
      separators.has(unit) &&
      isRunUnit(units[index + 1]!) &&
      isRunUnit(units[index + 3]!);
  }
  if (!candidate) return false;
  let longest = 0;
  separatedRuns(units, length, (_first, _last, count) => {
    longest = Math.max(longest, count);
  });
  return longest >= triggerLength;
}

/** Whether the original text between two letters holds a word break: 2+ whitespace characters or a line break. */
function isWordBreak(original: string, from: number, to: number): boolean {
  let whitespace = 0;
  for (let index = from; index < to; index++) {
    const code = original.charCodeAt(index);
    if (code === 0x0a || code === 0x0d) return true;
    if (
      code === space ||
      code === 0x09 ||
      code === 0xa0 ||
      code === 0x3000 ||
      (code >= 0x2000 && code <= 0x200a)
    )
      whitespace++;
  }
  return whitespace >= 2;
}

/**
 * The view with every separated-letter run joined, homoglyphs and leetspeak then folded per word.
 * `units`, `starts`, `ends` are the folded text before word folding, with its map to `original`.
 */
export function separatedLettersView(
  units: Uint16Array,
  starts: Int32Array,
  ends: Int32Array,
  length: number,
  original: string,
): MappedTextView {
  const builder = new MappedTextBuilder(length + 16);
  let copied = 0;
  const copyUpTo = (end: number) => {
    for (; copied < end; copied++) builder.push(units[copied]!, starts[copied]!, ends[copied]!);
  };
  separatedRuns(units, length, (first, last) => {
    copyUpTo(first);
    for (let index = first; index <= last; index += 2) {
      builder.push(units[index]!, starts[index]!, ends[index]!);
      const separator = index + 1;
      if (
        index < last &&
        units[separator] === space &&
        isWordBreak(original, ends[index]!, starts[index + 2]!)
      )
        builder.push(space, starts[separator]!, ends[separator]!);
    }
    copied = last + 1;
  });
  copyUpTo(length);
  foldWords(builder.units, builder.length);
  return builder.toView(original.length, 'separated-letters');
}
