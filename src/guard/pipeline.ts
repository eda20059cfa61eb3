import { type Finding, RampartError, type Severity, toRampartError } from '../core/index.ts';
import { loadClassifier, shippedClassifier } from './classifier/model.ts';
import { CleanTextCache } from './clean-cache.ts';
import { type GuardConfig, type ResolvedGuardConfig, resolveGuardConfig } from './config.ts';
import { createCanaryDetector } from './detectors/canary.ts';
import { createCustomPatternsDetector } from './detectors/custom-patterns.ts';
import type { Detector } from './detectors/detector.ts';
import { createExfilLinksDetector } from './detectors/exfil-links.ts';
import { createInjectionRulesDetector } from './detectors/injection-rules.ts';
import { createInvisibleTextDetector } from './detectors/invisible-text.ts';
import { createPiiDetector, type PiiKind } from './detectors/pii.ts';
import { createPromptInjectionDetector } from './detectors/prompt-injection.ts';
import { createSecretsDetector } from './detectors/secrets.ts';
import { createSystemPromptLeakDetector } from './detectors/system-prompt-leak.ts';
import { createTopicsDetector, type DeniedTopic } from './detectors/topics.ts';
import { frameworksFor } from './frameworks.ts';
import { createModelCascade } from './model-stage/cascade.ts';
import { createModelStage, type ModelStage } from './model-stage/model-stage.ts';
import { normalise } from './normalise/normalise.ts';
import { applyRedactions, ConversationVault } from './redaction.ts';
import { createStreamScanner, type StreamScanner } from './stream-scanner.ts';
import type {
  Channel,
  Detection,
  GuardAction,
  GuardFinding,
  GuardMessage,
  MessageRole,
  ScanContext,
  ScanResult,
} from './types.ts';
import { roleChannel, worstVerdict } from './verdict.ts';

/** A detector with the policy the config gave it. */
export interface ConfiguredScanner {
  detector: Detector;
  action: GuardAction;
  threshold: number;
  flagThreshold: number;
  channels: ReadonlySet<Channel>;
  /** Blocks stand only when the classifier's attack probability is at least this (see classifierGate). */
  gate?: number;
  /** This many different blocking rules on one text block without the gate (see gateBypassRules; 0 = never). */
  gateBypass?: number;
}

/**
 * A rule match that is the attack phrase alone blocks without the rule gate: it covers at least this
 * share of the text and is at most `wholeTextMaxChars` long ("Ignore previous instructions."). On the
 * authored sets, 4 of 11,869 hard negatives have such a match and 192 of 11,024 attacks.
 */
export const wholeTextShare = 0.6;
/** A longer match is a structure (a transcript, a quoted document), not a phrase: the gate applies. */
export const wholeTextMaxChars = 100;

/**
 * A rule match the classifier gate never holds back (the trainer's selection counts these the same
 * way): the attack phrase alone, since the gate is for benign text that quotes an attack phrase
 * inside something else (a lesson, a translation request, a transcript), not for the phrase itself.
 * A match found after undoing letter-level obfuscation is gated like any other: the classifier scores
 * the de-obfuscated view too, where the attack reads plainly and a reversed riddle reads as one.
 */
export function escapesRuleGate(match: { span: { start: number; end: number } }, text: string): boolean {
  const length = match.span.end - match.span.start;
  return length <= wholeTextMaxChars && length >= wholeTextShare * Math.max(1, text.trim().length);
}

