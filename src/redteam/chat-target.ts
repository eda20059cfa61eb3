import { RampartError } from '../core/index.ts';
import { createGuard, type GuardConfig, type GuardMessage } from '../guard/index.ts';
import { postJson, targetOrigin } from './bounded-fetch.ts';
import type { ChatReply, ChatTarget } from './types.ts';

export interface ChatTargetOptions {
  /** Base URL (`http://host:port`, `.../v1`) or the full `/chat/completions` URL. */
  url: string;
  model: string;
  /** Sent as `Authorization: Bearer` (a gateway API key or the provider's key). */
  apiKey?: string;
  timeoutMs?: number;
  maxResponseBytes?: number;
  /** Largest completion asked for (`max_tokens`). */
  maxTokens?: number;
}

/** The chat-completions URL for a base URL, or the URL itself when it already names the route. */
export function chatCompletionsUrl(url: string): string {
  const trimmed = url.replace(/\/+$/, '');
  if (trimmed.endsWith('/chat/completions')) return trimmed;
  return trimmed.endsWith('/v1') ? `${trimmed}/chat/completions` : `${trimmed}/v1/chat/completions`;
}

/**
 * An OpenAI-compatible chat endpoint, direct or through a Rampart gateway. A 4xx with a guard code
 * (the gateway refused the probe or withheld the answer) is `refused`; other failures are errors.
 */
export function createChatTarget(options: ChatTargetOptions): ChatTarget {
  const url = chatCompletionsUrl(options.url);
  const fetchOptions = {
    origin: targetOrigin(url),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? 1_000_000,
    ...(options.apiKey ? { headers: { authorization: `Bearer ${options.apiKey}` } } : {}),
  };
  return {
    name: `${url} (${options.model})`,
    async send(messages, signal): Promise<ChatReply> {
      const body = { model: options.model, messages, max_tokens: options.maxTokens ?? 512, temperature: 0 };
      let response: Awaited<ReturnType<typeof postJson>>;
      for (let attempt = 0; ; attempt++) {
        try {
          response = await postJson(url, body, fetchOptions, signal);
        } catch (error) {
          const coded = RampartError.is(error) ? error : undefined;
          return {
            kind: 'error',
            code: coded?.code ?? 'RAMPART_REDTEAM_TARGET_FAILED',
            message: String((error as Error).message),
          };
        }
        // Rate-limited or overloaded: wait as asked (at most 5 s) and retry, up to 3 times.
        if ((response.status !== 429 && response.status !== 503) || attempt >= 3 || signal?.aborted) break;
        const waitMs = Math.min(5_000, (response.retryAfterSeconds ?? 2 ** attempt * 0.25) * 1000);
        await new Promise((resolve) => setTimeout(resolve, waitMs));
      }
      const json = response.body as {
        code?: unknown;
        error?: { code?: unknown; message?: unknown } | string;
        choices?: Array<{ message?: { content?: unknown } }>;
      };
      if (response.status === 200) {
        const content = json.choices?.[0]?.message?.content;
        if (typeof content === 'string') return { kind: 'answer', text: content };
        return {
          kind: 'error',
          code: 'RAMPART_REDTEAM_TARGET_FAILED',
          message: 'the answer has no choices[0].message.content',
        };
      }
      const code =
        typeof json.code === 'string'
          ? json.code
          : typeof json.error === 'object' && typeof json.error?.code === 'string'
            ? json.error.code
            : `HTTP_${response.status}`;
      if (
        response.status >= 400 &&
        response.status < 500 &&
        /GUARD|BLOCKED|content_filter|policy/i.test(code)
      )
        return { kind: 'refused', status: response.status, code };
      return { kind: 'error', code, message: `the target answered ${response.status}` };
    },
  };
}

/**
 * The in-process guard as a target: a probe the guard blocks is `refused`; one it lets through
 * reaches no model, so the reply is the last user-side text (attacks "succeed" by getting past the
 * guard, which is what this target measures).
 */
export function createGuardTarget(config: GuardConfig = {}): ChatTarget {
  const guard = createGuard(config);
  return {
    name: 'guard (in-process)',
    inputOnly: true,
    async send(messages): Promise<ChatReply> {
      const guardMessages: GuardMessage[] = messages.map((message) => ({
        role: message.role,
        content: message.content,
      }));
      const result = await guard.scanInputAsync(guardMessages);
      if (result.verdict === 'block') {
        const first = result.findings.find((finding) => finding.action === 'block');
        return { kind: 'refused', status: 400, code: `RAMPART_GUARD_BLOCKED:${first?.scanner ?? 'guard'}` };
      }
      return { kind: 'answer', text: 'PASSED_GUARD' };
    },
  };
}
