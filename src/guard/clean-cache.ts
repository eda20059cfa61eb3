/**
 * Texts a guard found clean (no finding, no error), per scope and channel, with the scores the scan
 * gave (below every threshold). Least recently used entries go first; bounded by entry count and by
 * the characters the keys hold.
 */
export class CleanTextCache {
  readonly #entries = new Map<string, Record<string, number>>();
  readonly #maxEntries: number;
  readonly #maxChars: number;
  #chars = 0;

  constructor(maxEntries: number, maxChars = 4_000_000) {
    this.#maxEntries = maxEntries;
    this.#maxChars = maxChars;
  }

  static key(scope: string, channel: string, text: string): string {
    return `${scope.length}:${scope}${channel}\u0000${text}`;
  }

  get(key: string): Record<string, number> | undefined {
    const scores = this.#entries.get(key);
    if (scores === undefined) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, scores);
    return { ...scores };
  }

  set(key: string, scores: Record<string, number>): void {
    if (key.length > this.#maxChars / 4 || this.#entries.has(key)) return;
    this.#entries.set(key, { ...scores });
    this.#chars += key.length;
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxEntries && this.#chars <= this.#maxChars) break;
      this.#entries.delete(oldest);
      this.#chars -= oldest.length;
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
