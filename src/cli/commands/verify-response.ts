import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { keysFromJwks, RampartError, verifyEventStream, verifyResponse } from '../../core/index.ts';
import { exitCodes } from '../render-error.ts';
import { repeatedFlag } from '../repeated-flag.ts';

async function readJwks(source: string): Promise<unknown> {
  try {
    if (/^https?:\/\//.test(source)) {
      const response = await fetch(source, { signal: AbortSignal.timeout(10_000) });
      if (!response.ok) throw new Error(`status ${response.status}`);
      return await response.json();
    }
    return JSON.parse(readFileSync(source, 'utf8'));
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read the JWKS from ${source}`, {
      cause: error,
      hint: "Pass the gateway's key set: --jwks http://GATEWAY/.well-known/jwks.json, or a saved JSON file.",
    });
  }
}

function header(text: string): [string, string] {
  const colon = text.indexOf(':');
  if (colon <= 0)
    throw new RampartError('RAMPART_USAGE', `--header expects "Name: value", got '${text}'`, {
      hint: 'e.g. --header "Authorization: Bearer rk_..."',
    });
  return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
}

/**
 * `rampart verify-response --url URL --jwks JWKS [--data JSON] [--header "K: V"]`: send one request
 * through the gateway and verify the signature of its answer (RFC 9421 + Content-Digest, or the
 * chained signature of an event stream). Exit 0 when it verifies, 1 when it does not.
 */
export default defineCommand({
  meta: {
    name: 'verify-response',
    description: "Send a request and verify the gateway's signature on the answer (whole or streamed).",
  },
  args: {
    url: { type: 'string', required: true, description: 'The request URL (a route on the gateway)' },
    jwks: {
      type: 'string',
      required: true,
      description: "The gateway's JWKS: URL (/.well-known/jwks.json) or file",
    },
    data: { type: 'string', description: 'Request body (JSON); the request is a POST when set, else a GET' },
    header: { type: 'string', description: 'Request header "Name: value" (repeatable)' },
    format: { type: 'string', default: 'table', description: 'table | json' },
  },
  async run({ args, rawArgs }) {
    const keys = keysFromJwks(await readJwks(args.jwks));
    const headers = Object.fromEntries(repeatedFlag(rawArgs, 'header').map(header));
    if (args.data !== undefined) headers['content-type'] ??= 'application/json';
    let response: Response;
    try {
      response = await fetch(args.url, {
        method: args.data === undefined ? 'GET' : 'POST',
        headers,
        ...(args.data === undefined ? {} : { body: args.data }),
        signal: AbortSignal.timeout(120_000),
      });
    } catch (error) {
      throw new RampartError('RAMPART_IO', `cannot reach ${new URL(args.url).origin}`, { cause: error });
    }
    const body = Buffer.from(await response.arrayBuffer());
    const contentType = response.headers.get('content-type') ?? '';
    const received = Object.fromEntries([...response.headers].map(([name, value]) => [name, value]));
    const result = contentType.startsWith('text/event-stream')
      ? verifyEventStream({ status: response.status, contentType, body: body.toString('utf8') }, keys)
      : verifyResponse({ status: response.status, headers: received, body }, keys);
    if (args.format === 'json') process.stdout.write(`${JSON.stringify({ verified: true, ...result })}\n`);
    else
      process.stdout.write(
        `verified: status ${response.status}, key ${result.keyId} (${result.algorithm}), covers ${result.covered.join(', ')}${'events' in result ? `, ${result.events} events` : ''}\n`,
      );
    process.exitCode = exitCodes.ok;
  },
});
