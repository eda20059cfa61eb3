import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Decision, ResponseSigningKey, SecurityEvent } from '../core/index.ts';
import type { ScanContext } from '../guard/index.ts';
import type { ClientSignal } from './client-signal.ts';
import type { Hardening } from './output-hardening.ts';
import type { RouteGuard } from './route-guard.ts';
import type { CompiledRoute } from './route-table.ts';
import type { TextSlot } from './text-fields.ts';

export interface Principal {
  name: string;
  roles: readonly string[];
  via: 'api_key' | 'jwt' | 'mtls';
  /** Public key prefix (API keys), token id (JWT) or certificate fingerprint prefix (mTLS), for audit. */
  credentialId?: string;
}

/** What the gateway parsed from the request body: only the fields it routes, limits and scans on. */
export interface ParsedRequest {
  model?: string;
  stream: boolean;
  promptChars: number;
  maxTokens?: number;
  /** Chat messages / prompt texts, for scanning: each the joined texts of its slots. */
  messages: ParsedMessage[];
  /** The parsed body, whose text slots point into it (rewritten in place when input is redacted). */
  json?: Record<string, unknown>;
  /** Token ids in a completions prompt or embeddings input: counted, but not readable as text. */
  tokenIds?: number;
}

export interface ParsedMessage {
  role: string;
  content: string;
  /** Where each part of `content` lives in the body, for in-place redaction. */
  slots?: TextSlot[];
  starts?: number[];
}

/** One request's state as it moves through the stages. */
export interface Exchange {
  readonly requestId: string;
  readonly startedAt: number;
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly clientIp: string;
  readonly route: CompiledRoute;
  /** The sub-path after a wildcard route prefix (predict routes). */
  readonly subPath: string;
  principal?: Principal;
  body?: Buffer;
  /** The body sent upstream when it differs from the client's (input redaction, canary). */
  forwardBody?: Buffer;
  /** The Content-Type sent upstream with `forwardBody` when it is not JSON (a raw image, re-encoded). */
  forwardContentType?: string;
  /** Set when the route scans: what output scanning needs (canary, system prompt). */
  guard?: { scanner: RouteGuard; context: ScanContext };
  parsed?: ParsedRequest;
  /** Output hardening this answer gets (the route's `output`, or `output.degraded` for a degraded principal). */
  hardening?: Hardening;
  /** The runtime's response signing key, set when the answer is relayed (routes with `sign.enabled`). */
  signingKey?: ResponseSigningKey;
  /** The public model name, once known. */
  model?: string;
  action: 'invoke' | 'stream' | 'export';
  decision: Decision;
  status: number;
  errorCode?: string;
  limitHit?: string;
  usage: { inputTokens?: number; outputTokens?: number; estimated: boolean };
  reservedTokens: number;
  /** Set when the rate-limit stage already took the concurrency slot (shared state, one round trip). */
  concurrencyHeld?: boolean;
  upstreamMs?: number;
  requestSha256?: string;
  responseSha256?: string;
  responseBytes: number;
  /** True once an SSE response has started: errors then end the stream with an error event. */
  sse: boolean;
  /** Text captured when the route opts in. */
  capturedResponse?: string;
  /** A repeated unauthenticated refusal, counted by the RefusalCounter instead of written. */
  quiet: boolean;
  /**
   * Set when the client address has spent its failed-authentication budget: a credential that
   * fails is then refused with 429 for this long; a valid one goes on.
   */
  unauthenticatedWaitMs?: number;
  /** Security events raised while handling this request; written with the audit event. */
  readonly events: SecurityEvent[];
  /** Undo actions (concurrency slots, ...) run once when the exchange ends. */
  readonly cleanups: Array<() => void>;
  /** Aborts the upstream request when the client goes away before its response ended. */
  readonly signal: ClientSignal;
  /** Attributes added by stages for the audit event. */
  readonly attrs: Record<string, unknown>;
  /** Called with a buffered answer before the response ends (predict routes' drift counts the classes). */
  onAnswer?: (body: Buffer) => void;
}
