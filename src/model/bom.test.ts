import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { RampartError } from '../core/index.ts';
import { buildModelBom } from './bom.ts';
import { readGgufMetadata, readSafetensorsMetadata } from './bom-metadata.ts';
import { serializeModel } from './signing/serialize.ts';
import { rootDigest } from './signing/statement.ts';

const scratch = mkdtempSync(join(tmpdir(), 'rampart-bom-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function safetensors(tensors: Record<string, { dtype: string; shape: number[] }>): Buffer {
  let offset = 0;
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  for (const [name, tensor] of Object.entries(tensors)) {
    const bytes = tensor.shape.reduce((product, size) => product * size, 1) * 4;
    header[name] = { ...tensor, data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(json.length));
  return Buffer.concat([length, json, Buffer.alloc(offset)]);
}

function ggufString(text: string): Buffer {
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(Buffer.byteLength(text)));
  return Buffer.concat([length, Buffer.from(text)]);
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}

function u64(value: number): Buffer {
  const buffer = Buffer.alloc(8);
  buffer.writeBigUInt64LE(BigInt(value));
  return buffer;
}

/** A minimal GGUF v3 file: a few metadata keys, a token array, and two tensors. */
function gguf(): Buffer {
  const kv = [
    Buffer.concat([ggufString('general.architecture'), u32(8), ggufString('llama')]),
    Buffer.concat([ggufString('general.name'), u32(8), ggufString('tiny-llama')]),
    Buffer.concat([ggufString('general.license'), u32(8), ggufString('mit')]),
    Buffer.concat([ggufString('llama.context_length'), u32(4), u32(2048)]),
    Buffer.concat([ggufString('llama.block_count'), u32(4), u32(2)]),
    Buffer.concat([
      ggufString('tokenizer.ggml.tokens'),
      u32(9),
      u32(8),
      u64(3),
      ggufString('a'),
      ggufString('b'),
      ggufString('c'),
    ]),
    Buffer.concat([ggufString('tokenizer.ggml.scores'), u32(9), u32(6), u64(3), Buffer.alloc(12)]),
    Buffer.concat([ggufString('tokenizer.chat_template'), u32(8), ggufString('{{ messages }}')]),
  ];
  const tensors = [
    Buffer.concat([ggufString('token_embd.weight'), u32(2), u64(16), u64(8), u32(0), u64(0)]),
    Buffer.concat([ggufString('output.weight'), u32(1), u64(16), u32(0), u64(512)]),
  ];
  return Buffer.concat([
    Buffer.from('GGUF'),
    u32(3),
    u64(tensors.length),
    u64(kv.length),
    ...kv,
    ...tensors,
    Buffer.alloc(640),
  ]);
}

function makeModel(): string {
  const directory = mkdtempSync(join(scratch, 'model-'));
  writeFileSync(
    join(directory, 'config.json'),
    JSON.stringify({
      model_type: 'llama',
      architectures: ['LlamaForCausalLM'],
      hidden_size: 8,
      num_hidden_layers: 2,
      vocab_size: 16,
      transformers_version: '4.44.0',
      torch_dtype: 'float32',
    }),
  );
  writeFileSync(
    join(directory, 'model.safetensors'),
    safetensors({
      'embed.weight': { dtype: 'F32', shape: [16, 8] },
      'norm.weight': { dtype: 'F32', shape: [8] },
    }),
  );
  writeFileSync(join(directory, 'README.md'), '---\nlicense: apache-2.0\ntags: [test]\n---\n# Tiny\n');
  mkdirSync(join(directory, '.git'));
  writeFileSync(join(directory, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  return directory;
}

async function schemaErrors(document: unknown): Promise<unknown> {
  return new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(JSON.stringify(document));
}

describe('CycloneDX ML-BOM for a model directory', () => {
  it('lists every file with its SHA-256, format and framework, and validates against the 1.6 schema', async () => {
    const directory = makeModel();
    const bom = await buildModelBom(directory);
    expect(await schemaErrors(bom)).toBeNull();
    expect(bom.specVersion).toBe('1.6');
    expect(bom.components.map((component) => component.name)).toEqual([
      'README.md',
      'config.json',
      'model.safetensors',
    ]);
    const manifest = await serializeModel(directory);
    for (const [index, component] of bom.components.entries()) {
      expect(component.hashes).toEqual([{ alg: 'SHA-256', content: manifest.entries[index]!.digest }]);
    }
    const weights = bom.components[2]!;
    const property = (name: string) => weights.properties?.find((entry) => entry.name === name)?.value;
    expect(property('rampart:format')).toBe('safetensors');
    expect(property('rampart:framework')).toBe('transformers (pytorch)');
    expect(property('rampart:parameterCount')).toBe('136');
    expect(['clean', 'unsafe', 'malicious', 'error']).toContain(property('rampart:scan.verdict'));
  });

  it('describes the model: architecture from config.json, parameter count, licence from the model card', async () => {
    const directory = makeModel();
    const bom = await buildModelBom(directory, { scan: false });
    const model = bom.metadata.component;
    expect(model.type).toBe('machine-learning-model');
    expect(model.licenses).toEqual([{ license: { id: 'Apache-2.0' } }]);
    expect(model.modelCard).toMatchObject({
      modelParameters: { architectureFamily: 'llama', modelArchitecture: 'LlamaForCausalLM' },
    });
    const cardProperties = Object.fromEntries(
      ((model.modelCard?.properties ?? []) as Array<{ name: string; value: string }>).map((entry) => [
        entry.name,
        entry.value,
      ]),
    );
    expect(cardProperties).toMatchObject({ 'rampart:parameterCount': '136', 'rampart:layerCount': '2' });
    const manifest = await serializeModel(directory);
    expect(model.properties).toContainEqual({
      name: 'rampart:openssf-model-signing.rootDigest',
      value: rootDigest(manifest.entries),
    });
    expect(model.properties?.some((entry) => entry.name === 'rampart:scan.verdict')).toBe(false);
    expect(await schemaErrors(bom)).toBeNull();
  });

  it('reads GGUF metadata: architecture, name, licence, context length, parameter count', async () => {
    const directory = mkdtempSync(join(scratch, 'gguf-'));
    writeFileSync(join(directory, 'tiny.gguf'), gguf());
    const bom = await buildModelBom(directory, { scan: false });
    expect(bom.metadata.component.name).toBe('tiny-llama');
    expect(bom.metadata.component.licenses).toEqual([{ license: { id: 'MIT' } }]);
    expect(bom.metadata.component.modelCard).toMatchObject({
      modelParameters: { architectureFamily: 'llama' },
    });
    const properties = bom.components[0]!.properties!;
    expect(properties).toContainEqual({ name: 'rampart:format', value: 'gguf' });
    expect(properties).toContainEqual({ name: 'rampart:parameterCount', value: String(16 * 8 + 16) });
    expect(properties).toContainEqual({ name: 'rampart:gguf.contextLength', value: '2048' });
    expect(properties).toContainEqual({ name: 'rampart:gguf.hasChatTemplate', value: 'true' });
    expect(await schemaErrors(bom)).toBeNull();
  });

  it('takes the scan verdict from the scanner', async () => {
    const directory = makeModel();
    const bom = await buildModelBom(directory, {
      scanner: async () => ({
        files: [
          { path: join(directory, 'config.json'), format: 'unknown', verdict: 'unsafe', findings: [{}] },
        ],
        summary: { verdict: 'unsafe' },
      }),
    });
    expect(bom.metadata.component.properties).toContainEqual({
      name: 'rampart:scan.verdict',
      value: 'unsafe',
    });
    const config = bom.components.find((component) => component.name === 'config.json')!;
    expect(config.properties).toContainEqual({ name: 'rampart:scan.verdict', value: 'unsafe' });
    expect(config.properties).toContainEqual({ name: 'rampart:scan.findings', value: '1' });
  });

  it('a missing path is a coded error', async () => {
    await expect(buildModelBom(join(scratch, 'nope'))).rejects.toSatisfy(
      (error: unknown) => RampartError.is(error) && error.code === 'RAMPART_MODEL_BOM_PATH_INVALID',
    );
  });
});

describe('header readers on hostile bytes', () => {
  it('never throw on random or truncated safetensors/GGUF files', async () => {
    const valid = [gguf(), safetensors({ a: { dtype: 'F32', shape: [2, 2] } })];
    const path = join(scratch, 'fuzz.bin');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes)),
          fc.tuple(fc.constantFrom(...valid), fc.nat(), fc.nat(255)).map(([bytes, at, value]) => {
            const copy = Buffer.from(bytes);
            copy[at % copy.length] = value;
            return copy;
          }),
          fc
            .tuple(fc.constantFrom(...valid), fc.nat())
            .map(([bytes, cut]) => bytes.subarray(0, cut % bytes.length)),
        ),
        async (bytes) => {
          writeFileSync(path, bytes);
          const gguf = await readGgufMetadata(path);
          const safe = await readSafetensorsMetadata(path);
          expect(gguf === null || gguf.format === 'gguf').toBe(true);
          expect(safe === null || safe.format === 'safetensors').toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
