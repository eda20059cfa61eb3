import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64Unit, classRuns, hexUnit, tokenUnit } from './class-runs.ts';

const runs = (text: string, unit: number, minimum: number, maximum?: number) => {
  const found: Array<[number, number]> = [];
  classRuns(text, unit, minimum, (start, end) => found.push([start, end]), maximum);
  return found;
};
const regexRuns = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length]);

// Short words, separators, '=' and non-ASCII, so runs start, stop and reach the bounds often.
const textArbitrary = fc
  .array(fc.constantFrom('a', 'F', '0', '9', '+', '/', '_', '-', '=', ' ', '.', 'é', 'g', 'Z', '\u4e2d'), {
    maxLength: 120,
  })
  .map((characters) => characters.join(''));

describe('classRuns', () => {
  it('finds what the bounded class-run regexes it replaced found', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        expect(runs(text, tokenUnit, 8, 20)).toEqual(
          regexRuns(text, /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{8,20}(?![A-Za-z0-9+/_=-])/g),
        );
        expect(runs(text, base64Unit, 6)).toEqual(regexRuns(text, /[A-Za-z0-9+/_-]{6,}/g));
        expect(runs(text, hexUnit, 4)).toEqual(regexRuns(text, /[0-9a-fA-F]{4,}/g));
      }),
      { numRuns: 500 },
    );
  });

  it('is linear on a long run and on many short ones', () => {
    const long = 'A'.repeat(200_000);
    const short = 'ab '.repeat(100_000);
    const started = performance.now();
    expect(runs(long, base64Unit, 16)).toEqual([[0, 200_000]]);
    expect(runs(long, tokenUnit, 24, 512)).toEqual([]);
    expect(runs(short, base64Unit, 16)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
