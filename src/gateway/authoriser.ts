import type { GatewayConfig } from './config.ts';
import type { Principal } from './exchange.ts';
import { globMatcher } from './route-table.ts';

type Action = 'invoke' | 'stream' | 'export';

interface CompiledGrant {
  routes: (routeId: string) => boolean;
  models: (model: string) => boolean;
  actions: ReadonlySet<Action>;
}

export type AuthzDecision = { allowed: true; role: string } | { allowed: false };

/** Role-based, default-deny: a request passes only if one of the principal's roles grants route × model × action. */
export class Authoriser {
  private readonly roles = new Map<string, CompiledGrant[]>();

  constructor(config: GatewayConfig) {
    for (const [role, grants] of Object.entries(config.roles)) {
      this.roles.set(
        role,
        grants.map((grant) => ({
          routes: globMatcher(grant.routes),
          models: globMatcher(grant.models),
          actions: new Set(grant.actions),
        })),
      );
    }
  }

  /** With `model` undefined only the route is checked (before the body is read). */
  decide(
    principal: Principal,
    routeId: string,
    model: string | undefined,
    action: Action | undefined,
  ): AuthzDecision {
    for (const role of principal.roles) {
      const grants = this.roles.get(role);
      if (!grants) continue;
      for (const grant of grants) {
        if (!grant.routes(routeId)) continue;
        if (model !== undefined && !grant.models(model)) continue;
        if (action !== undefined && !grant.actions.has(action)) continue;
        return { allowed: true, role };
      }
    }
    return { allowed: false };
  }
}
