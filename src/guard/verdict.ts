import type { Channel, MessageRole, Verdict } from './types.ts';

const verdictRank: Record<Verdict, number> = { allow: 0, flag: 1, redact: 2, block: 3 };

/** The stricter of two verdicts (allow < flag < redact < block). */
export function worstVerdict(a: Verdict, b: Verdict): Verdict {
  return verdictRank[a] >= verdictRank[b] ? a : b;
}

/** The channel each message role is scanned on. */
export const roleChannel: Readonly<Record<MessageRole, Channel>> = {
  system: 'system',
  developer: 'system',
  user: 'user',
  assistant: 'assistant',
  tool: 'tool',
};
