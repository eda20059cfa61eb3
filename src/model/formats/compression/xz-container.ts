import { FormatError } from '../sequential-reader.ts';
import type { BoundedOutput } from './bounded-output.ts';
import { crc32, crc64, sha256 } from './checksums.ts';
import type { InputReader } from './input-reader.ts';
import { decodeLzma2 } from './lzma2.ts';
import { UnsupportedCompression } from './unsupported-compression.ts';

export const xzMagic = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
const footerMagic = [0x59, 0x5a];
const lzma2Filter = 0x21;
/** The largest LZMA2 dictionary decoded (xz's own maximum is 1.5 GiB). */
export const maxDictionaryBytes = 1.5 * 1024 ** 3;

/** The integrity checks decoded: none, CRC32, CRC64, SHA-256. */
const checks: Record<number, { size: number; compute: (bytes: Uint8Array) => Uint8Array }> = {
  0: { size: 0, compute: () => new Uint8Array(0) },
  1: { size: 4, compute: (bytes) => littleEndian32(crc32(bytes)) },
  4: { size: 8, compute: crc64 },
  10: { size: 32, compute: sha256 },
};

function littleEndian32(value: number): Uint8Array {
  return new Uint8Array([value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, value >>> 24]);
}

function readUint32(bytes: Uint8Array, at: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(at, true);
}

function equal(left: Uint8Array, right: Uint8Array): boolean {
  return left.length === right.length && left.every((value, index) => value === right[index]);
}

/** An xz variable-length integer (7 bits a byte, at most 9 bytes, minimal encoding). */
function readVli(next: () => number, offset: () => number): number {
  let value = 0;
  for (let index = 0; index < 9; index++) {
    const byte = next();
    value += (byte & 0x7f) * 2 ** (7 * index);
    if ((byte & 0x80) === 0) {
      if (byte === 0 && index > 0) throw new FormatError(offset(), 'xz integer is not minimally encoded');
      if (value > Number.MAX_SAFE_INTEGER) throw new FormatError(offset(), 'xz integer is too large');
      return value;
    }
  }
  throw new FormatError(offset(), 'xz integer is longer than 9 bytes');
}

/** The LZMA2 dictionary size from its one-byte property. */
function lzma2DictionarySize(property: number, offset: number): number {
  const bits = property & 0x3f;
  if (property > 40) throw new FormatError(offset, `LZMA2 dictionary property ${property} is out of range`);
  return bits === 40 ? 0xffffffff : (2 + (bits & 1)) * 2 ** (Math.floor(bits / 2) + 11);
}

interface BlockHeader {
  compressedSize: number | undefined;
  uncompressedSize: number | undefined;
  dictionarySize: number;
}

/** A block header (its size byte already read), its CRC32 checked and its filter chain LZMA2 only. */
function readBlockHeader(input: InputReader, sizeByte: number): { header: BlockHeader; size: number } {
  const at = input.position - 1;
  const size = (sizeByte + 1) * 4;
  const bytes = new Uint8Array(size);
  bytes[0] = sizeByte;
  bytes.set(input.bytes(size - 1), 1);
  if (crc32(bytes.subarray(0, size - 4)) !== readUint32(bytes, size - 4)) {
    throw new FormatError(at, 'xz block header CRC32 does not match');
  }
  let cursor = 1;
  const end = size - 4;
  const next = () => {
    if (cursor >= end) throw new FormatError(at + cursor, 'xz block header is truncated');
    return bytes[cursor++] as number;
  };
  const offset = () => at + cursor;
  const flags = next();
  if (flags & 0x3c) throw new UnsupportedCompression(at + 1, 'xz block header has reserved flags set');
  const compressedSize = flags & 0x40 ? readVli(next, offset) : undefined;
  const uncompressedSize = flags & 0x80 ? readVli(next, offset) : undefined;
  if (compressedSize === 0) throw new FormatError(at, 'xz block declares no compressed data');
  const filters: { id: number; properties: Uint8Array }[] = [];
  for (let index = 0; index <= (flags & 3); index++) {
    const id = readVli(next, offset);
    const length = readVli(next, offset);
    if (length > end - cursor)
      throw new FormatError(offset(), 'xz filter properties run past the block header');
    filters.push({ id, properties: bytes.subarray(cursor, cursor + length) });
    cursor += length;
  }
  while (cursor < end)
    if (next() !== 0) throw new FormatError(offset() - 1, 'xz block header padding is not zero');
  const [filter] = filters;
  if (filters.length !== 1 || filter?.id !== lzma2Filter) {
    const names = filters.map((entry) => `0x${entry.id.toString(16)}`).join(', ');
    throw new UnsupportedCompression(at, `xz filter chain [${names}] is not LZMA2 alone`);
  }
  if (filter.properties.length !== 1) throw new FormatError(at, 'LZMA2 filter properties are not one byte');
  const dictionarySize = lzma2DictionarySize(filter.properties[0] as number, at);
  if (dictionarySize > maxDictionaryBytes) {
    throw new UnsupportedCompression(
      at,
      `LZMA2 dictionary of ${dictionarySize} bytes is larger than 1.5 GiB`,
    );
  }
  return { header: { compressedSize, uncompressedSize, dictionarySize }, size };
}

