import { RampartError, type SecurityEvent, severities, severityRank } from '../../core/index.ts';
import { compileFieldPath } from './field-path.ts';

/** A selection: field matchers ANDed together; a list of them is ORed (Sigma style). */
export type SelectionSpec = Record<string, unknown> | Array<Record<string, unknown>>;
export type EventPredicate = (event: SecurityEvent) => boolean;

const operators = [
  'equals',
  'in',
  'contains',
  'startswith',
  'endswith',
  'gte',
  'gt',
  'lte',
  'lt',
  'exists',
  'not',
] as const;
type Operator = (typeof operators)[number];

type Scalar = string | number | boolean | null;

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function invalid(where: string, message: string): RampartError {
  return new RampartError('RAMPART_SOC_RULE_INVALID', `${where}: ${message}`);
}

/** Compare scalars; a severity name compares by rank when the field is `severity`. */
function toNumber(value: unknown, field: string): number | undefined {
  if (typeof value === 'number') return value;
  if (
    field === 'severity' &&
    typeof value === 'string' &&
    (severities as readonly string[]).includes(value)
  ) {
    return severityRank(value as (typeof severities)[number]);
  }
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

/** Apply `test` to a value, or to any element when the value is an array (e.g. frameworks). */
function anyValue(value: unknown, test: (item: unknown) => boolean): boolean {
  if (Array.isArray(value)) return value.some(test);
  return test(value);
}

function compileOperator(
  field: string,
  operator: Operator,
  operand: unknown,
  where: string,
): (value: unknown) => boolean {
  switch (operator) {
    case 'equals':
      if (!isScalar(operand)) throw invalid(where, 'equals takes a single value');
      return (value) => anyValue(value, (item) => item === operand);
    case 'in': {
      if (!Array.isArray(operand) || !operand.every(isScalar))
        throw invalid(where, 'in takes a list of values');
      const set = new Set<unknown>(operand);
      return (value) => anyValue(value, (item) => set.has(item));
    }
    case 'contains':
    case 'startswith':
    case 'endswith': {
      const needles = (Array.isArray(operand) ? operand : [operand]).map((needle) => {
        if (typeof needle !== 'string') throw invalid(where, `${operator} takes text`);
        return needle.toLowerCase();
      });
      const test =
        operator === 'contains'
          ? (text: string, needle: string) => text.includes(needle)
          : operator === 'startswith'
            ? (text: string, needle: string) => text.startsWith(needle)
            : (text: string, needle: string) => text.endsWith(needle);
      return (value) =>
        anyValue(value, (item) => {
          if (typeof item !== 'string') return false;
          const text = item.toLowerCase();
          return needles.some((needle) => test(text, needle));
        });
    }
    case 'gte':
    case 'gt':
    case 'lte':
    case 'lt': {
      const bound = toNumber(operand, field);
      if (bound === undefined) throw invalid(where, `${operator} takes a number`);
      const compare =
        operator === 'gte'
          ? (number: number) => number >= bound
          : operator === 'gt'
            ? (number: number) => number > bound
            : operator === 'lte'
              ? (number: number) => number <= bound
              : (number: number) => number < bound;
      return (value) =>
        anyValue(value, (item) => {
          const number = toNumber(item, field);
          return number !== undefined && compare(number);
        });
    }
    case 'exists':
      if (typeof operand !== 'boolean') throw invalid(where, 'exists takes true or false');
      return (value) => (value !== undefined && value !== null) === operand;
    case 'not': {
      const inner = compileMatcher(field, operand, `${where}.not`);
      return (value) => !inner(value);
    }
  }
}

/** Compile the right-hand side of `field: ...` into a test on the field's value. */
function compileMatcher(field: string, spec: unknown, where: string): (value: unknown) => boolean {
  if (isScalar(spec)) return compileOperator(field, 'equals', spec, where);
  if (Array.isArray(spec)) return compileOperator(field, 'in', spec, where);
  if (typeof spec === 'object' && spec !== null) {
    const tests = Object.entries(spec).map(([operator, operand]) => {
      if (!(operators as readonly string[]).includes(operator)) {
        throw invalid(where, `unknown operator '${operator}' (use ${operators.join(', ')})`);
      }
      return compileOperator(field, operator as Operator, operand, `${where}.${operator}`);
    });
    if (tests.length === 0) throw invalid(where, 'an operator map needs at least one operator');
    return (value) => tests.every((test) => test(value));
  }
  throw invalid(where, 'expected a value, a list of values or an operator map');
}

function compileMap(map: Record<string, unknown>, where: string): EventPredicate {
  const entries = Object.entries(map);
  if (entries.length === 0) throw invalid(where, 'a selection needs at least one field');
  const tests = entries.map(([key, spec]) => {
    // Sigma's `field|operator: value` form is accepted as well as `field: {operator: value}`.
    const [field, operator] = key.split('|', 2) as [string, string | undefined];
    const read = compileFieldPath(field);
    if (!read) throw invalid(where, `unknown field '${field}' (use an event field or attrs.<name>)`);
    const fieldWhere = `${where}.${key}`;
    const test =
      operator === undefined
        ? compileMatcher(field, spec, fieldWhere)
        : compileMatcher(field, { [operator]: spec }, fieldWhere);
    return (event: SecurityEvent) => test(read(event));
  });
  return (event) => tests.every((test) => test(event));
}

export function compileSelection(spec: SelectionSpec, where: string): EventPredicate {
  if (Array.isArray(spec)) {
    if (spec.length === 0) throw invalid(where, 'an empty list matches nothing');
    const alternatives = spec.map((map, index) => compileMap(map, `${where}.${index}`));
    return (event) => alternatives.some((test) => test(event));
  }
  if (typeof spec !== 'object' || spec === null)
    throw invalid(where, 'a selection is a map of field matchers');
  return compileMap(spec, where);
}

/**
 * The event kinds a selection can match, when every alternative pins `kind` with equals/in;
 * undefined when it may match any kind. Lets the engine skip rules that cannot apply.
 */
export function selectionKinds(spec: SelectionSpec): Set<string> | undefined {
  const maps = Array.isArray(spec) ? spec : [spec];
  const kinds = new Set<string>();
  for (const map of maps) {
    const value = map.kind ?? (map as Record<string, unknown>)['kind|in'];
    if (typeof value === 'string') kinds.add(value);
    else if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
      for (const item of value) kinds.add(item);
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      const operand = (value as Record<string, unknown>).equals ?? (value as Record<string, unknown>).in;
      const list = typeof operand === 'string' ? [operand] : Array.isArray(operand) ? operand : undefined;
      if (!list?.every((item) => typeof item === 'string')) return undefined;
      for (const item of list) kinds.add(item);
    } else return undefined;
  }
  return kinds;
}
