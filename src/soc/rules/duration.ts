import { durationExamples, durationMilliseconds, RampartError } from '../../core/index.ts';

/** A rule or SOC duration ('30s', '5m', '1h', '7d', '250ms', or a number of seconds) in milliseconds. */
export function parseDuration(value: string | number, field = 'duration'): number {
  const milliseconds = durationMilliseconds(value);
  if (milliseconds === undefined)
    throw new RampartError(
      'RAMPART_SOC_RULE_INVALID',
      `${field}: '${String(value)}' is not a duration (use e.g. ${durationExamples})`,
    );
  return milliseconds;
}
