import { CoverageTracker } from './coverage.ts';
import { type LlmProbeRequest, LlmProbingTracker, type LlmSignal } from './llm-probing.ts';
import { PradaTracker } from './prada.ts';

/** A route's `extraction:` settings (see the gateway config schema). */
export interface ExtractionSettings {
  enabled: boolean;
  minQueries: number;
  window: number;
  maxPoints: number;
  wThreshold: number;
  entropyThreshold: number;
  checkEvery: number;
  reportEvery: number;
  llm: {
    window: number;
    templateMin: number;
    distinctSeconds: number;
    logprobsShare: number;
    logprobsMinAlternatives: number;
    maxTokensDistinct: number;
  };
}

export type ExtractionSignal = 'distance-distribution' | 'feature-coverage' | LlmSignal;

export interface ExtractionDetection {
  signals: ExtractionSignal[];
  evidence: Record<string, number>;
  /** Queries seen from this principal on this route (predict: rows). */
  queries: number;
  /** 1 for the first report, then 2, 3, ... while the pattern goes on (one per `reportEvery` queries). */
  report: number;
}

interface PrincipalState {
  prada?: PradaTracker;
  coverage?: CoverageTracker;
  llm?: LlmProbingTracker;
  queries: number;
  reports: number;
  reportedAt: number;
}

/**
 * Extraction and probing patterns per principal and route, kept across config reloads. The state of
 * each principal is bounded (see the trackers), and at most `maxPrincipals` are tracked: the one
 * least recently seen is forgotten first.
 */
export class ExtractionMonitor {
  private readonly states = new Map<string, PrincipalState>();

  constructor(private readonly maxPrincipals = 10_000) {}

  get tracked(): number {
    return this.states.size;
  }

  /** Record the rows of one predict request; a detection when a pattern shows (or still shows, every reportEvery). */
  observePredict(
    principal: string,
    route: string,
    rows: readonly (readonly number[])[],
    settings: ExtractionSettings,
  ): ExtractionDetection | undefined {
    const state = this.state(`${principal}\u0000${route}`);
    state.prada ??= new PradaTracker(settings);
    state.coverage ??= new CoverageTracker(settings.window);
    let due = false;
    for (const row of rows) {
      state.prada.add(row);
      state.coverage.add(row);
      state.queries++;
      if (state.queries % settings.checkEvery === 0) due = true;
    }
    if (!due) return undefined;
    const prada = state.prada.test();
    const coverage = state.coverage.result();
    const signals: ExtractionSignal[] = [];
    const evidence: Record<string, number> = {};
    if (prada) {
      evidence.shapiro_w = round(prada.w);
      evidence.shapiro_p = prada.p;
      evidence.distances = prada.distances;
      if (prada.w < settings.wThreshold) signals.push('distance-distribution');
    }
    if (coverage) {
      evidence.coverage_entropy = round(coverage.entropy);
      evidence.coverage = round(coverage.coverage);
      if (coverage.entropy >= settings.entropyThreshold) signals.push('feature-coverage');
    }
    return this.report(state, signals, evidence, settings);
  }

  /** Record one LLM request (chat, completions, embeddings). */
  observeLlm(
    principal: string,
    route: string,
    request: LlmProbeRequest,
    settings: ExtractionSettings,
  ): ExtractionDetection | undefined {
    const state = this.state(`${principal}\u0000${route}`);
    state.llm ??= new LlmProbingTracker(settings.llm);
    state.llm.add(request);
    state.queries++;
    if (state.queries % settings.checkEvery !== 0) return undefined;
    const { signals, evidence } = state.llm.signals();
    return this.report(state, signals, evidence, settings);
  }

  private report(
    state: PrincipalState,
    signals: ExtractionSignal[],
    evidence: Record<string, number>,
    settings: ExtractionSettings,
  ): ExtractionDetection | undefined {
    if (signals.length === 0) return undefined;
    if (state.reports > 0 && state.queries - state.reportedAt < settings.reportEvery) return undefined;
    state.reports++;
    state.reportedAt = state.queries;
    return { signals, evidence, queries: state.queries, report: state.reports };
  }

  private state(key: string): PrincipalState {
    let state = this.states.get(key);
    if (state) {
      this.states.delete(key);
    } else {
      state = { queries: 0, reports: 0, reportedAt: 0 };
      if (this.states.size >= this.maxPrincipals) {
        const oldest = this.states.keys().next().value;
        if (oldest !== undefined) this.states.delete(oldest);
      }
    }
    this.states.set(key, state);
    return state;
  }
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
