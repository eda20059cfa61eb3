import { highestProtocol, opcodes as op, opcodeName } from './opcodes.ts';

/**
 * A symbolic pickle machine: it follows the opcodes of one pickle the way CPython's Unpickler
 * would, but never imports or calls anything. It tracks just enough of the stack (strings,
 * imported globals, tuples, call results, memo entries) to name every callable that loading the
 * pickle would import or call, including names built on the stack (STACK_GLOBAL from memoized
 * strings), call chains (getattr(__import__('os'), 'system')) and copyreg extension codes.
 *
 * Work is O(bytes): every opcode does constant work apart from MARK-delimited pops, which consume
 * what they pop. Length fields are checked against the bytes left before use, so a huge length
 * never allocates.
 */

/** An imported callable. */
export interface PickleGlobal {
  module: string;
  name: string;
  offset: number;
  opcode: string;
}

/** A call the unpickler would make (REDUCE, INST, OBJ, NEWOBJ, NEWOBJ_EX, BUILD on a global). */
export interface PickleCall {
  /** `module.name` when the target is known, e.g. 'os.system'; undefined for a dynamic target. */
  target: string | undefined;
  offset: number;
  opcode: string;
  /** How a dynamic target was produced, for the report. */
  description: string;
}

export interface PickleExtension {
  code: number;
  offset: number;
}

export interface PickleAnalysis {
  globals: PickleGlobal[];
  /** Byte ranges of string/bytes arguments that are themselves pickles (start with PROTO). */
  embedded: Array<{ start: number; end: number }>;
  calls: PickleCall[];
  extensions: PickleExtension[];
  protocol: number;
  /** Offset just past the STOP opcode, or where analysis ended. */
  end: number;
  /** True when STOP was reached. */
  complete: boolean;
  /** Set when the stream is malformed or truncated: where and why. */
  error?: { offset: number; message: string };
}

enum Kind {
  Other = 0,
  Text = 1,
  Global = 2,
  Call = 3,
  Tuple = 4,
  Extension = 5,
  Mark = 6,
}

type Value =
  | { kind: Kind.Other }
  | { kind: Kind.Mark }
  | { kind: Kind.Text; text: string }
  | { kind: Kind.Global; module: string; name: string }
  | { kind: Kind.Call; callee: Value; args: Value }
  | { kind: Kind.Tuple; items: Value[] }
  | { kind: Kind.Extension; code: number };

const other: Value = { kind: Kind.Other };
const emptyTuple: Value = { kind: Kind.Tuple, items: [] };
/** Longest string kept as text (module/attribute names); longer ones are kept truncated. */
const maxTextBytes = 4096;
/** Deepest chain followed when naming a value. */
const maxDescribeDepth = 16;

class PickleError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** Name a value as a dotted path when it is a global, an imported module or getattr of one. */
function describe(value: Value, depth = 0): string | undefined {
  if (depth > maxDescribeDepth) return undefined;
  if (value.kind === Kind.Global) return `${value.module}.${value.name}`;
  if (value.kind === Kind.Call) {
    const callee = describe(value.callee, depth + 1);
    const args = value.args.kind === Kind.Tuple ? value.args.items : [];
    if (
      (callee === 'builtins.__import__' ||
        callee === '__builtin__.__import__' ||
        callee === 'importlib.import_module') &&
      args[0]?.kind === Kind.Text
    ) {
      return args[0].text;
    }
    if ((callee === 'builtins.getattr' || callee === '__builtin__.getattr') && args[1]?.kind === Kind.Text) {
      const base = args[0] ? describe(args[0], depth + 1) : undefined;
      if (base !== undefined) return `${base}.${args[1].text}`;
    }
  }
  return undefined;
}

function describeDynamic(value: Value): string {
  switch (value.kind) {
    case Kind.Call:
      return `the result of calling ${describe(value.callee) ?? 'a dynamic value'}`;
    case Kind.Extension:
      return `extension code ${value.code}`;
    case Kind.Text:
      return 'a string';
    case Kind.Tuple:
      return 'a tuple';
    default:
      return 'an object built by the pickle';
  }
}

