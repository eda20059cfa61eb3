import type { z } from 'zod';
import { zodProblems } from '../config/yaml.ts';
import type { ErrorCode } from '../error-codes.ts';
import { RampartError } from '../errors.ts';
import { safeJsonParse } from '../safe-json.ts';

export interface JsonBodyOptions {
  /** Largest body in bytes; past it `tooLargeCode` (413), before more is read. */
  maxBytes: number;
  tooLargeCode: ErrorCode;
  /** The code for a body that does not match the schema (and for a wrong content type). */
  invalidCode: ErrorCode;
  /** Refuse bodies not sent as application/json (default true). */
  requireJsonType?: boolean;
  /** What an empty body reads as (default: the empty body is parsed, so it is invalid JSON). */
  empty?: unknown;
}

/** Validate a request body or query: `invalidCode` (400) listing every problem with its path. */
export function validateInput<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  code: ErrorCode,
  where: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new RampartError(code, `the ${where} is not valid`, { details: zodProblems(result.error, value) });
  }
  return result.data;
}

/** Read a body up to `maxBytes`: the declared length is checked first, then the bytes as they come. */
export async function readBodyText(
  request: Request,
  maxBytes: number,
  tooLargeCode: ErrorCode,
): Promise<string> {
  const tooLarge = () => new RampartError(tooLargeCode, `the request body is larger than ${maxBytes} bytes`);
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) throw tooLarge();
  if (!request.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Read, parse (safely: bounded depth, no prototype keys) and validate a JSON request body. */
export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  options: JsonBodyOptions,
): Promise<z.output<Schema>> {
  const contentType = request.headers.get('content-type') ?? '';
  if (options.requireJsonType !== false && !contentType.toLowerCase().startsWith('application/json')) {
    throw new RampartError(options.invalidCode, 'send the body as application/json');
  }
  const text = await readBodyText(request, options.maxBytes, options.tooLargeCode);
  const value = text === '' && 'empty' in options ? options.empty : safeJsonParse(text);
  return validateInput(schema, value, options.invalidCode, 'body');
}
