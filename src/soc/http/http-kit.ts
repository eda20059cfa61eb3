import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { RampartError, safeJsonParse, toRampartError, zodProblems } from '../../core/index.ts';

/** Security headers on every response. */
export const baseHeaders: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    ...baseHeaders,
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

/** The one place SOC HTTP errors are rendered: `{error: {code, message, hint}}`, never a stack trace. */
export function sendError(response: ServerResponse, error: unknown): void {
  const rampartError = RampartError.is(error) ? error : toRampartError(error);
  const internal = rampartError.code === 'RAMPART_INTERNAL';
  const body: { error: { code: string; message: string; hint: string; details?: unknown } } = {
    error: {
      code: rampartError.code,
      message: internal ? 'internal error' : rampartError.message,
      hint: rampartError.hint,
    },
  };
  if (!internal && Array.isArray(rampartError.details)) body.error.details = rampartError.details;
  if (response.headersSent) {
    response.destroy();
    return;
  }
  sendJson(response, rampartError.status, body);
}

/** Read a request body up to `maxBytes`; 413 past it. */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function tooLarge(maxBytes: number): RampartError {
  return new RampartError('RAMPART_SOC_BODY_TOO_LARGE', `the request body is larger than ${maxBytes} bytes`);
}

/** Read, parse (safely) and validate a JSON body. */
export async function readJson<Schema extends z.ZodType>(
  request: IncomingMessage,
  schema: Schema,
  maxBytes: number,
): Promise<z.output<Schema>> {
  const contentType = request.headers['content-type'] ?? '';
  if (!contentType.toLowerCase().startsWith('application/json')) {
    throw new RampartError('RAMPART_SOC_REQUEST_INVALID', 'send the body as application/json');
  }
  const value = safeJsonParse(await readBody(request, maxBytes));
  return validate(schema, value, 'body');
}

export function validate<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  where: string,
): z.output<Schema> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new RampartError('RAMPART_SOC_REQUEST_INVALID', `the ${where} is not valid`, {
      details: zodProblems(result.error, value),
    });
  }
  return result.data;
}

/** Parse the Cookie header into a map (first value of each name wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  if (!header) return cookies;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(index + 1).trim());
  }
  return cookies;
}
