import { type Finding, safeJsonParse } from '../../core/index.ts';
import { ruleFinding } from '../scan-rules.ts';
import type { FormatResult } from '../scan-types.ts';
import type { ByteSource } from './byte-source.ts';

/** Bytes per element of each safetensors dtype (sub-byte types in eighths of a byte). */
const dtypeBits: Record<string, number> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E4M3: 8,
  F8_E5M2: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  I64: 64,
  U64: 64,
  F64: 64,
  C64: 64,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
};

/** Largest header accepted (the reference implementation refuses over 100 MB). */
export const maxSafetensorsHeader = 100_000_000;

export interface SafetensorsTensor {
  name: string;
  dtype: string;
  shape: number[];
  begin: number;
  end: number;
}

export interface SafetensorsHeader {
  headerBytes: number;
  tensors: SafetensorsTensor[];
  metadata?: Record<string, unknown>;
}

/** True when the first bytes look like safetensors: an 8-byte length then a JSON object. */
export function looksLikeSafetensors(head: Uint8Array): boolean {
  if (head.length < 10 || head[6] !== 0 || head[7] !== 0) return false;
  let index = 8;
  while (index < head.length && (head[index] === 0x20 || head[index] === 0x0a)) index++;
  return head[index] === 0x7b;
}

/** Read and check the header only: tensor data is never read. */
export async function scanSafetensors(
  source: ByteSource,
): Promise<FormatResult & { header?: SafetensorsHeader }> {
  const findings: Finding[] = [];
  const malformed = (message: string, offset = 0) => {
    findings.push(ruleFinding('safetensors.malformed', message, { offset }));
    return { findings };
  };
  const prefix = await source.read(0, 8);
  if (prefix.length < 8) return malformed('file is shorter than the 8-byte header length');
  const view = new DataView(prefix.buffer, prefix.byteOffset, 8);
  const headerBytes = Number(view.getBigUint64(0, true));
  if (headerBytes > source.size - 8) {
    return malformed(
      `header length field claims ${headerBytes} bytes but only ${source.size - 8} follow: a loader that trusts it over-reads or over-allocates`,
    );
  }
  if (headerBytes > maxSafetensorsHeader) {
    return malformed(`header of ${headerBytes} bytes exceeds the ${maxSafetensorsHeader}-byte limit`);
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(await source.read(8, headerBytes));
  let parsed: unknown;
  try {
    parsed = safeJsonParse(text, { maxDepth: 8 });
  } catch (error) {
    return malformed(`header is not valid JSON: ${(error as Error).message}`, 8);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return malformed('header is not a JSON object', 8);
  }
  const dataSize = source.size - 8 - headerBytes;
  const tensors: SafetensorsTensor[] = [];
  let metadata: Record<string, unknown> | undefined;
  for (const [name, entry] of Object.entries(parsed as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
        malformed('__metadata__ is not an object of strings', 8);
      } else {
        metadata = entry as Record<string, unknown>;
        for (const value of Object.values(metadata)) {
          if (typeof value !== 'string') {
            malformed('__metadata__ values must be strings', 8);
            break;
          }
        }
      }
      continue;
    }
    const tensor = entry as { dtype?: unknown; shape?: unknown; data_offsets?: unknown };
    const offsets = tensor?.data_offsets;
    const shape = tensor?.shape;
    if (
      typeof tensor !== 'object' ||
      tensor === null ||
      typeof tensor.dtype !== 'string' ||
      !Array.isArray(shape) ||
      !shape.every((dimension) => Number.isSafeInteger(dimension) && dimension >= 0) ||
      !Array.isArray(offsets) ||
      offsets.length !== 2 ||
      !offsets.every((value) => Number.isSafeInteger(value) && value >= 0)
    ) {
      malformed(`tensor ${JSON.stringify(name)} lacks a valid dtype, shape or data_offsets`, 8);
      continue;
    }
    const [begin, end] = offsets as [number, number];
    const bits = dtypeBits[tensor.dtype];
    if (bits === undefined) malformed(`tensor ${JSON.stringify(name)} has unknown dtype ${tensor.dtype}`, 8);
    if (end < begin) {
      findings.push(
        ruleFinding(
          'safetensors.offsets',
          `tensor ${JSON.stringify(name)} ends (${end}) before it begins (${begin})`,
          { offset: 8 },
        ),
      );
      continue;
    }
    if (end > dataSize) {
      findings.push(
        ruleFinding(
          'safetensors.offsets',
          `tensor ${JSON.stringify(name)} data_offsets [${begin}, ${end}] reach past the ${dataSize}-byte data section`,
          { offset: 8 },
        ),
      );
    }
    if (bits !== undefined) {
      let elements = 1;
      for (const dimension of shape as number[]) elements *= dimension;
      const expected = Math.ceil((elements * bits) / 8);
      if (expected !== end - begin) {
        findings.push(
          ruleFinding(
            'safetensors.offsets',
            `tensor ${JSON.stringify(name)} is ${tensor.dtype}${JSON.stringify(shape)} (${expected} bytes) but its byte range holds ${end - begin}`,
            { offset: 8 },
          ),
        );
      }
    }
    tensors.push({ name, dtype: tensor.dtype, shape: shape as number[], begin, end });
  }
  const ordered = [...tensors].sort((left, right) => left.begin - right.begin || left.end - right.end);
  let cursor = 0;
  for (const tensor of ordered) {
    if (tensor.begin < cursor) {
      findings.push(
        ruleFinding(
          'safetensors.offsets',
          `tensor ${JSON.stringify(tensor.name)} overlaps the tensor before it (starts at ${tensor.begin}, previous ends at ${cursor})`,
          { offset: 8 },
        ),
      );
    } else if (tensor.begin > cursor) {
      findings.push(
        ruleFinding(
          'safetensors.offsets',
          `gap of ${tensor.begin - cursor} unused bytes before tensor ${JSON.stringify(tensor.name)}`,
          { offset: 8 },
        ),
      );
    }
    cursor = Math.max(cursor, tensor.end);
  }
  if (cursor < dataSize) {
    findings.push(
      ruleFinding('safetensors.trailing-data', `${dataSize - cursor} bytes follow the last tensor`, {
        offset: 8 + headerBytes + cursor,
      }),
    );
  }
  return { findings, header: { headerBytes, tensors, ...(metadata ? { metadata } : {}) } };
}
