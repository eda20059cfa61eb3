/**
 * JSON text laid out exactly as Python's `json.dumps(value, indent=2)` with `ensure_ascii=True`
 * writes it (what protobuf's `MessageToJson` emits in the reference `model_signing` tool), so a
 * payload we produce for the same model can match the reference bytes. Differences from
 * `JSON.stringify(value, null, 2)`: every character outside printable ASCII is escaped as
 * `\uXXXX` (lowercase hex, surrogate pairs for astral characters), and numbers marked with
 * {@link PythonFloat} keep a trailing `.0` as Python prints floats.
 */
export class PythonFloat {
  constructor(readonly value: number) {}
}

export type PythonJsonValue =
  | string
  | number
  | boolean
  | null
  | PythonFloat
  | PythonJsonValue[]
  | { [key: string]: PythonJsonValue };

const shortEscapes: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function quote(text: string): string {
  let out = '"';
  for (let index = 0; index < text.length; index++) {
    const character = text[index]!;
    const code = text.charCodeAt(index);
    const short = shortEscapes[character];
    if (short !== undefined) out += short;
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += character;
  }
  return `${out}"`;
}

function formatFloat(value: number): string {
  if (!Number.isFinite(value)) throw new TypeError('non-finite numbers have no JSON form');
  if (Number.isInteger(value)) {
    // Python prints integral floats below 1e16 as "8.0" and larger ones as "1.5e+16".
    if (Math.abs(value) < 1e16) return `${value}.0`;
    const sign = value < 0 ? '-' : '';
    const digits = BigInt(Math.abs(value)).toString();
    const mantissa = digits.replace(/0+$/, '');
    const fraction = mantissa.length > 1 ? `.${mantissa.slice(1)}` : '';
    return `${sign}${mantissa[0]}${fraction}e+${digits.length - 1}`;
  }
  // Shortest round-trip digits agree between JS and Python; only the exponent is padded.
  return String(value).replace(/e([+-])(\d)$/, 'e$10$2');
}

function write(value: PythonJsonValue, indent: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('non-finite numbers have no JSON form');
    return String(value);
  }
  if (value instanceof PythonFloat) return formatFloat(value.value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + write(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${quote(key)}: ${write(item, inner)}`).join(',\n')}\n${indent}}`;
}

/** Serialise `value` as Python's `json.dumps(value, indent=2)` would. */
export function pythonJsonDumps(value: PythonJsonValue): string {
  return write(value, '');
}
