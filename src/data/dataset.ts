import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { createInterface } from 'node:readline';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { importOptional, RampartError } from '../core/index.ts';
import { validateCsv } from './csv-validator.ts';
import { checkJsonlDepth, defaultMaxJsonDepth } from './jsonl-depth.ts';

export type DatasetFormat = 'csv' | 'tsv' | 'parquet' | 'jsonl';

export const datasetExtensions: Record<string, DatasetFormat> = {
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.parquet': 'parquet',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export interface DatasetColumn {
  name: string;
  /** DuckDB type name, e.g. DOUBLE, BIGINT, VARCHAR. */
  type: string;
}

/** Which rows of the table came from which file (rows are numbered 0.. in load order). */
export interface DatasetFilePart {
  path: string;
  format: DatasetFormat;
  firstRow: number;
  rows: number;
}

export interface OpenDatasetOptions {
  /** DuckDB memory limit (default '2GB'); beyond it DuckDB spills to a temp directory. */
  memoryLimit?: string;
  threads?: number;
  maxFieldBytes?: number;
  /** Skip the streaming CSV structure pass (only for files already known to be well formed). */
  skipCsvValidation?: boolean;
  /** Deepest nesting of arrays/objects allowed in a JSON Lines record (default 64). */
  maxJsonDepth?: number;
}

/**
 * A dataset loaded into an in-process DuckDB table named `data`. `rowid` is the row number used in
 * every report; `locate(row)` maps it back to a file and line.
 */
