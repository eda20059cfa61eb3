import type { Finding } from '../../core/index.ts';
import { ruleFinding } from '../scan-rules.ts';
import type { FormatResult } from '../scan-types.ts';
import type { ByteSource } from './byte-source.ts';
import { templateFindings } from './jinja-template.ts';
import { FormatError, SequentialReader } from './sequential-reader.ts';

/** GGUF metadata value types. */
const valueType = {
  uint8: 0,
  int8: 1,
  uint16: 2,
  int16: 3,
  uint32: 4,
  int32: 5,
  float32: 6,
  bool: 7,
  string: 8,
  array: 9,
  uint64: 10,
  int64: 11,
  float64: 12,
} as const;

/** Byte size of each GGUF scalar value type. */
export const scalarSize: Record<number, 1 | 2 | 4 | 8> = {
  0: 1,
  1: 1,
  2: 2,
  3: 2,
  4: 4,
  5: 4,
  6: 4,
  7: 1,
  10: 8,
  11: 8,
  12: 8,
};

/** ggml tensor types: [bytes per block, elements per block]. */
const ggmlTypes: Record<number, [number, number]> = {
  0: [4, 1],
  1: [2, 1],
  2: [18, 32],
  3: [20, 32],
  6: [22, 32],
  7: [24, 32],
  8: [34, 32],
  9: [36, 32],
  10: [84, 256],
  11: [110, 256],
  12: [144, 256],
  13: [176, 256],
  14: [210, 256],
  15: [292, 256],
  16: [66, 256],
  17: [74, 256],
  18: [98, 256],
  19: [50, 256],
  20: [18, 32],
  21: [110, 256],
  22: [82, 256],
  23: [136, 256],
  24: [1, 1],
  25: [2, 1],
  26: [4, 1],
  27: [8, 1],
  28: [8, 1],
  29: [56, 256],
  30: [2, 1],
  34: [54, 256],
  35: [66, 256],
  39: [17, 32],
};

/** Metadata strings kept for the report (chat templates, names); others are skipped. */
const maxKeptString = 1 << 20;
const maxKeyLength = 65_535;
const maxDimensions = 8;

export interface GgufSummary {
  version: number;
  tensorCount: number;
  metadata: Record<string, string | number | boolean | bigint>;
}

export function looksLikeGguf(head: Uint8Array): boolean {
  return head[0] === 0x47 && head[1] === 0x47 && head[2] === 0x55 && head[3] === 0x46;
}

