import { RampartError } from './errors.ts';

export interface SafeJsonOptions {
  /** Deepest nesting of arrays/objects allowed (default 64). */
  maxDepth?: number;
}

/**
 * Parse untrusted JSON: throws RAMPART_JSON_INVALID on bad syntax, RAMPART_JSON_TOO_DEEP past
 * maxDepth, and drops `__proto__` keys (however they are escaped) so parsed objects cannot
 * pollute prototypes when they are later merged or spread.
 */
export function safeJsonParse(text: string, options: SafeJsonOptions = {}): unknown {
  const maxDepth = options.maxDepth ?? 64;
  checkDepth(text, maxDepth);
  let value: unknown;
  try {
    // A reviver makes JSON.parse several times slower, so it runs only when a `__proto__` key is
    // possible: the literal name, or any \u escape (which could spell it).
    value = mayHoldProtoKey(text)
      ? JSON.parse(text, (key, child) => (key === '__proto__' ? undefined : child))
      : JSON.parse(text);
  } catch (error) {
    throw new RampartError('RAMPART_JSON_INVALID', `invalid JSON: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return value;
}

function mayHoldProtoKey(text: string): boolean {
  return text.includes('__proto__') || text.includes('\\u');
}

/** Linear scan for bracket depth outside strings, before JSON.parse recurses. */
function checkDepth(text: string, maxDepth: number): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 92)
        index++; // backslash: skip escaped char
      else if (code === 34) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 123 || code === 91) {
      depth++;
      if (depth > maxDepth) {
        throw new RampartError('RAMPART_JSON_TOO_DEEP', `JSON nesting deeper than ${maxDepth} levels`);
      }
    } else if (code === 125 || code === 93) depth--;
  }
}
