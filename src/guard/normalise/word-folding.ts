import { foldHomoglyph, isLatinLetter } from './homoglyphs.ts';
import { foldLeet, isLeetCharacter } from './leetspeak.ts';

const letterPattern = /\p{L}/u;
const space = 0x20;
const plus = 0x2b;
const euro = 0x20ac;
const dollar = 0x24;
/**
 * Short words that leetspeak writes with as many digits as letters ("n0", "t0", "m3", "n07"): such a
 * word is folded only when it becomes one of these, so "a4", "3d" or "2b" stay as they are.
 */
const shortWords = new Set(
  `no to me my be we so do go of on or it is in an at as up us he by if not the you and how now all any
  are for was who why can our out get use its has had her him his one new old see say she too yes off
  set put act own`.split(/\s+/),
);

/** Folds a word of two or three units, some leet digits, when the result is a common short word. */
function foldShortWord(units: Uint16Array, start: number, end: number): void {
  let folded = '';
  for (let index = start; index < end; index++) {
    const unit = units[index]!;
    const letter = isDigitCode(unit) ? foldLeet(unit) : isLatinLetter(unit) ? unit : undefined;
    if (letter === undefined) return;
    folded += String.fromCharCode(letter);
  }
  if (!shortWords.has(folded)) return;
  for (let index = start; index < end; index++) units[index] = folded.charCodeAt(index - start);
}

const letterCache = new Map<number, boolean>();
/** Whether a UTF-16 unit is a letter (surrogate halves count: they belong to astral letters or symbols). */
export function isLetterCode(code: number): boolean {
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

export const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * In each space-separated word of `units[0, length)`: fold Cyrillic/Greek look-alikes when the word
 * also has Latin letters, and fold leetspeak digits/symbols when the word is mostly letters. One
 * unit in, one unit out, in place.
 */
export function foldWords(units: Uint16Array, length: number): void {
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
      // The last letter or digit: symbols after it are punctuation ("refuse!!!"), not leet.
      let lastLetter = end - 1;
      while (lastLetter > start && !isLatinLetter(units[lastLetter]!) && !isDigitCode(units[lastLetter]!))
        lastLetter--;
      for (let index = start; index < end; index++) {
        const replacement = foldLeet(units[index]!);
        if (replacement === undefined) continue;
        // Digits and '€' fold anywhere in the word; '+' also at the end of a longer word ("f0rg3+");
        // other symbols ('!', '|', '@', '$') only between two characters, so trailing punctuation
        // stays punctuation.
        const inside = index > start && index < lastLetter;
        const unit = units[index]!;
        const anywhere =
          isDigitCode(unit) ||
          unit === euro ||
          ((unit === plus || unit === dollar) && index > start && letters >= 3);
        if (anywhere || inside) units[index] = replacement;
      }
    } else if (leet > 0 && letters > 0 && end - start <= 3) foldShortWord(units, start, end);
    start = end;
  }
}
