import type { ByteSource } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';

export interface TarEntry {
  name: string;
  /** ustar type flag: '0' file, '1' hard link, '2' symlink, '5' directory, ... */
  type: string;
  size: number;
  dataOffset: number;
  linkName: string;
}

export const maxTarEntries = 200_000;

const latin1 = new TextDecoder('latin1');

function text(block: Uint8Array, start: number, length: number): string {
  let end = start;
  while (end < start + length && block[end] !== 0) end++;
  return latin1.decode(block.subarray(start, end));
}

function octal(block: Uint8Array, start: number, length: number): number {
  if ((block[start]! & 0x80) !== 0) {
    // GNU base-256: big-endian binary after the marker bit.
    let value = block[start]! & 0x7f;
    for (let index = start + 1; index < start + length; index++) value = value * 256 + block[index]!;
    return value;
  }
  const digits = text(block, start, length).trim();
  if (digits === '') return 0;
  if (!/^[0-7]+$/.test(digits)) return Number.NaN;
  return Number.parseInt(digits, 8);
}

/** True when the 512-byte block is a tar header with a valid checksum. */
export function looksLikeTar(head: Uint8Array): boolean {
  if (head.length < 512) return false;
  const stored = octal(head, 148, 8);
  if (!Number.isFinite(stored)) return false;
  let sum = 0;
  for (let index = 0; index < 512; index++) sum += index >= 148 && index < 156 ? 0x20 : head[index]!;
  return sum === stored && head[0] !== 0;
}

/** Walk the headers of a tar archive (data is skipped, never read). Throws FormatError. */
export async function readTarDirectory(source: ByteSource): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  while (offset + 512 <= source.size) {
    const block = await source.read(offset, 512);
    if (block.every((byte) => byte === 0)) break;
    if (!looksLikeTar(block)) throw new FormatError(offset, 'tar header checksum does not match');
    const size = octal(block, 124, 12);
    if (!Number.isFinite(size)) throw new FormatError(offset + 124, 'tar size field is not octal');
    const type = String.fromCharCode(block[156] || 0x30);
    const dataOffset = offset + 512;
    if (dataOffset + size > source.size)
      throw new FormatError(offset, 'tar entry runs past the end of the file');
    const prefix = text(block, 345, 155);
    let name = longName ?? (prefix ? `${prefix}/${text(block, 0, 100)}` : text(block, 0, 100));
    let linkName = longLink ?? text(block, 157, 100);
    longName = undefined;
    longLink = undefined;
    if (type === 'L' || type === 'K') {
      const value = text(await source.read(dataOffset, Math.min(size, 65_536)), 0, Math.min(size, 65_536));
      if (type === 'L') longName = value;
      else longLink = value;
    } else if (type === 'x') {
      const records = latin1.decode(await source.read(dataOffset, Math.min(size, 65_536)));
      for (const match of records.matchAll(/\d+ (path|linkpath)=([^\n]*)\n/g)) {
        if (match[1] === 'path') longName = match[2];
        else longLink = match[2];
      }
    } else if (type !== 'g') {
      entries.push({ name, type, size, dataOffset, linkName });
      if (entries.length > maxTarEntries)
        throw new FormatError(offset, `tar holds more than ${maxTarEntries} entries`);
    }
    name = '';
    linkName = '';
    offset = dataOffset + Math.ceil(size / 512) * 512;
  }
  return entries;
}
