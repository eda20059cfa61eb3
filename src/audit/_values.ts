/** Small value tests shared by the audit's file readers (internal to src/audit). */

const secretName = /(pass(word|wd)?|secret|token|api[_-]?key|private[_-]?key|credential|access[_-]?key)$/i;

/** A variable name that holds a secret: DB_PASSWORD, HF_TOKEN, OPENAI_API_KEY, ... */
export function isSecretName(name: string): boolean {
  return secretName.test(name.trim());
}

/** A value written out literally, not read from elsewhere (${VAR}, $VAR, empty). */
export function isLiteralValue(value: unknown): boolean {
  if (typeof value === 'number') return true;
  if (typeof value !== 'string') return false;
  const text = value.trim();
  if (text === '') return false;
  return !/^\$\{[^}]+\}$/.test(text) && !/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(text);
}

/** An address only the local machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare);
}

/** An image reference with no tag or digest, or with :latest. */
export function isUnpinnedImage(image: string): boolean {
  if (image.includes('@sha256:')) return false;
  if (image.startsWith('$') || image.toLowerCase() === 'scratch') return false;
  const lastSegment = image.split('/').pop() ?? image;
  const tag = lastSegment.includes(':') ? lastSegment.slice(lastSegment.indexOf(':') + 1) : undefined;
  return tag === undefined || tag === 'latest';
}

/** The value of `--name value` or `--name=value` in an argument list (the last one wins). */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === name) found = argv[index + 1] ?? '';
    else if (arg.startsWith(`${name}=`)) found = arg.slice(name.length + 1);
  }
  return found;
}

/** Whether `--name` (or `--name=...`) appears in an argument list. */
export function hasFlag(argv: readonly string[], name: string): boolean {
  return argv.some((arg) => arg === name || arg.startsWith(`${name}=`));
}

/** Split a shell command line into words (quotes kept together, no expansion). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  for (const match of line.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) {
    words.push(match[1] ?? match[2] ?? match[3]!);
  }
  return words;
}

/** `KEY=value` strings (compose list form, docker -e) into a map. */
export function envFromList(entries: readonly unknown[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of entries) {
    const text = scalarText(entry);
    const equals = text.indexOf('=');
    if (equals > 0) env[text.slice(0, equals)] = text.slice(equals + 1);
  }
  return env;
}

/**
 * A YAML scalar as text, for any parsed value: strings, numbers, booleans and null as YAML writes
 * them; objects and arrays (which are never the setting a rule looks for) as ''. `String(value)`
 * throws on an object without a prototype (`{__proto__: null}` from hostile YAML), so the readers
 * use this instead.
 */
export function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (value === null) return 'null';
  return '';
}
