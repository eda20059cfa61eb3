import { RampartError } from '../core/index.ts';

/** A dotted path with numeric steps for arrays: `outputs.0.data`, `predictions`. */
export function parseJsonPath(path: string, flag: string): string[] {
  const steps = path.split('.').filter(Boolean);
  if (
    steps.length === 0 ||
    steps.some((step) => step === '__proto__' || step === 'constructor' || step === 'prototype')
  )
    throw new RampartError(
      'RAMPART_USAGE',
      `${flag} must be a dotted JSON path such as outputs.0.data, not "${path}"`,
    );
  return steps;
}

/** The value at `steps` in `value`, or undefined. */
export function valueAt(value: unknown, steps: readonly string[]): unknown {
  let current = value;
  for (const step of steps) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Array.isArray(current) ? current[Number(step)] : (current as Record<string, unknown>)[step];
  }
  return current;
}

/** An object with `value` at `steps` (numeric steps make arrays). */
export function objectWith(steps: readonly string[], value: unknown): unknown {
  let current: unknown = value;
  for (let index = steps.length - 1; index >= 0; index--) {
    const step = steps[index]!;
    if (/^\d+$/.test(step)) {
      const array: unknown[] = [];
      array[Number(step)] = current;
      current = array;
    } else current = { [step]: current };
  }
  return current;
}
