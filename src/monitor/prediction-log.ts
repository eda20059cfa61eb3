import { readFileSync } from 'node:fs';
import { RampartError, safeJsonParse } from '../core/index.ts';
import type { FairnessRecord } from './fairness.ts';

export interface PredictionLogColumns {
  protected: string;
  label: string;
  prediction: string;
  /** The favourable outcome's value (default: true, 1, "1", "true", "yes"). */
  positive?: string;
}

const positives = new Set(['true', '1', 'yes']);

/**
 * Read a JSON-lines prediction log (one object per line) into fairness records. A line that is not
 * an object, or lacks one of the columns, is RAMPART_MONITOR_LOG_INVALID with its line number.
 */
export function readPredictionLog(path: string, columns: PredictionLogColumns): FairnessRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read ${path}`, { cause: error });
  }
  const isPositive = (value: unknown) =>
    columns.positive === undefined
      ? positives.has(String(value).toLowerCase())
      : String(value) === columns.positive;
  const records: FairnessRecord[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = safeJsonParse(line, { maxDepth: 8 });
    } catch {
      value = undefined;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new RampartError('RAMPART_MONITOR_LOG_INVALID', `${path}:${index + 1}: not a JSON object`);
    const row = value as Record<string, unknown>;
    for (const column of [columns.protected, columns.label, columns.prediction]) {
      if (row[column] === undefined || row[column] === null)
        throw new RampartError(
          'RAMPART_MONITOR_LOG_INVALID',
          `${path}:${index + 1}: no "${column.slice(0, 100)}" field`,
        );
    }
    records.push({
      group: String(row[columns.protected]),
      label: isPositive(row[columns.label]),
      prediction: isPositive(row[columns.prediction]),
    });
  });
  return records;
}
