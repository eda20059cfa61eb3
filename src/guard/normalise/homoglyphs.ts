/**
 * Cyrillic, Greek and other letters that look like Latin ones (a subset of Unicode's confusables,
 * lower case only: folding runs after lower-casing). Applied only inside words that also contain
 * Latin letters, so genuine Russian or Greek text is left alone.
 */
const confusables: Record<string, string> = {
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  ё: 'e',
  һ: 'h',
  і: 'i',
  ї: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  т: 't',
  у: 'y',
  х: 'x',
  ԁ: 'd',
  ɡ: 'g',
  ԝ: 'w',
  ү: 'y',
  ℓ: 'l',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  ϲ: 'c',
  ϳ: 'j',
  ɑ: 'a',
  ı: 'i',
  ȷ: 'j',
  ս: 'u',
  օ: 'o',
  ց: 'g',
};

export function foldHomoglyph(character: string): string | undefined {
  return confusables[character];
}

export function isLatinLetter(character: string): boolean {
  const code = character.charCodeAt(0);
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0x24f && code !== 0xf7);
}
