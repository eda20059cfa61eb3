import { readFileSync } from 'node:fs';
import { RampartError, safeJsonParse } from '../../core/index.ts';

export type DatasetLabel = 'benign' | 'injection' | 'jailbreak';
export const datasetLabels: readonly DatasetLabel[] = ['benign', 'injection', 'jailbreak'];

export interface DatasetRecord {
  text: string;
  label: DatasetLabel;
  source?: string;
  lang?: string;
  /** The attack or hard-negative style (an evaluation set's own names), reported per style by `guard eval`. */
  style?: string;
}

/** Reads a JSON-lines dataset ({ text, label, source?, lang?, style? } per line); every bad line is reported. */
export function readDataset(path: string): DatasetRecord[] {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read dataset ${path}`, { cause: error });
  }
  return parseDataset(content, path);
}

export function parseDataset(content: string, name = 'dataset'): DatasetRecord[] {
  const records: DatasetRecord[] = [];
  const problems: Array<{ path: string; message: string }> = [];
  const lines = content.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = safeJsonParse(line);
    } catch {
      problems.push({ path: `line ${index + 1}`, message: 'not valid JSON' });
      continue;
    }
    const record = value as Record<string, unknown>;
    if (typeof record !== 'object' || record === null || typeof record.text !== 'string') {
      problems.push({ path: `line ${index + 1}`, message: 'needs a string `text`' });
      continue;
    }
    if (!datasetLabels.includes(record.label as DatasetLabel)) {
      problems.push({ path: `line ${index + 1}`, message: 'label must be benign, injection or jailbreak' });
      continue;
    }
    records.push({
      text: record.text,
      label: record.label as DatasetLabel,
      ...(typeof record.source === 'string' ? { source: record.source } : {}),
      ...(typeof record.lang === 'string' ? { lang: record.lang } : {}),
      ...(typeof record.style === 'string' ? { style: record.style } : {}),
    });
    if (problems.length > 20) break;
  }
  if (problems.length > 0) {
    throw new RampartError('RAMPART_GUARD_DATASET_INVALID', `${name}: ${problems.length} bad line(s)`, {
      details: problems.slice(0, 20),
    });
  }
  return records;
}
