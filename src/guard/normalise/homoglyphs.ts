/**
 * Cyrillic, Greek and other letters that look like Latin ones (a subset of Unicode's confusables,
 * lower case only: folding runs after lower-casing). Applied only inside words that also contain
 * Latin letters, so genuine Russian or Greek text is left alone.
 */
const confusables = new Map<number, number>(
  Object.entries({
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
  }).map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);

/** The Latin letter (as a UTF-16 unit) a look-alike stands for, or undefined. */
export function foldHomoglyph(unit: number): number | undefined {
  return confusables.get(unit);
}

/** Lower-case ASCII letters and Latin-1/Latin Extended letters. */
export function isLatinLetter(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0xdf && unit <= 0x24f && unit !== 0xf7);
}
