import {
  createHash,
  createPrivateKey,
  createPublicKey,
  type JsonWebKey,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { RampartError } from './errors.ts';

/**
 * HTTP Message Signatures (RFC 9421) over responses, with a Content-Digest (RFC 9530, sha-256), and
 * a chained signature for Server-Sent Event streams. Shared by the gateway (which signs) and by
 * clients and `rampart verify-response` (which verify).
 */

export type SignatureAlgorithm = 'ed25519' | 'ecdsa-p256-sha256';

export interface ResponseSigningKey {
  keyId: string;
  algorithm: SignatureAlgorithm;
  privateKey: KeyObject;
}

/** The label of the signature the gateway adds (`Signature: rampart=:...:`). */
export const signatureLabel = 'rampart';
/** The SSE event that ends a signed stream. */
export const streamSignatureEvent = 'rampart-signature';

/** `sha-256=:<base64>:` for a body. */
export function contentDigest(body: Uint8Array | string): string {
  return `sha-256=:${createHash('sha256').update(body).digest('base64')}:`;
}

function invalid(message: string): RampartError {
  return new RampartError('RAMPART_RESPONSE_SIGNATURE_INVALID', message);
}

/** A PEM private key (PKCS#8) with the algorithm its type implies. */
export function loadResponseSigningKey(pem: string, keyId: string): ResponseSigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch (error) {
    throw new RampartError('RAMPART_CONFIG_INVALID', 'the response signing key is not a PEM private key', {
      cause: error,
    });
  }
  const type = privateKey.asymmetricKeyType;
  const curve = privateKey.asymmetricKeyDetails?.namedCurve;
  if (type === 'ed25519') return { keyId, algorithm: 'ed25519', privateKey };
  if (type === 'ec' && (curve === 'prime256v1' || curve === 'P-256'))
    return { keyId, algorithm: 'ecdsa-p256-sha256', privateKey };
  throw new RampartError(
    'RAMPART_CONFIG_INVALID',
    `response signing keys are Ed25519 or ECDSA P-256, not ${type}${curve ? ` (${curve})` : ''}`,
  );
}

/** The key's public half as a JWK with kid, alg and use, for the gateway's JWKS endpoint. */
export function publicJwk(key: ResponseSigningKey): JsonWebKey {
  const jwk = createPublicKey(key.privateKey).export({ format: 'jwk' });
  return { ...jwk, kid: key.keyId, alg: key.algorithm === 'ed25519' ? 'EdDSA' : 'ES256', use: 'sig' };
}

function signBytes(key: ResponseSigningKey, data: Buffer): string {
  const signature =
    key.algorithm === 'ed25519'
      ? sign(null, data, key.privateKey)
      : sign('sha256', data, { key: key.privateKey, dsaEncoding: 'ieee-p1363' });
  return signature.toString('base64');
}

function verifyBytes(algorithm: string, publicKey: KeyObject, data: Buffer, signature: Buffer): boolean {
  if (algorithm === 'ed25519') return verify(null, data, publicKey, signature);
  if (algorithm === 'ecdsa-p256-sha256')
    return verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature);
  return false;
}

/** RFC 9421 §2.5: one line per covered component, then @signature-params. */
function signatureBase(components: Array<[name: string, value: string]>, parameters: string): string {
  const lines = components.map(([name, value]) => `"${name}": ${value}`);
  lines.push(`"@signature-params": ${parameters}`);
  return lines.join('\n');
}

function signatureParameters(
  names: string[],
  created: number,
  key: { keyId: string; algorithm: string },
): string {
  return `(${names.map((name) => `"${name}"`).join(' ')});created=${created};keyid="${key.keyId}";alg="${key.algorithm}"`;
}

/**
 * The headers that sign a whole response: Content-Digest, Signature-Input and Signature over
 * `@status`, content-digest and each of `headers` the response has (lower-case names).
 */
export function signResponse(
  key: ResponseSigningKey,
  response: { status: number; headers: Record<string, string | undefined>; body: Uint8Array | string },
  headers: readonly string[],
  now = Date.now(),
): Record<string, string> {
  const digest = contentDigest(response.body);
  const components: Array<[string, string]> = [['@status', String(response.status)]];
  for (const name of headers) {
    const value = name === 'content-digest' ? digest : response.headers[name];
    if (value !== undefined) components.push([name, value.trim()]);
  }
  if (!components.some(([name]) => name === 'content-digest')) components.push(['content-digest', digest]);
  const parameters = signatureParameters(
    components.map(([name]) => name),
    Math.floor(now / 1000),
    key,
  );
  const signature = signBytes(key, Buffer.from(signatureBase(components, parameters)));
  return {
    'content-digest': digest,
    'signature-input': `${signatureLabel}=${parameters}`,
    signature: `${signatureLabel}=:${signature}:`,
  };
}

