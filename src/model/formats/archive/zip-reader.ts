import type { ByteSource } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';
import { type InflateBounds, type Inflated, inflateBounded } from './inflate.ts';

/** One entry of a zip central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** Unix mode from the external attributes when the entry was made on Unix, else undefined. */
  unixMode: number | undefined;
  directory: boolean;
}

/** Most entries read from one central directory. */
export const maxZipEntries = 200_000;

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}
function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}
function u64(bytes: Uint8Array, at: number): number {
  return u32(bytes, at) + u32(bytes, at + 4) * 2 ** 32;
}

export function looksLikeZip(head: Uint8Array): boolean {
  return (
    head[0] === 0x50 &&
    head[1] === 0x4b &&
    (head[2] === 3 || head[2] === 5) &&
    (head[3] === 4 || head[3] === 6)
  );
}

/** Read the central directory (end of file), never the entries' data. Throws FormatError. */
export async function readZipDirectory(source: ByteSource): Promise<ZipEntry[]> {
  const tailLength = Math.min(source.size, 22 + 65_535 + 20);
  const tailStart = source.size - tailLength;
  const tail = await source.read(tailStart, tailLength);
  let end = -1;
  for (let index = tail.length - 22; index >= 0; index--) {
    if (tail[index] === 0x50 && tail[index + 1] === 0x4b && tail[index + 2] === 5 && tail[index + 3] === 6) {
      end = index;
      break;
    }
  }
  if (end < 0)
    throw new FormatError(source.size, 'no end-of-central-directory record: truncated or not a zip');
  // Where the central directory must end: just before the (zip64) end record. Data prepended to
  // the archive (self-extractors, polyglots) shifts every offset; zipfile allows it, so do we.
  let directoryEnd = tailStart + end;
  let count = u16(tail, end + 10);
  let directorySize = u32(tail, end + 12);
  let directoryOffset = u32(tail, end + 16);
  const locator = end - 20;
  if (locator >= 0 && u32(tail, locator) === 0x07064b50) {
    const recordOffset = u64(tail, locator + 8);
    const record = await source.read(recordOffset, 56);
    if (record.length < 56 || u32(record, 0) !== 0x06064b50) {
      throw new FormatError(recordOffset, 'zip64 end-of-central-directory record is missing');
    }
    directoryEnd = recordOffset;
    count = u64(record, 32);
    directorySize = u64(record, 40);
    directoryOffset = u64(record, 48);
  }
  const prefix = directoryEnd - directorySize - directoryOffset;
  if (prefix < 0)
    throw new FormatError(tailStart + end, 'central directory offset points past its end record');
  directoryOffset += prefix;
  if (count > maxZipEntries)
    throw new FormatError(tailStart + end, `zip declares ${count} entries (limit ${maxZipEntries})`);
  if (directoryOffset + directorySize > source.size || directorySize > 64 * 1024 * 1024) {
    throw new FormatError(tailStart + end, 'central directory lies outside the file');
  }
  const directory = await source.read(directoryOffset, directorySize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index++) {
    if (at + 46 > directory.length || u32(directory, at) !== 0x02014b50) {
      throw new FormatError(directoryOffset + at, `central directory entry ${index} is malformed`);
    }
    const madeBy = directory[at + 5]!;
    const method = u16(directory, at + 10);
    let compressedSize = u32(directory, at + 20);
    let size = u32(directory, at + 24);
    const nameLength = u16(directory, at + 28);
    const extraLength = u16(directory, at + 30);
    const commentLength = u16(directory, at + 32);
    const external = u32(directory, at + 38);
    let localHeaderOffset = u32(directory, at + 42);
    if (at + 46 + nameLength + extraLength + commentLength > directory.length) {
      throw new FormatError(directoryOffset + at, `central directory entry ${index} runs past the directory`);
    }
    const name = new TextDecoder().decode(directory.subarray(at + 46, at + 46 + nameLength));
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(directory, extra);
      const length = u16(directory, extra + 2);
      if (id === 1) {
        let field = extra + 4;
        if (size === 0xffffffff && field + 8 <= extraEnd) {
          size = u64(directory, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff && field + 8 <= extraEnd) {
          compressedSize = u64(directory, field);
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff && field + 8 <= extraEnd)
          localHeaderOffset = u64(directory, field);
      }
      extra += 4 + length;
    }
    const unixMode = madeBy === 3 ? external >>> 16 : undefined;
    entries.push({
      name,
      method,
      compressedSize,
      size,
      localHeaderOffset: localHeaderOffset + prefix,
      unixMode,
      directory: name.endsWith('/'),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Offset of the entry's data, from its local header. */
export async function entryDataOffset(source: ByteSource, entry: ZipEntry): Promise<number> {
  const header = await source.read(entry.localHeaderOffset, 30);
  if (header.length < 30 || u32(header, 0) !== 0x04034b50) {
    throw new FormatError(entry.localHeaderOffset, `local header of ${entry.name} is missing`);
  }
  return entry.localHeaderOffset + 30 + u16(header, 26) + u16(header, 28);
}

/**
 * The entry's bytes, at most `bounds.limit` of them (`truncated` says when more were there, or
 * when deflate expanded past `bounds.maxRatio`). Deflate output is bounded while it is produced,
 * so a decompression bomb never allocates.
 */
export async function readZipEntry(
  source: ByteSource,
  entry: ZipEntry,
  bounds: number | InflateBounds,
): Promise<Inflated> {
  const limits = typeof bounds === 'number' ? { limit: bounds } : bounds;
  const start = await entryDataOffset(source, entry);
  if (start + entry.compressedSize > source.size) {
    throw new FormatError(start, `data of ${entry.name} runs past the end of the file`);
  }
  if (entry.method === 0) {
    const length = Math.min(entry.compressedSize, limits.limit);
    return {
      bytes: await source.read(start, length),
      truncated: entry.compressedSize > limits.limit ? 'size' : false,
    };
  }
  if (entry.method !== 8)
    throw new FormatError(
      entry.localHeaderOffset,
      `${entry.name} uses unsupported compression method ${entry.method}`,
    );
  try {
    return await inflateBounded(source, start, entry.compressedSize, limits, 'deflate');
  } catch (error) {
    if (error instanceof FormatError) throw new FormatError(error.offset, `${entry.name}: ${error.message}`);
    throw error;
  }
}
