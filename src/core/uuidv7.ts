import { randomFillSync } from 'node:crypto';

const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;
let lastMillis = -1;
let sequence = 0;

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter so ids made in the same
 * millisecond still sort in creation order, then random bits.
 */
export function uuidv7(now: number = Date.now()): string {
  if (poolOffset >= pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  if (now <= lastMillis) {
    sequence = (sequence + 1) & 0xfff;
    if (sequence === 0) lastMillis += 1;
    now = lastMillis;
  } else {
    lastMillis = now;
    sequence = bytes[6]! & 0x07; // small random start leaves room to count up
  }
  const hex = now.toString(16).padStart(12, '0');
  const version = (0x7000 | sequence).toString(16);
  const variant = ((bytes[8]! & 0x3f) | 0x80).toString(16).padStart(2, '0');
  const rest = bytes.subarray(9, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}${rest.slice(0, 2)}-${rest.slice(2, 14)}`;
}

/** The millisecond timestamp inside a UUIDv7. */
export function uuidv7Time(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
