import { type FileHandle, open, readFile } from 'node:fs/promises';
import { RampartError, safeJsonParse } from '../core/index.ts';
import { scalarSize } from './formats/gguf.ts';

/** What the BOM learns from a weights file's own header. */
export interface WeightsMetadata {
  format: 'safetensors' | 'gguf';
  parameterCount?: number;
  tensorCount?: number;
  dtypes?: string[];
  architecture?: string;
  name?: string;
  license?: string;
  contextLength?: number;
  layerCount?: number;
  embeddingLength?: number;
  hasChatTemplate?: boolean;
  /** Free-form string metadata (safetensors `__metadata__`), at most 32 short entries. */
  extra?: Record<string, string>;
}

const maxSafetensorsHeader = 100 << 20;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** Read a safetensors header (length-prefixed JSON) without touching the tensor data. */
export async function readSafetensorsMetadata(path: string): Promise<WeightsMetadata | null> {
  const handle = await open(path, 'r');
  try {
    const prefix = await readAt(handle, 0, 8);
    if (prefix.length < 8) return null;
    const headerLength = prefix.readBigUInt64LE(0);
    const size = (await handle.stat()).size;
    // Bounded by the file itself: a length field never makes us allocate more than the file holds.
    if (headerLength < 2n || headerLength > BigInt(Math.min(maxSafetensorsHeader, size - 8))) return null;
    const header = await readAt(handle, 8, Number(headerLength));
    if (header.length !== Number(headerLength) || header[0] !== 0x7b) return null;
    const parsed = safeJsonParse(header.toString('utf8'), { maxDepth: 8 });
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
    let parameterCount = 0;
    let tensorCount = 0;
    const dtypes = new Set<string>();
    const extra: Record<string, string> = {};
    for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (name === '__metadata__') {
        if (typeof value === 'object' && value !== null) {
          for (const [key, text] of Object.entries(value).slice(0, 32)) {
            if (typeof text === 'string' && text.length <= 200) extra[key] = text;
          }
        }
        continue;
      }
      const tensor = value as { dtype?: unknown; shape?: unknown };
      if (typeof tensor?.dtype !== 'string' || !Array.isArray(tensor.shape)) continue;
      tensorCount++;
      dtypes.add(tensor.dtype);
      parameterCount += tensor.shape.reduce((product: number, size: unknown) => product * Number(size), 1);
    }
    return {
      format: 'safetensors',
      parameterCount,
      tensorCount,
      dtypes: [...dtypes].sort(),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    };
  } catch (error) {
    if (RampartError.is(error)) return null;
    throw error;
  } finally {
    await handle.close();
  }
}

/** A bounds-checked sequential reader over a file, through a 1 MiB window. */
class SequentialFileReader {
  private window: Buffer = Buffer.alloc(0);
  private windowStart = 0;
  position = 0;

  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  private async ensure(length: number): Promise<void> {
    if (this.position + length > this.size) throw new RangeError('read past the end of the file');
    const offset = this.position - this.windowStart;
    if (offset >= 0 && offset + length <= this.window.length) return;
    this.windowStart = this.position;
    this.window = await readAt(this.handle, this.position, Math.max(length, 1 << 20));
  }

  async bytes(length: number): Promise<Buffer> {
    await this.ensure(length);
    const offset = this.position - this.windowStart;
    this.position += length;
    return this.window.subarray(offset, offset + length);
  }

  async u32(): Promise<number> {
    return (await this.bytes(4)).readUInt32LE(0);
  }

  async u64(): Promise<number> {
    const value = (await this.bytes(8)).readBigUInt64LE(0);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('64-bit length too large');
    return Number(value);
  }

  skip(length: number): void {
    if (this.position + length > this.size) throw new RangeError('skip past the end of the file');
    this.position += length;
  }
}

