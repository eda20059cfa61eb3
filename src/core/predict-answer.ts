/**
 * The predicted class of each row in a predict server's answer, as strings:
 * KServe v2 `outputs` (the tensor named `label`, else the first; a [n, k] tensor of scores gives the
 * index of the largest) or KServe v1 `predictions` (values, or score lists). Undefined when the
 * answer has neither.
 */
export function answerLabels(json: unknown): string[] | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const body = json as { outputs?: unknown; predictions?: unknown };
  if (Array.isArray(body.outputs) && body.outputs.length > 0) {
    const outputs = body.outputs as Array<{ name?: unknown; shape?: unknown; data?: unknown }>;
    const tensor = outputs.find((output) => output?.name === 'label') ?? outputs[0]!;
    if (!Array.isArray(tensor?.data)) return undefined;
    const data = tensor.data as unknown[];
    const shape = Array.isArray(tensor.shape) ? (tensor.shape as number[]) : [];
    if (data.length > 0 && Array.isArray(data[0])) return (data as unknown[][]).map(argmax);
    if (shape.length === 2 && shape[1]! > 1) {
      const width = shape[1]!;
      const rows: string[] = [];
      for (let start = 0; start + width <= data.length; start += width)
        rows.push(argmax(data.slice(start, start + width)));
      return rows;
    }
    return data.map((value) => String(value));
  }
  if (Array.isArray(body.predictions))
    return body.predictions.map((value) => (Array.isArray(value) ? argmax(value) : String(value)));
  return undefined;
}

function argmax(values: readonly unknown[]): string {
  let best = 0;
  values.forEach((value, index) => {
    if (typeof value === 'number' && value > (values[best] as number)) best = index;
  });
  return String(best);
}

/**
 * The predicted value of each row in a regressor's answer: KServe v2 `outputs` (the first tensor,
 * one number a row: shape [n] or [n, 1]) or KServe v1 `predictions` (numbers, or one-number lists).
 * Undefined when the answer has no such numbers (a class label, several outputs a row, a string).
 */
export function answerValues(json: unknown): number[] | undefined {
  if (json === null || typeof json !== 'object') return undefined;
  const body = json as { outputs?: unknown; predictions?: unknown };
  let values: unknown[] | undefined;
  if (Array.isArray(body.outputs) && body.outputs.length > 0) {
    const tensor = body.outputs[0] as { shape?: unknown; data?: unknown } | null;
    if (!Array.isArray(tensor?.data)) return undefined;
    const shape = Array.isArray(tensor.shape) ? (tensor.shape as unknown[]) : [];
    if (shape.length === 2 && shape[1] !== 1) return undefined;
    values = tensor.data;
  } else if (Array.isArray(body.predictions)) values = body.predictions;
  if (!values) return undefined;
  const numbers = values.map((value) => (Array.isArray(value) && value.length === 1 ? value[0] : value));
  return numbers.every((value) => typeof value === 'number' && Number.isFinite(value))
    ? (numbers as number[])
    : undefined;
}
