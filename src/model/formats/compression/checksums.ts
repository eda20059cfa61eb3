import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';

export { crc32 };

// CRC-64/XZ (ECMA-182, reflected polynomial 0xC96C5795D7870F42), as two 32-bit halves.
const tableLow = new Uint32Array(256);
const tableHigh = new Uint32Array(256);
for (let index = 0; index < 256; index++) {
  let low = index;
  let high = 0;
  for (let bit = 0; bit < 8; bit++) {
    const carry = low & 1;
    low = ((low >>> 1) | ((high & 1) << 31)) >>> 0;
    high >>>= 1;
    if (carry) {
      low = (low ^ 0xd7870f42) >>> 0;
      high = (high ^ 0xc96c5795) >>> 0;
    }
  }
  tableLow[index] = low;
  tableHigh[index] = high;
}

/** CRC-64 of `bytes`, little-endian (as xz stores it). */
export function crc64(bytes: Uint8Array): Uint8Array {
  let low = 0xffffffff;
  let high = 0xffffffff;
  for (const byte of bytes) {
    const index = (low ^ byte) & 0xff;
    low = (((low >>> 8) | (high << 24)) ^ (tableLow[index] as number)) >>> 0;
    high = ((high >>> 8) ^ (tableHigh[index] as number)) >>> 0;
  }
  const out = new Uint8Array(8);
  const view = new DataView(out.buffer);
  view.setUint32(0, ~low >>> 0, true);
  view.setUint32(4, ~high >>> 0, true);
  return out;
}

export function sha256(bytes: Uint8Array): Uint8Array {
  return createHash('sha256').update(bytes).digest();
}
