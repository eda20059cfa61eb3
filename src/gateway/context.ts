import type { Logger } from 'pino';
import type { EventSink } from '../core/index.ts';
import type { KeyStore } from './api-key-store.ts';
import type { RouteAttestation } from './attestation.ts';
import type { GatewayControls } from './controls.ts';
import type { ExtractionMonitor } from './extraction/extraction-monitor.ts';
import type { GatewayMetrics } from './metrics.ts';
import type { RedisState } from './redis-state.ts';
import type { RefusalCounter } from './refusal-counter.ts';
import type { Runtime } from './runtime.ts';
import type { StoreHealth } from './store/postgres-change-feed.ts';

/** What stages need besides the exchange. `runtime` is replaced on config reload. */
export interface GatewayContext {
  runtime: Runtime;
  readonly keys: KeyStore;
  readonly controls: GatewayControls;
  readonly sink: EventSink;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
  /** Counts repeated unauthenticated refusals per address (kept across reloads). */
  readonly refusals: RefusalCounter;
  /** Shared state in Redis, when configured (limits, controls and revocations shared by every instance). */
  readonly state?: RedisState;
  /** The PostgreSQL store's health, when keys and controls live there (store.postgres). */
  readonly storeHealth?: StoreHealth;
  /** Attestation of each route that requires one (set by whoever runs the model checks). */
  attestations: ReadonlyMap<string, RouteAttestation>;
  /** Extraction and probing patterns per principal (kept across reloads). */
  readonly extraction: ExtractionMonitor;
}
