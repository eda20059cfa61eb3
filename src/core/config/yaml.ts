import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { RampartError } from '../errors.ts';

export interface ConfigProblem {
  /** Dotted path of the field, e.g. 'routes.0.models'. */
  path: string;
  /** What was wrong: what was expected and what was found. */
  message: string;
}

/**
 * A config file's schema plus the checks a field schema cannot express (cross references between
 * fields). Both run on the same input in the same pass, so every problem is reported at once.
 */
export interface ConfigSpec<Schema extends z.ZodType> {
  schema: Schema;
  references?: (input: unknown) => ConfigProblem[];
}

function specOf<Schema extends z.ZodType>(spec: Schema | ConfigSpec<Schema>): ConfigSpec<Schema> {
  return 'schema' in spec && !('safeParse' in spec) ? spec : { schema: spec as Schema };
}

export interface YamlLoadOptions {
  /** Values for ${VAR} interpolation (default: process.env). */
  env?: Record<string, string | undefined>;
  /** Name used in error messages (default: the path). */
  sourceName?: string;
  /**
   * Read only these top-level fields: the rest is neither interpolated nor validated, so a command
   * that needs one field (the data directory) does not demand every ${SECRET} in the file.
   */
  only?: readonly string[];
}

const envReference = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;

/**
 * Replace ${VAR} and ${VAR:-default} in every string of a parsed document. Interpolation runs on
 * parsed values (never on raw YAML text), so a secret cannot inject YAML structure.
 */
export function interpolateEnv(
  value: unknown,
  env: Record<string, string | undefined>,
  problems: ConfigProblem[],
  path = '',
): unknown {
  if (typeof value === 'string') {
    return value.replace(envReference, (_match, name: string, fallback: string | undefined) => {
      const found = env[name];
      if (found !== undefined) return found;
      if (fallback !== undefined) return fallback;
      problems.push({ path: path || '(root)', message: `environment variable ${name} is not set` });
      return '';
    });
  }
  if (Array.isArray(value))
    return value.map((item, index) => interpolateEnv(item, env, problems, join(path, index)));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value))
      out[key] = interpolateEnv(child, env, problems, join(path, key));
    return out;
  }
  return value;
}

function join(path: string, key: string | number): string {
  return path ? `${path}.${key}` : String(key);
}

/** Describe what a value is, for "expected X, found Y" messages (never echoes the value itself). */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

type Issue = z.core.$ZodIssue;

/** A union option the value did not even have the shape of: one issue, at the option's root. */
function missedShape(issues: readonly Issue[]): boolean {
  const [first] = issues;
  return (
    issues.length === 1 && first!.path.length === 0 && ['invalid_type', 'invalid_value'].includes(first!.code)
  );
}

/**
 * Issues as a user should read them: an unknown key gets its own path (`routes.2.guard.threshold`),
 * and a union (`guard: false | {...}`) whose value has one option's shape reports that option's
 * problems instead of "invalid input".
 */
function flattenIssues(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): Issue[] {
  return issues.flatMap((issue): Issue[] => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ ...issue, path: [...path, key], message: 'unknown field' }));
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const fitting = issue.errors.filter((optionIssues) => !missedShape(optionIssues));
      if (fitting.length === 1) return flattenIssues(fitting[0]!, path);
    }
    return [{ ...issue, path }];
  });
}

/** Turn zod issues into problems with dotted paths and "found" descriptions. */
export function zodProblems(error: z.ZodError, input: unknown): ConfigProblem[] {
  return flattenIssues(error.issues).map((issue) => {
    const path = issue.path.map(String).join('.') || '(root)';
    const value = valueAt(input, issue.path);
    const found = issue.code === 'unrecognized_keys' ? '' : ` (found ${describe(value)})`;
    return { path, message: `${issue.message}${found}` };
  });
}

/** Parse YAML text, interpolate env, validate with a zod schema; throw one error listing every problem. */
export function parseYamlConfig<Schema extends z.ZodType>(
  text: string,
  schema: Schema | ConfigSpec<Schema>,
  options: YamlLoadOptions = {},
): z.output<Schema> {
  const source = options.sourceName ?? 'config';
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    // Later syntax errors mostly cascade from the first: list a few, count the rest.
    const shown = 3;
    const problems = document.errors.slice(0, shown).map((error) => ({
      path: error.linePos ? `line ${error.linePos[0].line}, column ${error.linePos[0].col}` : '(document)',
      message: (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, ''),
    }));
    const more = document.errors.length - shown;
    if (more > 0) problems.push({ path: '', message: `${more} more, usually caused by the first` });
    throw new RampartError('RAMPART_CONFIG_PARSE', `${source}: YAML syntax error`, {
      details: problems,
      hint: 'The file is not valid YAML: fix the first reported line. Quote a ${VAR} that stands inside [ ] or { }.',
    });
  }
  let raw: unknown;
  try {
    // Aliases to missing anchors and alias bombs only fail here, not in parseDocument.
    raw = document.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (error) {
    const message = (error as Error).message;
    throw new RampartError('RAMPART_CONFIG_PARSE', `${source}: ${message}`, {
      cause: error,
      details: [{ path: '(document)', message }],
    });
  }
  if (options.only && raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const fields = raw as Record<string, unknown>;
    raw = Object.fromEntries(options.only.filter((key) => key in fields).map((key) => [key, fields[key]]));
  }
  const problems: ConfigProblem[] = [];
  const interpolated = interpolateEnv(raw, options.env ?? process.env, problems);
  if (problems.length > 0) {
    throw new RampartError(
      'RAMPART_CONFIG_ENV_MISSING',
      `${source}: ${problems.length} missing environment variable(s)`,
      {
        details: problems,
      },
    );
  }
  return validateWithSchema(interpolated, schema, source);
}

/**
 * Validate a value against a schema and its cross-reference checks; throw RAMPART_CONFIG_INVALID
 * listing every problem of both with its dotted path.
 */
export function validateWithSchema<Schema extends z.ZodType>(
  value: unknown,
  schemaOrSpec: Schema | ConfigSpec<Schema>,
  source = 'config',
): z.output<Schema> {
  const { schema, references } = specOf(schemaOrSpec);
  const result = schema.safeParse(value);
  const list = [...(result.success ? [] : zodProblems(result.error, value)), ...(references?.(value) ?? [])];
  if (!result.success || list.length > 0) {
    throw new RampartError('RAMPART_CONFIG_INVALID', `${source}: ${list.length} problem(s) found`, {
      details: list,
    });
  }
  return result.data;
}

/** Read a YAML file and validate it (see parseYamlConfig). */
export function loadYamlFile<Schema extends z.ZodType>(
  path: string,
  schema: Schema | ConfigSpec<Schema>,
  options: YamlLoadOptions = {},
): z.output<Schema> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_CONFIG_NOT_FOUND', `cannot read ${path}`, { cause: error });
  }
  return parseYamlConfig(text, schema, { sourceName: path, ...options });
}

/** Freeze an object and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
