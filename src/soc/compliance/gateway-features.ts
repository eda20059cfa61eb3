import type { GatewayConfigView } from '../../core/index.ts';
import type { FeatureId } from './coverage.ts';

/** What a configuration says about one feature: on or off, and the setting that says so. */
export interface ConfiguredState {
  on: boolean;
  detail: string;
}

const llmKinds = new Set(['chat', 'completions', 'embeddings']);
const textOutputKinds = new Set(['chat', 'completions']);

function routeList(ids: string[]): string {
  return ids.length > 0 ? `routes ${ids.join(', ')}` : 'no route';
}

/**
 * The gateway features a gateway config turns on, read the way the gateway reads it: guard scanning
 * is on for chat, completions and embeddings routes unless `guard: false`, output scanning unless
 * `scanOutput: false`; authorisation is always default deny; limits always apply (with defaults).
 */
export function gatewayConfiguredFeatures(
  config: GatewayConfigView,
): Partial<Record<FeatureId, ConfiguredState>> {
  const guarded = config.routes.filter((route) => llmKinds.has(route.kind) && route.guard !== false);
  const toolRoutes = guarded.filter((route) => route.kind === 'chat');
  const outputRoutes = guarded.filter(
    (route) =>
      textOutputKinds.has(route.kind) &&
      (route.guard === undefined || (route.guard !== false && route.guard.scanOutput !== false)),
  );
  const methods = [config.auth.apiKeys.enabled ? 'API keys' : '', config.auth.jwt ? 'JWT' : ''].filter(
    Boolean,
  );
  const roles = Object.keys(config.roles).length;
  const { rate, tokens, concurrency } = config.limits;
  const ids = (routes: typeof config.routes) => routes.map((route) => route.id);
  return {
    'gateway.auth': {
      on: methods.length > 0,
      detail:
        methods.length > 0
          ? `gateway config: ${methods.join(' and ')}`
          : 'gateway config: no API keys or JWT',
    },
    'gateway.authz': {
      on: true,
      detail: `gateway config: ${roles} role(s) granted; every other principal × route × model is denied`,
    },
    'gateway.limits': {
      on: true,
      detail: `gateway config: ${rate.requestsPerMinute} requests/min (burst ${rate.burst}), ${tokens.perMinute} tokens/min, ${concurrency.perPrincipal} in flight per principal`,
    },
    'gateway.audit': { on: true, detail: 'gateway config: every request is recorded as inference.request' },
    'guard.input': {
      on: guarded.length > 0,
      detail: `gateway config: input scanning on ${routeList(ids(guarded))}`,
    },
    'guard.indirect': {
      on: toolRoutes.length > 0,
      detail: `gateway config: tool and retrieved messages scanned on ${routeList(ids(toolRoutes))}`,
    },
    'guard.output': {
      on: outputRoutes.length > 0,
      detail: `gateway config: output scanning on ${routeList(ids(outputRoutes))}`,
    },
  };
}
