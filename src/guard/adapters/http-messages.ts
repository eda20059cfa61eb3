import type { GuardMessage } from '../types.ts';

/**
 * Reads chat messages from a parsed JSON request body: OpenAI-style `messages` (string content or
 * text parts) or a plain `prompt`/`input` string. Returns undefined when the body has neither.
 */
export function messagesFromBody(body: unknown): GuardMessage[] | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.messages)) {
    return record.messages.map((message) => {
      const entry = (typeof message === 'object' && message !== null ? message : {}) as Record<
        string,
        unknown
      >;
      const content = entry.content;
      const text =
        typeof content === 'string'
          ? content
          : Array.isArray(content)
            ? content
                .map((part) =>
                  typeof part === 'object' &&
                  part !== null &&
                  typeof (part as { text?: unknown }).text === 'string'
                    ? (part as { text: string }).text
                    : '',
                )
                .join('\n')
            : content;
      return { role: entry.role, content: text } as GuardMessage;
    });
  }
  for (const key of ['prompt', 'input'] as const) {
    if (typeof record[key] === 'string') return [{ role: 'user', content: record[key] as string }];
  }
  return undefined;
}

/** Writes redacted message contents back into the body (string contents only; parts become one text). */
export function applyRedactedMessages(body: unknown, redacted: readonly GuardMessage[]): void {
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.messages)) {
    record.messages.forEach((message, index) => {
      const replacement = redacted[index];
      if (replacement && typeof message === 'object' && message !== null)
        (message as Record<string, unknown>).content = replacement.content;
    });
    return;
  }
  for (const key of ['prompt', 'input'] as const) {
    if (typeof record[key] === 'string' && redacted[0]) record[key] = redacted[0].content;
  }
}

/** The JSON error body the adapters send for a refused request. */
export function errorBody(
  code: string,
  message: string,
  hint: string,
): { error: { code: string; message: string; hint: string } } {
  return { error: { code, message, hint } };
}
