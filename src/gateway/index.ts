export { type AdminServerOptions, createAdminApp, createAdminServer, listenAdmin } from './admin-server.ts';
export {
  type ApiKeyRecord,
  ApiKeyStore,
  type CreateApiKeyOptions,
  type CreatedApiKey,
  type KeyCheck,
} from './api-key-store.ts';
export {
  type GatewayConfig,
  type GatewayConfigInput,
  gatewayConfigSchema,
  gatewayReferenceProblems,
  loadConfig,
  loadDataDir,
  parseConfig,
  type RedisStateConfig,
  type RouteConfig,
  routeSchema,
  type StateConfig,
  validateConfig,
} from './config.ts';
export { type Block, type BlockScope, GatewayControls, type LimitOverride } from './controls.ts';
export {
  classifyIris,
  createDemoUpstream,
  type DemoUpstreamOptions,
  startDemoUpstream,
} from './demo-upstream.ts';
export type { Exchange, ParsedRequest, Principal } from './exchange.ts';
export { Gateway, type GatewayOptions, stages } from './gateway.ts';
export { GatewayMetrics } from './metrics.ts';
export { RedisState, type RedisStateOptions, type SharedStateStatus } from './redis-state.ts';
export { compileRouteGuards, type RouteGuard } from './route-guard.ts';
