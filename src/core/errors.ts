import { type ErrorCode, errorCodes } from './error-codes.ts';

const brand = Symbol.for('rampart.error');

export interface RampartErrorOptions {
  hint?: string;
  status?: number;
  cause?: unknown;
  /** Extra structured detail safe to show the user (e.g. the list of config problems). */
  details?: unknown;
}

/** The one error class: a stable `code`, a message for people, and a hint on how to fix it. */
export class RampartError extends Error {
  readonly code: ErrorCode;
  readonly hint: string;
  readonly status: number;
  readonly details: unknown;
  readonly [brand] = true;

  constructor(code: ErrorCode, message: string, options: RampartErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'RampartError';
    this.code = code;
    this.hint = options.hint ?? errorCodes[code].hint;
    this.status = options.status ?? errorCodes[code].status;
    this.details = options.details;
  }

  /** Works across duplicate installs of the package, unlike `instanceof`. */
  static is(value: unknown): value is RampartError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[brand] === true;
  }
}

/** Wrap any thrown value: RampartErrors pass through, everything else becomes `code` with its cause kept. */
export function toRampartError(
  error: unknown,
  code: ErrorCode = 'RAMPART_INTERNAL',
  message?: string,
): RampartError {
  if (RampartError.is(error)) return error;
  const text = message ?? (error instanceof Error ? error.message : String(error));
  return new RampartError(code, text, { cause: error });
}
