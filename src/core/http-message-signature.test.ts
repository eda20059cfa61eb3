import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  contentDigest,
  EventStreamChain,
  keysFromJwks,
  loadResponseSigningKey,
  publicJwk,
  signResponse,
  verifyEventStream,
  verifyResponse,
} from './http-message-signature.ts';

function key(type: 'ed25519' | 'ec') {
  const { privateKey } =
    type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return loadResponseSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), `${type}-1`);
}

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe('HTTP message signatures', () => {
  it('computes the RFC 9530 sha-256 Content-Digest (the RFC example)', () => {
    expect(contentDigest('{"hello": "world"}')).toBe(
      'sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:',
    );
  });

  for (const type of ['ed25519', 'ec'] as const) {
    it(`signs and verifies a response (${type}); any change to status, body or a covered header fails`, () => {
      const signing = key(type);
      const keys = keysFromJwks({ keys: [publicJwk(signing)] });
      const body = '{"outputs":[1]}';
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-request-id': 'r-1' };
      Object.assign(
        headers,
        signResponse(signing, { status: 200, headers, body }, ['content-type', 'x-request-id']),
      );
      expect(headers['signature-input']).toMatch(
        /^rampart=\("@status" "content-type" "x-request-id" "content-digest"\);created=\d+;keyid="/,
      );
      expect(verifyResponse({ status: 200, headers, body }, keys)).toMatchObject({ keyId: signing.keyId });
      expect(codeOf(() => verifyResponse({ status: 201, headers, body }, keys))).toBe(
        'RAMPART_RESPONSE_SIGNATURE_INVALID',
      );
      expect(codeOf(() => verifyResponse({ status: 200, headers, body: '{"outputs":[2]}' }, keys))).toBe(
        'RAMPART_RESPONSE_SIGNATURE_INVALID',
      );
      expect(
        codeOf(() =>
          verifyResponse({ status: 200, headers: { ...headers, 'x-request-id': 'r-2' }, body }, keys),
        ),
      ).toBe('RAMPART_RESPONSE_SIGNATURE_INVALID');
      expect(codeOf(() => verifyResponse({ status: 200, headers, body }, new Map()))).toBe(
        'RAMPART_RESPONSE_SIGNATURE_INVALID',
      );
    });
  }

  it('chains stream events: the whole stream verifies; cut, altered or reordered streams do not', () => {
    const signing = key('ed25519');
    const keys = keysFromJwks({ keys: [publicJwk(signing)] });
    const events = ['data: {"a":1}', 'data: {"a":2}', 'data: [DONE]'];
    const chain = new EventStreamChain(200, 'text/event-stream');
    for (const event of events) chain.add(event);
    const body = `${events.join('\n\n')}\n\n${chain.finalEvent(signing)}`;
    const check = (text: string) =>
      verifyEventStream({ status: 200, contentType: 'text/event-stream', body: text }, keys);
    expect(check(body)).toMatchObject({ events: 3 });
    expect(codeOf(() => check(body.replace('"a":2', '"a":3')))).toBe('RAMPART_RESPONSE_SIGNATURE_INVALID');
    expect(codeOf(() => check(body.replace('data: {"a":2}\n\n', '')))).toBe(
      'RAMPART_RESPONSE_SIGNATURE_INVALID',
    );
    expect(codeOf(() => check(`${events.slice(0, 2).join('\n\n')}\n\n`))).toBe(
      'RAMPART_RESPONSE_SIGNATURE_INVALID',
    );
    const swapped = `${[events[1], events[0], events[2]].join('\n\n')}\n\n${chain.finalEvent(signing)}`;
    expect(codeOf(() => check(swapped))).toBe('RAMPART_RESPONSE_SIGNATURE_INVALID');
  });

  it('refuses an RSA key with a config error', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    expect(
      codeOf(() =>
        loadResponseSigningKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 'k'),
      ),
    ).toBe('RAMPART_CONFIG_INVALID');
  });
});
