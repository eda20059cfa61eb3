import type { Finding } from '../../core/index.ts';
import type { FormatResult } from '../scan-types.ts';
import type { ByteSource } from './byte-source.ts';
import { scanKerasConfig } from './keras.ts';

const signature = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];

/** HDF5 superblock signature at 0 (user blocks put it at 512, 1024, ... — checked by the caller). */
export function looksLikeHdf5(head: Uint8Array): boolean {
  return signature.every((byte, index) => head[index] === byte);
}

/** Bytes searched for the Keras `model_config` attribute. */
const searchLimit = 64 * 1024 * 1024;
const marker = new TextEncoder().encode('{"class_name"');

/**
 * Keras HDF5 models keep their architecture as a JSON string attribute `model_config` on the root
 * group. Without an HDF5 library this does a bounded byte search for JSON objects that start with
 * `{"class_name"` in the first 64 MiB and checks each one found (a config stored in a compressed
 * or fragmented heap is not seen: that limit is documented).
 */
export async function scanHdf5(source: ByteSource): Promise<FormatResult> {
  const findings: Finding[] = [];
  const bytes = await source.read(0, Math.min(source.size, searchLimit));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let from = 0;
  let found = 0;
  while (found < 16) {
    const start = buffer.indexOf(marker, from);
    if (start < 0) break;
    const end = jsonEnd(bytes, start);
    if (end < 0) {
      from = start + 1;
      continue;
    }
    found++;
    findings.push(
      ...scanKerasConfig(new TextDecoder().decode(bytes.subarray(start, end)), 'model_config', start),
    );
    from = end;
  }
  return { findings };
}

/** End (exclusive) of the JSON object starting at `start`, or -1 if it does not close. */
function jsonEnd(bytes: Uint8Array, start: number): number {
  let depth = 0;
  let inString = false;
  for (let index = start; index < bytes.length; index++) {
    const byte = bytes[index]!;
    if (inString) {
      if (byte === 0x5c) index++;
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x7b || byte === 0x5b) depth++;
    else if (byte === 0x7d || byte === 0x5d) {
      depth--;
      if (depth === 0) return index + 1;
    } else if (byte === 0) return -1;
  }
  return -1;
}
