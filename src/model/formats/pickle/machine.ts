import { highestProtocol, opcodeName } from './opcodes.ts';

/**
 * A symbolic pickle machine: it follows the opcodes of one pickle the way CPython's Unpickler
 * would, but never imports or calls anything. It tracks just enough of the stack (strings,
 * imported globals, tuples, call results, memo entries) to name every callable that loading the
 * pickle would import or call, including names built on the stack (STACK_GLOBAL from memoized
 * strings), call chains (getattr(__import__('os'), 'system')) and copyreg extension codes.
 *
 * Work is O(bytes): every opcode does constant work apart from MARK-delimited pops, which consume
 * what they pop. Length fields are checked against the bytes left before use, so a huge length
 * never allocates. Memory is bounded: the stack, the memo, the opcode count and the wall time have
 * limits (`PickleLimits`), tuples keep at most `maxTupleItems` items nested at most
 * `maxNestingDepth` deep (past that they become opaque), and dicts keep only the few keys joblib's
 * array wrapper needs. Past a limit the analysis stops with `limit` set: never a partial "clean".
 */

/** An imported callable (one entry per name and opcode; `offset` is the first import). */
export interface PickleGlobal {
  module: string;
  name: string;
  offset: number;
  opcode: string;
  count: number;
}

/** A call the unpickler would make (REDUCE, INST, OBJ, NEWOBJ, NEWOBJ_EX, BUILD on a global). */
export interface PickleCall {
  /** `module.name` when the target is known, e.g. 'os.system'; undefined for a dynamic target. */
  target: string | undefined;
  offset: number;
  opcode: string;
  /** How a dynamic target was produced, for the report. */
  description: string;
  /** How many times this call is made (entries are merged by target and opcode). */
  count: number;
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
  /** Set when the analysis stopped at a resource limit: where and which limit. */
  limit?: { offset: number; message: string };
}

/** Resource bounds for one analysis (all of a file's pickles share the deadline). */
export interface PickleLimits {
  /** Most values and marks on the stack at once. */
  maxStackItems: number;
  /** Most memo entries. */
  maxMemoEntries: number;
  /** Most opcodes executed. */
  maxOpcodes: number;
  /** `performance.now()` after which the analysis stops. */
  deadline: number;
}

/** The defaults (`defaultScanLimits` in scan-limits.ts documents them for users). */
export const defaultPickleLimits: Readonly<Omit<PickleLimits, 'deadline'>> = Object.freeze({
  maxStackItems: 1 << 20,
  maxMemoEntries: 1 << 22,
  maxOpcodes: 2 ** 32,
});

enum Kind {
  Other = 0,
  Text = 1,
  Global = 2,
  Call = 3,
  Tuple = 4,
  Extension = 5,
  Mark = 6,
  Int = 7,
  Dict = 8,
}

type Value =
  | { kind: Kind.Other }
  | { kind: Kind.Mark }
  | TextValue
  | { kind: Kind.Global; module: string; name: string; full: string }
  | { kind: Kind.Call; callee: Value; args: Value; depth: number }
  | { kind: Kind.Tuple; items: Value[]; depth: number }
  | { kind: Kind.Extension; code: number }
  | { kind: Kind.Int; value: number }
  | DictValue;

/** A dict: only the keys in `trackedNames` are kept, created on the first one. */
interface DictValue {
  kind: Kind.Dict;
  entries: Map<string, Value> | undefined;
}

/** A string argument, decoded only when a name is needed (most strings are dict keys). */
interface TextValue {
  kind: Kind.Text;
  start: number;
  length: number;
  latin1: boolean;
  text: string | undefined;
}

const other: Value = { kind: Kind.Other };

/** Small ints are shared values: shapes and strides repeat. */
const smallInts: Value[] = Array.from({ length: 1024 }, (_, value) => ({ kind: Kind.Int, value }));
function intValue(value: number): Value {
  return value >= 0 && value < 1024 ? smallInts[value]! : { kind: Kind.Int, value };
}

/**
 * Dict keys tracked by the machine (joblib's NumpyArrayWrapper state): everything else in a dict
 * is dropped, so plain dict pickles cost no decoding.
 */
