/** Most numbers read from one query row; the rest are ignored (distances are over this many features). */
export const maxFeatures = 256;
/** Most rows read from one request. */
const maxRows = 64;

function numbersOf(value: unknown, out: number[]): void {
  if (out.length >= maxFeatures) return;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) out.push(value);
  } else if (typeof value === 'boolean') out.push(value ? 1 : 0);
  else if (Array.isArray(value)) for (const item of value) numbersOf(item, out);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value as Record<string, unknown>)) numbersOf(item, out);
}

function rowsOf(value: unknown, shape?: unknown): number[][] {
  if (!Array.isArray(value)) {
    const row: number[] = [];
    numbersOf(value, row);
    return row.length > 0 ? [row] : [];
  }
  const nested = value.length > 0 && value.every((item) => typeof item === 'object' && item !== null);
  if (nested) {
    return value.slice(0, maxRows).flatMap((item) => {
      const row: number[] = [];
      numbersOf(item, row);
      return row.length > 0 ? [row] : [];
    });
  }
  const flat: number[] = [];
  numbersOf(value, flat);
  const dims =
    Array.isArray(shape) && shape.every((size) => Number.isInteger(size)) ? (shape as number[]) : [];
  const rows = dims.length >= 2 ? dims[0]! : 1;
  if (rows > 1 && flat.length % rows === 0) {
    const width = flat.length / rows;
    return Array.from({ length: Math.min(rows, maxRows) }, (_, index) =>
      flat.slice(index * width, (index + 1) * width),
    );
  }
  return flat.length > 0 ? [flat] : [];
}

/**
 * The numeric query rows of a predict request, for the extraction monitor: KServe v2
 * (`inputs[0].data` with its `shape`), KServe v1 / TF Serving (`instances`, `inputs`), or a custom
 * body's `data` / `features`; otherwise every number in the body as one row.
 */
export function predictQueryRows(json: Record<string, unknown>): number[][] {
  const inputs = json.inputs;
  if (Array.isArray(inputs) && inputs.length > 0) {
    const first = inputs[0] as { data?: unknown; shape?: unknown } | undefined;
    if (first && typeof first === 'object' && !Array.isArray(first) && 'data' in first)
      return rowsOf(first.data, first.shape);
    return rowsOf(inputs);
  }
  for (const key of ['instances', 'data', 'features']) if (key in json) return rowsOf(json[key]);
  return rowsOf(json);
}
