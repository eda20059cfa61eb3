import { RampartError, toRampartError } from '../../core/index.ts';
import { frameworksFor } from '../frameworks.ts';
import type { Channel, GuardFinding, GuardMessage, ScanContext, ScanResult, Verdict } from '../types.ts';
import { roleChannel, worstVerdict } from '../verdict.ts';
import type { ModelStageConfig } from './config.ts';
import type { ModelStage, ModelVerdict } from './model-stage.ts';

/** What the model stage did for one scan (ScanResult.modelStage). */
export interface ModelStageOutcome {
  kind: ModelStage['kind'];
  /** skipped: the fast path's score was outside the band (or it already blocked). */
  status: 'skipped' | 'asked' | 'timeout' | 'failed';
  /** The fast path's attack score that decided whether to ask. */
  fastScore: number;
  /** Texts sent to the model. */
  texts?: number;
  /** Highest attack score the model gave. */
  score?: number;
  elapsedMs?: number;
}

/** The synchronous fast path the cascade sits behind. */
export interface FastPath {
  scanInput(messages: readonly GuardMessage[], context?: ScanContext): ScanResult;
}

export type CascadeOptions = Pick<
  ModelStageConfig,
  'band' | 'budgetMs' | 'onError' | 'threshold' | 'action' | 'channels'
>;

function raise(result: ScanResult, verdict: Verdict): void {
  result.verdict = worstVerdict(result.verdict, verdict);
}

/** Rejects when `signal` aborts, so a stage that ignores the signal still cannot overrun the budget. */
function withinBudget<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

class BudgetExceeded extends Error {}

function modelFinding(
  stage: ModelStage,
  verdict: ModelVerdict,
  message: GuardMessage,
  messageIndex: number,
  action: GuardFinding['action'],
): GuardFinding {
  const channel = roleChannel[message.role];
  return {
    ruleId: `model-stage.${verdict.label.replace(/[^a-z0-9-]/gi, '-').toLowerCase()}`,
    severity: action === 'block' ? 'high' : 'medium',
    message: `${stage.kind} model: ${verdict.label} (attack ${verdict.attack.toFixed(3)})`,
    location: { offset: 0, end: message.content.length },
    frameworks: frameworksFor('prompt-injection', undefined, channel),
    scanner: 'model-stage',
    channel,
    score: verdict.attack,
    span: { start: 0, end: message.content.length },
    action,
    messageIndex,
    data: { label: verdict.label },
  };
}

/**
 * The cascade: the fast path scans every request; only when its prompt-injection score lies in the
 * uncertain band [low, high) is the model asked about the messages on the configured channels,
 * within `budgetMs`. A model score at or above `threshold` takes `action`; a timeout or failure
 * follows `onError` (block: the scan reports RAMPART_GUARD_MODEL_STAGE_FAILED and blocks; flag:
 * a `model-stage.unavailable` finding; allow: the fast path's verdict stands).
 */
export function createModelCascade(fastPath: FastPath, stage: ModelStage, options: CascadeOptions) {
  const [low, high] = options.band;
  const channels = new Set<Channel>(options.channels);
  return async function scanInputAsync(
    messages: readonly GuardMessage[],
    context: ScanContext = {},
  ): Promise<ScanResult> {
    const result = fastPath.scanInput(messages, context);
    const fastScore = result.scores['prompt-injection'] ?? 0;
    const outcome: ModelStageOutcome = { kind: stage.kind, status: 'skipped', fastScore };
    result.modelStage = outcome;
    if (result.error || result.verdict === 'block' || fastScore < low || fastScore >= high) return result;
    const asked = messages
      .map((message, index) => ({ message, index }))
      .filter(({ message }) => message.content.length > 0 && channels.has(roleChannel[message.role]));
    if (asked.length === 0) return result;
    outcome.texts = asked.length;
    const started = performance.now();
    const controller = new AbortController();
    const timer = setTimeout(
      () => controller.abort(new BudgetExceeded(`no answer within ${options.budgetMs} ms`)),
      options.budgetMs,
    );
    let verdicts: ModelVerdict[];
    try {
      verdicts = await withinBudget(
        stage.classify(
          asked.map(({ message }) => message.content),
          controller.signal,
        ),
        controller.signal,
      );
      if (verdicts.length !== asked.length)
        throw new Error(`the model answered ${verdicts.length} of ${asked.length} texts`);
    } catch (error) {
      outcome.status = error instanceof BudgetExceeded ? 'timeout' : 'failed';
      outcome.elapsedMs = performance.now() - started;
      applyFailure(result, outcome, error, options);
      return result;
    } finally {
      clearTimeout(timer);
    }
    outcome.status = 'asked';
    outcome.elapsedMs = performance.now() - started;
    outcome.score = Math.max(...verdicts.map((verdict) => verdict.attack));
    result.scores['model-stage'] = outcome.score;
    verdicts.forEach((verdict, index) => {
      if (verdict.attack < options.threshold) return;
      const { message, index: messageIndex } = asked[index]!;
      result.findings.push(modelFinding(stage, verdict, message, messageIndex, options.action));
      raise(result, options.action);
    });
    return result;
  };
}

function applyFailure(
  result: ScanResult,
  outcome: ModelStageOutcome,
  error: unknown,
  options: CascadeOptions,
): void {
  const reason = error instanceof Error ? error.message : String(error);
  if (options.onError === 'block') {
    result.error = new RampartError(
      'RAMPART_GUARD_MODEL_STAGE_FAILED',
      `the ${outcome.kind} model stage ${outcome.status === 'timeout' ? 'timed out' : 'failed'}: ${reason}`,
      {
        cause: error instanceof BudgetExceeded ? undefined : toRampartError(error),
        details: { status: outcome.status },
      },
    );
    raise(result, 'block');
    return;
  }
  if (options.onError === 'flag') {
    result.findings.push({
      ruleId: 'model-stage.unavailable',
      severity: 'low',
      message: `the ${outcome.kind} model stage ${outcome.status === 'timeout' ? 'timed out' : 'failed'}`,
      frameworks: [],
      scanner: 'model-stage',
      channel: 'user',
      span: { start: 0, end: 0 },
      action: 'flag',
      data: { status: outcome.status },
    });
    raise(result, 'flag');
  }
}
