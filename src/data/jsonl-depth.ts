import { createReadStream } from 'node:fs';
import { RampartError } from '../core/index.ts';

/** Deepest nesting of arrays and objects allowed in one JSON Lines record by default. */
export const defaultMaxJsonDepth = 64;

const quote = 0x22;
const backslash = 0x5c;
const newline = 0x0a;
const openBracket = 0x5b;
const openBrace = 0x7b;
const closeBracket = 0x5d;
const closeBrace = 0x7d;

/**
 * One linear byte pass over a JSON Lines file that proves no record nests arrays or objects deeper
 * than `maxDepth`, before DuckDB parses it (DuckDB's reader recurses per level: 100 000 levels
 * crash the process, 1 000 take minutes). Brackets inside strings do not count. The error names
 * the file, the line and the byte column where the limit is passed.
 */
export async function checkJsonlDepth(path: string, maxDepth = defaultMaxJsonDepth): Promise<void> {
  let line = 1;
  let column = 0;
  let depth = 0;
  let inString = false;
  let escaped = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let index = 0; index < chunk.length; index++) {
      const byte = chunk[index]!;
      column++;
      if (byte === newline) {
        // Each line is its own record: a string or bracket left open is DuckDB's error to report.
        line++;
        column = 0;
        depth = 0;
        inString = false;
        escaped = false;
      } else if (inString) {
        if (escaped) escaped = false;
        else if (byte === backslash) escaped = true;
        else if (byte === quote) inString = false;
      } else if (byte === quote) {
        inString = true;
      } else if (byte === openBracket || byte === openBrace) {
        depth++;
        if (depth > maxDepth) throw tooDeep(path, line, column, maxDepth);
      } else if ((byte === closeBracket || byte === closeBrace) && depth > 0) {
        depth--;
      }
    }
  }
}

function tooDeep(path: string, line: number, column: number, maxDepth: number): RampartError {
  const where = `line ${line}, column ${column}`;
  return new RampartError(
    'RAMPART_DATA_JSON_TOO_DEEP',
    `${path}: ${where}: the record nests arrays or objects deeper than ${maxDepth} levels`,
    { details: [{ path: where, message: `nesting deeper than ${maxDepth} levels` }] },
  );
}
