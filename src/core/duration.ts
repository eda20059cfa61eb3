import { z } from 'zod';

/**
 * The one duration grammar of every config and rule file: a whole or decimal number and a unit,
 * `500ms`, `90s`, `15m`, `2h`, `7d`. Rule files also take a bare number, read as seconds.
 */
const units = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;
const pattern = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)$/;

/** What a duration looks like, for error messages. */
export const durationExamples = '500ms, 90s, 15m, 2h, 7d';

/**
 * Milliseconds in a duration ('15m' → 900000; a number is seconds), or undefined when the value is
 * not a positive duration.
 */
export function durationMilliseconds(value: string | number): number | undefined {
  let milliseconds: number | undefined;
  if (typeof value === 'number') milliseconds = value * 1000;
  else {
    const match = pattern.exec(value.trim());
    if (match) milliseconds = Number(match[1]) * units[match[2] as keyof typeof units];
  }
  return milliseconds !== undefined && Number.isFinite(milliseconds) && milliseconds > 0
    ? Math.round(milliseconds)
    : undefined;
}

const message = `expected a duration such as ${durationExamples}`;

/** A duration field of a config file ('15m'); checked when the file loads, with its dotted path. */
export const durationTextSchema = z.string().refine((value) => durationMilliseconds(value) !== undefined, {
  message,
});

/** A duration field of a rule file: a duration, or a number of seconds. */
export const durationSchema = z
  .union([z.string(), z.number()])
  .refine((value) => durationMilliseconds(value) !== undefined, {
    message: `${message} (or a number of seconds)`,
  });
