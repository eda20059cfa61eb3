import { RampartError } from '../../core/index.ts';

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const pattern = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;

/** Parse '30s', '5m', '1h', '7d', '250ms' (or a number of seconds) into milliseconds. */
export function parseDuration(value: string | number, field = 'duration'): number {
  if (typeof value === 'number') {
    if (Number.isFinite(value) && value > 0) return value * 1000;
  } else {
    const match = pattern.exec(value.trim());
    if (match) {
      const milliseconds = Number(match[1]) * units[match[2]!]!;
      if (milliseconds > 0 && Number.isFinite(milliseconds)) return Math.round(milliseconds);
    }
  }
  throw new RampartError(
    'RAMPART_SOC_RULE_INVALID',
    `${field}: '${String(value)}' is not a duration (use e.g. 30s, 5m, 1h, 7d)`,
  );
}