const trackedNames = ['shape', 'dtype', 'numpy_array_alignment_bytes'];
const trackedKeys = trackedNames.map((key) => new TextEncoder().encode(key));
const emptyTuple: Value = { kind: Kind.Tuple, items: [], depth: 1 };
/** Most items a tuple keeps (call arguments, shapes); longer tuples are opaque values. */
const maxTupleItems = 64;
/** Deepest nesting of tuples and calls kept; deeper values are opaque (cuts chains that would grow memory). */
const maxNestingDepth = 16;

/** How deep a value nests. Dicts count as 1: they only ever hold values of bounded depth. */
function depthOf(value: Value): number {
  return value.kind === Kind.Tuple || value.kind === Kind.Call
    ? value.depth
    : value.kind === Kind.Dict
      ? 1
      : 0;
}

/** A tuple of `items`, or an opaque value when it is too long or too deep to be worth keeping. */
function tupleOf(items: Value[]): Value {
  if (items.length > maxTupleItems) return other;
  let depth = 0;
  for (let index = 0; index < items.length; index++) {
    const itemDepth = depthOf(items[index]!);
    if (itemDepth >= maxNestingDepth) items[index] = other;
    else if (itemDepth > depth) depth = itemDepth;
  }
  return { kind: Kind.Tuple, items, depth: depth + 1 };
}
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

/** The analysis reached a resource limit: not a malformed stream, but not known to be safe. */
class PickleLimitError extends PickleError {}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** The bytes in memory: a whole pickle, or a window of a file starting at file offset `base`. */
interface Window {
  bytes: Uint8Array;
  base: number;
}

function textOf(window: Window, value: TextValue): string {
  if (value.text === undefined) {
    const at = value.start - window.base;
    const slice = window.bytes.subarray(at, at + Math.min(value.length, maxTextBytes));
    value.text = (value.latin1 ? latin1 : utf8).decode(slice);
  }
  return value.text;
}

function knownText(text: string): TextValue {
  return { kind: Kind.Text, start: 0, length: text.length, latin1: false, text };
}

/** Calls whose result `describe` can name from the arguments. */
const resolvers = new Set([
  'builtins.__import__',
  '__builtin__.__import__',
  'importlib.import_module',
  'builtins.getattr',
  '__builtin__.getattr',
  'numpy.dtype',
]);

/** Name a value as a dotted path when it is a global, an imported module or getattr of one. */
function describe(bytes: Window, value: Value, depth = 0): string | undefined {
  if (depth > maxDescribeDepth) return undefined;
  if (value.kind === Kind.Global) return value.full;
  if (value.kind === Kind.Call) {
    const callee = describe(bytes, value.callee, depth + 1);
    const args = value.args.kind === Kind.Tuple ? value.args.items : [];
    if (
      (callee === 'builtins.__import__' ||
        callee === '__builtin__.__import__' ||
        callee === 'importlib.import_module') &&
      args[0]?.kind === Kind.Text
    ) {
      return textOf(bytes, args[0]);
    }
    if ((callee === 'builtins.getattr' || callee === '__builtin__.getattr') && args[1]?.kind === Kind.Text) {
      const base = args[0] ? describe(bytes, args[0], depth + 1) : undefined;
      if (base !== undefined) return `${base}.${textOf(bytes, args[1])}`;
    }
  }
  return undefined;
}

