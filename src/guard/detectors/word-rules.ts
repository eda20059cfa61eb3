/**
 * A co-occurrence rule over the words of a folded text: a trigger word, then every group of `needs`
 * found among the `window` words after it (and the `back` words before it, when given).
 */
export interface WordRule {
  id: string;
  label: 'injection' | 'jailbreak';
  score: number;
  trigger: ReadonlySet<string>;
  needs: ReadonlyArray<ReadonlySet<string>>;
  window: number;
  /** How many words before the trigger also count for `needs` ("the rules above, set them aside"). */
  back?: number;
  /** Any of these inside the window cancels the match. */
  vetoes?: ReadonlySet<string>;
  /** Any of these just before the first `needs` word cancels the match ("write a system prompt"). */
  notAfter?: ReadonlySet<string>;
  /** Whether a negation just before the trigger cancels the match (default: injection rules only). */
  negatable?: boolean;
}

/** Reports one match: the rule and the span of words it covers in the matched text. */
export type WordRuleEmitter = (rule: WordRule, start: number, end: number) => void;

/** Splits a whitespace-separated list into a word set. */
export const words = (list: string): ReadonlySet<string> => new Set(list.split(/\s+/).filter(Boolean));

const letterOrNumber = /^[\p{L}\p{N}]$/u;
const wordCodePoints = new Map<number, boolean>();

/** Whether a code point belongs to a word: a letter, a digit, an apostrophe or a hyphen. */
function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 0x80)
    return (
      (codePoint >= 0x61 && codePoint <= 0x7a) ||
      (codePoint >= 0x30 && codePoint <= 0x39) ||
      (codePoint >= 0x41 && codePoint <= 0x5a) ||
      codePoint === 0x27 ||
      codePoint === 0x2d
    );
  let member = wordCodePoints.get(codePoint);
  if (member === undefined) {
    member = letterOrNumber.test(String.fromCodePoint(codePoint));
    if (wordCodePoints.size > 8192) wordCodePoints.clear();
    wordCodePoints.set(codePoint, member);
  }
  return member;
}

/** FNV-1a over UTF-16 units: words are found by hash, then compared in place (no slice per word). */
function unitHash(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let index = from; index < to; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash;
}

/** A word set's place in the two 31-bit masks every word carries. */
interface Bits {
  low: number;
  high: number;
}

const noBits: Bits = { low: 0, high: 0 };

/** The words of the text being matched: spans and both masks (scratch reused across calls). */
let tokenLow = new Int32Array(256);
let tokenHigh = new Int32Array(256);
let tokenStarts = new Int32Array(256);
let tokenEnds = new Int32Array(256);

function grow(array: Int32Array): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

interface CompiledRule {
  rule: WordRule;
  trigger: Bits;
  needs: Bits[];
  vetoes: Bits;
  notAfter: Bits;
  negatable: boolean;
}

/**
 * Rules compiled once: each word set the rules use gets one bit (up to 62 sets), a word's masks say
 * which sets hold it, so a text's words are looked up once (not once per rule) and rules test bits.
 */
export class WordRuleMatcher {
  readonly #sets: ReadonlySet<string>[] = [];
  readonly #wordsByHash = new Map<number, Array<{ word: string; low: number; high: number }>>();
  readonly #rules: CompiledRule[];
  readonly #negation: Bits;