export class Dataset {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
    readonly parts: DatasetFilePart[],
    readonly columns: DatasetColumn[],
    readonly rowCount: number,
  ) {}

  static async open(paths: string | readonly string[], options: OpenDatasetOptions = {}): Promise<Dataset> {
    const list = typeof paths === 'string' ? [paths] : [...paths];
    if (list.length === 0) throw new RampartError('RAMPART_DATA_EMPTY', 'no dataset files to read');
    const duckdb = await importOptional('@duckdb/node-api', () => import('@duckdb/node-api'));
    const instance = await duckdb.DuckDBInstance.create(':memory:', {
      memory_limit: options.memoryLimit ?? '2GB',
      threads: String(options.threads ?? 2),
      preserve_insertion_order: 'true',
    });
    const connection = await instance.connect();
    const parts: DatasetFilePart[] = [];
    try {
      let total = 0;
      for (const [index, path] of list.entries()) {
        const format = formatOf(path);
        const { sql: source, validate, validateFirst } = sourceSql(path, format, options);
        const statement =
          index === 0
            ? `CREATE TABLE data AS SELECT * FROM ${source}`
            : `INSERT INTO data BY NAME SELECT * FROM ${source}`;
        // Input that would crash or stall DuckDB's reader (deep JSON) is refused before it reads.
        if (validateFirst) await validate();
        // The CSV structure pass (JS, one thread) runs while DuckDB loads (its own threads). Its
        // error names line and column precisely, so it wins over DuckDB's when both fail.
        const [validated, loaded] = await Promise.allSettled([
          validateFirst ? Promise.resolve() : validate(),
          runReading(connection, statement, path, format),
        ]);
        if (validated.status === 'rejected') throw validated.reason;
        if (loaded.status === 'rejected') throw loaded.reason;
        const count = await scalar(connection, 'SELECT count(*) FROM data');
        const rows = count - total;
        if (rows === 0) throw new RampartError('RAMPART_DATA_EMPTY', `${path}: the file has no data rows`);
        parts.push({ path, format, firstRow: total, rows });
        total = count;
      }
      const described = await connection.runAndReadAll('DESCRIBE data');
      const columns = described
        .getRowObjectsJS()
        .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
      return new Dataset(instance, connection, parts, columns, total);
    } catch (error) {
      connection.closeSync();
      instance.closeSync();
      throw error;
    }
  }

  /** File and 1-based line (CSV: data row + header; JSONL: the line) or record number for a row id. */
  locate(row: number): { path: string; row: number; line?: number } {
    const part = this.parts.find(
      (candidate) => row >= candidate.firstRow && row < candidate.firstRow + candidate.rows,
    );
    if (!part) return { path: '', row };
    const inFile = row - part.firstRow;
    if (part.format === 'parquet') return { path: part.path, row: inFile };
    return { path: part.path, row: inFile, line: inFile + (part.format === 'jsonl' ? 1 : 2) };
  }

  column(name: string): DatasetColumn | undefined {
    return this.columns.find((column) => column.name === name);
  }

  requireColumn(name: string, role: 'label' | 'text' | 'feature'): DatasetColumn {
    const found = this.column(name);
    if (found) return found;
    const names = this.columns.map((column) => column.name).join(', ');
    const file = this.parts.map((part) => part.path).join(', ');
    throw new RampartError(
      role === 'label' ? 'RAMPART_DATA_LABEL_MISSING' : 'RAMPART_DATA_COLUMN_MISSING',
      `${file}: no ${role} column "${name}" (columns: ${names})`,
    );
  }

  async query(sql: string): Promise<Record<string, unknown>[]> {
    try {
      const result = await this.connection.runAndReadAll(sql);
      return result.getRowObjectsJS() as Record<string, unknown>[];
    } catch (error) {
      throw new RampartError(
        'RAMPART_DATA_READ',
        `query failed: ${(error as Error).message.split('\n')[0]}`,
        {
          cause: error,
        },
      );
    }
  }

  /** Run a query and return its columns as arrays (for pulling a bounded sample into JS). */
  async queryColumns(sql: string): Promise<unknown[][]> {
    try {
      const result = await this.connection.runAndReadAll(sql);
      return result.getColumnsJS() as unknown[][];
    } catch (error) {
      throw new RampartError(
        'RAMPART_DATA_READ',
        `query failed: ${(error as Error).message.split('\n')[0]}`,
        {
          cause: error,
        },
      );
    }
  }

  close(): void {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

export function formatOf(path: string): DatasetFormat {
  const format = datasetExtensions[extname(path).toLowerCase()];
  if (!format) {
    throw new RampartError(
      'RAMPART_DATA_FORMAT_UNSUPPORTED',
      `${path}: unsupported file type "${extname(path)}"`,
    );
  }
  return format;
}

/** Quote an identifier for SQL. */
export function identifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quote a string literal for SQL. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function sourceSql(
  path: string,
  format: DatasetFormat,
  options: OpenDatasetOptions,
): { sql: string; validate: () => Promise<unknown>; validateFirst?: boolean } {
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a regular file');
    size = stat.size;
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (size === 0) throw new RampartError('RAMPART_DATA_EMPTY', `${path}: the file is empty (0 bytes)`);
  const maxFieldBytes = options.maxFieldBytes ?? 1 << 20;
  if (format === 'csv' || format === 'tsv') {
    const delimiter = format === 'csv' ? ',' : '\t';
    return {
      sql: `read_csv(${literal(path)}, header=true, delim=${literal(delimiter)}, quote='"', escape='"', max_line_size=${Math.max(2_000_000, maxFieldBytes * 4)})`,
      validate: () =>
        options.skipCsvValidation ? Promise.resolve() : validateCsv(path, { delimiter, maxFieldBytes }),
    };
  }
  const none = () => Promise.resolve();
  if (format === 'parquet') return { sql: `read_parquet(${literal(path)})`, validate: none };
  return {
    sql: `read_json(${literal(path)}, format='newline_delimited', maximum_object_size=${Math.max(16_777_216, maxFieldBytes * 4)})`,
    validate: () => checkJsonlDepth(path, options.maxJsonDepth ?? defaultMaxJsonDepth),
    validateFirst: true,
  };
}

async function runReading(
  connection: DuckDBConnection,
  sql: string,
  path: string,
  format: DatasetFormat,
): Promise<void> {
  try {
    await connection.run(sql);
  } catch (error) {
    // DuckDB's JSON errors point near, not at, the bad line: find the first bad line ourselves.
    if (format === 'jsonl') {
      const found = await firstBadJsonLine(path);
      if (found) throw found;
    }
    throw readError(error, path);
  }
}

/** The first line of a JSON Lines file that is not one JSON object (error path only). */
async function firstBadJsonLine(path: string): Promise<RampartError | undefined> {
  const lines = createInterface({
    input: createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message)?.[1];
      const column = position === undefined ? line.length + 1 : Number(position) + 1;
      const message = `line ${number}, column ${column}: ${(error as Error).message}`;
      lines.close();
      return new RampartError('RAMPART_DATA_READ', `${path}: ${message}`, {
        cause: error,
        details: [{ path: `line ${number}, column ${column}`, message: 'not valid JSON' }],
      });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      lines.close();
      return new RampartError(
        'RAMPART_DATA_READ',
        `${path}: line ${number}, column 1: expected one JSON object per line`,
        {
          details: [{ path: `line ${number}, column 1`, message: 'not a JSON object' }],
        },
      );
    }
  }
  return undefined;
}

async function scalar(connection: DuckDBConnection, sql: string): Promise<number> {
  const result = await connection.runAndReadAll(sql);
  return Number(result.getRowsJS()[0]?.[0] ?? 0);
}

/** Turn a DuckDB reader error into a RampartError that names the file, line and column it found. */
export function readError(error: unknown, path: string): RampartError {
  const text = (error as Error).message ?? String(error);
  const first = text.split('\n')[0] ?? text;
  const line = /line:?\s*(\d+)/i.exec(text)?.[1];
  const byte = /at byte (\d+)/i.exec(text)?.[1];
  const column = /column:?\s*"?([^"\s,]+)"?/i.exec(text)?.[1];
  const where = [line && `line ${line}`, column && `column ${column}`, byte && `byte ${byte}`]
    .filter(Boolean)
    .join(', ');
  const code = /unicode|utf-?8|encoding/i.test(text) ? 'RAMPART_DATA_ENCODING' : 'RAMPART_DATA_READ';
  return new RampartError(
    code,
    `${path}${where ? ` (${where})` : ''}: ${first.replace(/^[A-Za-z ]+Error: /, '')}`,
    {
      cause: error,
      details: where ? [{ path: where, message: first }] : undefined,
    },
  );
}
