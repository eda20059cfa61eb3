import {
  answerLabels,
  createEvent,
  frameworkIds,
  RampartError,
  type SecurityEvent,
  type Severity,
  safeJsonParse,
  seededRandom,
} from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';

import { checkRows, sanitiseRows } from '../predict/input-checks.ts';
import type { PredictPolicy } from '../predict/predict-policy.ts';
import { readRequestRows } from '../predict/rows.ts';
import { upstreamError } from './forward.ts';

/** Violations listed in an event or an error (the count is always whole). */
const listed = 20;
const evasionFrameworks = frameworkIds('AML.T0015', 'AML.T0043', 'MEASURE 2.7');

/**
 * Predict routes with `input:`: the rows are checked against the training baseline (types, ranges,
 * categories, missing values), scored for distance to the training data and for instability under
 * feature squeezing, sanitised, smoothed, and counted for live drift. Each finding is an event;
 * `block` actions refuse with a coded 400.
 */
export async function checkPredictInput(context: GatewayContext, exchange: Exchange): Promise<void> {
  if (exchange.route.kind !== 'predict') return;
  const policy = context.runtime.predictPolicies.get(exchange.route.id);
  if (!policy) return;
  const { config } = policy;
  let json: unknown;
  try {
    json = safeJsonParse(exchange.body!.toString('utf8'), { maxDepth: 32 });
  } catch {
    json = undefined;
  }
  const read =
    json !== null && typeof json === 'object' && !Array.isArray(json)
      ? readRequestRows(json as Record<string, unknown>, policy.featureNames)
      : { unreadable: 'the body is not a JSON object' };
  if ('unreadable' in read) {
    if (exchange.route.config.unscannedShapes === 'pass') {
      exchange.attrs['predict.unchecked'] = read.unreadable;
      return;
    }
    exchange.decision = 'block';
    throw new RampartError(
      'RAMPART_PREDICT_INPUT_UNREADABLE',
      `predict input not checked: ${read.unreadable}`,
    );
  }
  const { rows } = read;
  exchange.attrs['predict.rows'] = rows.length;
  if (rows.length > config.maxRows) {
    exchange.decision = 'block';
    throw new RampartError(
      'RAMPART_REQUEST_TOO_LARGE',
      `${rows.length} rows in one request; this route takes at most ${config.maxRows}`,
      { details: { limit: 'input.maxRows' } },
    );
  }
  // With captureText on, findings carry the rows (first ten) so the SOC can explain them on demand.
  const captured = exchange.route.config.captureText
    ? { features: policy.featureNames, input_rows: rows.slice(0, 10) }
    : {};

  const violations = checkRows(rows, policy.baseline.features, config.rangeTolerance);
  if (violations.length > 0) {
    const block = config.onViolation === 'block';
    exchange.events.push(
      predictEvent(exchange, 'predict.input.violation', block ? 'medium' : 'low', block ? 'block' : 'flag', {
        ...captured,
        violations: violations.length,
        rules: [...new Set(violations.map((violation) => violation.rule))],
        details: violations.slice(0, listed),
      }),
    );
    if (block) {
      exchange.decision = 'block';
      const first = violations[0]!;
      throw new RampartError(
        'RAMPART_PREDICT_INPUT_INVALID',
        `${violations.length} input value(s) break the training data's schema; first: row ${first.row}, feature "${first.feature.slice(0, 100)}" (${first.rule})`,
        { details: violations.slice(0, listed) },
      );
    }
    exchange.decision = 'flag';
  }

  if (policy.distance && config.distance) {
    const scores = rows.map((row) => policy.distance!.score(row));
    const score = Math.max(...scores);
    exchange.attrs['predict.distance_score'] = round(score);
    if (score > 1)
      anomaly(exchange, 'distance', score, config.distance.onDetection, {
        ...captured,
        rows_over: scores.filter((value) => value > 1).length,
        threshold: round(policy.distance.threshold),
      });
  }

  let forwardRows: unknown[][] = rows;
  if (config.sanitise) {
    forwardRows = sanitiseRows(rows, policy.baseline.features, config.sanitise);
    exchange.attrs['predict.sanitised'] = true;
  }

  await chargeCheckQueries(context, exchange, policy);

  if (config.squeeze) {
    const squeezed = sanitiseRows(forwardRows, policy.baseline.features, {
      clip: false,
      decimals: config.squeeze.decimals,
    });
    const [plain, small] = await Promise.all([
      askUpstream(context, exchange, read.write(forwardRows)),
      askUpstream(context, exchange, read.write(squeezed)),
    ]);
    const changed = plain.filter((label, index) => label !== small[index]).length;
    exchange.attrs['predict.squeeze_changed'] = changed;
    if (changed > 0)
      anomaly(exchange, 'squeeze', changed / rows.length, config.squeeze.onDetection, {
        ...captured,
        rows_changed: changed,
      });
  }

  if (config.smoothing) forwardRows = await smooth(context, exchange, policy, read.write, forwardRows);
  if (forwardRows !== rows) exchange.forwardBody = Buffer.from(JSON.stringify(read.write(forwardRows)));

  if (policy.drift) {
    const drift = policy.drift;
    const report = drift.addRows(rows);
    if (report) {
      const drifted =
        report.drifted.length > 0 || (report.predictionPsi ?? 0) > (config.drift?.psiThreshold ?? 0.2);
      exchange.events.push(
        predictEvent(exchange, 'predict.drift', drifted ? 'medium' : 'info', undefined, {
          window_rows: report.rows,
          max_psi: round(report.maxPsi),
          drifted: report.drifted,
          ...(report.predictionPsi === undefined ? {} : { prediction_psi: round(report.predictionPsi) }),
          predictions: report.predictions,
          features: report.features.map((feature) => ({
            feature: feature.feature,
            psi: round(feature.psi),
            ...(feature.ks === undefined ? {} : { ks: round(feature.ks), ks_p: round(feature.ksPValue!) }),
          })),
        }),
      );
    }
    exchange.onAnswer = (body) => {
      const labels = answerLabels(safeAnswer(body));
      if (labels) drift.addPredictions(labels);
    };
  }
}