async function readGgufScalar(
  reader: SequentialFileReader,
  type: number,
): Promise<number | string | boolean> {
  const bytes = await reader.bytes(scalarSize[type]!);
  switch (type) {
    case 0:
      return bytes.readUInt8(0);
    case 1:
      return bytes.readInt8(0);
    case 2:
      return bytes.readUInt16LE(0);
    case 3:
      return bytes.readInt16LE(0);
    case 4:
      return bytes.readUInt32LE(0);
    case 5:
      return bytes.readInt32LE(0);
    case 6:
      return bytes.readFloatLE(0);
    case 7:
      return bytes[0] !== 0;
    case 10:
      return Number(bytes.readBigUInt64LE(0));
    case 11:
      return Number(bytes.readBigInt64LE(0));
    default:
      return bytes.readDoubleLE(0);
  }
}

/** Read a GGUF (v2/v3) file's metadata and tensor table; bounded work, no tensor data read. */
export async function readGgufMetadata(path: string): Promise<WeightsMetadata | null> {
  const handle = await open(path, 'r');
  try {
    const size = (await handle.stat()).size;
    const reader = new SequentialFileReader(handle, size);
    if ((await reader.bytes(4)).toString('latin1') !== 'GGUF') return null;
    const version = await reader.u32();
    if (version < 2 || version > 3) return { format: 'gguf' };
    const tensorCount = await reader.u64();
    const kvCount = await reader.u64();
    if (kvCount > 1_000_000 || tensorCount > 10_000_000) return { format: 'gguf' };
    const values = new Map<string, number | string | boolean>();
    const readString = async (keep: boolean): Promise<string | null> => {
      const length = await reader.u64();
      if (!keep || length > 1 << 20) {
        reader.skip(length);
        return null;
      }
      return (await reader.bytes(length)).toString('utf8');
    };
    for (let index = 0; index < kvCount; index++) {
      const key = (await readString(true)) ?? '';
      const type = await reader.u32();
      if (type === 8) {
        const keep = key.startsWith('general.') || key === 'tokenizer.chat_template';
        const text = await readString(keep);
        if (text !== null) values.set(key, text);
        else if (key === 'tokenizer.chat_template') values.set(key, '(long)');
      } else if (type === 9) {
        const elementType = await reader.u32();
        const count = await reader.u64();
        if (elementType === 8) for (let element = 0; element < count; element++) await readString(false);
        else if (scalarSize[elementType] !== undefined) reader.skip(count * scalarSize[elementType]!);
        else return { format: 'gguf' };
      } else if (scalarSize[type] !== undefined) {
        values.set(key, await readGgufScalar(reader, type));
      } else return { format: 'gguf' };
    }
    let parameterCount = 0;
    for (let index = 0; index < tensorCount; index++) {
      await readString(false);
      const dimensions = await reader.u32();
      if (dimensions > 8) return { format: 'gguf' };
      let product = 1;
      for (let dimension = 0; dimension < dimensions; dimension++) product *= await reader.u64();
      parameterCount += product;
      reader.skip(12); // tensor type (u32) and data offset (u64)
    }
    const architecture = values.get('general.architecture');
    const numberOf = (key: string) => {
      const value = typeof architecture === 'string' ? values.get(`${architecture}.${key}`) : undefined;
      return typeof value === 'number' ? value : undefined;
    };
    const text = (key: string) => {
      const value = values.get(key);
      return typeof value === 'string' ? value : undefined;
    };
    const metadata: WeightsMetadata = { format: 'gguf', parameterCount, tensorCount };
    if (typeof architecture === 'string') metadata.architecture = architecture;
    const name = text('general.name');
    if (name) metadata.name = name;
    const license = text('general.license');
    if (license) metadata.license = license;
    const contextLength = numberOf('context_length');
    if (contextLength !== undefined) metadata.contextLength = contextLength;
    const layerCount = numberOf('block_count');
    if (layerCount !== undefined) metadata.layerCount = layerCount;
    const embeddingLength = numberOf('embedding_length');
    if (embeddingLength !== undefined) metadata.embeddingLength = embeddingLength;
    metadata.hasChatTemplate = values.has('tokenizer.chat_template');
    return metadata;
  } catch (error) {
    if (error instanceof RangeError) return { format: 'gguf' };
    throw error;
  } finally {
    await handle.close();
  }
}

