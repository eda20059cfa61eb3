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

/** Replaces each redact finding's span by its placeholder; overlapping spans merge into the first. */
export function applyRedactions(text: string, findings: readonly GuardFinding[]): string {
  const spans = findings
    .filter((finding) => finding.action === 'redact' && finding.replacement !== undefined)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  let out = '';
  let position = 0;
  for (const finding of spans) {
    if (finding.span.start < position) continue;
    out += text.slice(position, finding.span.start) + finding.replacement;
    position = finding.span.end;
  }
  return out + text.slice(position);
}
