import { RampartError } from '../core/index.ts';
import { createGuard, type Guard } from '../guard/index.ts';
import type { GatewayConfig } from './config.ts';

/** A route's compiled guard policy. */
export interface RouteGuard {
  readonly guard: Guard;
  readonly scanOutput: boolean;
  readonly canary: boolean;
  readonly systemPrompt?: string;
}

/**
 * Build each route's guard once per config. Guards with the same policy are shared (the classifier
 * is loaded once). The guard block was validated when the config loaded; what only compiling can
 * find (a custom pattern RE2 refuses, unreadable classifier weights) fails the whole config with the
 * route's dotted path.
 */
export function compileRouteGuards(config: GatewayConfig): Map<string, RouteGuard> {
  const guards = new Map<string, RouteGuard>();
  const byPolicy = new Map<string, Guard>();
  config.routes.forEach((route, index) => {
    if (route.guard === false || route.kind === 'models' || route.kind === 'predict') return;
    const { scanOutput, canary, systemPrompt, ...policy } = route.guard;
    resolveJudgeUpstream(config, policy, index);
    const key = JSON.stringify(policy);
    let guard = byPolicy.get(key);
    if (!guard) {
      try {
        guard = createGuard(policy);
      } catch (error) {
        if (!RampartError.is(error)) throw error;
        const details = Array.isArray(error.details)
          ? (error.details as Array<{ path: string; message: string }>).map((problem) => ({
              path: `routes.${index}.guard.${problem.path}`,
              message: problem.message,
            }))
          : [{ path: `routes.${index}.guard`, message: error.message }];
        throw new RampartError('RAMPART_CONFIG_INVALID', `config: ${details.length} problem(s) found`, {
          details,
        });
      }
      byPolicy.set(key, guard);
    }
    guards.set(route.id, {
      guard,
      scanOutput,
      canary,
      ...(systemPrompt === undefined ? {} : { systemPrompt }),
    });
  });
  return guards;
}

/**
 * An llm-judge model stage names a gateway upstream: the judge is sent to its URL with its
 * credentials, which stay in the gateway like every upstream's.
 */
function resolveJudgeUpstream(config: GatewayConfig, policy: Record<string, unknown>, index: number): void {
  const stage = policy.modelStage as { kind?: unknown; upstream?: unknown; url?: unknown } | undefined;
  if (stage?.kind !== 'llm-judge' || typeof stage.upstream !== 'string' || stage.url !== undefined) return;
  const upstream = config.upstreams[stage.upstream];
  if (!upstream) {
    throw new RampartError('RAMPART_CONFIG_INVALID', 'config: 1 problem(s) found', {
      details: [
        {
          path: `routes.${index}.guard.modelStage.upstream`,
          message: `no upstream named '${stage.upstream}' (known: ${Object.keys(config.upstreams).join(', ')})`,
        },
      ],
    });
  }
  const { upstream: _name, ...rest } = stage;
  policy.modelStage = {
    ...rest,
    url: upstream.url,
    headers: { ...upstream.headers, ...((stage as { headers?: Record<string, string> }).headers ?? {}) },
    ...(upstream.apiKey ? { apiKey: upstream.apiKey } : {}),
  };
}
