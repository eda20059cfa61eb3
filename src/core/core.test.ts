import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dsseSign, dsseVerify, preAuthEncoding } from './dsse.ts';
import { RampartError, toRampartError } from './errors.ts';
import { frameworkEntry, frameworkIds } from './frameworks.ts';
import { safeJsonParse } from './safe-json.ts';
import { uuidv7, uuidv7Time } from './uuidv7.ts';

describe('RampartError', () => {
  it('carries code, status and hint from the table, and is recognised across copies by brand', () => {
    const error = new RampartError('RAMPART_AUTH_INVALID_KEY', 'bad key');
    expect(error.status).toBe(401);
    expect(error.hint).toContain('rampart keys create');
    expect(RampartError.is({ code: 'RAMPART_AUTH_INVALID_KEY', message: 'x' })).toBe(false);
    expect(RampartError.is(error)).toBe(true);
    expect(toRampartError(new Error('boom')).code).toBe('RAMPART_INTERNAL');
  });
});

describe('uuidv7', () => {
  it('sorts in creation order and encodes the time', () => {
    const ids = Array.from({ length: 2000 }, () => uuidv7());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(Math.abs(uuidv7Time(ids[0]!) - Date.now())).toBeLessThan(5_000);
  });
});

describe('safeJsonParse', () => {
  it('drops __proto__ keys and refuses deep nesting', () => {
    const value = safeJsonParse('{"__proto__":{"polluted":1},"a":1}') as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(value.a).toBe(1);
    expect(Object.hasOwn(value, '__proto__')).toBe(false);
    // The key spelled with escapes is the same key once parsed.
    const escaped = safeJsonParse('{"a":{"\\u005f_proto__":{"polluted":1},"b":2}}') as {
      a: Record<string, unknown>;
    };
    expect(Object.hasOwn(escaped.a, '__proto__')).toBe(false);
    expect(escaped.a.b).toBe(2);
    expect(() => safeJsonParse('['.repeat(100) + ']'.repeat(100))).toThrow(
      expect.objectContaining({ code: 'RAMPART_JSON_TOO_DEEP' }),
    );
    expect(() => safeJsonParse('{')).toThrow(expect.objectContaining({ code: 'RAMPART_JSON_INVALID' }));
  });

  it('agrees with JSON.parse, minus __proto__ keys, on valid shallow documents (property)', () => {
    // fast-check's JSON sometimes holds a "__proto__" key, which safeJsonParse drops on purpose.
    const withoutProto = (key: string, value: unknown) => (key === '__proto__' ? undefined : value);
    fc.assert(
      fc.property(fc.json({ depthSize: 'small' }), (text) => {
        expect(safeJsonParse(text, { maxDepth: 1000 })).toEqual(JSON.parse(text, withoutProto));
      }),
    );
    expect(safeJsonParse('[{"__proto__":[]}]')).toEqual([{}]);
  });
});

describe('DSSE', () => {
  it('uses the DSSE v1 pre-authentication encoding', () => {
    expect(preAuthEncoding('t', Buffer.from('hello')).toString()).toBe('DSSEv1 1 t 5 hello');
  });

  it.each(['prime256v1', 'secp384r1', 'secp521r1'])(
    'signs and verifies with ECDSA %s and rejects tampering',
    (namedCurve) => {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve });
      const envelope = dsseSign(Buffer.from('{"a":1}'), 'application/vnd.in-toto+json', privateKey);
      expect(dsseVerify(envelope, publicKey).toString()).toBe('{"a":1}');
      const tampered = { ...envelope, payload: Buffer.from('{"a":2}').toString('base64') };
      expect(() => dsseVerify(tampered, publicKey)).toThrow(
        expect.objectContaining({ code: 'RAMPART_SIGNATURE_INVALID' }),
      );
      const other = generateKeyPairSync('ec', { namedCurve }).publicKey;
      expect(() => dsseVerify(envelope, other)).toThrow(RampartError);
    },
  );
});

describe('frameworks', () => {
  it('knows OWASP LLM, ATLAS and NIST ids and refuses typos', () => {
    expect(frameworkEntry('LLM01:2025')?.name).toBe('Prompt Injection');
    expect(frameworkEntry('AML.T0051')?.framework).toBe('atlas');
    expect(frameworkEntry('MEASURE 2.7')?.framework).toBe('nist-ai-rmf');
    expect(() => frameworkIds('LLM99:2025')).toThrow();
  });
});
