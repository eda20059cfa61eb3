import { type Dataset, identifier } from './dataset.ts';

/** Tokens are runs of letters and digits, lower-cased (a DuckDB regular-expression literal). */
export const tokenPattern = "'[\\p{L}\\p{N}]+'";

/** Each row's distinct tokens as ids into a vocabulary built from these rows only. */
export interface RowTokens {
  tokens: Int32Array[];
  vocabulary: number;
}

/**
 * The distinct tokens of a text column for the given rows (row numbers in load order), in the
 * order of `rows`. A missing or empty text gives an empty list. Reads only those rows.
 */
export async function loadRowTokens(
  dataset: Dataset,
  column: string,
  rows: readonly number[],
  complete: boolean,
): Promise<RowTokens> {
  const filter = complete ? '' : ` WHERE rowid IN (${rows.join(', ')})`;
  const result = await dataset.query(
    `SELECT rowid AS r, list_distinct(regexp_extract_all(lower(${identifier(column)}::VARCHAR), ${tokenPattern})) AS t FROM data${filter}`,
  );
  const byRow = new Map<number, unknown>(result.map((row) => [Number(row.r), row.t]));
  const vocabulary = new Map<string, number>();
  const tokens = rows.map((row) => {
    const list = byRow.get(row);
    if (!Array.isArray(list)) return new Int32Array(0);
    return Int32Array.from(list, (token) => {
      const text = String(token);
      let id = vocabulary.get(text);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(text, id);
      }
      return id;
    });
  });
  return { tokens, vocabulary: vocabulary.size };
}
