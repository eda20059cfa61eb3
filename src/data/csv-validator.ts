import { createReadStream } from 'node:fs';
import { RampartError } from '../core/index.ts';

export interface CsvValidation {
  /** Header names, in order. */
  header: string[];
  /** Data records (excluding the header and blank lines). */
  records: number;
}

export interface CsvValidateOptions {
  delimiter?: string;
  /** Largest field allowed, in bytes (default 1 MiB). */
  maxFieldBytes?: number;
}

const quote = 0x22;
const newline = 0x0a;
const carriageReturn = 0x0d;

/**
 * One streaming pass over a delimited text file that proves it is well formed before DuckDB reads
 * it: valid UTF-8, every record has the header's field count, quotes close, and no field is huge.
 * Every error names the file, the line and the column (1-based), so a person can open the spot.
 */
export async function validateCsv(path: string, options: CsvValidateOptions = {}): Promise<CsvValidation> {
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  const maxFieldBytes = options.maxFieldBytes ?? 1 << 20;
  let line = 1;
  let lineStart = 0; // byte offset of the current line
  let offset = 0; // byte offset of the current byte
  let inQuotes = false;
  let quoteLine = 0;
  let fieldIndex = 0;
  let fieldBytes = 0;
  let recordBytes = 0;
  let expected = -1;
  let records = 0;
  let pendingContinuation = 0;
  // Where the multi-byte sequence being read began: a bad one is reported at its first byte.
  let sequenceColumn = 0;
  let sequenceLead = 0;
  let headerBytes: number[] | null = [];
  const headerLimit = 1 << 20;
  let bomChecked = false;
  let header: string[] = [];

  const columnName = (index: number) => header[index] ?? `#${index + 1}`;
  const fail = (code: 'RAMPART_DATA_CSV_RAGGED' | 'RAMPART_DATA_FIELD_TOO_LARGE', message: string) => {
    throw new RampartError(code, `${path}: ${message}`, {
      details: [
        {
          path: `line ${line}, column ${fieldIndex + 1}`,
          message: `field larger than ${maxFieldBytes} bytes`,
        },
      ],
    });
  };

  const endRecord = () => {
    if (recordBytes === 0 && fieldIndex === 0) return; // blank line
    const fields = fieldIndex + 1;
    if (expected < 0) {
      expected = fields;
      header = parseHeader(Buffer.from(headerBytes ?? []), String.fromCharCode(delimiter));
      headerBytes = null;
    } else {
      if (fields !== expected) {
        const message =
          fields < expected
            ? `line ${line} has ${fields} field(s) but the header has ${expected}: column ${fields + 1} (${columnName(fields)}) is missing`
            : `line ${line} has ${fields} fields but the header has ${expected}: unexpected column ${expected + 1}`;
        throw new RampartError('RAMPART_DATA_CSV_RAGGED', `${path}: ${message}`, {
          details: [
            {
              path: `line ${line}, column ${Math.min(fields, expected) + 1}`,
              message: `${fields} field(s), header has ${expected}`,
            },
          ],
        });
      }
      records++;
    }
    fieldIndex = 0;
    fieldBytes = 0;
    recordBytes = 0;
  };

  let stream: AsyncIterable<Buffer>;
  try {
    stream = createReadStream(path, { highWaterMark: 1 << 22 });
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read ${path}`, { cause: error });
  }
  try {
    for await (const chunk of stream) {
      let start = 0;
      if (!bomChecked) {
        bomChecked = true;
        if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) start = 3;
      }
      if (headerBytes !== null) {
        for (let index = start; index < chunk.length && headerBytes.length < headerLimit; index++) {
          if (chunk[index] === newline && !headerHasOpenQuote(headerBytes)) break;
          headerBytes.push(chunk[index]!);
        }
      }
      for (let index = start; index < chunk.length; index++) {
        const byte = chunk[index]!;
        offset++;
        if (pendingContinuation > 0) {
          if ((byte & 0xc0) !== 0x80) throw encodingError(path, line, sequenceColumn, sequenceLead);
          pendingContinuation--;
        } else if (byte >= 0x80) {
          sequenceColumn = offset - lineStart;
          sequenceLead = byte;
          if (byte >= 0xc2 && byte <= 0xdf) pendingContinuation = 1;
          else if (byte >= 0xe0 && byte <= 0xef) pendingContinuation = 2;
          else if (byte >= 0xf0 && byte <= 0xf4) pendingContinuation = 3;
          else throw encodingError(path, line, offset - lineStart, byte);
        }
        if (byte === quote) {
          if (inQuotes) inQuotes = false;
          else {
            inQuotes = true;
            quoteLine = line;
          }
          fieldBytes++;
          recordBytes++;
        } else if (byte === newline) {
          if (!inQuotes) endRecord();
          else fieldBytes++;
          line++;
          lineStart = offset;
        } else if (byte === delimiter && !inQuotes) {
          fieldIndex++;
          fieldBytes = 0;
          recordBytes++;
        } else if (byte !== carriageReturn || inQuotes) {
          fieldBytes++;
          recordBytes++;
          if (fieldBytes > maxFieldBytes) {
            fail(
              'RAMPART_DATA_FIELD_TOO_LARGE',
              `line ${line}, column ${fieldIndex + 1} (${columnName(fieldIndex)}): field is larger than ${maxFieldBytes} bytes`,
            );
          }
        }
      }
    }
  } catch (error) {
    if (RampartError.is(error)) throw error;
    throw new RampartError('RAMPART_IO', `cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (pendingContinuation > 0) throw encodingError(path, line, sequenceColumn, sequenceLead);
  if (inQuotes) {
    throw new RampartError(
      'RAMPART_DATA_CSV_QUOTE',
      `${path}: quoted field opened on line ${quoteLine} is never closed`,
      {
        details: [{ path: `line ${quoteLine}`, message: 'unterminated quoted field' }],
      },
    );
  }
  endRecord();
  if (expected < 0)
    throw new RampartError('RAMPART_DATA_EMPTY', `${path}: the file is empty (no header line)`);
  if (records === 0)
    throw new RampartError('RAMPART_DATA_EMPTY', `${path}: the file has a header but no data rows`);
  return { header, records };
}

function headerHasOpenQuote(bytes: readonly number[]): boolean {
  let open = false;
  for (const byte of bytes) if (byte === quote) open = !open;
  return open;
}

function parseHeader(bytes: Buffer, delimiter: string): string[] {
  const text = bytes.toString('utf8').replace(/\r$/, '');
  const names: string[] = [];
  let current = '';
  let inQuotes = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') {
      if (inQuotes && text[index + 1] === '"') {
        current += '"';
        index++;
      } else inQuotes = !inQuotes;
    } else if (char === delimiter && !inQuotes) {
      names.push(current);
      current = '';
    } else current += char;
  }
  names.push(current);
  return names;
}

function encodingError(path: string, line: number, column: number, byte: number): RampartError {
  const shown = byte.toString(16).padStart(2, '0');
  const message = `invalid UTF-8 at line ${line}, byte column ${column} (byte 0x${shown}); the file mixes encodings or is Latin-1/Windows-1252`;
  return new RampartError('RAMPART_DATA_ENCODING', `${path}: ${message}`, {
    details: [{ path: `line ${line}, column ${column}`, message: 'not UTF-8' }],
  });
}
