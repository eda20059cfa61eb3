import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gguf,
  joblibArrays,
  kerasZip,
  lambdaLayer,
  maliciousPickle,
  npy,
  onnxModel,
  safetensors,
  savedModel,
  tar,
  torchStateDict,
  torchZip,
} from '../../test/support/model-fixtures.ts';
import { BufferSource } from './formats/byte-source.ts';
import { analysePickle } from './formats/pickle/machine.ts';
import { verdictOf } from './scan.ts';
import { scanContent } from './scan-content.ts';
import { analysisBudget } from './scan-limits.ts';

/**
 * Property tests for every parser: random bytes and mutations of valid files never throw (every
 * problem is a finding), and each input is analysed in bounded time.
 */
const seeds: Record<string, Uint8Array> = {
  pickle: torchStateDict(),
  maliciousPickle: maliciousPickle(),
  torchZip: torchZip(),
  npy: npy('<f4', [2], new Uint8Array(8)),
  objectNpy: npy('|O', [1], maliciousPickle()),
  safetensors: safetensors({ a: { dtype: 'F32', shape: [2], data_offsets: [0, 8] } }, new Uint8Array(8)),
  gguf: gguf({ 'general.architecture': 'llama', 'tokenizer.chat_template': '{{ messages }}' }),
  onnx: onnxModel({ location: 'w.bin' }),
  savedModel: savedModel(['MatMul', 'ReadFile']),
  tar: tar([{ name: 'pickle', data: torchStateDict() }]),
  keras: kerasZip([lambdaLayer]),
  joblib: joblibArrays([{ descr: '<f8', shape: [2], data: new Uint8Array(16) }]),
};

const mutation = fc.record({
  seed: fc.constantFrom(...Object.keys(seeds)),
  edits: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { maxLength: 8 }),
  cut: fc.option(fc.nat(), { nil: undefined }),
});

function mutate(input: {
  seed: string;
  edits: Array<{ at: number; value: number }>;
  cut: number | undefined;
}): Uint8Array {
  const bytes = new Uint8Array(seeds[input.seed]!);
  for (const edit of input.edits) bytes[edit.at % bytes.length] = edit.value;
  return input.cut === undefined ? bytes : bytes.subarray(0, input.cut % (bytes.length + 1));
}

async function scanWithinBudget(bytes: Uint8Array): Promise<void> {
  const started = performance.now();
  const result = await scanContent(new BufferSource(bytes), undefined, 0, {
    budget: analysisBudget({ maxPickleBytes: 1 << 20 }),
    allowUnanalysable: false,
  });
  expect(performance.now() - started).toBeLessThan(500);
  expect(['clean', 'unsafe', 'malicious']).toContain(verdictOf(result.findings));
  for (const finding of result.findings) expect(typeof finding.message).toBe('string');
}

describe('parsers under random and mutated input', () => {
  it('the pickle machine never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const analysis = analysePickle(bytes);
        expect(analysis.complete || analysis.error !== undefined || bytes.length === 0).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('the pickle machine never throws on mutated pickles', () => {
    fc.assert(
      fc.property(mutation, (input) => {
        analysePickle(mutate({ ...input, seed: input.seed === 'maliciousPickle' ? input.seed : 'pickle' }));
      }),
      { numRuns: 500 },
    );
  });

  it('every format scanner turns mutated files into findings, never exceptions', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, (input) => scanWithinBudget(mutate(input))),
      { numRuns: 400 },
    );
  });

  it('random bytes behind each magic number are handled', async () => {
    const magics = [
      [0x50, 0x4b, 3, 4],
      [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0],
      [0x47, 0x47, 0x55, 0x46, 3, 0, 0, 0],
      [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a],
      [0x08, 0x07, 0x3a],
      [0x80, 0x04, 0x95],
      [16, 0, 0, 0, 0, 0, 0, 0, 0x7b],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...magics), fc.uint8Array({ maxLength: 600 }), (magic, rest) =>
        scanWithinBudget(new Uint8Array([...magic, ...rest])),
      ),
      { numRuns: 400 },
    );
  });

  it('a malicious pickle stays malicious whatever follows it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (tail) => {
        const bytes = new Uint8Array([...maliciousPickle(), ...tail]);
        expect(analysePickle(bytes).globals.map((global) => global.module)).toContain('os');
      }),
      { numRuns: 200 },
    );
  });
});