/** Read a GGUF header, metadata and tensor table (never the tensor data) and check them. */
export async function scanGguf(source: ByteSource): Promise<FormatResult & { summary?: GgufSummary }> {
  const findings: Finding[] = [];
  const reader = new SequentialReader(source, 4);
  const metadata: GgufSummary['metadata'] = {};
  const templates: Array<{ key: string; text: string; offset: number }> = [];
  let summary: GgufSummary | undefined;
  try {
    const version = await reader.uint(4);
    if (version < 1 || version > 3) throw new FormatError(4, `unsupported GGUF version ${version}`);
    const count = (): Promise<number> => reader.uint(version === 1 ? 4 : 8);
    const readString = async (keep: boolean): Promise<string | undefined> => {
      const length = await count();
      if (length > reader.remaining) {
        throw new FormatError(
          reader.position,
          `string length ${length} exceeds the ${reader.remaining} bytes left`,
        );
      }
      if (!keep || length > maxKeptString) {
        await reader.skip(length);
        return undefined;
      }
      return new TextDecoder().decode(await reader.bytes(length));
    };
    const tensorCount = await count();
    const keyCount = await count();
    // Every key/value takes at least 13 bytes and every tensor entry at least 24.
    if (keyCount * 13 > reader.remaining || tensorCount * 24 > reader.remaining) {
      throw new FormatError(
        8,
        `header claims ${keyCount} metadata keys and ${tensorCount} tensors, more than the file can hold`,
      );
    }
    summary = { version, tensorCount, metadata };
    const seen = new Set<string>();
    let alignment = 32;
    for (let index = 0; index < keyCount; index++) {
      const keyOffset = reader.position;
      const keyLength = await count();
      if (keyLength > maxKeyLength || keyLength > reader.remaining) {
        throw new FormatError(keyOffset, `metadata key length ${keyLength} is out of range`);
      }
      const key = new TextDecoder().decode(await reader.bytes(keyLength));
      if (seen.has(key)) {
        findings.push(
          ruleFinding('gguf.malformed', `metadata key ${JSON.stringify(key)} appears twice`, {
            offset: keyOffset,
          }),
        );
      }
      seen.add(key);
      const type = await reader.uint(4);
      const valueOffset = reader.position;
      if (type === valueType.string) {
        const keep = key.startsWith('tokenizer.chat_template') || key.startsWith('general.');
        const text = await readString(keep);
        if (text !== undefined) {
          metadata[key] = text;
          if (key.startsWith('tokenizer.chat_template')) templates.push({ key, text, offset: valueOffset });
        }
      } else if (type === valueType.array) {
        const itemType = await reader.uint(4);
        const items = await count();
        if (itemType === valueType.string) {
          if (items * 8 > reader.remaining)
            throw new FormatError(valueOffset, `array of ${items} strings exceeds the file`);
          // Chat templates may come as an array of named templates.
          for (let item = 0; item < items; item++) {
            const text = await readString(key.startsWith('tokenizer.chat_template'));
            if (text !== undefined) templates.push({ key: `${key}[${item}]`, text, offset: valueOffset });
          }
        } else {
          const size = scalarSize[itemType];
          if (size === undefined)
            throw new FormatError(valueOffset, `array of unsupported type ${itemType} in ${key}`);
          if (items * size > reader.remaining)
            throw new FormatError(valueOffset, `array of ${items} items exceeds the file`);
          await reader.skip(items * size);
        }
      } else {
        const size = scalarSize[type];
        if (size === undefined)
          throw new FormatError(valueOffset, `unknown metadata type ${type} for ${key}`);
        const value = await reader.uint(size);
        metadata[key] = type === valueType.bool ? value !== 0 : value;
        if (key === 'general.alignment') {
          if (value === 0 || (value & (value - 1)) !== 0 || value > 1 << 20) {
            findings.push(
              ruleFinding('gguf.malformed', `general.alignment ${value} is not a power of two`, {
                offset: valueOffset,
              }),
            );
          } else alignment = value;
        }
      }
    }
    const tensors: Array<{ name: string; type: number; elements: number; offset: number; at: number }> = [];
    for (let index = 0; index < tensorCount; index++) {
      const at = reader.position;
      const name = (await readString(true)) ?? '';
      const dimensions = await reader.uint(4);
      if (dimensions > maxDimensions)
        throw new FormatError(at, `tensor ${JSON.stringify(name)} has ${dimensions} dimensions`);
      let elements = 1;
      for (let dimension = 0; dimension < dimensions; dimension++) elements *= await reader.uint(8);
      const type = await reader.uint(4);
      const offset = await reader.uint(8);
      tensors.push({ name, type, elements, offset, at });
    }
    const dataStart = Math.ceil(reader.position / alignment) * alignment;
    const dataSize = source.size - dataStart;
    for (const tensor of tensors) {
      const layout = ggmlTypes[tensor.type];
      const bytes = layout ? Math.ceil(tensor.elements / layout[1]) * layout[0] : 0;
      if (tensor.offset % alignment !== 0) {
        findings.push(
          ruleFinding(
            'gguf.malformed',
            `tensor ${JSON.stringify(tensor.name)} offset ${tensor.offset} is not aligned to ${alignment}`,
            { offset: tensor.at },
          ),
        );
      }
      if (tensor.offset + bytes > dataSize) {
        findings.push(
          ruleFinding(
            'gguf.malformed',
            `tensor ${JSON.stringify(tensor.name)} [${tensor.offset}, ${tensor.offset + bytes}) reaches past the ${Math.max(dataSize, 0)}-byte data section`,
            { offset: tensor.at },
          ),
        );
      }
    }
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    findings.push(ruleFinding('gguf.malformed', error.message, { offset: error.offset }));
  }
  findings.push(
    ...templateFindings(
      'gguf.template-injection',
      templates.map((template) => ({ name: template.key, text: template.text, offset: template.offset })),
    ),
  );
  return { findings, ...(summary ? { summary } : {}) };
}
