import Bunzip from 'seek-bzip';
import { FormatError } from '../sequential-reader.ts';
import { type BoundedOutput, OutputLimit } from './bounded-output.ts';
import type { InputReader } from './input-reader.ts';

function isBzip2Header(head: Uint8Array): boolean {
  const [b = 0, z = 0, h = 0, level = 0] = head;
  return b === 0x42 && z === 0x5a && h === 0x68 && level >= 0x31 && level <= 0x39;
}

/**
 * bzip2 data, every concatenated stream (Python's bz2 reads them all), decoded by seek-bzip into
 * `output` one byte at a time, so the output bounds stop a bomb as it expands. Each stream's
 * block and stream CRCs are checked by seek-bzip; a stream cut short is a `FormatError` (the
 * reader throws at the end of the data). Bytes after the last stream that do not start another
 * are ignored, as Python's bz2 ignores them.
 */
export function decodeBzip2(input: InputReader, output: BoundedOutput, start: number): void {
  const stream = {
    readByte: () => input.byte(),
    read: (buffer: Uint8Array, offset: number, length: number) => {
      for (let index = 0; index < length; index++) buffer[offset + index] = input.byte();
      return length;
    },
    eof: () => false,
  };
  const sink = {
    writeByte: (byte: number) => {
      output.inputUsed = input.position - start;
      output.writeByte(byte);
    },
  };
  do {
    const at = input.position;
    try {
      Bunzip.decode(stream, sink, false);
    } catch (error) {
      if (error instanceof OutputLimit || error instanceof FormatError) throw error;
      throw new FormatError(at, `bzip2 data does not decompress: ${(error as Error).message}`);
    }
  } while (input.remaining > 0 && isBzip2Header(input.peek(4)));
}
