import { createEvent } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';
import type { ExtractionDetection } from '../extraction/extraction-monitor.ts';
import { predictQueryRows } from '../extraction/query-features.ts';
import { hardeningFor } from '../output-hardening.ts';

/**
 * Decide the answer's output hardening: the route's `output`, made stricter by `output.degraded`
 * while the SOC has degraded the principal (the first graded response to extraction).
 */
export function chooseOutputHardening(context: GatewayContext, exchange: Exchange): void {
  const principal = exchange.principal;
  const degraded = principal !== undefined && context.controls.isDegraded(principal.name);
  const hardening = hardeningFor(exchange.route.config, degraded);
  if (degraded) exchange.attrs['output.degraded'] = true;
  if (hardening) exchange.hardening = hardening;
}

/** Alternatives per token the request asks for: chat `top_logprobs` (with `logprobs: true`), completions `logprobs`. */
function logprobsAsked(json: Record<string, unknown> | undefined): number {
  if (!json) return 0;
  const top = json.top_logprobs;
  if (json.logprobs === true) return typeof top === 'number' ? Math.max(1, top) : 1;
  if (typeof json.logprobs === 'number') return json.logprobs;
  return 0;
}

/**
 * The extraction and probing monitor (after authorisation, before the upstream): feeds each
 * authenticated request to the principal's trackers and, when a pattern shows, adds an
 * `extraction.suspected` event with its evidence. It never refuses: the SOC's rules decide the
 * response (degrade, throttle, block), which reaches the gateway through its admin API.
 */
export function monitorExtraction(context: GatewayContext, exchange: Exchange): void {
  const settings = exchange.route.config.extraction;
  const principal = exchange.principal;
  const parsed = exchange.parsed;
  if (!settings.enabled || !principal || !parsed) return;
  const route = exchange.route;
  let detection: ExtractionDetection | undefined;
  if (route.kind === 'predict') {
    if (!parsed.json) return;
    const rows = predictQueryRows(parsed.json);
    if (rows.length === 0) return;
    detection = context.extraction.observePredict(principal.name, route.id, rows, settings);
  } else if (route.kind !== 'models') {
    const prompt = parsed.messages
      .filter((message) => message.role !== 'system' && message.role !== 'developer')
      .map((message) => message.content)
      .join('\n');
    detection = context.extraction.observeLlm(
      principal.name,
      route.id,
      { prompt, logprobs: logprobsAsked(parsed.json), maxTokens: parsed.maxTokens, time: Date.now() },
      settings,
    );
  }
  if (!detection) return;
  exchange.attrs['extraction.signals'] = detection.signals;
  exchange.events.push(
    createEvent({
      source: 'gateway',
      kind: 'extraction.suspected',
      severity: detection.report > 1 ? 'high' : 'medium',
      principal: principal.name,
      model: exchange.model,
      route: route.id,
      client_ip: exchange.clientIp,
      decision: 'flag',
      attrs: {
        request_id: exchange.requestId,
        signals: detection.signals,
        evidence: detection.evidence,
        queries: detection.queries,
        report: detection.report,
        ...(principal.credentialId ? { credential_id: principal.credentialId } : {}),
      },
      frameworks: ['LLM10:2025', 'AML.T0024.002'],
    }),
  );
}
