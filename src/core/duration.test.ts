import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { durationMilliseconds, durationSchema } from './duration.ts';

describe('duration grammar', () => {
  it('reads every unit, decimals, and a bare number as seconds', () => {
    expect(durationMilliseconds('500ms')).toBe(500);
    expect(durationMilliseconds('90s')).toBe(90_000);
    expect(durationMilliseconds('15m')).toBe(900_000);
    expect(durationMilliseconds('2h')).toBe(7_200_000);
    expect(durationMilliseconds('7d')).toBe(604_800_000);
    expect(durationMilliseconds('1.5h')).toBe(5_400_000);
    expect(durationMilliseconds(30)).toBe(30_000);
  });

  it('refuses what is not a positive duration', () => {
    for (const value of ['', '15', '15 minutes', '-5m', '0s', 'm', '5w', '1e3s', 0, -1, Number.NaN])
      expect(durationMilliseconds(value), String(value)).toBeUndefined();
  });

  it('a number and a unit always give number × unit (property)', () => {
    const units = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.constantFrom(...Object.keys(units)),
        (count, unit) => {
          expect(durationMilliseconds(`${count}${unit}`)).toBe(count * units[unit as keyof typeof units]);
        },
      ),
    );
  });

  it('the schema keeps the value and explains a bad one', () => {
    expect(durationSchema.parse('15m')).toBe('15m');
    const result = durationSchema.safeParse('fortnight');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('15m');
  });
});
