import type { Severity } from '../core/index.ts';

/** One message the red team sends; `tool` carries indirect injection (tool output, retrieved text). */
export interface ProbeMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
}

/** How a probe's success is decided from the target's reply. */
export type DetectorSpec =
  | { kind: 'marker' }
  | { kind: 'canary' }
  | { kind: 'secret' }
  | { kind: 'markdown-image' }
  | { kind: 'refusal' }
  | { kind: 'pattern'; pattern: string; flags?: string }
  | { kind: 'judge'; goal: string };

/** Values planted per probe: the reply that contains them proves the attack worked. */
export interface PlantedValues {
  canary: string;
  secret: string;
  email: string;
  phone: string;
  marker: string;
}

/** A fully expanded probe: what is sent, and how success is decided. */
export interface Probe {
  id: string;
  /** Template id without the transform suffix. */
  template: string;
  category: string;
  transform: string;
  severity: Severity;
  frameworks: string[];
  /** The system prompt (with planted values) sent as the first message. */
  system: string;
  /** User-side turns; a multi-turn probe sends them in order, keeping the target's replies. */
  turns: ProbeMessage[][];
  detector: DetectorSpec;
  planted: PlantedValues;
  /** Benign probes measure false positives: blocking one is the failure. */
  benign: boolean;
}

/** What the target did with a probe. */
export type ProbeOutcome = 'succeeded' | 'resisted' | 'blocked' | 'error';

export interface ProbeResult {
  id: string;
  category: string;
  transform: string;
  template: string;
  severity: Severity;
  outcome: ProbeOutcome;
  /** Why (detector's evidence, the refusal code, the error code). No planted secret is copied here. */
  reason: string;
  benign: boolean;
  durationMs: number;
}

/** The reply of a chat target to one conversation turn. */
export type ChatReply =
  | { kind: 'answer'; text: string }
  | { kind: 'refused'; status: number; code: string }
  | { kind: 'error'; code: string; message: string };

export interface ChatTarget {
  /** What reports name as the target (URL and model, or `guard`). */
  readonly name: string;
  /**
   * The target only decides whether input gets through (the in-process guard): a probe it lets
   * through counts as an attack that succeeded, since no model answers.
   */
  readonly inputOnly?: boolean;
  send(messages: readonly ProbeMessage[], signal?: AbortSignal): Promise<ChatReply>;
}