export interface Guard {
  readonly config: ResolvedGuardConfig;
  /** Scanner ids in the order they run (cheap to costly). */
  readonly scannerIds: readonly string[];
  /** Scans a conversation: each message on its role's channel (developer → system). Never throws. */
  scanInput(messages: readonly GuardMessage[], context?: ScanContext): ScanResult;
  /** Scans one text on one channel. Never throws. */
  scanText(text: string, channel: Channel, context?: ScanContext): ScanResult;
  /** Scans a complete model response (channel `output`). Never throws. */
  scanOutput(text: string, context?: ScanContext): ScanResult;
  /** Incremental output scanning for streamed responses. */
  createStreamScanner(context?: ScanContext): StreamScanner;
  /** Whether a model stage is configured (`modelStage`): only then is `scanInputAsync` worth awaiting. */
  readonly hasModelStage: boolean;
  /**
   * `scanInput`, then, when the fast path's prompt-injection score is in the model stage's uncertain
   * band, the model stage within its time budget. Without a model stage, the `scanInput` result. Never rejects.
   */
  scanInputAsync(messages: readonly GuardMessage[], context?: ScanContext): Promise<ScanResult>;
  /** Resolves when the model stage can answer (its model loaded); at once without one. */
  ready(): Promise<void>;
  /** Stops the model stage's workers and connections (a no-op without one). */
  close(): Promise<void>;
}

const severityByScanner: Record<string, Severity> = {
  'invisible-text': 'medium',
  pii: 'medium',
  secrets: 'high',
  'custom-patterns': 'medium',
  'injection-rules': 'high',
  'prompt-injection': 'high',
  canary: 'critical',
  'system-prompt-leak': 'high',
  'exfil-links': 'high',
  topics: 'high',
};

/** How many of the latest user messages the joined scan reads (a payload split across turns). */
const joinedUserTurns = 4;
/** How much of each side of a boundary between those turns the joined scan reads. */
const joinedWindow = 512;

function buildScanners(config: ResolvedGuardConfig): ConfiguredScanner[] {
  const scanners: ConfiguredScanner[] = [];
  const add = (
    detector: Detector,
    policy: {
      enabled: boolean;
      action: GuardAction;
      threshold: number;
      flagThreshold?: number;
      channels: string[];
    },
  ) => {
    if (!policy.enabled) return undefined;
    const scanner: ConfiguredScanner = {
      detector,
      action: policy.action,
      threshold: policy.threshold,
      flagThreshold: Math.min(policy.flagThreshold ?? policy.threshold, policy.threshold),
      channels: new Set(policy.channels as Channel[]),
    };
    scanners.push(scanner);
    return scanner;
  };
  const { scanners: policies } = config;
  add(createInvisibleTextDetector(), policies.invisibleText);
  add(createCanaryDetector(), policies.canary);
  add(createPiiDetector({ kinds: policies.pii.kinds as PiiKind[] | undefined }), policies.pii);
  add(createSecretsDetector({ entropy: policies.secrets.entropy }), policies.secrets);
  if (policies.customPatterns.patterns.length > 0) {
    add(createCustomPatternsDetector(policies.customPatterns.patterns), policies.customPatterns);
  }
  add(createExfilLinksDetector({ allowedHosts: config.allowedHosts }), policies.exfilLinks);
  const rules = add(createInjectionRulesDetector(), policies.injectionRules);
  // The gate needs the classifier: without it, rules block alone (fail closed).
  if (rules && policies.promptInjection.enabled && policies.injectionRules.classifierGate > 0) {
    rules.gate = policies.injectionRules.classifierGate;
    rules.gateBypass = policies.injectionRules.gateBypassRules;
  }
  if (policies.topics.deny.length > 0) {
    add(createTopicsDetector(policies.topics.deny as DeniedTopic[]), policies.topics);
  }
  add(
    createSystemPromptLeakDetector({
      threshold: policies.systemPromptLeak.flagThreshold ?? policies.systemPromptLeak.threshold,
    }),
    policies.systemPromptLeak,
  );
  if (policies.promptInjection.enabled) {
    const classifier = config.modelPath ? loadClassifier(config.modelPath) : shippedClassifier();
    add(createPromptInjectionDetector(classifier), policies.promptInjection);
  }
  return scanners.sort((a, b) => a.detector.cost - b.detector.cost);
}

function errorResult(error: RampartError, onError: ResolvedGuardConfig['onError']): ScanResult {
  return { verdict: onError, findings: [], scores: {}, error };
}

/**
 * Runs configured scanners over texts. Built once by `createGuard`; per-call code does no setup.
 */
