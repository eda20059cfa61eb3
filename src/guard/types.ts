import type { Finding, RampartError } from '../core/index.ts';
import type { ModelStageOutcome } from './model-stage/cascade.ts';

/** What a scan decided, from least to most severe. */
export type Verdict = 'allow' | 'flag' | 'redact' | 'block';

/** The action a policy takes when a scanner fires. */
export type GuardAction = 'flag' | 'redact' | 'block';

/**
 * Where a text came from. Indirect injection arrives through `tool` (tool/function results and
 * retrieved documents); `output` is the model's response.
 */
export type Channel = 'user' | 'system' | 'assistant' | 'tool' | 'output';

export const channels: readonly Channel[] = ['user', 'system', 'assistant', 'tool', 'output'];

export type MessageRole = 'system' | 'user' | 'assistant' | 'tool' | 'developer';

export interface GuardMessage {
  role: MessageRole;
  content: string;
  name?: string;
}

export interface Span {
  /** Offset (UTF-16 code units) into the ORIGINAL text, inclusive. */
  start: number;
  /** Offset into the ORIGINAL text, exclusive. */
  end: number;
}

/** A core `Finding` plus where in the text it was seen and which scanner saw it. */
export interface GuardFinding extends Finding {
  scanner: string;
  channel: Channel;
  score?: number;
  span: Span;
  /** The action the policy assigned to this finding. */
  action: GuardAction;
  /** Index of the message in `scanInput(messages)`; absent for single-text scans. */
  messageIndex?: number;
  /** Placeholder this span is replaced with when redacted ('[EMAIL_1]'). */
  replacement?: string;
  /** Kind of value redacted ('EMAIL'); '' means the span is removed. */
  redactionKind?: string;
  /** The matched text; only present when `captureText` is on. */
  text?: string;
}

export interface ScanResult {
  verdict: Verdict;
  findings: GuardFinding[];
  /** Highest score seen per scanner id (0..1). */
  scores: Record<string, number>;
  /** The text with every `redact` finding replaced (single-text scans), when anything was redacted. */
  redactedText?: string;
  /** `scanInput` only: the messages with redactions applied, when anything was redacted. */
  redactedMessages?: GuardMessage[];
  /** Set when a scan could not run (scanner threw, input too large); the verdict then follows `onError`. */
  error?: RampartError;
  /** `scanInputAsync` with a model stage: whether the model was asked, and what it said. */
  modelStage?: ModelStageOutcome;
}

/**
 * Keeps redaction placeholders stable within one conversation: the same e-mail address becomes
 * `[EMAIL_1]` every time it appears. Pass one instance per conversation in `ScanContext.vault`.
 */
export interface PlaceholderVault {
  placeholderFor(kind: string, value: string): string;
}

export interface ScanContext {
  /** A per-request canary planted in the system prompt; an output that repeats it is blocked. */
  canary?: string;
  /** The configured system prompt; outputs too similar to it are a leak. */
  systemPrompt?: string;
  /** Hosts that markdown images and links in outputs may point to (adds to the config's list). */
  allowedHosts?: string[];
  /** Include matched text in findings (off by default: findings carry offsets only). */
  captureText?: boolean;
  /** Placeholder memory for consistent redaction across calls in one conversation. */
  vault?: PlaceholderVault;
  /**
   * Who the texts belong to (an API key, a tenant). With a scope, texts found clean are remembered
   * for that scope and not scanned again (config `cleanCacheEntries`); scopes never share entries,
   * so one caller cannot learn from timing what another sent. Without one, every text is scanned.
   */
  cacheScope?: string;
}

/** A match produced by a detector, before the policy assigns an action. */
export interface Detection {
  ruleId: string;
  span: Span;
  score: number;
  message: string;
  /** Redaction kind ('EMAIL', 'AWS_KEY'); a detection without one is replaced by `[REDACTED]`. */
  kind?: string;
  /** Label for classification detectors ('injection' | 'jailbreak'). */
  label?: string;
  data?: Record<string, unknown>;
}

/** What every detector sees: the original text plus its normalised views. */
export interface ScanInputText {
  original: string;
  channel: Channel;
  context: ScanContext;
}
