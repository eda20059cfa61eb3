import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Flags of a bench script: `--help` prints its usage and exits 0; an unknown or malformed flag
 * prints the problem and the usage and exits 2. Never a stack trace.
 */
export function benchArgs<const T extends Options>(
  usage: string,
  options: T,
  argv: string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: T; args: string[]; strict: true }>>['values'] {
  let parsed: ReturnType<typeof parseArgs<{ options: T & Options; args: string[]; strict: true }>>;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }) as typeof parsed;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage.trim()}\n`);
    process.exit(2);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${usage.trim()}\n`);
    process.exit(0);
  }
  return parsed.values as never;
}

/** A numeric flag: a clear message and exit 2 when it is not a number in range. */
export function numberFlag(name: string, value: string | undefined, minimum = 0): number {
  const number = Number(value);
  if (value === undefined || !Number.isFinite(number) || number < minimum) {
    process.stderr.write(`--${name} must be a number ≥ ${minimum} (got ${JSON.stringify(value)})\n`);
    process.exit(2);
  }
  return number;
}