export class GuardPipeline implements Guard {
  readonly config: ResolvedGuardConfig;
  readonly scanners: readonly ConfiguredScanner[];
  readonly scannerIds: readonly string[];
  readonly #cleanTexts: CleanTextCache | undefined;
  readonly #modelStage: ModelStage | undefined;
  readonly #cascade: ReturnType<typeof createModelCascade> | undefined;

  constructor(config: ResolvedGuardConfig) {
    this.config = config;
    this.scanners = buildScanners(config);
    this.scannerIds = this.scanners.map((scanner) => scanner.detector.id);
    this.#cleanTexts =
      config.cleanCacheEntries > 0 ? new CleanTextCache(config.cleanCacheEntries) : undefined;
    if (config.modelStage) {
      this.#modelStage = createModelStage(config.modelStage);
      this.#cascade = createModelCascade(this, this.#modelStage, config.modelStage);
    }
  }

  get hasModelStage(): boolean {
    return this.#cascade !== undefined;
  }

  scanInputAsync(messages: readonly GuardMessage[], context: ScanContext = {}): Promise<ScanResult> {
    return this.#cascade
      ? this.#cascade(messages, context)
      : Promise.resolve(this.scanInput(messages, context));
  }

  async ready(): Promise<void> {
    await this.#modelStage?.ready();
  }

  async close(): Promise<void> {
    await this.#modelStage?.close();
  }

  scanText(text: string, channel: Channel, context: ScanContext = {}): ScanResult {
    if (typeof text !== 'string') {
      return errorResult(
        new RampartError('RAMPART_GUARD_INPUT_INVALID', `text to scan must be a string, got ${typeof text}`),
        this.config.onError,
      );
    }
    if (text.length > this.config.maxChars) return this.#tooLarge(text.length);
    const vault = context.vault ?? new ConversationVault();
    const result = this.#scan(text, channel, { ...context, vault }, undefined, new Set());
    const redacted = result.findings.some((finding) => finding.action === 'redact');
    if (redacted) result.redactedText = applyRedactions(text, result.findings);
    return result;
  }

  scanOutput(text: string, context: ScanContext = {}): ScanResult {
    return this.scanText(text, 'output', context);
  }