  constructor(rules: readonly WordRule[], negations: ReadonlySet<string>) {
    this.#negation = this.#bitsOf(negations);
    this.#rules = rules.map((rule) => ({
      rule,
      trigger: this.#bitsOf(rule.trigger),
      needs: rule.needs.map((set) => this.#bitsOf(set)),
      vetoes: this.#bitsOf(rule.vetoes),
      notAfter: this.#bitsOf(rule.notAfter),
      negatable: rule.negatable ?? rule.label === 'injection',
    }));
    this.#sets.forEach((set, index) => {
      const low = index < 31 ? 1 << index : 0;
      const high = index < 31 ? 0 : 1 << (index - 31);
      for (const word of set) {
        const hash = unitHash(word, 0, word.length);
        const bucket = this.#wordsByHash.get(hash) ?? [];
        this.#wordsByHash.set(hash, bucket);
        const entry = bucket.find((candidate) => candidate.word === word);
        if (entry) {
          entry.low |= low;
          entry.high |= high;
        } else bucket.push({ word, low, high });
      }
    });
  }

  #bitsOf(set: ReadonlySet<string> | undefined): Bits {
    if (!set) return noBits;
    let index = this.#sets.indexOf(set);
    if (index < 0) index = this.#sets.push(set) - 1;
    if (index >= 62) throw new Error('word rules use more than 62 word sets');
    return index < 31 ? { low: 1 << index, high: 0 } : { low: 0, high: 1 << (index - 31) };
  }

  /** Splits a text into words (runs of letters, digits, apostrophes, hyphens) and returns how many. */
  #tokenise(text: string): number {
    const length = text.length;
    let count = 0;
    let index = 0;
    while (index < length) {
      let codePoint = text.codePointAt(index)!;
      if (!isWordCodePoint(codePoint)) {
        index += codePoint > 0xffff ? 2 : 1;
        continue;
      }
      const start = index;
      while (index < length && isWordCodePoint(codePoint)) {
        index += codePoint > 0xffff ? 2 : 1;
        codePoint = index < length ? text.codePointAt(index)! : 0;
      }
      // Outer apostrophes are trimmed for the lookup ("'ignore'").
      let from = start;
      let to = index;
      while (from < to && text.charCodeAt(from) === 0x27) from++;
      while (to > from && text.charCodeAt(to - 1) === 0x27) to--;
      if (count === tokenLow.length) {
        tokenLow = grow(tokenLow);
        tokenHigh = grow(tokenHigh);
        tokenStarts = grow(tokenStarts);
        tokenEnds = grow(tokenEnds);
      }
      let low = 0;
      let high = 0;
      const bucket = this.#wordsByHash.get(unitHash(text, from, to));
      if (bucket)
        for (const entry of bucket)
          if (entry.word.length === to - from && text.startsWith(entry.word, from)) {
            low = entry.low;
            high = entry.high;
            break;
          }
      tokenLow[count] = low;
      tokenHigh[count] = high;
      tokenStarts[count] = start;
      tokenEnds[count] = index;
      count++;
    }
    return count;
  }

  /** Runs every rule over the words of `text`; spans are UTF-16 offsets into `text`. */
  match(text: string, emit: WordRuleEmitter): void {
    const count = this.#tokenise(text);
    const has = (index: number, bits: Bits) =>
      ((tokenLow[index]! & bits.low) | (tokenHigh[index]! & bits.high)) !== 0;
    for (const compiled of this.#rules) {
      const { rule } = compiled;
      for (let index = 0; index < count; index++) {
        if (!has(index, compiled.trigger)) continue;
        if (compiled.negatable && this.#negated(index)) continue;
        const first = Math.max(0, index - (rule.back ?? 0));
        const limit = Math.min(count, index + 1 + rule.window);
        if (compiled.vetoes !== noBits) {
          let vetoed = false;
          for (let next = index + 1; next < limit && !vetoed; next++) vetoed = has(next, compiled.vetoes);
          if (vetoed) continue;
        }
        let firstIndex = index;
        let lastIndex = index;
        let satisfied = true;
        for (let group = 0; group < compiled.needs.length && satisfied; group++) {
          const need = compiled.needs[group]!;
          let found = -1;
          for (let next = first; next < limit; next++) {
            if (next !== index && has(next, need)) {
              found = next;
              break;
            }
          }
          satisfied =
            found >= 0 &&
            !(group === 0 && found > 0 && has(found - 1, compiled.notAfter) && compiled.notAfter !== noBits);
          if (!satisfied) break;
          firstIndex = Math.min(firstIndex, found);
          lastIndex = Math.max(lastIndex, found);
        }
        if (satisfied) {
          // Spans are read before emit: the scratch arrays are shared.
          emit(rule, tokenStarts[firstIndex]!, tokenEnds[lastIndex]!);
          index = lastIndex;
        }
      }
    }
  }

  /** Whether one of the three words before `index` is a negation. */
  #negated(index: number): boolean {
    for (let back = Math.max(0, index - 3); back < index; back++)
      if (((tokenLow[back]! & this.#negation.low) | (tokenHigh[back]! & this.#negation.high)) !== 0)
        return true;
    return false;
  }
}