/** What config.json (Hugging Face transformers style) says about the model. */
export interface ConfigMetadata {
  modelType?: string;
  architectures?: string[];
  torchDtype?: string;
  hiddenSize?: number;
  layerCount?: number;
  vocabSize?: number;
  contextLength?: number;
  transformersVersion?: string;
  license?: string;
}

export async function readConfigMetadata(path: string): Promise<ConfigMetadata | null> {
  let parsed: unknown;
  try {
    const text = await readFile(path, 'utf8');
    if (text.length > 16 << 20) return null;
    parsed = safeJsonParse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const config = parsed as Record<string, unknown>;
  const out: ConfigMetadata = {};
  const text = (value: unknown) => (typeof value === 'string' && value.length <= 200 ? value : undefined);
  const number = (value: unknown) =>
    typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  const assign = <K extends keyof ConfigMetadata>(key: K, value: ConfigMetadata[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  assign('modelType', text(config.model_type));
  if (Array.isArray(config.architectures)) {
    const architectures = config.architectures.filter((item): item is string => typeof item === 'string');
    if (architectures.length > 0) out.architectures = architectures.slice(0, 8);
  }
  assign('torchDtype', text(config.torch_dtype));
  assign('hiddenSize', number(config.hidden_size ?? config.d_model ?? config.n_embd));
  assign('layerCount', number(config.num_hidden_layers ?? config.n_layer ?? config.num_layers));
  assign('vocabSize', number(config.vocab_size));
  assign('contextLength', number(config.max_position_embeddings ?? config.n_positions));
  assign('transformersVersion', text(config.transformers_version));
  assign('license', text(config.license));
  return out;
}

/** Common licence names as SPDX ids (lowercase Hugging Face names to SPDX spelling). */
const spdxIds: Record<string, string> = {
  'apache-2.0': 'Apache-2.0',
  mit: 'MIT',
  'bsd-2-clause': 'BSD-2-Clause',
  'bsd-3-clause': 'BSD-3-Clause',
  'cc-by-4.0': 'CC-BY-4.0',
  'cc-by-sa-4.0': 'CC-BY-SA-4.0',
  'cc-by-nc-4.0': 'CC-BY-NC-4.0',
  'cc-by-nc-sa-4.0': 'CC-BY-NC-SA-4.0',
  'cc0-1.0': 'CC0-1.0',
  'gpl-2.0': 'GPL-2.0-only',
  'gpl-3.0': 'GPL-3.0-only',
  'lgpl-3.0': 'LGPL-3.0-only',
  'agpl-3.0': 'AGPL-3.0-only',
  'mpl-2.0': 'MPL-2.0',
  unlicense: 'Unlicense',
  'openrail++': 'CreativeML-OpenRAIL-M',
};

/** A licence as CycloneDX wants it: an SPDX id when we know one, else its name. */
export function licenseEntry(name: string): { license: { id: string } | { name: string } } {
  const id = spdxIds[name.trim().toLowerCase()];
  return id ? { license: { id } } : { license: { name: name.trim().slice(0, 200) } };
}

/** The `license:` field of a model card's YAML front matter (Hugging Face README.md). */
export function licenseFromModelCard(text: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) return undefined;
  const line = /^license:\s*["']?([^"'\r\n#]+?)["']?\s*$/m.exec(match[1]!);
  return line?.[1]?.trim() || undefined;
}

/** Recognise a few licence texts by their opening words. */
export function licenseFromText(text: string): string | undefined {
  const head = text.slice(0, 4000);
  if (/Apache License[\s\S]{0,40}Version 2\.0/i.test(head)) return 'apache-2.0';
  if (/^\s*MIT License/i.test(head) || /Permission is hereby granted, free of charge/i.test(head))
    return 'mit';
  if (/GNU GENERAL PUBLIC LICENSE[\s\S]{0,40}Version 3/i.test(head)) return 'gpl-3.0';
  if (/BSD 3-Clause/i.test(head)) return 'bsd-3-clause';
  if (/LLAMA \d(\.\d)? COMMUNITY LICENSE/i.test(head))
    return head.match(/LLAMA \d(\.\d)? COMMUNITY LICENSE/i)![0];
  if (/Creative Commons Attribution 4\.0/i.test(head)) return 'cc-by-4.0';
  return undefined;
}
