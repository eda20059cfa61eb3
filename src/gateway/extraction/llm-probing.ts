import { hash } from 'node:crypto';

export interface LlmProbeRequest {
  /** The text the principal controls (user messages / prompts, joined). */
  prompt: string;
  /** Alternatives asked per token (top_logprobs, or a completions `logprobs` number); 0 when none. */
  logprobs: number;
  maxTokens?: number | undefined;
  /** Milliseconds (Date.now()). */
  time: number;
}

export interface LlmProbingSettings {
  /** Recent requests examined. */
  window: number;
  /** Template enumeration: this many distinct prompts that share a fixed start and end around a short variable part. */
  templateMin: number;
  /** Many distinct prompts: the whole window distinct within this many seconds. */
  distinctSeconds: number;
  /** Share of the window asking for logprobs (with `logprobsMinAlternatives` or more alternatives). */
  logprobsShare: number;
  logprobsMinAlternatives: number;
  /** Token-limit probing: this many distinct max_tokens values in the window. */
  maxTokensDistinct: number;
}

export type LlmSignal =
  | 'template-enumeration'
  | 'distinct-prompts'
  | 'logprobs-harvesting'
  | 'token-limit-probing';

interface Entry {
  prompt: string;
  skeleton: string | undefined;
  logprobs: number;
  maxTokens: number | undefined;
  time: number;
}

/** Fixed start and end kept in a template skeleton, and the longest variable middle. */
const affix = 24;
const slotMax = 48;

/** Start and end of a prompt with digit runs folded, when the prompt is short enough to be a filled template. */
function skeletonOf(prompt: string): string | undefined {
  const folded = prompt.replace(/\d+/g, '#');
  if (folded.length < affix * 2 + 1 || folded.length > affix * 2 + slotMax) return undefined;
  return `${folded.slice(0, affix)}\u0000${folded.slice(-affix)}`;
}

/**
 * Systematic probing of an LLM route by one principal, over its last `window` requests: prompts
 * that fill one template with many values, a stream of all-distinct prompts faster than people
 * type, logprobs harvesting (the full next-token distribution is what distillation wants), and
 * sweeps of max_tokens. Memory: `window` entries of prompt digests.
 */
export class LlmProbingTracker {
  private readonly entries: Entry[] = [];
  private next = 0;

  constructor(private readonly settings: LlmProbingSettings) {}

  add(request: LlmProbeRequest): void {
    const entry: Entry = {
      prompt: hash('sha1', request.prompt, 'base64'),
      skeleton: skeletonOf(request.prompt),
      logprobs: request.logprobs,
      maxTokens: request.maxTokens,
      time: request.time,
    };
    if (this.entries.length < this.settings.window) this.entries.push(entry);
    else {
      this.entries[this.next] = entry;
      this.next = (this.next + 1) % this.settings.window;
    }
  }

  /** The signals the window shows now, with their evidence. */
  signals(): { signals: LlmSignal[]; evidence: Record<string, number> } {
    const settings = this.settings;
    const entries = this.entries;
    const signals: LlmSignal[] = [];
    const evidence: Record<string, number> = { requests: entries.length };
    if (entries.length < Math.min(settings.window, 20)) return { signals, evidence };
    const distinct = new Set(entries.map((entry) => entry.prompt));
    evidence.distinct_prompts = distinct.size;
    const bySkeleton = new Map<string, Set<string>>();
    for (const entry of entries) {
      if (entry.skeleton === undefined) continue;
      let prompts = bySkeleton.get(entry.skeleton);
      if (!prompts) {
        prompts = new Set();
        bySkeleton.set(entry.skeleton, prompts);
      }
      prompts.add(entry.prompt);
    }
    let largestTemplate = 0;
    for (const prompts of bySkeleton.values()) largestTemplate = Math.max(largestTemplate, prompts.size);
    evidence.template_fills = largestTemplate;
    if (largestTemplate >= settings.templateMin) signals.push('template-enumeration');
    if (entries.length >= settings.window && distinct.size === entries.length) {
      const times = entries.map((entry) => entry.time);
      const span = (Math.max(...times) - Math.min(...times)) / 1000;
      evidence.window_seconds = Math.round(span * 10) / 10;
      if (span <= settings.distinctSeconds) signals.push('distinct-prompts');
    }
    const harvesting = entries.filter((entry) => entry.logprobs >= settings.logprobsMinAlternatives).length;
    evidence.logprobs_share = Math.round((harvesting / entries.length) * 1000) / 1000;
    if (entries.length >= settings.window / 2 && harvesting / entries.length >= settings.logprobsShare)
      signals.push('logprobs-harvesting');
    const limits = new Set(entries.map((entry) => entry.maxTokens).filter((value) => value !== undefined));
    evidence.max_tokens_values = limits.size;
    if (limits.size >= settings.maxTokensDistinct) signals.push('token-limit-probing');
    return { signals, evidence };
  }
}
