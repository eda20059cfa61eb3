import type { SecurityEvent } from '../../core/index.ts';

const topLevel = new Set([
  'id',
  'time',
  'source',
  'kind',
  'severity',
  'principal',
  'model',
  'route',
  'client_ip',
  'decision',
  'frameworks',
]);

export type FieldReader = (event: SecurityEvent) => unknown;

/**
 * Compile a field name into a reader: a top-level event field, or `attrs.<path>`. Attribute
 * names may themselves contain dots (OpenTelemetry `gen_ai.usage.input_tokens`): the longest
 * key present wins at each level, so both flat and nested attrs resolve.
 */
export function compileFieldPath(field: string): FieldReader | undefined {
  if (topLevel.has(field)) return (event) => (event as unknown as Record<string, unknown>)[field];
  if (!field.startsWith('attrs.') || field.length <= 6) return undefined;
  const rest = field.slice(6);
  return (event) => resolve(event.attrs, rest);
}

function resolve(value: unknown, path: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, path)) return record[path];
  let dot = path.indexOf('.');
  while (dot !== -1) {
    const head = path.slice(0, dot);
    if (Object.hasOwn(record, head)) {
      const found = resolve(record[head], path.slice(dot + 1));
      if (found !== undefined) return found;
    }
    dot = path.indexOf('.', dot + 1);
  }
  return undefined;
}
