/**
 * The rows of a predict request, read from the JSON shapes predict servers take, with a way to write
 * changed rows back in the same shape:
 * - KServe v2 / Triton: `inputs: [{ name, shape, datatype, data }]`, either one tensor of rows
 *   (`data` nested rows, or flat with `shape: [n, features]`), or one tensor per feature, named after it;
 * - KServe v1 / TF Serving: `instances: [[...], ...]` (feature order) or `[{ feature: value }, ...]`.
 */
export interface RequestRows {
  /** One array per row, one value per feature (as sent: not yet checked). */
  readonly rows: unknown[][];
  /** The body with these rows in place of the originals (the request body is left as it was). */
  write(rows: readonly (readonly unknown[])[]): Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Rows per feature, or the reason the body is in no shape we can read. */
export function readRequestRows(
  json: Json,
  features: readonly string[],
): RequestRows | { unreadable: string } {
  const width = features.length;
  if (Array.isArray(json.inputs)) return readInputs(json, json.inputs, features);
  if (Array.isArray(json.instances)) {
    const instances = json.instances;
    if (instances.length === 0) return { unreadable: '"instances" is empty' };
    if (instances.every((row) => Array.isArray(row) && row.length === width)) {
      return {
        rows: instances.map((row) => [...(row as unknown[])]),
        write: (rows) => ({ ...json, instances: rows.map((row) => [...row]) }),
      };
    }
    if (instances.every(isObject)) {
      return {
        rows: instances.map((row) => features.map((name) => (row as Json)[name])),
        write: (rows) => ({
          ...json,
          instances: instances.map((row, index) => {
            const copy: Json = { ...(row as Json) };
            features.forEach((name, feature) => {
              copy[name] = rows[index]![feature];
            });
            return copy;
          }),
        }),
      };
    }
    return { unreadable: `each of "instances" must be an array of ${width} values or an object of features` };
  }
  return { unreadable: 'expected "inputs" (KServe v2) or "instances" (KServe v1)' };
}

function readInputs(
  json: Json,
  inputs: unknown[],
  features: readonly string[],
): RequestRows | { unreadable: string } {
  const width = features.length;
  if (inputs.length === 0 || !inputs.every(isObject))
    return { unreadable: '"inputs" must be a list of tensors' };
  const tensors = inputs as Json[];
  if (tensors.length === 1 && Array.isArray(tensors[0]!.data)) {
    const tensor = tensors[0]!;
    const data = tensor.data as unknown[];
    if (data.length > 0 && data.every((row) => Array.isArray(row) && row.length === width)) {
      return {
        rows: data.map((row) => [...(row as unknown[])]),
        write: (rows) => ({ ...json, inputs: [{ ...tensor, data: rows.map((row) => [...row]) }] }),
      };
    }
    if (data.length > 0 && data.length % width === 0 && !data.some(Array.isArray)) {
      const shape = Array.isArray(tensor.shape) ? tensor.shape : undefined;
      const last = shape?.[shape.length - 1];
      if (shape === undefined || last === width || (shape.length === 1 && data.length === width)) {
        const rows: unknown[][] = [];
        for (let start = 0; start < data.length; start += width) rows.push(data.slice(start, start + width));
        return { rows, write: (next) => ({ ...json, inputs: [{ ...tensor, data: next.flat() }] }) };
      }
    }
  }
  // One tensor per feature, named after it.
  const byName = new Map(tensors.map((tensor) => [tensor.name, tensor]));
  const columns = features.map((name) => byName.get(name)?.data);
  if (columns.every(Array.isArray)) {
    const count = (columns[0] as unknown[]).length;
    if (count > 0 && columns.every((column) => (column as unknown[]).length === count)) {
      const rows = Array.from({ length: count }, (_, row) =>
        columns.map((column) => (column as unknown[])[row]),
      );
      return {
        rows,
        write: (next) => ({
          ...json,
          inputs: tensors.map((tensor) => {
            const feature = features.indexOf(tensor.name as string);
            return feature < 0 ? tensor : { ...tensor, data: next.map((row) => row[feature]) };
          }),
        }),
      };
    }
  }
  return {
    unreadable: `expected one tensor of rows of ${width} values, or one tensor per feature (${features.slice(0, 8).join(', ')})`,
  };
}