/**
 * The upstream calls feature squeezing (2) and randomized smoothing (`samples`) make besides the
 * forwarded one count against the caller's request rate, all or none, before any is made: else
 * smoothing would be a free amplifier of the model server's load. Refused with the normal 429.
 */
async function chargeCheckQueries(
  context: GatewayContext,
  exchange: Exchange,
  policy: PredictPolicy,
): Promise<void> {
  const extra = (policy.config.squeeze ? 2 : 0) + (policy.config.smoothing?.samples ?? 0);
  if (extra === 0) return;
  const principal = exchange.principal!.name;
  await context.runtime.limiters.takeExtraRequests(principal, extra, context.controls.overrideFor(principal));
  exchange.attrs['predict.extra_upstream_calls'] = extra;
}

function anomaly(
  exchange: Exchange,
  detector: 'distance' | 'squeeze',
  score: number,
  action: 'block' | 'flag',
  attrs: Record<string, unknown>,
): void {
  exchange.events.push(
    predictEvent(exchange, 'predict.input.anomaly', action === 'block' ? 'high' : 'medium', action, {
      detector,
      score: round(score),
      ...attrs,
    }),
  );
  if (action === 'block') {
    exchange.decision = 'block';
    throw new RampartError(
      'RAMPART_PREDICT_INPUT_ANOMALOUS',
      detector === 'distance'
        ? 'the input is far from the training data'
        : "the model's answer changes when the input is rounded",
    );
  }
  if (exchange.decision === 'allow') exchange.decision = 'flag';
}

/**
 * Randomized smoothing: `samples` noisy copies of the rows go upstream; per row, the class most
 * copies got wins, and the row forwarded is the first noisy copy that got it (so the client's answer,
 * scores included, is the model's own answer for a row that voted with the majority).
 */
async function smooth(
  context: GatewayContext,
  exchange: Exchange,
  policy: PredictPolicy,
  write: (rows: readonly (readonly unknown[])[]) => Record<string, unknown>,
  rows: unknown[][],
): Promise<unknown[][]> {
  const { samples, sigma } = policy.config.smoothing!;
  const random = seededRandom(Number.parseInt(exchange.requestId.replaceAll('-', '').slice(-8), 16));
  const gaussian = () =>
    Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  const features = policy.baseline.features;
  const copies = Array.from({ length: samples }, () =>
    rows.map((row) =>
      row.map((value, index) =>
        features[index]!.kind === 'numeric' && typeof value === 'number'
          ? value + gaussian() * sigma * features[index]!.scale
          : value,
      ),
    ),
  );
  const answers = await Promise.all(copies.map((copy) => askUpstream(context, exchange, write(copy))));
  exchange.attrs['predict.smoothing_queries'] = samples;
  return rows.map((row, rowIndex) => {
    const votes = new Map<string, number>();
    for (const answer of answers) votes.set(answer[rowIndex]!, (votes.get(answer[rowIndex]!) ?? 0) + 1);
    const winner = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const copy = answers.findIndex((answer) => answer[rowIndex] === winner);
    return copies[copy]?.[rowIndex] ?? row;
  });
}

/** Ask the route's upstream about a body; the labels it answers (one per row). */
async function askUpstream(
  context: GatewayContext,
  exchange: Exchange,
  body: Record<string, unknown>,
): Promise<string[]> {
  const route = exchange.route;
  const upstream = context.runtime.upstreams.get(route.config.upstream!)!;
  let text: string;
  let status: number;
  try {
    const answer = await upstream.pool.request({
      path: `${upstream.basePath}${route.config.upstreamPath ?? ''}${exchange.subPath}`,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'accept-encoding': 'identity',
        'x-request-id': exchange.requestId,
        ...upstream.headers,
      },
      body: JSON.stringify(body),
      signal: exchange.signal,
    });
    status = answer.statusCode;
    text = await answer.body.text();
  } catch (error) {
    throw upstreamError(error);
  }
  const labels = status < 300 ? answerLabels(safeAnswer(Buffer.from(text))) : undefined;
  if (!labels)
    throw new RampartError(
      'RAMPART_UPSTREAM_FAILED',
      `the model server's answer to a check query had no readable prediction (status ${status})`,
    );
  return labels;
}

function safeAnswer(body: Buffer): unknown {
  try {
    return safeJsonParse(body.toString('utf8'), { maxDepth: 32 });
  } catch {
    return undefined;
  }
}

function predictEvent(
  exchange: Exchange,
  kind: string,
  severity: Severity,
  decision: 'block' | 'flag' | undefined,
  attrs: Record<string, unknown>,
): SecurityEvent {
  return createEvent({
    source: 'gateway',
    kind,
    severity,
    principal: exchange.principal?.name,
    model: exchange.model,
    route: exchange.route.id,
    client_ip: exchange.clientIp,
    ...(decision ? { decision } : {}),
    attrs: { ...attrs, request_id: exchange.requestId },
    frameworks: kind === 'predict.drift' ? frameworkIds('MEASURE 2.4') : evasionFrameworks,
  });
}

const round = (value: number) => Math.round(value * 1e4) / 1e4;
