import { resolve } from 'node:path';
import { RampartError } from '../../core/index.ts';
import type { GatewayConfig } from '../config.ts';
import { readTabularBaseline, type TabularBaseline } from './baseline.ts';
import { calibrationRowsNeeded, TrainingDistance } from './distance.ts';
import { DriftWindow } from './drift-window.ts';
import type { PredictInputConfig } from './input-config.ts';

/** A predict route's input policy, compiled once per config: the baseline read, distances calibrated. */
export interface PredictPolicy {
  readonly config: PredictInputConfig;
  readonly baseline: TabularBaseline;
  readonly featureNames: readonly string[];
  readonly distance?: TrainingDistance;
  /** Live drift state (starts afresh on reload). */
  readonly drift?: DriftWindow;
}

/**
 * Build the input policy of each predict route that has `input:`. A baseline that cannot be read, or a
 * distance check without a baseline sample, fails the whole config with the route's dotted path.
 */
export function compilePredictPolicies(config: GatewayConfig): Map<string, PredictPolicy> {
  const policies = new Map<string, PredictPolicy>();
  config.routes.forEach((route, index) => {
    const input = route.input;
    if (!input || route.kind !== 'predict') return;
    const fail = (path: string, message: string) =>
      new RampartError('RAMPART_CONFIG_INVALID', 'config: 1 problem(s) found', {
        details: [{ path: `routes.${index}.input.${path}`, message }],
      });
    let baseline: TabularBaseline;
    try {
      baseline = readTabularBaseline(resolve(input.baseline), input.features);
    } catch (error) {
      if (RampartError.is(error)) throw fail('baseline', error.message);
      throw error;
    }
    if (baseline.features.length === 0)
      throw fail('baseline', 'the baseline has no numeric or categorical feature');
    // One request and its check queries are counted together in the burst window: more than the
    // burst would refuse every request on the route.
    const perRequest = 1 + (input.squeeze ? 2 : 0) + (input.smoothing?.samples ?? 0);
    if (perRequest > config.limits.rate.burst)
      throw fail(
        input.smoothing ? 'smoothing.samples' : 'squeeze',
        `each request makes ${perRequest} upstream calls, more than limits.rate.burst (${config.limits.rate.burst}): every request would be refused; lower samples or raise the burst`,
      );
    let distance: TrainingDistance | undefined;
    if (input.distance) {
      const { k, alpha, calibration } = input.distance;
      const held = Math.round(baseline.sample.length * calibration);
      const needed = calibrationRowsNeeded(alpha);
      if (held < needed || baseline.sample.length - held <= k) {
        const rows = Math.max(Math.ceil(needed / calibration), Math.ceil((k + 1) / (1 - calibration)));
        throw fail(
          'distance',
          `needs ${needed} calibration rows for alpha ${alpha} and more than ${k} reference rows; the baseline has ${baseline.sample.length} sample rows (${held} held out for calibration): run \`rampart data profile --sample-rows ${rows} --out ...\``,
        );
      }
      distance = new TrainingDistance(baseline.features, baseline.sample, { k, alpha, calibration });
    }
    policies.set(route.id, {
      config: input,
      baseline,
      featureNames: baseline.features.map((feature) => feature.name),
      ...(distance ? { distance } : {}),
      ...(input.drift
        ? { drift: new DriftWindow(baseline, input.drift.window, input.drift.psiThreshold) }
        : {}),
    });
  });
  return policies;
}
