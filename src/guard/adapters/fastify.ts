import type { Guard } from '../pipeline.ts';
import type { ScanResult } from '../types.ts';
import { type HttpGuardOptions, refusal } from './express.ts';
import { applyRedactedMessages, messagesFromBody } from './http-messages.ts';

/* Fastify preHandler hook, typed structurally so fastify is not a runtime dependency. */

export interface FastifyLikeRequest {
  body?: unknown;
}

export interface FastifyLikeReply {
  code(status: number): FastifyLikeReply;
  send(payload: unknown): unknown;
}

/**
 * `fastify.addHook('preHandler', guardFastify({ guard }))` (or per route). Blocks with the error's
 * status and `{ error: { code, message, hint } }`, rewrites redacted messages in `request.body`,
 * and stores the result on `request.guard`.
 */
export function guardFastify<Request extends FastifyLikeRequest>(
  options: HttpGuardOptions<Request> & { guard: Guard },
) {
  return async (request: Request, reply: FastifyLikeReply): Promise<void> => {
    const messages = (options.messages ?? ((value: Request) => messagesFromBody(value.body)))(request);
    if (messages === undefined) return;
    const result: ScanResult = options.guard.scanInput(messages, options.context?.(request));
    (request as unknown as Record<string, unknown>).guard = result;
    if (result.verdict !== 'allow' || result.error) options.onResult?.(result, request);
    if (result.verdict === 'block') {
      const { status, body } = refusal(result);
      await reply.code(status).send(body);
      return;
    }
    if (result.redactedMessages && !options.messages)
      applyRedactedMessages(request.body, result.redactedMessages);
  };
}
