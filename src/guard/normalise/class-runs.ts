/** Character classes of ASCII units, as bit flags (a unit can be in several). */
export const base64Unit = 1;
export const hexUnit = 2;
/** Characters of generated tokens: base64 plus '=' (high-entropy secret candidates). */
export const tokenUnit = 4;

const unitClasses = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const character = String.fromCharCode(code);
  if (/[A-Za-z0-9+/_-]/.test(character)) unitClasses[code]! |= base64Unit | tokenUnit;
  if (/[0-9a-fA-F]/.test(character)) unitClasses[code]! |= hexUnit;
  if (character === '=') unitClasses[code]! |= tokenUnit;
}

/**
 * Calls `found(start, end)` for every maximal run of `unit` characters whose length is in
 * [minimum, maximum]. One pass, no backtracking: what a regex such as
 * /(?<![class])[class]{minimum,maximum}(?![class])/g finds, without its retries inside short runs.
 */
export function classRuns(
  text: string,
  unit: number,
  minimum: number,
  found: (start: number, end: number) => void,
  maximum = Number.POSITIVE_INFINITY,
): void {
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    if (code >= 128 || (unitClasses[code]! & unit) === 0) {
      index++;
      continue;
    }
    const start = index;
    index++;
    while (index < length) {
      const next = text.charCodeAt(index);
      if (next >= 128 || (unitClasses[next]! & unit) === 0) break;
      index++;
    }
    const runLength = index - start;
    if (runLength >= minimum && runLength <= maximum) found(start, index);
  }
}
