import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dsseSign, IN_TOTO_PAYLOAD_TYPE, RampartError } from '../../core/index.ts';
import { parseBundle } from './bundle.ts';
import { PythonFloat, type PythonJsonValue, pythonJsonDumps } from './python-json.ts';
import { compareEntries, type ManifestEntry } from './serialize.ts';
import { buildStatement, parseStatement } from './statement.ts';
import { pythonBytesRepr } from './verify.ts';

const validStatement = buildStatement({
  modelName: 'model',
  entries: [
    { name: 'a.bin', path: 'a.bin', algorithm: 'sha256', digest: 'ab'.repeat(32) },
    { name: 'b/c.json', path: 'b/c.json', algorithm: 'sha256', digest: 'cd'.repeat(32) },
  ],
  serialization: { method: 'files', hashType: 'sha256', allowSymlinks: false, ignorePaths: ['.git'] },
});
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const validBundle = JSON.stringify({
  mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
  verificationMaterial: { publicKey: { hint: 'ff'.repeat(32) }, tlogEntries: [] },
  dsseEnvelope: { ...dsseSign(validStatement, IN_TOTO_PAYLOAD_TYPE, privateKey, '') },
});

/** Either parses, or throws a RampartError with the bundle-invalid code: never anything else. */
function expectParsedOrCoded(parse: () => unknown, codes: string[]): void {
  try {
    parse();
  } catch (error) {
    expect(RampartError.is(error)).toBe(true);
    expect(codes).toContain((error as RampartError).code);
  }
}

/** Replace, delete or insert one character at a position. */
const mutation = (text: string) =>
  fc
    .tuple(fc.nat(text.length), fc.constantFrom('replace', 'delete', 'insert'), fc.string({ maxLength: 3 }))
    .map(([at, kind, insert]) =>
      kind === 'delete'
        ? text.slice(0, at) + text.slice(at + 1)
        : kind === 'insert'
          ? text.slice(0, at) + insert + text.slice(at)
          : text.slice(0, at) + insert + text.slice(at + 1),
    );

const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.constantFrom('mediaType', 'dsseEnvelope', 'payload', 'signatures', 'sig', 'x'),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

describe('bundle parser on hostile input', () => {
  it('parses the valid bundle', () => {
    expect(parseBundle(validBundle).envelope.payload.equals(validStatement)).toBe(true);
  });

  it('random text, random JSON and mutated bundles never crash: parsed or RAMPART_MODEL_VERIFY_BUNDLE_INVALID', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          jsonish.map((value) => JSON.stringify(value)),
          mutation(validBundle),
        ),
        (text) => expectParsedOrCoded(() => parseBundle(text), ['RAMPART_MODEL_VERIFY_BUNDLE_INVALID']),
      ),
      { numRuns: 1500 },
    );
  });

  it('deeply nested JSON is refused before recursion', () => {
    expect(() => parseBundle('['.repeat(100_000))).toThrow(
      expect.objectContaining({ code: 'RAMPART_MODEL_VERIFY_BUNDLE_INVALID' }),
    );
  });
});

describe('statement parser on hostile input', () => {
  it('random bytes and mutated statements: parsed or a coded error', () => {
    const text = validStatement.toString('utf8');
    fc.assert(
      fc.property(
        fc.oneof(
          mutation(text).map((value) => Buffer.from(value)),
          fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)),
          jsonish.map((value) => Buffer.from(JSON.stringify(value))),
        ),
        (payload) =>
          expectParsedOrCoded(
            () => parseStatement(payload),
            ['RAMPART_MODEL_VERIFY_BUNDLE_INVALID', 'RAMPART_MODEL_VERIFY_UNSUPPORTED'],
          ),
      ),
      { numRuns: 1500 },
    );
  });

  it('refuses resource paths that leave the model and digests that do not add up to the root', () => {
    const escaping = text(validStatement).replace('"b/c.json"', '"../../etc/passwd"');
    expect(() => parseStatement(Buffer.from(escaping))).toThrow(
      expect.objectContaining({ code: 'RAMPART_MODEL_VERIFY_BUNDLE_INVALID' }),
    );
    const swapped = text(validStatement).replace('ab'.repeat(32), 'ef'.repeat(32));
    expect(() => parseStatement(Buffer.from(swapped))).toThrow(/root digest/);
  });
});

function text(buffer: Buffer): string {
  return buffer.toString('utf8');
}

describe('Python-compatible JSON', () => {
  it('reads back to the same value as JSON.parse', () => {
    const value: fc.Arbitrary<PythonJsonValue> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node') as fc.Arbitrary<PythonJsonValue>, { maxLength: 4 }),
        fc.dictionary(fc.string(), tie('node') as fc.Arbitrary<PythonJsonValue>, { maxKeys: 4 }),
      ),
    })).node as fc.Arbitrary<PythonJsonValue>;
    fc.assert(
      fc.property(value, (input) => {
        const output = pythonJsonDumps(input);
        expect(/^[\x20-\x7e\n]*$/.test(output)).toBe(true); // ensure_ascii
        expect(JSON.parse(output)).toEqual(JSON.parse(JSON.stringify(input)));
      }),
      { numRuns: 200 },
    );
  });

  it('writes floats, escapes and empty containers as Python does', () => {
    expect(pythonJsonDumps({ a: new PythonFloat(8), b: new PythonFloat(1e9), c: [], d: {} })).toBe(
      '{\n  "a": 8.0,\n  "b": 1000000000.0,\n  "c": [],\n  "d": {}\n}',
    );
    expect(pythonJsonDumps(new PythonFloat(2e16))).toBe('2e+16');
    expect(pythonJsonDumps('é\u007f😀\t"')).toBe('"\\u00e9\\u007f\\ud83d\\ude00\\t\\""');
  });

  it('bytes repr matches Python for quotes, escapes and high bytes', () => {
    expect(pythonBytesRepr(Buffer.from("it's\n\x00\xff", 'latin1'))).toBe('b"it\'s\\n\\x00\\xff"');
    expect(pythonBytesRepr(Buffer.from('a\'b"\\', 'latin1'))).toBe("b'a\\'b\"\\\\'");
  });
});

describe('resource order', () => {
  it('sorts by path components and code points, as Python PurePosixPath does', () => {
    const entry = (path: string): ManifestEntry => ({ name: path, path, algorithm: 'sha256', digest: '' });
    const paths = ['a-c', 'a/b', 'B', 'a', '\u{1F600}', '\uFFFD', 'a/b/c'];
    expect(
      paths
        .map(entry)
        .sort(compareEntries)
        .map((item) => item.path),
    ).toEqual(['B', 'a', 'a/b', 'a/b/c', 'a-c', '\uFFFD', '\u{1F600}']);
  });
});
