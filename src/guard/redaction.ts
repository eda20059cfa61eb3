import type { GuardFinding, PlaceholderVault } from './types.ts';

/** Hands out `[KIND_n]` placeholders, the same one for the same value within one conversation. */
export class ConversationVault implements PlaceholderVault {
  readonly #byValue = new Map<string, string>();
  readonly #counters = new Map<string, number>();

  placeholderFor(kind: string, value: string): string {
    if (kind === '') return '';
    const key = `${kind}\u0000${value}`;
    let placeholder = this.#byValue.get(key);
    if (placeholder === undefined) {
      const next = (this.#counters.get(kind) ?? 0) + 1;
      this.#counters.set(kind, next);
      placeholder = `[${kind}_${next}]`;
      this.#byValue.set(key, placeholder);
    }
    return placeholder;
  }
}

/**
 * Replaces each redact finding's span by its placeholder. Overlapping spans merge into one region
 * (so nothing of either leaks), replaced by the first non-empty placeholder among them.
 */
export function applyRedactions(text: string, findings: readonly GuardFinding[]): string {
  const spans = findings
    .filter((finding) => finding.action === 'redact' && finding.replacement !== undefined)
    .map((finding) => ({
      start: finding.span.start,
      end: finding.span.end,
      replacement: finding.replacement!,
    }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let position = 0;
  let index = 0;
  while (index < spans.length) {
    const region = { ...spans[index]! };
    index++;
    while (index < spans.length && spans[index]!.start < region.end) {
      region.end = Math.max(region.end, spans[index]!.end);
      if (region.replacement === '') region.replacement = spans[index]!.replacement;
      index++;
    }
    const start = Math.max(region.start, position);
    out += text.slice(position, start) + region.replacement;
    position = Math.max(position, region.end);
  }
  return out + text.slice(position);
}
