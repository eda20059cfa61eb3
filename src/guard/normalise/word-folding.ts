import { foldHomoglyph, isLatinLetter } from './homoglyphs.ts';
import { foldLeet, isLeetCharacter } from './leetspeak.ts';

const letterPattern = /\p{L}/u;
const space = 0x20;

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
