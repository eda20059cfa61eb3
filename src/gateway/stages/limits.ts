import { RampartError } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';
import { estimateTokens } from '../limiters.ts';

/**
 * A global admission slot, taken only once the request has authenticated: unauthenticated
 * traffic never holds or waits for one, so it cannot starve principals. Released when the exchange ends.
 */
export function admit(context: GatewayContext, exchange: Exchange): void | Promise<void> {
  const admitted = context.runtime.admission.acquire();
  if (typeof admitted === 'function') exchange.cleanups.push(admitted);
  else
    return admitted.then((release) => {
      exchange.cleanups.push(release);
    });
}

/**
 * Per-principal rate (burst + per minute), and the tighter override an operator/SOC set. A shared
 * store may take the concurrency slot in the same round trip: it is then held from here.
 */
export async function rateLimit(context: GatewayContext, exchange: Exchange): Promise<void> {
  const principal = exchange.principal!.name;
  const lease = await context.runtime.limiters.takeRequest(
    principal,
    context.controls.overrideFor(principal),
  );
  if (lease) {
    exchange.cleanups.push(lease);
    exchange.concurrencyHeld = true;
  }
}

/** Per-principal concurrency cap; the slot is released when the exchange ends. */
export function limitConcurrency(context: GatewayContext, exchange: Exchange): void {
  if (exchange.concurrencyHeld) return;
  exchange.cleanups.push(context.runtime.limiters.enter(exchange.principal!.name));
}

/** Prompt size, then the token quota reservation (prompt estimate + requested completion). */
export async function reserveTokens(context: GatewayContext, exchange: Exchange): Promise<void> {
  const parsed = exchange.parsed!;
  if (parsed.promptChars > exchange.route.maxPromptChars) {
    throw new RampartError(
      'RAMPART_PROMPT_TOO_LARGE',
      `prompt of ${parsed.promptChars} characters is over the limit of ${exchange.route.maxPromptChars}`,
      {
        details: { limit: 'maxPromptChars' },
      },
    );
  }
  if (exchange.route.kind === 'models' || exchange.route.kind === 'predict') return;
  const limits = context.runtime.limiters;
  const completion =
    exchange.route.kind === 'embeddings'
      ? 0
      : (parsed.maxTokens ?? limits.config.tokens.defaultCompletionTokens);
  const prompt = estimateTokens(parsed.promptChars);
  // What the caller asked for (the prompt, and max_tokens when set) can never fit a quota smaller
  // than it: no retry helps, so it is the caller's to change, not a 429 to wait out.
  const asked = prompt + (parsed.maxTokens ?? 0);
  const quota = Math.min(limits.config.tokens.perMinute, limits.config.tokens.perDay);
  if (asked > quota) {
    throw new RampartError(
      'RAMPART_LIMIT_TOKENS_OVER_QUOTA',
      `the request needs about ${asked} tokens (prompt ${prompt}${parsed.maxTokens === undefined ? '' : ` + max_tokens ${parsed.maxTokens}`}), more than the whole quota of ${quota}`,
      { details: { limit: quota === limits.config.tokens.perMinute ? 'tokens.perMinute' : 'tokens.perDay' } },
    );
  }
  exchange.reservedTokens = await limits.reserveTokens(exchange.principal!.name, prompt + completion);
}
