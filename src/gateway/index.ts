export { type AdminServerOptions, createAdminApp, createAdminServer, listenAdmin } from './admin-server.ts';
export {
  type ApiKeyRecord,
  ApiKeyStore,
  type CreateApiKeyOptions,
  type CreatedApiKey,
  type KeyCheck,
  type KeyStore,
} from './api-key-store.ts';
export type { AttestationCheckResult, RouteAttestation } from './attestation.ts';
export {
  attestSchema,
  extractionSchema,
  type GatewayConfig,
  type GatewayConfigInput,
  gatewayConfigSchema,
  gatewayReferenceProblems,
  loadConfig,
  loadDataDir,
  loadStoreSettings,
  outputSchema,
  parseConfig,
  type RedisStateConfig,
  type RouteConfig,
  routeSchema,
  type StateConfig,
  validateConfig,
} from './config.ts';
export {
  type Block,
  type BlockScope,
  type ControlsChange,
  type ControlsSnapshot,
  type ControlsStore,
  GatewayControls,
  type LimitOverride,
} from './controls.ts';
export { classifyPenguin, type PenguinData, penguinData, penguinFeatures } from './demo-penguins.ts';
export {
  classifyIris,
  createDemoUpstream,
  type DemoUpstreamOptions,
  demoIrisBaseline,
  startDemoUpstream,
} from './demo-upstream.ts';
export type { Exchange, ParsedRequest, Principal } from './exchange.ts';
export {
  type ExtractionDetection,
  ExtractionMonitor,
  type ExtractionSettings,
  type ExtractionSignal,
} from './extraction/extraction-monitor.ts';
export { type ShapiroWilkResult, shapiroWilk } from './extraction/shapiro-wilk.ts';
export { Gateway, type GatewayOptions, stages } from './gateway.ts';
export { GatewayMetrics } from './metrics.ts';
export { type Hardening, hardenPredictAnswer, hardenScores, stripLogprobs } from './output-hardening.ts';
export {
  announceKeyRevocation,
  RedisState,
  type RedisStateOptions,
  type SharedStateStatus,
} from './redis-state.ts';
export { compileRouteGuards, type RouteGuard } from './route-guard.ts';
export {
  type GatewayStore,
  gatewayMigrations,
  type OpenGatewayStoreOptions,
  openGatewayStore,
} from './store/gateway-store.ts';
export { type ConfigWarning, transportWarnings } from './transport-warnings.ts';
