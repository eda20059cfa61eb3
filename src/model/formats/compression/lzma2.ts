import { FormatError } from '../sequential-reader.ts';
import type { BoundedOutput } from './bounded-output.ts';
import type { InputReader } from './input-reader.ts';
import { LzmaDecoder, lzmaProperties } from './lzma-decoder.ts';
import { RangeDecoder } from './range-decoder.ts';

/**
 * One LZMA2 stream (the xz block filter): chunks of stored bytes or of LZMA data, each with its
 * sizes and what it resets, up to the 0x00 end byte. `start` is where the compressed data of the
 * whole file began (for the ratio bound).
 */
export function decodeLzma2(
  input: InputReader,
  output: BoundedOutput,
  dictionarySize: number,
  start: number,
): void {
  const lzma = new LzmaDecoder(output, dictionarySize);
  let needDictionaryReset = true;
  let needProperties = true;
  for (;;) {
    const at = input.position;
    const control = input.byte();
    if (control === 0x00) return;
    if (control === 0x01 || control === 0x02) {
      if (control === 0x01) lzma.resetDictionary();
      else if (needDictionaryReset)
        throw new FormatError(at, 'LZMA2 data does not start with a dictionary reset');
      needDictionaryReset = false;
      const size = ((input.byte() << 8) | input.byte()) + 1;
      const stored = input.bytes(size);
      output.inputUsed = input.position - start;
      output.write(stored);
      continue;
    }
    if (control < 0x80) throw new FormatError(at, `LZMA2 control byte 0x${control.toString(16)} is invalid`);
    const reset = (control >>> 5) & 3;
    const unpacked = (control & 0x1f) * 0x10000 + ((input.byte() << 8) | input.byte()) + 1;
    const packed = ((input.byte() << 8) | input.byte()) + 1;
    if (reset === 3) lzma.resetDictionary();
    else if (needDictionaryReset)
      throw new FormatError(at, 'LZMA2 data does not start with a dictionary reset');
    needDictionaryReset = false;
    if (reset >= 2) {
      const properties = lzmaProperties(input.byte(), input.position - 1);
      if (properties.lc + properties.lp > 4) throw new FormatError(at, 'LZMA2 properties have lc + lp > 4');
      lzma.setProperties(properties);
      needProperties = false;
    } else if (needProperties) {
      throw new FormatError(at, 'LZMA2 chunk before any LZMA properties');
    }
    if (reset >= 1) lzma.resetState();
    const chunkStart = input.position;
    const range = new RangeDecoder(input);
    lzma.decode(range, input, start, output.length + unpacked, false);
    if (input.position - chunkStart !== packed || !range.finishedCleanly) {
      throw new FormatError(chunkStart, 'LZMA2 chunk does not end at its compressed size');
    }
  }
}