/** Public keys by kid, from a JWKS document (`{keys: [...]}`). */
export function keysFromJwks(jwks: unknown): Map<string, KeyObject> {
  const keys = new Map<string, KeyObject>();
  const list = (jwks as { keys?: unknown } | null)?.keys;
  if (!Array.isArray(list)) throw invalid('the JWKS has no "keys" list');
  for (const jwk of list) {
    if (!jwk || typeof jwk !== 'object' || typeof (jwk as { kid?: unknown }).kid !== 'string') continue;
    try {
      keys.set((jwk as { kid: string }).kid, createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }));
    } catch {
      // a key this runtime cannot read is skipped; a signature by it then fails as unknown
    }
  }
  return keys;
}

export interface VerifiedSignature {
  keyId: string;
  algorithm: string;
  created: number;
  covered: string[];
}

interface ParsedInput {
  names: string[];
  parameters: string;
  keyId: string;
  algorithm: string;
  created: number;
}

function parseSignatureInput(header: string | undefined): ParsedInput {
  const prefix = `${signatureLabel}=`;
  const entry = header
    ?.split(/,(?=\s*[A-Za-z][\w-]*=\()/)
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix));
  if (!entry) throw invalid(`the response has no "${signatureLabel}" Signature-Input`);
  const parameters = entry.slice(prefix.length);
  const match = /^\(([^)]*)\)((?:;[a-z]+=(?:"[^"]*"|\d+))*)$/.exec(parameters);
  if (!match) throw invalid('the Signature-Input is malformed');
  const names = [...match[1]!.matchAll(/"([^"]+)"/g)].map((found) => found[1]!);
  const field = (name: string) => new RegExp(`;${name}=(?:"([^"]*)"|(\\d+))`).exec(match[2]!);
  const keyId = field('keyid')?.[1];
  const algorithm = field('alg')?.[1];
  const created = Number(field('created')?.[2]);
  if (!keyId || !algorithm || !Number.isFinite(created))
    throw invalid('the Signature-Input lacks keyid, alg or created');
  return { names, parameters, keyId, algorithm, created };
}

function signatureValue(header: string | undefined): Buffer {
  const match = new RegExp(`(?:^|,)\\s*${signatureLabel}=:([A-Za-z0-9+/=]+):`).exec(header ?? '');
  if (!match) throw invalid(`the response has no "${signatureLabel}" Signature`);
  return Buffer.from(match[1]!, 'base64');
}

function keyFor(keys: Map<string, KeyObject>, keyId: string): KeyObject {
  const key = keys.get(keyId);
  if (!key) throw invalid(`no key "${keyId}" in the JWKS`);
  return key;
}

/**
 * Verify a whole response signed by signResponse: the body against Content-Digest, then the
 * signature over the covered components. Throws RAMPART_RESPONSE_SIGNATURE_INVALID saying what failed.
 */
export function verifyResponse(
  response: { status: number; headers: Record<string, string | undefined>; body: Uint8Array | string },
  keys: Map<string, KeyObject>,
): VerifiedSignature {
  const input = parseSignatureInput(response.headers['signature-input']);
  const signature = signatureValue(response.headers.signature);
  if (!input.names.includes('@status') || !input.names.includes('content-digest'))
    throw invalid('the signature does not cover @status and content-digest');
  const digest = response.headers['content-digest'];
  if (digest !== contentDigest(response.body)) throw invalid('the body does not match its Content-Digest');
  const components: Array<[string, string]> = input.names.map((name) => {
    if (name === '@status') return [name, String(response.status)];
    const value = response.headers[name];
    if (value === undefined) throw invalid(`the signed header "${name}" is missing`);
    return [name, value.trim()];
  });
  const base = Buffer.from(signatureBase(components, input.parameters));
  if (!verifyBytes(input.algorithm, keyFor(keys, input.keyId), base, signature))
    throw invalid('the signature does not verify');
  return { keyId: input.keyId, algorithm: input.algorithm, created: input.created, covered: input.names };
}

/**
 * The running digest of a signed event stream: each event's bytes (up to, not including, its blank
 * line) chained as h = SHA-256(h ‖ SHA-256(event)), starting from SHA-256 of the status line
 * (`<status> <content-type>`). The last event carries the signature of the final digest, so a stream
 * cut short, reordered or altered fails verification.
 */
export class EventStreamChain {
  private digest: Buffer;
  count = 0;

  constructor(status: number, contentType: string) {
    this.digest = createHash('sha256').update(`${status} ${contentType}`).digest();
  }

  add(event: string): void {
    const eventDigest = createHash('sha256').update(event).digest();
    this.digest = createHash('sha256').update(this.digest).update(eventDigest).digest();
    this.count++;
  }

  /** Add every whole event of SSE text (events end with a blank line). */
  addText(text: string): void {
    for (const event of text.split('\n\n')) if (event !== '') this.add(event);
  }

  get value(): string {
    return this.digest.toString('base64');
  }

  /** The SSE event that ends the stream: its data is the signed summary. */
  finalEvent(key: ResponseSigningKey, now = Date.now()): string {
    const created = Math.floor(now / 1000);
    const summary = { digest: this.value, events: this.count, created, keyid: key.keyId, alg: key.algorithm };
    const signature = signBytes(key, Buffer.from(streamSignedText(summary)));
    return `event: ${streamSignatureEvent}\ndata: ${JSON.stringify({ ...summary, signature })}\n\n`;
  }
}

function streamSignedText(summary: {
  digest: string;
  events: number;
  created: number;
  keyid: string;
  alg: string;
}): string {
  return `rampart-sse-v1\n${summary.digest}\n${summary.events}\n${summary.created}\n${summary.keyid}\n${summary.alg}`;
}

/** Verify a whole signed SSE body (as received) with its status and content type. */
export function verifyEventStream(
  response: { status: number; contentType: string; body: string },
  keys: Map<string, KeyObject>,
): VerifiedSignature & { events: number } {
  const events = response.body
    .replace(/\r\n/g, '\n')
    .split('\n\n')
    .filter((event) => event !== '');
  const last = events.pop();
  const prefix = `event: ${streamSignatureEvent}\ndata: `;
  if (!last?.startsWith(prefix)) throw invalid('the stream does not end with a signature event (truncated?)');
  let summary: {
    digest: string;
    events: number;
    created: number;
    keyid: string;
    alg: string;
    signature: string;
  };
  try {
    summary = JSON.parse(last.slice(prefix.length));
  } catch {
    throw invalid('the signature event is not JSON');
  }
  const chain = new EventStreamChain(response.status, response.contentType);
  for (const event of events) chain.add(event);
  if (chain.count !== summary.events || chain.value !== summary.digest)
    throw invalid('the stream does not match its signed digest (events altered, missing or added)');
  const signature = Buffer.from(String(summary.signature), 'base64');
  if (
    !verifyBytes(summary.alg, keyFor(keys, summary.keyid), Buffer.from(streamSignedText(summary)), signature)
  )
    throw invalid('the stream signature does not verify');
  return {
    keyId: summary.keyid,
    algorithm: summary.alg,
    created: summary.created,
    covered: ['@status', 'content-type', 'events'],
    events: chain.count,
  };
}

/** A request as signed by a client: method, path (with query) and headers, with its body. */
export interface SignableRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array | string;
}