function describeDynamic(bytes: Window, value: Value): string {
  switch (value.kind) {
    case Kind.Call:
      return `the result of calling ${describe(bytes, value.callee) ?? 'a dynamic value'}`;
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

function underflow(code: number, offset: number): PickleError {
  return new PickleError(offset, `stack underflow at ${opcodeName(code) ?? 'opcode'}`);
}

function truncated(code: number, offset: number, count: number, left: number): PickleError {
  return new PickleError(
    offset,
    `truncated: ${opcodeName(code) ?? 'opcode'} needs ${count} bytes, ${left} left`,
  );
}

/** Unsigned little-endian integer of `size` bytes at `at` (the caller checked the bounds). */
function uint(bytes: Uint8Array, at: number, size: number): number {
  let value = 0;
  for (let index = size - 1; index >= 0; index--) value = value * 256 + bytes[at + index]!;
  return value;
}

/** The state of one run. The opcode loop keeps the read position in a local for speed. */
class Machine {
  readonly stack: Value[] = [];
  readonly marks: number[] = [];
  readonly memo: Value[] = [];
  readonly sparseMemo = new Map<number, Value>();
  /** The opcode being executed (for error messages). */
  code = 0;
  /** Absolute end of the pickle data (file size when streaming). */
  fileEnd = 0;
  /** Strings created from the current window, decoded before the window moves (streaming). */
  windowTexts: TextValue[] | undefined;
  constructor(
    public bytes: Uint8Array,
    public base: number,
    readonly result: PickleAnalysis,
    readonly limits: PickleLimits,
  ) {}

  pop(offset: number): Value {
    const stack = this.stack;
    const marks = this.marks;
    if (stack.length <= (marks.length > 0 ? marks[marks.length - 1]! : 0)) throw underflow(this.code, offset);
    return stack.pop()!;
  }

  top(offset: number): Value {
    const stack = this.stack;
    const marks = this.marks;
    if (stack.length <= (marks.length > 0 ? marks[marks.length - 1]! : 0)) throw underflow(this.code, offset);
    return stack[stack.length - 1]!;
  }

  popMark(offset: number): Value[] {
    if (this.marks.length === 0) {
      throw new PickleError(offset, `${opcodeName(this.code)} without MARK`);
    }
    return this.stack.splice(this.marks.pop()!);
  }

  /** Record a dict item when its key is one the machine tracks. */
  setItem(target: DictValue, key: Value, value: Value): void {
    if (key.kind !== Kind.Text || key.length > 32 || (target.entries?.size ?? 0) >= 8) return;
    // Dicts never hold dicts (joblib's state needs tuples, calls and names): depth stays bounded.
    if (value.kind === Kind.Dict || depthOf(value) >= maxNestingDepth) return;
    const bytes = this.bytes;
    const at = key.start - this.base;
    for (const tracked of trackedKeys) {
      if (tracked.length !== key.length) continue;
      let same = true;
      if (key.text !== undefined) same = key.text === trackedNames[trackedKeys.indexOf(tracked)];
      else {
        for (let index = 0; index < tracked.length && same; index++)
          same = tracked[index] === bytes[at + index];
      }
      if (same) {
        target.entries ??= new Map();
        target.entries.set(textOf(this, key), value);
      }
    }
  }

  /**
   * joblib writes each numpy array's raw bytes into the pickle stream right after the BUILD of its
   * NumpyArrayWrapper (object arrays as a nested pickle). Skip them like joblib reads them.
   */
  skipJoblibArray(
    state: { entries: Map<string, Value> | undefined },
    position: number,
    end: number,
    offset: number,
  ): number {
    const bytes = this.bytes;
    const shape = state.entries?.get('shape');
    const dtype = state.entries?.get('dtype');
    if (shape?.kind !== Kind.Tuple || dtype?.kind !== Kind.Call || dtype.args.kind !== Kind.Tuple)
      return position;
    const code = dtype.args.items[0];
    if (code?.kind !== Kind.Text) return position;
    const descr = textOf(this, code);
    if (descr.replace(/^[|<>=]/, '').startsWith('O')) {
      // Object arrays: pickle.dump(array) inline, a complete pickle of its own.
      const inner = run({ bytes, base: this.base }, this.base + end, this.base + position, this.limits);
      this.result.globals.push(...inner.globals);
      this.result.calls.push(...inner.calls);
      this.result.extensions.push(...inner.extensions);
      this.result.embedded.push(...inner.embedded);
      if (inner.limit) throw new PickleLimitError(inner.limit.offset, inner.limit.message);
      if (inner.error)
        throw new PickleError(inner.error.offset, `in a joblib object array: ${inner.error.message}`);
      return inner.end - this.base;
    }
    const size = /^[|<>=]?[a-zA-Z?](\d+)$/.exec(descr)?.[1];
    let count = 1;
    for (const dimension of shape.items) {
      if (dimension.kind !== Kind.Int || dimension.value < 0) return position;
      count *= dimension.value;
    }
    let at = position;
    if (state.entries?.has('numpy_array_alignment_bytes')) {
      if (at >= end) throw truncated(this.code, offset, 1, 0);
      at += 1 + bytes[at]!;
    }
    const unicode = descr.replace(/^[|<>=]/, '').startsWith('U') ? 4 : 1;
    const total = count * Number(size ?? Number.NaN) * unicode;
    if (!Number.isSafeInteger(total)) return position;
    if (this.base + at + total > this.fileEnd) {
      throw new PickleError(
        offset,
        `truncated: joblib array data needs ${total} bytes, ${this.fileEnd - this.base - at} left`,
      );
    }
    return at + total;
  }

  /** Drop everything above the last MARK (list/dict/set items: their values are not needed). */
  dropMark(offset: number): void {
    if (this.marks.length === 0) {
      throw new PickleError(offset, `${opcodeName(this.code)} without MARK`);
    }
    this.stack.length = this.marks.pop()!;
  }

  memoPut(index: number, offset: number): void {
    const value = this.top(offset);
    if (index < this.memo.length + 1024 && index < 1 << 26) {
      while (this.memo.length < index) this.memo.push(other);
      this.memo[index] = value;
    } else this.sparseMemo.set(index, value);
    if (this.memoSize() > this.limits.maxMemoEntries) {
      throw new PickleLimitError(
        offset,
        `the memo holds more than ${this.limits.maxMemoEntries} entries (maxPickleMemoEntries)`,
      );
    }
  }

  memoGet(index: number, offset: number): void {
    const value = index < this.memo.length ? this.memo[index] : this.sparseMemo.get(index);
    if (value === undefined) throw new PickleError(offset, `memo key ${index} not found`);
    this.stack.push(value);
  }

  memoSize(): number {
    return this.memo.length + this.sparseMemo.size;
  }

  private readonly seenGlobals = new Map<
    string,
    Map<string, { value: Value; entries: Map<string, PickleGlobal> }>
  >();
  private readonly seenCalls = new Map<string, Map<string, PickleCall>>();

  addGlobal(module: string, name: string, opcode: string, offset: number): Value {
    let names = this.seenGlobals.get(module);
    if (!names) {
      names = new Map();
      this.seenGlobals.set(module, names);
    }
    let record = names.get(name);
    if (!record) {
      record = { value: { kind: Kind.Global, module, name, full: `${module}.${name}` }, entries: new Map() };
      names.set(name, record);
    }
    const seen = record.entries.get(opcode);
    if (seen) seen.count++;
    else {
      const entry = { module, name, offset, opcode, count: 1 };
      record.entries.set(opcode, entry);
      this.result.globals.push(entry);
    }
    return record.value;
  }

  addCall(callee: Value, args: Value, opcode: string, offset: number): Value {
    const target = describe(this, callee);
    const description = target ?? describeDynamic(this, callee);
    let byOpcode = this.seenCalls.get(description);
    if (!byOpcode) {
      byOpcode = new Map();
      this.seenCalls.set(description, byOpcode);
    }
    const seen = byOpcode.get(opcode);
    if (seen) seen.count++;
    else {
      const entry = { target, offset, opcode, description, count: 1 };
      byOpcode.set(opcode, entry);
      this.result.calls.push(entry);
    }
    // Arguments are kept only where they name something (getattr/import chains); the other call
    // results share one value per callee, which keeps memory flat on large state dicts.
    if (target !== undefined && resolvers.has(target)) {
      const depth = Math.max(depthOf(callee), depthOf(args)) + 1;
      if (depth <= maxNestingDepth) return { kind: Kind.Call, callee, args, depth };
    }
    let result = this.callResults.get(callee);
    if (!result) {
      // A chain of calls on call results keeps only its last links.
      const kept = depthOf(callee) >= maxNestingDepth ? other : callee;
      result = { kind: Kind.Call, callee: kept, args: other, depth: depthOf(kept) + 1 };
      if (this.callResults.size < 65_536) this.callResults.set(callee, result);
    }
    return result;
  }
  private readonly callResults = new Map<Value, Value>();

  /** A length-prefixed string or bytes argument; bytes that start like a pickle are recorded. */
  noteEmbedded(at: number, length: number): void {
    const bytes = this.bytes;
    if (
      length >= 4 &&
      bytes[at] === 0x80 &&
      bytes[at + 1]! <= highestProtocol &&
      this.result.embedded.length < 64
    ) {
      this.result.embedded.push({ start: this.base + at, end: this.base + at + length });
    }
  }

  /** Position after the last `line()` argument. */
  next = 0;
  private readonly lineCache = new Map<number, { bytes: Uint8Array; text: string }>();

  /**
   * A newline-terminated argument (protocol 0 and GLOBAL names), decoded; `next` is set past it.
   * Names repeat thousands of times in a state dict, so decoded lines are cached by content.
   */
  line(position: number, end: number, offset: number): string {
    const bytes = this.bytes;
    let stop = position;
    let hash = 0x811c9dc5;
    while (stop < end && bytes[stop] !== 0x0a) {
      hash = Math.imul(hash ^ bytes[stop]!, 0x01000193);
      stop++;
    }
    if (stop >= end) throw new PickleError(offset, 'truncated: line argument has no newline');
    this.next = stop + 1;
    const last = Math.min(stop, position + maxTextBytes);
    const length = last - position;
    const cached = this.lineCache.get(hash);
    if (cached && cached.bytes.length === length) {
      let same = true;
      for (let index = 0; index < length; index++) {
        if (cached.bytes[index] !== bytes[position + index]) {
          same = false;
          break;
        }
      }
      if (same) return cached.text;
    }
    let text = latin1.decode(bytes.subarray(position, last));
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (length <= 256 && this.lineCache.size < 4096)
      this.lineCache.set(hash, { bytes: bytes.slice(position, last), text });
    return text;
  }
}

function lineNumber(text: string, offset: number): number {
  const value = Number.parseInt(text, 10);
  if (!Number.isFinite(value) || value < 0) {
    throw new PickleError(offset, `bad integer argument ${JSON.stringify(text.slice(0, 40))}`);
  }
  return value;
}

/** The default limits, with a deadline `seconds` from now. */
export function pickleLimits(
  overrides: Partial<Omit<PickleLimits, 'deadline'>> = {},
  seconds = Number.POSITIVE_INFINITY,
): PickleLimits {
  return { ...defaultPickleLimits, ...overrides, deadline: performance.now() + seconds * 1000 };
}

/**
 * Analyse one pickle starting at `start`. Never throws: problems end up in `error`, a resource
 * limit reached in `limit`.
 */
export function analysePickle(
  bytes: Uint8Array,
  start = 0,
  end = bytes.length,
  limits: PickleLimits = pickleLimits(),
): PickleAnalysis {
  return run({ bytes, base: 0 }, end, start, limits);
}

/** Synchronous random access to a file, for pickles analysed window by window. */
export interface PickleReader {
  size: number;
  read(offset: number, length: number): Uint8Array;
}

/** Bytes held in memory at once when a pickle is streamed from a file. */
export const pickleWindowBytes = 16 * 1024 * 1024;
/** The window moves forward when fewer bytes than this are left in it. */
const headroom = 64 * 1024;

/**
 * Analyse one pickle of a file without holding it in memory: the machine reads a window at a time
 * and jumps over bytes payloads larger than the window, so memory stays flat as files grow.
 */
export function analysePickleFile(
  reader: PickleReader,
  start = 0,
  windowBytes = pickleWindowBytes,
  limits: PickleLimits = pickleLimits(),
): PickleAnalysis {
  const window = Math.max(windowBytes, 2 * headroom);
  return run({ bytes: reader.read(start, window), base: start }, reader.size, start, limits, reader, window);
}

/** Opcodes run between two looks at the clock. */
const clockInterval = 1 << 16;

function run(
  window: Window,
  fileEnd: number,
  start: number,
  limits: PickleLimits,
  reader?: PickleReader,
  windowBytes = 0,
): PickleAnalysis {
  const result: PickleAnalysis = {
    globals: [],
    embedded: [],
    calls: [],
    extensions: [],
    protocol: 0,
    end: start,
    complete: false,
  };
  let bytes = window.bytes;
  let base = window.base;
  const machine = new Machine(bytes, base, result, limits);
  const marks = machine.marks;
  let opcodes = 0;
  /** The next opcode count at which the limits are checked (the clock is not read every opcode). */
  let nextCheck = Math.min(clockInterval, limits.maxOpcodes);
  machine.fileEnd = fileEnd;
  if (reader) machine.windowTexts = [];
  const stack = machine.stack;
  let end = Math.min(bytes.length, fileEnd - base);
  let position = start - base;
  let offset = start;
  /** Move the window to file offset `at` (decoding the strings that still point into it). */
  const refill = (at: number): void => {
    for (const text of machine.windowTexts ?? []) textOf(machine, text);
    if (machine.windowTexts) machine.windowTexts.length = 0;
    bytes = reader!.read(at, windowBytes);
    base = at;
    end = Math.min(bytes.length, fileEnd - base);
    position = 0;
    machine.bytes = bytes;
    machine.base = base;
  };
  try {
    for (;;) {
      if (reader && end - position < headroom && base + end < fileEnd) refill(base + position);
      if (position >= end) break;
      offset = base + position;
      // Each opcode pushes at most one value or mark, so checking here bounds the stack exactly.
      if (stack.length + marks.length > limits.maxStackItems) {
        throw new PickleLimitError(
          offset,
          `the stack holds more than ${limits.maxStackItems} values (maxPickleStackItems)`,
        );
      }
      if (++opcodes >= nextCheck) {
        if (opcodes > limits.maxOpcodes) {
          throw new PickleLimitError(offset, `more than ${limits.maxOpcodes} opcodes (maxPickleOpcodes)`);
        }
        if (performance.now() > limits.deadline) {
          throw new PickleLimitError(offset, 'the analysis ran past its time limit (maxSeconds)');
        }
        nextCheck = Math.min(opcodes + clockInterval, limits.maxOpcodes + 1);
      }
      const code = bytes[position++]!;
      machine.code = code;
      // Fixed-size arguments: check the bounds once here.
      let length = 0;
      let text: string;
      switch (code) {
        case 0x4a: // BININT
          if (position + 4 > end) throw truncated(code, offset, 4, end - position);
          stack.push(intValue(uint(bytes, position, 4) | 0));
          position += 4;
          break;
        case 0x4b: // BININT1
          if (position + 1 > end) throw truncated(code, offset, 1, end - position);
          stack.push(smallInts[bytes[position]!]!);
          position += 1;
          break;
        case 0x4d: // BININT2
          if (position + 2 > end) throw truncated(code, offset, 2, end - position);
          stack.push(intValue(uint(bytes, position, 2)));
          position += 2;
          break;
        case 0x47: // BINFLOAT
          if (position + 8 > end) throw truncated(code, offset, 8, end - position);
          position += 8;
          stack.push(other);
          break;
        case 0x7d: // EMPTY_DICT
          stack.push({ kind: Kind.Dict, entries: undefined });
          break;
        case 0x4e: // NONE
        case 0x88: // NEWTRUE
        case 0x89: // NEWFALSE
        case 0x5d: // EMPTY_LIST
        case 0x8f: // EMPTY_SET
        case 0x97: // NEXT_BUFFER
          stack.push(other);
          break;
        case 0x29: // EMPTY_TUPLE
          stack.push(emptyTuple);
          break;
        case 0x28: // MARK
          machine.marks.push(stack.length);
          break;
        case 0x8c: // SHORT_BINUNICODE
        case 0x55: // SHORT_BINSTRING
        case 0x58: // BINUNICODE
        case 0x54: // BINSTRING
        case 0x8d: {
          // BINUNICODE8
          const size = code === 0x8c || code === 0x55 ? 1 : code === 0x8d ? 8 : 4;
          if (position + size > end) throw truncated(code, offset, size, end - position);
          length = uint(bytes, position, size);
          position += size;
          if (length > end - position) {
            if (!reader || base + position + length > fileEnd) {
              throw truncated(code, offset, length, fileEnd - base - position);
            }
            if (length > windowBytes - headroom) {
              // Far too long for a name: keep a placeholder and jump over it.
              stack.push(knownText(''));
              position += length;
              break;
            }
            refill(base + position);
          }
          const isLatin1 = code === 0x55 || code === 0x54;
          if (isLatin1) machine.noteEmbedded(position, length);
          const value: TextValue = {
            kind: Kind.Text,
            start: base + position,
            length,
            latin1: isLatin1,
            text: undefined,
          };
          machine.windowTexts?.push(value);
          stack.push(value);
          position += length;
          break;
        }
        case 0x43: // SHORT_BINBYTES
        case 0x42: // BINBYTES
        case 0x8e: // BINBYTES8
        case 0x96: // BYTEARRAY8
        case 0x8a: // LONG1
        case 0x8b: {
          // LONG4
          const size = code === 0x43 || code === 0x8a ? 1 : code === 0x42 || code === 0x8b ? 4 : 8;
          if (position + size > end) throw truncated(code, offset, size, end - position);
          length = uint(bytes, position, size);
          position += size;
          if (length > end - position) {
            // Beyond the window: a streamed file jumps over it (the loop moves the window).
            if (!reader || base + position + length > fileEnd) {
              throw truncated(code, offset, length, fileEnd - base - position);
            }
          } else if (code !== 0x8a && code !== 0x8b) machine.noteEmbedded(position, length);
          position += length;
          stack.push(other);
          break;
        }
        case 0x94: // MEMOIZE
          machine.memoPut(machine.memoSize(), offset);
          break;
        case 0x71: // BINPUT
          if (position + 1 > end) throw truncated(code, offset, 1, end - position);
          machine.memoPut(bytes[position++]!, offset);
          break;
        case 0x72: // LONG_BINPUT
          if (position + 4 > end) throw truncated(code, offset, 4, end - position);
          machine.memoPut(uint(bytes, position, 4), offset);
          position += 4;
          break;
        case 0x68: // BINGET
          if (position + 1 > end) throw truncated(code, offset, 1, end - position);
          machine.memoGet(bytes[position++]!, offset);
          break;
        case 0x6a: // LONG_BINGET
          if (position + 4 > end) throw truncated(code, offset, 4, end - position);
          machine.memoGet(uint(bytes, position, 4), offset);
          position += 4;
          break;
        case 0x80: {
          // PROTO
          if (position + 1 > end) throw truncated(code, offset, 1, end - position);
          const protocol = bytes[position++]!;
          if (protocol > highestProtocol)
            throw new PickleError(offset, `unsupported pickle protocol ${protocol}`);
          result.protocol = protocol;
          break;
        }
        case 0x95: // FRAME
          if (position + 8 > end) throw truncated(code, offset, 8, end - position);
          position += 8;
          break;
        case 0x2e: // STOP
          machine.pop(offset);
          result.complete = true;
          result.end = base + position;
          return result;
        case 0x30: {
          // POP
          const marks = machine.marks;
          const base = marks.length > 0 ? marks[marks.length - 1]! : 0;
          if (stack.length > base) stack.pop();
          else if (marks.length > 0) marks.pop();
          else throw underflow(code, offset);
          break;
        }
        case 0x31: // POP_MARK
          machine.dropMark(offset);
          break;
        case 0x32: // DUP
          stack.push(machine.top(offset));
          break;
        case 0x46: // FLOAT
        case 0x49: // INT
        case 0x4c: // LONG
          machine.line(position, end, offset);
          position = machine.next;
          stack.push(other);
          break;
        case 0x53: {
          // STRING
          text = machine.line(position, end, offset);
          position = machine.next;
          text = text.trim();
          const quote = text[0];
          if (!((quote === "'" || quote === '"') && text.length >= 2 && text.endsWith(quote))) {
            throw new PickleError(offset, 'STRING argument is not quoted');
          }
          stack.push(knownText(text.slice(1, -1)));
          break;
        }
        case 0x56: // UNICODE
          text = machine.line(position, end, offset);
          position = machine.next;
          stack.push(
            knownText(
              text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) =>
                String.fromCharCode(Number.parseInt(hex, 16)),
              ),
            ),
          );
          break;
        case 0x98: // READONLY_BUFFER
          machine.top(offset);
          break;
        case 0x74: // TUPLE
          stack.push(tupleOf(machine.popMark(offset)));
          break;
        case 0x85: {
          // TUPLE1
          const first = machine.pop(offset);
          stack.push(tupleOf([first]));
          break;
        }
        case 0x86: {
          // TUPLE2
          const second = machine.pop(offset);
          const first = machine.pop(offset);
          stack.push(tupleOf([first, second]));
          break;
        }
        case 0x87: {
          // TUPLE3
          const third = machine.pop(offset);
          const second = machine.pop(offset);
          const first = machine.pop(offset);
          stack.push(tupleOf([first, second, third]));
          break;
        }
        case 0x6c: // LIST
        case 0x64: // DICT
        case 0x91: // FROZENSET
          machine.dropMark(offset);
          stack.push(other);
          break;
        case 0x61: // APPEND
          machine.pop(offset);
          machine.top(offset);
          break;
        case 0x75: // SETITEMS
          if (machine.marks.length > 0) {
            const base = machine.marks[machine.marks.length - 1]!;
            const target = base > 0 ? stack[base - 1] : undefined;
            if (target?.kind === Kind.Dict) {
              for (let index = base; index + 1 < stack.length; index += 2)
                machine.setItem(target, stack[index]!, stack[index + 1]!);
            }
          }
          machine.dropMark(offset);
          machine.top(offset);
          break;
        case 0x65: // APPENDS
        case 0x90: // ADDITEMS
          machine.dropMark(offset);
          machine.top(offset);
          break;
        case 0x73: {
          // SETITEM
          const value = machine.pop(offset);
          const key = machine.pop(offset);
          const target = machine.top(offset);
          if (target.kind === Kind.Dict) machine.setItem(target, key, value);
          break;
        }
        case 0x70: // PUT
          text = machine.line(position, end, offset);
          position = machine.next;
          machine.memoPut(lineNumber(text, offset), offset);
          break;
        case 0x67: // GET
          text = machine.line(position, end, offset);
          position = machine.next;
          machine.memoGet(lineNumber(text, offset), offset);
          break;
        case 0x63: // GLOBAL
        case 0x69: {
          // INST
          const module = machine.line(position, end, offset);
          const name = machine.line(machine.next, end, offset);
          position = machine.next;
          if (code === 0x63) {
            stack.push(machine.addGlobal(module, name, 'GLOBAL', offset));
          } else {
            const args = machine.popMark(offset);
            const callee = machine.addGlobal(module, name, 'INST', offset);
            stack.push(machine.addCall(callee, tupleOf(args), 'INST', offset));
          }
          break;
        }
        case 0x93: {
          // STACK_GLOBAL
          const name = machine.pop(offset);
          const module = machine.pop(offset);
          if (module.kind !== Kind.Text || name.kind !== Kind.Text) {
            result.calls.push({
              target: undefined,
              offset,
              opcode: 'STACK_GLOBAL',
              count: 1,
              description: `STACK_GLOBAL imports a name built from ${describeDynamic(machine, name.kind === Kind.Text ? module : name)}`,
            });
            stack.push(other);
          } else {
            stack.push(
              machine.addGlobal(textOf(machine, module), textOf(machine, name), 'STACK_GLOBAL', offset),
            );
          }
          break;
        }
        case 0x82: // EXT1
        case 0x83: // EXT2
        case 0x84: {
          // EXT4
          const size = code === 0x82 ? 1 : code === 0x83 ? 2 : 4;
          if (position + size > end) throw truncated(code, offset, size, end - position);
          const extensionCode = uint(bytes, position, size);
          position += size;
          result.extensions.push({ code: extensionCode, offset });
          stack.push({ kind: Kind.Extension, code: extensionCode });
          break;
        }
        case 0x52: // REDUCE
        case 0x81: {
          // NEWOBJ
          const args = machine.pop(offset);
          const callee = machine.pop(offset);
          stack.push(machine.addCall(callee, args, code === 0x52 ? 'REDUCE' : 'NEWOBJ', offset));
          break;
        }
        case 0x92: {
          // NEWOBJ_EX
          machine.pop(offset);
          const args = machine.pop(offset);
          const callee = machine.pop(offset);
          stack.push(machine.addCall(callee, args, 'NEWOBJ_EX', offset));
          break;
        }
        case 0x6f: {
          // OBJ
          const items = machine.popMark(offset);
          const callee = items.shift();
          if (callee === undefined) throw new PickleError(offset, 'OBJ without a class');
          stack.push(machine.addCall(callee, tupleOf(items), 'OBJ', offset));
          break;
        }
        case 0x62: {
          // BUILD
          const state = machine.pop(offset);
          const target = machine.top(offset);
          if (
            target.kind === Kind.Call &&
            state.kind === Kind.Dict &&
            describe(machine, target.callee) === 'joblib.numpy_pickle.NumpyArrayWrapper'
          ) {
            position = machine.skipJoblibArray(state, position, end, offset);
          }
          // BUILD on an instance calls its __setstate__ or updates its __dict__: the instance's
          // class was already reported. BUILD on anything else rewrites a module-level object.
          if (target.kind === Kind.Global || target.kind === Kind.Extension) {
            result.calls.push({
              target: undefined,
              offset,
              opcode: 'BUILD',
              count: 1,
              description: `BUILD sets attributes on ${describe(machine, target) ?? describeDynamic(machine, target)} itself`,
            });
          }
          break;
        }
        case 0x50: // PERSID
          machine.line(position, end, offset);
          position = machine.next;
          stack.push(other);
          break;
        case 0x51: // BINPERSID
          machine.pop(offset);
          stack.push(other);
          break;
        default:
          throw new PickleError(offset, `invalid opcode 0x${code.toString(16).padStart(2, '0')}`);
      }
    }
    throw new PickleError(base + position, 'truncated: no STOP opcode before the end of the data');
  } catch (error) {
    if (!(error instanceof PickleError)) throw error;
    if (error instanceof PickleLimitError) result.limit = { offset: error.offset, message: error.message };
    else result.error = { offset: error.offset, message: error.message };
    result.end = base + position;
    return result;
  }
}
