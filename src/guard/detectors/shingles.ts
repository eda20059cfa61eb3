/** Lower-cased word tokens (letters and digits) of a text, with their offsets. */
export function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  const words: Array<{ word: string; start: number; end: number }> = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.push({ word: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length });
  }
  return words;
}

/** The set of k-word shingles ('w1 w2 w3') of a word list. */
export function shingleSet(words: readonly string[], size: number): Set<string> {
  const shingles = new Set<string>();
  for (let index = 0; index + size <= words.length; index++)
    shingles.add(words.slice(index, index + size).join(' '));
  return shingles;
}

/** Shingle size for a reference text: shorter references use shorter shingles. */
export function shingleSize(wordCount: number): number {
  return wordCount >= 40 ? 5 : wordCount >= 12 ? 4 : 3;
}
