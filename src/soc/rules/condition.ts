import { RampartError } from '../../core/index.ts';

/** A parsed condition: selection names combined with and / or / not and parentheses. */
export type ConditionNode =
  | { type: 'name'; name: string }
  | { type: 'not'; operand: ConditionNode }
  | { type: 'and' | 'or'; left: ConditionNode; right: ConditionNode };

const tokenPattern = /\s*(\(|\)|[A-Za-z_][A-Za-z0-9_-]*)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  tokenPattern.lastIndex = 0;
  let position = 0;
  while (position < text.length) {
    if (/^\s*$/.test(text.slice(position))) break;
    tokenPattern.lastIndex = position;
    const match = tokenPattern.exec(text);
    if (!match) throw invalid(`unexpected character at position ${position + 1}`);
    tokens.push(match[1]!);
    position = tokenPattern.lastIndex;
  }
  return tokens;
}

function invalid(message: string): RampartError {
  return new RampartError('RAMPART_SOC_RULE_INVALID', `condition: ${message}`);
}

/** Parse `a and not (b or c)`. Precedence: not > and > or. Names are checked against `known`. */
export function parseCondition(text: string, known: ReadonlySet<string>): ConditionNode {
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index]?.toLowerCase();
  const parseOr = (): ConditionNode => {
    let left = parseAnd();
    while (peek() === 'or') {
      index++;
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): ConditionNode => {
    let left = parseNot();
    while (peek() === 'and') {
      index++;
      left = { type: 'and', left, right: parseNot() };
    }
    return left;
  };
  const parseNot = (): ConditionNode => {
    if (peek() === 'not') {
      index++;
      return { type: 'not', operand: parseNot() };
    }
    return parsePrimary();
  };
  const parsePrimary = (): ConditionNode => {
    const token = tokens[index];
    if (token === undefined) throw invalid('ends too early');
    index++;
    if (token === '(') {
      const inner = parseOr();
      if (tokens[index] !== ')') throw invalid("missing ')'");
      index++;
      return inner;
    }
    if (token === ')' || ['and', 'or', 'not'].includes(token.toLowerCase())) {
      throw invalid(`unexpected '${token}'`);
    }
    if (!known.has(token)) throw invalid(`unknown selection '${token}'`);
    return { type: 'name', name: token };
  };
  const tree = parseOr();
  if (index !== tokens.length) throw invalid(`unexpected '${tokens[index]}'`);
  return tree;
}

/** Compile a condition tree into a short-circuiting predicate over named tests. */
export function compileCondition<T>(
  node: ConditionNode,
  tests: ReadonlyMap<string, (input: T) => boolean>,
): (input: T) => boolean {
  switch (node.type) {
    case 'name':
      return tests.get(node.name)!;
    case 'not': {
      const operand = compileCondition(node.operand, tests);
      return (input) => !operand(input);
    }
    case 'and': {
      const left = compileCondition(node.left, tests);
      const right = compileCondition(node.right, tests);
      return (input) => left(input) && right(input);
    }
    case 'or': {
      const left = compileCondition(node.left, tests);
      const right = compileCondition(node.right, tests);
      return (input) => left(input) || right(input);
    }
  }
}

/** Kinds a condition can match given each selection's kinds (undefined = any kind). */
export function conditionKinds(
  node: ConditionNode,
  kindsOf: (name: string) => Set<string> | undefined,
): Set<string> | undefined {
  switch (node.type) {
    case 'name':
      return kindsOf(node.name);
    case 'not':
      return undefined;
    case 'and': {
      const left = conditionKinds(node.left, kindsOf);
      const right = conditionKinds(node.right, kindsOf);
      if (!left) return right;
      if (!right) return left;
      return new Set([...left].filter((kind) => right.has(kind)));
    }
    case 'or': {
      const left = conditionKinds(node.left, kindsOf);
      const right = conditionKinds(node.right, kindsOf);
      if (!left || !right) return undefined;
      return new Set([...left, ...right]);
    }
  }
}