  scanInput(messages: readonly GuardMessage[], context: ScanContext = {}): ScanResult {
    const onError = this.config.onError;
    if (!Array.isArray(messages)) {
      return errorResult(
        new RampartError('RAMPART_GUARD_INPUT_INVALID', 'messages must be an array'),
        onError,
      );
    }
    if (messages.length > this.config.maxMessages) {
      return errorResult(
        new RampartError(
          'RAMPART_GUARD_INPUT_TOO_LARGE',
          `${messages.length} messages exceed maxMessages ${this.config.maxMessages}`,
        ),
        onError,
      );
    }
    let total = 0;
    for (const [index, message] of messages.entries()) {
      const valid =
        typeof message === 'object' &&
        message !== null &&
        typeof message.content === 'string' &&
        Object.hasOwn(roleChannel, message.role);
      if (!valid) {
        return errorResult(
          new RampartError(
            'RAMPART_GUARD_INPUT_INVALID',
            `message ${index} must be { role: system|user|assistant|tool|developer, content: string }`,
          ),
          onError,
        );
      }
      total += message.content.length;
    }
    if (total > this.config.maxChars) return this.#tooLarge(total);
    const vault = context.vault ?? new ConversationVault();
    const combined: ScanResult = { verdict: 'allow', findings: [], scores: {} };
    const seen = new Set<string>();
    for (const [index, message] of messages.entries()) {
      const result = this.#scan(
        message.content,
        roleChannel[message.role as MessageRole],
        { ...context, vault },
        index,
        seen,
      );
      combined.verdict = worstVerdict(combined.verdict, result.verdict);
      combined.findings.push(...result.findings);
      for (const [id, score] of Object.entries(result.scores))
        combined.scores[id] = Math.max(combined.scores[id] ?? 0, score);
      if (result.error && !combined.error) combined.error = result.error;
      if (combined.verdict === 'block' && !this.config.collectAll) break;
    }
    if (combined.verdict !== 'block' || this.config.collectAll)
      this.#scanJoinedTurns(messages, { ...context, vault }, combined, seen);
    if (combined.findings.some((finding) => finding.action === 'redact')) {
      combined.redactedMessages = messages.map((message, index) => {
        const own = combined.findings.filter((finding) => finding.messageIndex === index);
        return own.some((finding) => finding.action === 'redact')
          ? { ...message, content: applyRedactions(message.content, own) }
          : { ...message };
      });
    }
    return combined;
  }

  createStreamScanner(context: ScanContext = {}): StreamScanner {
    return createStreamScanner(this, context);
  }

  /** Scans one text; findings carry `messageIndex` when given. Used by scanText, scanInput and streams. */
  scanRaw(
    text: string,
    channel: Channel,
    context: ScanContext,
    skip: ReadonlySet<string> = new Set(),
  ): ScanResult {
    return this.#scan(text, channel, context, undefined, new Set(), skip);
  }

  /**
   * A payload split across turns ("Ignore all" then "previous instructions"): the last few user
   * messages joined, scanned by the injection rules only. Only matches that cross a message
   * boundary are new; each is reported on the last message it reaches.
   */
  #scanJoinedTurns(
    messages: readonly GuardMessage[],
    context: ScanContext,
    combined: ScanResult,
    seen: Set<string>,
  ): void {
    const turns: number[] = [];
    for (let index = messages.length - 1; index >= 0 && turns.length < joinedUserTurns; index--) {
      if (messages[index]!.role === 'user') turns.unshift(index);
    }
    if (turns.length < 2) return;
    // Only matches that cross a boundary are new, so each turn contributes only the text near its
    // boundaries: the first its tail, the last its head, a middle one its head and tail. The cost
    // stays bounded however long the turns are (a pasted document would be re-scanned whole).
    const segments: Array<{ index: number; start: number; offset: number }> = [];
    let joined = '';
    const add = (index: number, from: number, to: number) => {
      if (joined.length > 0) joined += '\n';
      segments.push({ index, start: joined.length, offset: from });
      joined += messages[index]!.content.slice(from, to);
    };
    turns.forEach((index, position) => {
      const length = messages[index]!.content.length;
      const head = position === 0 ? 0 : Math.min(length, joinedWindow);
      const tail = position === turns.length - 1 ? length : Math.max(0, length - joinedWindow);
      if (head >= tail) add(index, 0, length);
      else {
        if (head > 0) add(index, 0, head);
        if (tail < length) add(index, tail, length);
      }
    });
    const skip = new Set(this.scannerIds.filter((id) => id !== 'injection-rules'));
    const result = this.#scan(joined, 'user', context, undefined, new Set(), skip);
    for (const finding of result.findings) {
      const first = segments.findLast((segment) => segment.start <= finding.span.start)!;
      const last = segments.findLast((segment) => segment.start < finding.span.end)!;
      if (first.index === last.index) continue;
      const end = finding.span.end - last.start + last.offset;
      const span = { start: last.offset, end };
      const key = `${last.index}:${finding.ruleId}:joined:${first.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { text: _text, ...rest } = finding;
      combined.findings.push({
        ...rest,
        span,
        location: { offset: span.start, end: span.end },
        messageIndex: last.index,
        data: { ...finding.data, joinedFrom: first.index },
        message: `${finding.message} across user messages ${first.index}..${last.index}`,
        ...((context.captureText ?? this.config.captureText)
          ? { text: messages[last.index]!.content.slice(span.start, span.end) }
          : {}),
      });
      combined.verdict = worstVerdict(combined.verdict, finding.action);
    }
    for (const [id, score] of Object.entries(result.scores))
      combined.scores[id] = Math.max(combined.scores[id] ?? 0, score);
  }

  #tooLarge(length: number): ScanResult {
    return errorResult(
      new RampartError(
        'RAMPART_GUARD_INPUT_TOO_LARGE',
        `${length} characters exceed the guard limit of ${this.config.maxChars}`,
      ),
      this.config.onError,
    );
  }

  #scan(
    text: string,
    channel: Channel,
    context: ScanContext,
    messageIndex: number | undefined,
    seen: Set<string>,
    skip: ReadonlySet<string> = new Set(),
  ): ScanResult {
    const result: ScanResult = { verdict: 'allow', findings: [], scores: {} };
    const applicable = this.scanners.filter(
      (scanner) => scanner.channels.has(channel) && !skip.has(scanner.detector.id),
    );
    if (applicable.length === 0 || text.length === 0) return result;
    // A text this scope sent before and that was clean then is clean now: the guard's config is
    // fixed and, without context-reading detectors, a scan depends only on the text and channel.
    const cacheKey =
      this.#cleanTexts &&
      context.cacheScope !== undefined &&
      skip.size === 0 &&
      text.length >= 32 &&
      applicable.every((scanner) => !scanner.detector.contextual)
        ? CleanTextCache.key(context.cacheScope, channel, text)
        : undefined;
    if (cacheKey !== undefined) {
      const scores = this.#cleanTexts!.get(cacheKey);
      if (scores) {
        result.scores = scores;
        return result;
      }
    }
    const scanned = this.#scanUncached(text, channel, context, messageIndex, seen, applicable, result);
    if (
      cacheKey !== undefined &&
      scanned.findings.length === 0 &&
      !scanned.error &&
      scanned.verdict === 'allow'
    )
      this.#cleanTexts!.set(cacheKey, scanned.scores);
    return scanned;
  }

  #scanUncached(
    text: string,
    channel: Channel,
    context: ScanContext,
    messageIndex: number | undefined,
    seen: Set<string>,
    applicable: ConfiguredScanner[],
    result: ScanResult,
  ): ScanResult {
    const captureText = context.captureText ?? this.config.captureText;
    let normalised: ReturnType<typeof normalise>;
    try {
      normalised = normalise(text, this.config.normalise);
    } catch (error) {
      return errorResult(this.#scannerFailed('normalise', error), this.config.onError);
    }
    /** The classifier's detections for this text, computed once: when a rule gate asks, or in turn. */
    let classifierDetections: Detection[] | undefined;
    const attackProbability = (): number => {
      const classifier = this.scanners.find((scanner) => scanner.detector.id === 'prompt-injection');
      if (!classifier) return 1;
      classifierDetections ??= classifier.detector.detect({ original: text, normalised, channel, context });
      return Math.max(0, ...classifierDetections.map((detection) => detection.score));
    };
    for (const scanner of applicable) {
      let detections: Detection[];
      try {
        detections =
          scanner.detector.id === 'prompt-injection' && classifierDetections
            ? classifierDetections
            : scanner.detector.detect({ original: text, normalised, channel, context });
      } catch (error) {
        result.error ??= this.#scannerFailed(scanner.detector.id, error);
        result.verdict = worstVerdict(
          result.verdict,
          this.config.onError === 'allow' ? 'allow' : this.config.onError,
        );
        if (result.verdict === 'block' && !this.config.collectAll) break;
        continue;
      }
      const cap = this.config.maxFindingsPerScanner;
      if (detections.length > cap) {
        const last = detections[detections.length - 1]!;
        detections = [
          ...detections.slice(0, cap),
          {
            ruleId: `${scanner.detector.id}.too-many-findings`,
            span: { start: detections[cap]!.span.start, end: last.span.end },
            score: 1,
            message: `${detections.length} findings exceed maxFindingsPerScanner ${cap}: the text is refused`,
          },
        ];
      }
      // Different rules blocking the same text are independent evidence: past gateBypass of them, no gate.
      const bypassGate =
        scanner.gate !== undefined &&
        (scanner.gateBypass ?? 0) > 0 &&
        new Set(
          detections
            .filter((detection) => detection.score >= scanner.threshold)
            .map((detection) => detection.ruleId),
        ).size >= scanner.gateBypass!;
      for (let detection of detections) {
        const id = scanner.detector.id;
        result.scores[id] = Math.max(result.scores[id] ?? 0, detection.score);
        let action: GuardAction | undefined;
        if (detection.ruleId.endsWith('.too-many-findings')) action = 'block';
        else if (detection.score >= scanner.threshold) action = scanner.action;
        else if (detection.score >= scanner.flagThreshold) action = 'flag';
        if (action === undefined) continue;
        const tooMany = detection.ruleId.endsWith('.too-many-findings');
        if (
          action === 'block' &&
          scanner.gate !== undefined &&
          !tooMany &&
          !bypassGate &&
          !escapesRuleGate(detection, text)
        ) {
          let probability: number;
          try {
            probability = attackProbability();
          } catch (error) {
            // The classifier failed: the rule's block stands (fail closed), and the error is reported.
            result.error ??= this.#scannerFailed('prompt-injection', error);
            probability = 1;
          }
          if (probability < scanner.gate) {
            action = 'flag';
            detection = {
              ...detection,
              message: `${detection.message} (flagged, not blocked: classifier score ${probability.toFixed(3)} is below the rule gate ${scanner.gate})`,
            };
          }
        }
        const finding = this.#finding(
          scanner,
          detection,
          action,
          channel,
          messageIndex,
          text,
          context,
          captureText,
        );
        const key = `${messageIndex ?? ''}:${finding.ruleId}:${finding.span.start}:${finding.span.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.findings.push(finding);
        result.verdict = worstVerdict(result.verdict, action);
      }
      if (result.verdict === 'block' && !this.config.collectAll) break;
    }
    return result;
  }

  #finding(
    scanner: ConfiguredScanner,
    detection: Detection,
    action: GuardAction,
    channel: Channel,
    messageIndex: number | undefined,
    text: string,
    context: ScanContext,
    captureText: boolean,
  ): GuardFinding {
    const id = scanner.detector.id;
    const severity: Severity =
      action === 'flag' && severityByScanner[id] === 'high' ? 'medium' : (severityByScanner[id] ?? 'medium');
    const base: Finding = {
      ruleId: detection.ruleId,
      severity,
      message: detection.message,
      location: { offset: detection.span.start, end: detection.span.end },
      frameworks: frameworksFor(id, detection.label, channel),
    };
    if (detection.data) {
      const { value: _value, shingles: _shingles, ...rest } = detection.data;
      if (Object.keys(rest).length > 0) base.data = rest;
    }
    const finding: GuardFinding = {
      ...base,
      scanner: id,
      channel,
      score: detection.score,
      span: { ...detection.span },
      action,
    };
    if (messageIndex !== undefined) finding.messageIndex = messageIndex;
    if (detection.label) finding.data = { ...finding.data, label: detection.label };
    if (action === 'redact') {
      const value = text.slice(detection.span.start, detection.span.end);
      if (detection.kind !== undefined) finding.redactionKind = detection.kind;
      finding.replacement =
        detection.kind === undefined
          ? '[REDACTED]'
          : (context.vault?.placeholderFor(detection.kind, value) ?? `[${detection.kind}]`);
    }
    if (captureText) finding.text = text.slice(detection.span.start, detection.span.end);
    return finding;
  }

  #scannerFailed(id: string, error: unknown): RampartError {
    return new RampartError(
      'RAMPART_GUARD_SCANNER_FAILED',
      `scanner '${id}' failed: ${toRampartError(error).message}`,
      {
        cause: error,
        details: { scanner: id },
      },
    );
  }
}

/**
 * Validates the config (zod, with defaults), composes the scanners once (cheap to costly,
 * patterns compiled, classifier loaded) and returns the guard. Throws RAMPART_GUARD_CONFIG_INVALID,
 * RAMPART_GUARD_PATTERN_INVALID or RAMPART_GUARD_MODEL_INVALID; scans themselves never throw.
 */
export function createGuard(config: GuardConfig = {}): Guard {
  return new GuardPipeline(resolveGuardConfig(config));
}
