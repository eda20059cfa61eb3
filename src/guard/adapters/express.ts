import { RampartError } from '../../core/index.ts';
import type { Guard } from '../pipeline.ts';
import type { GuardMessage, ScanContext, ScanResult } from '../types.ts';
import { applyRedactedMessages, errorBody, messagesFromBody } from './http-messages.ts';

/* Express (or Connect) middleware, typed structurally so express is not a runtime dependency. */

export interface ExpressLikeRequest {
  body?: unknown;
}

export interface ExpressLikeResponse {
  status(code: number): ExpressLikeResponse;
  json(body: unknown): unknown;
  locals?: Record<string, unknown>;
}

export interface HttpGuardOptions<Request> {
  guard: Guard;
  /** Messages to scan; default reads OpenAI-style `messages` or a `prompt`/`input` string from the parsed body. */
  messages?: (request: Request) => GuardMessage[] | undefined;
  context?: (request: Request) => ScanContext;
  /** Called with every result that is not `allow`; use it to log or emit events. */
  onResult?: (result: ScanResult, request: Request) => void;
}

/** The status and JSON body for a refused request (blocked, or the scan could not run). */
export function refusal(result: ScanResult): { status: number; body: ReturnType<typeof errorBody> } {
  const error =
    result.error ?? new RampartError('RAMPART_GUARD_BLOCKED', 'the request was blocked by a security policy');
  return { status: error.status, body: errorBody(error.code, error.message, error.hint) };
}

/**
 * `app.use(express.json(), guardExpress({ guard }))`: blocks with the error's status and
 * `{ error: { code, message, hint } }`, rewrites redacted messages in `req.body`, and leaves the
 * result in `res.locals.guard`. Requests without messages pass untouched.
 */
export function guardExpress<Request extends ExpressLikeRequest>(options: HttpGuardOptions<Request>) {
  return (request: Request, response: ExpressLikeResponse, next: (error?: unknown) => void): void => {
    const messages = (options.messages ?? ((value: Request) => messagesFromBody(value.body)))(request);
    if (messages === undefined) {
      next();
      return;
    }
    const result = options.guard.scanInput(messages, options.context?.(request));
    if (response.locals) response.locals.guard = result;
    if (result.verdict !== 'allow' || result.error) options.onResult?.(result, request);
    if (result.verdict === 'block') {
      const { status, body } = refusal(result);
      response.status(status).json(body);
      return;
    }
    if (result.redactedMessages && !options.messages)
      applyRedactedMessages(request.body, result.redactedMessages);
    next();
  };
}
