import { RampartError } from '../core/index.ts';
import { createSystemPromptLeakDetector } from './detectors/system-prompt-leak.ts';
import { frameworksFor } from './frameworks.ts';
import type { GuardPipeline } from './pipeline.ts';
import { applyRedactions, ConversationVault } from './redaction.ts';
import type { GuardFinding, ScanContext, ScanResult, Verdict } from './types.ts';

export interface StreamStep {
  /** Text that is safe to send now (redacted where needed); empty while text is held back. */
  emit: string;
  /** Findings for the text emitted in this step; `block` means stop the stream now. */
  result: ScanResult;
}

export interface StreamScanner {
  push(chunk: string): StreamStep;
  end(): StreamStep;
}

const rank: Record<Verdict, number> = { allow: 0, flag: 1, redact: 2, block: 3 };

/** Whitespace ends a run: keys, tokens, canaries and URLs are runs without it. */
const isSpaceCode = (code: number) =>
  code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x2028 || code === 0x2029;

/** Where the whitespace-free run that ends `text` starts (text.length when it ends in whitespace). */
function trailingRunStart(text: string): number {
  let start = text.length;
  while (start > 0 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/**
 * Scans a streamed response incrementally. The last `streamWindow` characters are held back, and
 * with them the whole whitespace-free run the text ends in (up to `16 × streamWindow`, at least
 * 2,048 characters), so a secret, canary or link split across chunks is seen whole before any of it
 * is sent, however long the token, while ordinary prose flows out a short window behind. Each step
 * re-scans only the held-back text plus a look-behind of already-sent text. System-prompt overlap
 * is accumulated over the whole stream. Finding spans are offsets into the full streamed text.
 */
export function createStreamScanner(pipeline: GuardPipeline, context: ScanContext): StreamScanner {
  const window = pipeline.config.streamWindow;
  const batch = Math.max(16, Math.floor(window / 2));
  const maxRunHold = Math.max(16 * window, 2_048);
  const maxHeldBack = Math.max(64 * window, 4_096);
  const vault = context.vault ?? new ConversationVault();
  // Held-back text is re-scanned on every step: placeholders are only handed out for text that is
  // actually sent, so numbering matches a whole-text scan.
  const scanContext: ScanContext = {
    ...context,
    vault: { placeholderFor: (kind) => (kind === '' ? '' : `[${kind}]`) },
  };
  const leakPolicy = pipeline.scanners.find(
    (scanner) => scanner.detector.id === 'system-prompt-leak' && scanner.channels.has('output'),
  );
  const leakDetector =
    leakPolicy && context.systemPrompt ? createSystemPromptLeakDetector({ threshold: 0 }) : undefined;
  const skip = new Set(leakDetector ? ['system-prompt-leak'] : []);
  const matchedShingles = new Set<string>();
  let lookBehind = '';
  let pending = '';
  /** Scan again once this much is held back: a batch beyond the window, or beyond a held-back run. */
  let nextStepAt = window + batch;
  let emitted = 0;
  let blocked: ScanResult | undefined;
  let leakFlagged = false;

  const step = (final: boolean): StreamStep => {
    if (blocked) return { emit: '', result: blocked };
    const region = lookBehind + pending;
    const base = emitted - lookBehind.length;
    const scan = pipeline.scanRaw(region, 'output', scanContext, skip);
    const fresh = scan.findings.filter((finding) => finding.span.end > lookBehind.length);
    const result: ScanResult = { verdict: 'allow', findings: [], scores: scan.scores };
    if (scan.error) {
      result.error = scan.error;
      result.verdict = scan.verdict;
    }
    if (leakDetector && leakPolicy) {
      const leak = trackLeak(region);
      if (leak && (leak.action === 'block' || !leakFlagged)) {
        leakFlagged = true;
        fresh.push(leak);
      }
    }
    if (fresh.some((finding) => finding.action === 'block') || result.verdict === 'block') {
      blocked = {
        verdict: 'block',
        findings: fresh.map((finding) => shift(finding, base)),
        scores: scan.scores,
      };
      if (scan.error) blocked.error = scan.error;
      return { emit: '', result: blocked };
    }
    let cut = final ? pending.length : Math.max(0, pending.length - window);
    if (!final) {
      // A token still arriving (no whitespace after it yet) stays back whole: a key or JWT longer
      // than the window must not go out in part before the rest of it can match.
      const run = trailingRunStart(pending);
      if (pending.length - run <= maxRunHold) cut = Math.min(cut, run);
    }
    // Never cut through a finding: hold back from its start (repeat: overlapping findings chain).
    for (let changed = true; changed; ) {
      changed = false;
      for (const finding of fresh) {
        const start = finding.span.start - lookBehind.length;
        const end = finding.span.end - lookBehind.length;
        if (start < cut && end > cut) {
          cut = Math.max(0, start);
          changed = true;
        }
      }
    }
    const sendable = fresh.filter((finding) => finding.span.end - lookBehind.length <= cut);
    for (const finding of sendable) {
      if (finding.action !== 'redact' || finding.redactionKind === undefined) continue;
      const value = region.slice(finding.span.start, finding.span.end);
      finding.replacement = vault.placeholderFor(finding.redactionKind, value);
    }
    const local = sendable.map((finding) => ({
      ...finding,
      span: {
        start: Math.max(0, finding.span.start - lookBehind.length),
        end: finding.span.end - lookBehind.length,
      },
    }));
    const original = pending.slice(0, cut);
    const emit = applyRedactions(original, local);
    for (const finding of sendable) {
      result.findings.push(shift(finding, base));
      if (rank[finding.action] > rank[result.verdict]) result.verdict = finding.action;
    }
    if (result.findings.some((finding) => finding.action === 'redact')) result.redactedText = emit;
    lookBehind = (lookBehind + original).slice(-window);
    pending = pending.slice(cut);
    nextStepAt = Math.max(window, pending.length) + batch;
    emitted += cut;
    return { emit, result };
  };

  function trackLeak(region: string): GuardFinding | undefined {
    const detections = leakDetector!.detect({
      original: region,
      normalised: {
        original: region,
        folded: { text: '', toOriginal: () => ({ start: 0, end: 0 }) },
        invisible: [],
        decoded: [],
        deobfuscated: [],
        carriers: [],
      },
      channel: 'output',
      context: scanContext,
    });
    const detection = detections[0];
    const shingles = (detection?.data?.shingles as string[] | undefined) ?? [];
    for (const shingle of shingles) matchedShingles.add(shingle);
    const total = (detection?.data?.referenceSize as number | undefined) ?? 0;
    if (!detection || total === 0) return undefined;
    const score = matchedShingles.size / total;
    const policy = leakPolicy!;
    const action =
      score >= policy.threshold ? policy.action : score >= policy.flagThreshold ? 'flag' : undefined;
    if (!action) return undefined;
    return {
      ruleId: 'system-prompt-leak.overlap',
      severity: 'high',
      message: `output reproduces ${Math.round(score * 100)}% of the system prompt`,
      scanner: 'system-prompt-leak',
      channel: 'output',
      score,
      action,
      span: { start: detection.span.start, end: detection.span.end },
      frameworks: frameworksFor('system-prompt-leak'),
    };
  }

  return {
    push(chunk: string) {
      if (blocked) return { emit: '', result: blocked };
      if (typeof chunk === 'string') pending += chunk;
      // Scan in batches: nothing inside the held-back window (or run) could be sent anyway, so
      // re-scanning for every small chunk (token-sized deltas) would only repeat work.
      if (pending.length < nextStepAt)
        return { emit: '', result: { verdict: 'allow', findings: [], scores: {} } };
      if (pending.length > maxHeldBack) {
        blocked = {
          verdict: 'block',
          findings: [],
          scores: {},
          error: new RampartError(
            'RAMPART_GUARD_INPUT_TOO_LARGE',
            `a finding kept growing: more than ${maxHeldBack} characters of the stream were held back`,
          ),
        };
        return { emit: '', result: blocked };
      }
      return step(false);
    },
    end() {
      return step(true);
    },
  };
}

function shift(finding: GuardFinding, base: number): GuardFinding {
  return { ...finding, span: { start: finding.span.start + base, end: finding.span.end + base } };
}