/** Analyse one pickle starting at `start`. Never throws: problems end up in `error`. */
export function analysePickle(bytes: Uint8Array, start = 0, end = bytes.length): PickleAnalysis {
  const result: PickleAnalysis = {
    globals: [],
    embedded: [],
    calls: [],
    extensions: [],
    protocol: 0,
    end: start,
    complete: false,
  };
  const stack: Value[] = [];
  const marks: number[] = [];
  const memo = new Map<number, Value>();
  let position = start;
  let opcodeOffset = start;

  const need = (count: number): void => {
    if (count < 0 || position + count > end) {
      throw new PickleError(
        opcodeOffset,
        `truncated: ${opcodeName(bytes[opcodeOffset]!) ?? 'opcode'} needs ${count} bytes, ${end - position} left`,
      );
    }
  };
  const readUint = (size: 1 | 2 | 4 | 8): number => {
    need(size);
    let value = 0;
    for (let index = size - 1; index >= 0; index--) value = value * 256 + bytes[position + index]!;
    position += size;
    return value;
  };
  const readLine = (): string => {
    let stop = position;
    while (stop < end && bytes[stop] !== 0x0a) stop++;
    if (stop >= end) throw new PickleError(opcodeOffset, 'truncated: line argument has no newline');
    const text = latin1.decode(bytes.subarray(position, Math.min(stop, position + maxTextBytes)));
    position = stop + 1;
    return text.endsWith('\r') ? text.slice(0, -1) : text;
  };
  const readText = (length: number, decoder: typeof utf8): Value => {
    need(length);
    const text = decoder.decode(bytes.subarray(position, position + Math.min(length, maxTextBytes)));
    if (
      decoder === latin1 &&
      length >= 4 &&
      bytes[position] === op.PROTO &&
      bytes[position + 1]! <= highestProtocol &&
      result.embedded.length < 64
    ) {
      result.embedded.push({ start: position, end: position + length });
    }
    position += length;
    return { kind: Kind.Text, text };
  };
  const skip = (length: number): void => {
    need(length);
    if (
      length >= 4 &&
      bytes[position] === op.PROTO &&
      bytes[position + 1]! <= highestProtocol &&
      result.embedded.length < 64
    ) {
      result.embedded.push({ start: position, end: position + length });
    }
    position += length;
  };
  const pop = (): Value => {
    const base = marks.length > 0 ? marks[marks.length - 1]! : 0;
    if (stack.length <= base)
      throw new PickleError(opcodeOffset, `stack underflow at ${opcodeName(bytes[opcodeOffset]!)}`);
    return stack.pop()!;
  };
  const top = (): Value => {
    const base = marks.length > 0 ? marks[marks.length - 1]! : 0;
    if (stack.length <= base)
      throw new PickleError(opcodeOffset, `stack underflow at ${opcodeName(bytes[opcodeOffset]!)}`);
    return stack[stack.length - 1]!;
  };
  const popMark = (): Value[] => {
    if (marks.length === 0)
      throw new PickleError(opcodeOffset, `${opcodeName(bytes[opcodeOffset]!)} without MARK`);
    const base = marks.pop()!;
    return stack.splice(base);
  };
  const addGlobal = (module: string, name: string, opcode: string): Value => {
    result.globals.push({ module, name, offset: opcodeOffset, opcode });
    return { kind: Kind.Global, module, name };
  };
  const addCall = (callee: Value, args: Value, opcode: string): Value => {
    const target = describe(callee);
    result.calls.push({
      target,
      offset: opcodeOffset,
      opcode,
      description: target ?? describeDynamic(callee),
    });
    return { kind: Kind.Call, callee, args };
  };
  const memoPut = (index: number): void => {
    memo.set(index, top());
  };
  const memoGet = (index: number): void => {
    const value = memo.get(index);
    if (value === undefined) throw new PickleError(opcodeOffset, `memo key ${index} not found`);
    stack.push(value);
  };
  const lineNumber = (text: string): number => {
    const value = Number.parseInt(text, 10);
    if (!Number.isFinite(value))
      throw new PickleError(opcodeOffset, `bad integer argument ${JSON.stringify(text.slice(0, 40))}`);
    return value;
  };

  try {
    while (position < end) {
      opcodeOffset = position;
      const code = bytes[position++]!;
      switch (code) {
        case op.PROTO: {
          const protocol = readUint(1);
          if (protocol > highestProtocol)
            throw new PickleError(opcodeOffset, `unsupported pickle protocol ${protocol}`);
          result.protocol = protocol;
          break;
        }
        case op.FRAME:
          readUint(8);
          break;
        case op.STOP:
          pop();
          result.complete = true;
          result.end = position;
          return result;
        case op.MARK:
          marks.push(stack.length);
          break;
        case op.POP: {
          const base = marks.length > 0 ? marks[marks.length - 1]! : 0;
          if (stack.length > base) stack.pop();
          else if (marks.length > 0) marks.pop();
          else throw new PickleError(opcodeOffset, 'stack underflow at POP');
          break;
        }
        case op.POP_MARK:
          popMark();
          break;
        case op.DUP:
          stack.push(top());
          break;
        // Scalars
        case op.FLOAT:
        case op.INT:
        case op.LONG:
          readLine();
          stack.push(other);
          break;
        case op.BININT:
          skip(4);
          stack.push(other);
          break;
        case op.BININT1:
          skip(1);
          stack.push(other);
          break;
        case op.BININT2:
          skip(2);
          stack.push(other);
          break;
        case op.BINFLOAT:
          skip(8);
          stack.push(other);
          break;
        case op.LONG1:
          skip(readUint(1));
          stack.push(other);
          break;
        case op.LONG4:
          skip(readUint(4));
          stack.push(other);
          break;
        case op.NONE:
        case op.NEWTRUE:
        case op.NEWFALSE:
          stack.push(other);
          break;
        // Strings and bytes
        case op.STRING: {
          let text = readLine().trim();
          const quote = text[0];
          if ((quote === "'" || quote === '"') && text.length >= 2 && text.endsWith(quote))
            text = text.slice(1, -1);
          else throw new PickleError(opcodeOffset, 'STRING argument is not quoted');
          stack.push({ kind: Kind.Text, text });
          break;
        }
        case op.UNICODE: {
          const raw = readLine();
          stack.push({
            kind: Kind.Text,
            text: raw.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
              String.fromCharCode(Number.parseInt(hex, 16)),
            ),
          });
          break;
        }
        case op.BINSTRING:
          stack.push(readText(readUint(4), latin1));
          break;
        case op.SHORT_BINSTRING:
          stack.push(readText(readUint(1), latin1));
          break;
        case op.BINUNICODE:
          stack.push(readText(readUint(4), utf8));
          break;
        case op.SHORT_BINUNICODE:
          stack.push(readText(readUint(1), utf8));
          break;
        case op.BINUNICODE8:
          stack.push(readText(readUint(8), utf8));
          break;
        case op.BINBYTES:
          skip(readUint(4));
          stack.push(other);
          break;
        case op.SHORT_BINBYTES:
          skip(readUint(1));
          stack.push(other);
          break;
        case op.BINBYTES8:
        case op.BYTEARRAY8:
          skip(readUint(8));
          stack.push(other);
          break;
        case op.NEXT_BUFFER:
          stack.push(other);
          break;
        case op.READONLY_BUFFER:
          top();
          break;
        // Containers
        case op.EMPTY_TUPLE:
          stack.push(emptyTuple);
          break;
        case op.TUPLE:
          stack.push({ kind: Kind.Tuple, items: popMark() });
          break;
        case op.TUPLE1: {
          const first = pop();
          stack.push({ kind: Kind.Tuple, items: [first] });
          break;
        }
        case op.TUPLE2: {
          const second = pop();
          const first = pop();
          stack.push({ kind: Kind.Tuple, items: [first, second] });
          break;
        }
        case op.TUPLE3: {
          const third = pop();
          const second = pop();
          const first = pop();
          stack.push({ kind: Kind.Tuple, items: [first, second, third] });
          break;
        }
        case op.EMPTY_LIST:
        case op.EMPTY_DICT:
        case op.EMPTY_SET:
          stack.push(other);
          break;
        case op.LIST:
        case op.DICT:
        case op.FROZENSET:
          popMark();
          stack.push(other);
          break;
        case op.APPEND:
          pop();
          top();
          break;
        case op.APPENDS:
        case op.SETITEMS:
        case op.ADDITEMS:
          popMark();
          top();
          break;
        case op.SETITEM:
          pop();
          pop();
          top();
          break;
        // Memo
        case op.PUT:
          memoPut(lineNumber(readLine()));
          break;
        case op.BINPUT:
          memoPut(readUint(1));
          break;
        case op.LONG_BINPUT:
          memoPut(readUint(4));
          break;
        case op.MEMOIZE:
          memoPut(memo.size);
          break;
        case op.GET:
          memoGet(lineNumber(readLine()));
          break;
        case op.BINGET:
          memoGet(readUint(1));
          break;
        case op.LONG_BINGET:
          memoGet(readUint(4));
          break;
        // Imports and calls
        case op.GLOBAL: {
          const module = readLine();
          const name = readLine();
          stack.push(addGlobal(module, name, 'GLOBAL'));
          break;
        }
        case op.STACK_GLOBAL: {
          const name = pop();
          const module = pop();
          if (module.kind !== Kind.Text || name.kind !== Kind.Text) {
            result.calls.push({
              target: undefined,
              offset: opcodeOffset,
              opcode: 'STACK_GLOBAL',
              description: `STACK_GLOBAL imports a name built from ${describeDynamic(name)}`,
            });
            stack.push(other);
          } else {
            stack.push(addGlobal(module.text, name.text, 'STACK_GLOBAL'));
          }
          break;
        }
        case op.EXT1:
        case op.EXT2:
        case op.EXT4: {
          const extensionCode = readUint(code === op.EXT1 ? 1 : code === op.EXT2 ? 2 : 4);
          result.extensions.push({ code: extensionCode, offset: opcodeOffset });
          stack.push({ kind: Kind.Extension, code: extensionCode });
          break;
        }
        case op.REDUCE: {
          const args = pop();
          const callee = pop();
          stack.push(addCall(callee, args, 'REDUCE'));
          break;
        }
        case op.INST: {
          const module = readLine();
          const name = readLine();
          const args = popMark();
          const callee = addGlobal(module, name, 'INST');
          stack.push(addCall(callee, { kind: Kind.Tuple, items: args }, 'INST'));
          break;
        }
        case op.OBJ: {
          const items = popMark();
          const callee = items.shift();
          if (callee === undefined) throw new PickleError(opcodeOffset, 'OBJ without a class');
          stack.push(addCall(callee, { kind: Kind.Tuple, items }, 'OBJ'));
          break;
        }
        case op.NEWOBJ: {
          const args = pop();
          const callee = pop();
          stack.push(addCall(callee, args, 'NEWOBJ'));
          break;
        }
        case op.NEWOBJ_EX: {
          pop();
          const args = pop();
          const callee = pop();
          stack.push(addCall(callee, args, 'NEWOBJ_EX'));
          break;
        }
        case op.BUILD: {
          pop();
          const target = top();
          // BUILD on an instance calls its __setstate__ or updates its __dict__: the instance's
          // class was already reported. BUILD on anything else rewrites a module-level object.
          if (target.kind === Kind.Global || target.kind === Kind.Extension) {
            result.calls.push({
              target: undefined,
              offset: opcodeOffset,
              opcode: 'BUILD',
              description: `BUILD sets attributes on ${describe(target) ?? describeDynamic(target)} itself`,
            });
          }
          break;
        }
        case op.PERSID:
          readLine();
          stack.push(other);
          break;
        case op.BINPERSID:
          pop();
          stack.push(other);
          break;
        default:
          throw new PickleError(opcodeOffset, `invalid opcode 0x${code.toString(16).padStart(2, '0')}`);
      }
    }
    throw new PickleError(position, 'truncated: no STOP opcode before the end of the data');
  } catch (error) {
    if (!(error instanceof PickleError)) throw error;
    result.error = { offset: error.offset, message: error.message };
    result.end = position;
    return result;
  }
}