const headerValue = (value: string | string[] | undefined) =>
  Array.isArray(value) ? value.join(', ') : value;

/**
 * The headers that sign a request (a client of a route that requires signed requests):
 * Content-Digest, Signature-Input and Signature over `@method`, `@path`, content-digest and each of
 * `headers` the request has.
 */
export function signRequest(
  key: ResponseSigningKey,
  request: SignableRequest,
  headers: readonly string[] = ['content-type'],
  now = Date.now(),
): Record<string, string> {
  const digest = contentDigest(request.body);
  const components: Array<[string, string]> = [
    ['@method', request.method.toUpperCase()],
    ['@path', request.path],
  ];
  for (const name of headers) {
    const value = headerValue(request.headers[name]);
    if (value !== undefined) components.push([name, value.trim()]);
  }
  components.push(['content-digest', digest]);
  const parameters = signatureParameters(
    components.map(([name]) => name),
    Math.floor(now / 1000),
    key,
  );
  return {
    'content-digest': digest,
    'signature-input': `${signatureLabel}=${parameters}`,
    signature: `${signatureLabel}=:${signBytes(key, Buffer.from(signatureBase(components, parameters)))}:`,
  };
}

/**
 * Verify a signed request: it covers @method, @path and content-digest, the body matches the
 * digest, the signature was made by a key in `keys` no more than `maxAgeSeconds` ago (or ahead).
 * Throws RAMPART_REQUEST_SIGNATURE_INVALID saying what failed.
 */
export function verifyRequest(
  request: SignableRequest,
  keys: Map<string, KeyObject>,
  maxAgeSeconds = 300,
  now = Date.now(),
): VerifiedSignature {
  const refuse = (message: string) => new RampartError('RAMPART_REQUEST_SIGNATURE_INVALID', message);
  let input: ParsedInput;
  let signature: Buffer;
  try {
    input = parseSignatureInput(headerValue(request.headers['signature-input']));
    signature = signatureValue(headerValue(request.headers.signature));
  } catch (error) {
    throw refuse((error as Error).message.replace('the response', 'the request'));
  }
  for (const name of ['@method', '@path', 'content-digest'])
    if (!input.names.includes(name)) throw refuse(`the request signature does not cover ${name}`);
  if (Math.abs(now / 1000 - input.created) > maxAgeSeconds)
    throw refuse('the request signature is too old (or from the future): sign each request when you send it');
  if (headerValue(request.headers['content-digest']) !== contentDigest(request.body))
    throw refuse('the body does not match its Content-Digest');
  const components: Array<[string, string]> = input.names.map((name) => {
    if (name === '@method') return [name, request.method.toUpperCase()];
    if (name === '@path') return [name, request.path];
    const value = headerValue(request.headers[name]);
    if (value === undefined) throw refuse(`the signed header "${name}" is missing`);
    return [name, value.trim()];
  });
  const key = keys.get(input.keyId);
  if (!key) throw refuse(`the request is signed by an unknown key "${input.keyId}"`);
  if (!verifyBytes(input.algorithm, key, Buffer.from(signatureBase(components, input.parameters)), signature))
    throw refuse('the request signature does not verify');
  return { keyId: input.keyId, algorithm: input.algorithm, created: input.created, covered: input.names };
}