/**
 * One xz stream: header, blocks (LZMA2 filter, sizes, padding and integrity check verified),
 * index (matched against the blocks, CRC32 verified) and footer. `start` is where the compressed
 * data of the whole file began (for the ratio bound).
 */
export function decodeXzStream(input: InputReader, output: BoundedOutput, start: number): void {
  const streamStart = input.position;
  const header = input.bytes(12);
  if (!xzMagic.every((value, index) => header[index] === value)) {
    throw new FormatError(streamStart, 'xz stream header magic is wrong');
  }
  const flags = header.subarray(6, 8);
  if (crc32(flags) !== readUint32(header, 8))
    throw new FormatError(streamStart + 8, 'xz stream header CRC32 does not match');
  const checkType = (flags[1] as number) & 0x0f;
  if (flags[0] !== 0 || ((flags[1] as number) & 0xf0) !== 0) {
    throw new UnsupportedCompression(streamStart + 6, 'xz stream flags use reserved bits');
  }
  const check = checks[checkType];
  if (!check)
    throw new UnsupportedCompression(
      streamStart + 7,
      `xz integrity check type ${checkType} is not supported`,
    );
  const records: { unpadded: number; uncompressed: number }[] = [];
  for (;;) {
    const blockStart = input.position;
    const sizeByte = input.byte();
    if (sizeByte === 0) break;
    const { header: block, size: headerSize } = readBlockHeader(input, sizeByte);
    const dataStart = input.position;
    const outputStart = output.length;
    decodeLzma2(input, output, block.dictionarySize, start);
    const compressed = input.position - dataStart;
    const uncompressed = output.length - outputStart;
    if (block.compressedSize !== undefined && compressed !== block.compressedSize) {
      throw new FormatError(blockStart, 'xz block compressed size does not match its header');
    }
    if (block.uncompressedSize !== undefined && uncompressed !== block.uncompressedSize) {
      throw new FormatError(blockStart, 'xz block uncompressed size does not match its header');
    }
    while ((input.position - blockStart) % 4 !== 0) {
      if (input.byte() !== 0) throw new FormatError(input.position - 1, 'xz block padding is not zero');
    }
    const stored = input.bytes(check.size);
    if (!equal(stored, check.compute(output.view(outputStart)))) {
      throw new FormatError(input.position - check.size, 'xz block integrity check does not match its data');
    }
    records.push({ unpadded: headerSize + compressed + check.size, uncompressed });
  }
  const indexStart = readIndex(input, records);
  const footerStart = input.position;
  const footer = input.bytes(12);
  if (crc32(footer.subarray(4, 10)) !== readUint32(footer, 0)) {
    throw new FormatError(footerStart, 'xz stream footer CRC32 does not match');
  }
  if (
    footer[10] !== footerMagic[0] ||
    footer[11] !== footerMagic[1] ||
    footer[8] !== flags[0] ||
    footer[9] !== flags[1]
  ) {
    throw new FormatError(footerStart, 'xz stream footer does not match its header');
  }
  const indexSize = (readUint32(footer, 4) + 1) * 4;
  if (indexSize !== footerStart - indexStart) {
    throw new FormatError(footerStart, 'xz stream footer backward size does not match the index');
  }
}

/** The index (its indicator byte already read): records equal to the blocks, padding, CRC32; returns where it began. */
function readIndex(input: InputReader, records: { unpadded: number; uncompressed: number }[]): number {
  const indexStart = input.position - 1;
  const seen: number[] = [0];
  const next = () => {
    const byte = input.byte();
    seen.push(byte);
    return byte;
  };
  const offset = () => input.position;
  const count = readVli(next, offset);
  if (count !== records.length)
    throw new FormatError(indexStart, 'xz index lists a different number of blocks');
  for (const record of records) {
    const unpadded = readVli(next, offset);
    const uncompressed = readVli(next, offset);
    if (unpadded !== record.unpadded || uncompressed !== record.uncompressed) {
      throw new FormatError(indexStart, 'xz index does not match the blocks');
    }
  }
  while ((input.position - indexStart) % 4 !== 0) {
    if (next() !== 0) throw new FormatError(input.position - 1, 'xz index padding is not zero');
  }
  if (crc32(Uint8Array.from(seen)) !== input.uint32())
    throw new FormatError(indexStart, 'xz index CRC32 does not match');
  return indexStart;
}
