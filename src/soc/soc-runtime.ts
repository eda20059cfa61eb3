import type { EventSink, SecurityEvent } from '../core/index.ts';
import { AlertManager } from './alerts/alert-manager.ts';
import type { DatasetLocation } from './responses/dataset-approval.ts';
import { GatewayAdminClient, type GatewayAdminOptions } from './responses/gateway-admin-client.ts';
import { defaultRules } from './rules/load-rules.ts';
import type { ParsedRule } from './rules/rule-schema.ts';
import { RulesEngine } from './rules/rules-engine.ts';
import type { EventStore } from './store/event-store.ts';

export type EventListener = (events: readonly SecurityEvent[]) => void;

/** In-process fan-out of committed events to live consumers (the console's event stream). */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(events: readonly SecurityEvent[]): void {
    for (const listener of this.listeners) {
      try {
        listener(events);
      } catch {
        // A broken consumer never fails the write path.
      }
    }
  }

  get size(): number {
    return this.listeners.size;
  }
}

export interface SocSinkOptions {
  store: EventStore;
  engine: RulesEngine;
  alerts: AlertManager;
  bus?: EventBus;
  /** Called when handling a detection fails (the event itself is already stored). */
  onError?: (error: unknown) => void;
}

/**
 * The EventSink the CLI hands to an in-process gateway: persists each batch to the store (with
 * SQLite, synchronously: committed when `write` returns), then publishes it to live consumers and
 * runs it through the rules; detections become alerts in the background.
 */
export class SocSink implements EventSink {
  readonly bus: EventBus;
  constructor(private readonly options: SocSinkOptions) {
    this.bus = options.bus ?? new EventBus();
  }

  write(events: readonly SecurityEvent[]): void | Promise<void> {
    const stored = this.options.store.write(events);
    if (stored instanceof Promise) return stored.then(() => this.afterCommit(events));
    this.afterCommit(events);
  }

  /** Runs after the batch is committed: nothing here may fail the write the caller is waiting on. */
  private afterCommit(events: readonly SecurityEvent[]): void {
    if (events.length === 0) return;
    this.bus.publish(events);
    for (const event of events) {
      try {
        const detections = this.options.engine.evaluate(event);
        for (const detection of detections) {
          this.options.alerts.handle(detection).catch((error: unknown) => this.options.onError?.(error));
        }
      } catch (error) {
        this.options.onError?.(error);
      }
    }
  }
}

export function createSocSink(options: SocSinkOptions): SocSink {
  return new SocSink(options);
}

export interface SocOptions {
  store: EventStore;
  /** Rules to run (default: the built-in rules in src/soc/rules/defaults). */
  rules?: readonly ParsedRule[];
  /** The gateway admin API automated responses act through; without it they are recorded as failed. */
  gateway?: GatewayAdminOptions;
  automaticResponses?: boolean;
  /** Approved datasets' locations and provenance logs, for the revoke_approval response. */
  datasets?: readonly DatasetLocation[];
  maxGroupsPerRule?: number;
  onError?: (error: unknown) => void;
}

/** Everything the SOC runs in one process: store, rules, alerts, live bus and the sink that feeds them. */
export interface Soc {
  store: EventStore;
  engine: RulesEngine;
  alerts: AlertManager;
  bus: EventBus;
  sink: SocSink;
  /** The gateway admin API client, when configured. */
  gateway?: GatewayAdminClient;
  /**
   * Feed the stored events of the last `history` to the new_value rules (e.g. dataset-new-principal)
   * so that a restart neither starts their learning window again nor reports known principals as
   * new. Call before accepting events; returns how many events were read.
   */
  learnHistory(options?: { now?: number; maxEvents?: number }): Promise<number>;
  /** Wait until detections handed in so far are alerts (tests, shutdown). */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The credential id recorded on the inference.request of the same request (same principal and request id). */
async function keyFromRequest(store: EventStore, trigger: SecurityEvent): Promise<string | undefined> {
  const requestId = trigger.attrs.request_id;
  if (typeof requestId !== 'string' || !trigger.principal) return undefined;
  const page = await store.query({ kind: 'inference.request', principal: trigger.principal, limit: 200 });
  const request = page.events.find((event) => event.attrs.request_id === requestId);
  const credential = request?.attrs.credential_id ?? request?.attrs.key_id;
  return typeof credential === 'string' && credential !== '' ? credential : undefined;
}

async function learnHistory(
  store: EventStore,
  engine: RulesEngine,
  options: { now?: number; maxEvents?: number } = {},
): Promise<number> {
  const needs = engine.learningNeeds();
  if (!needs) return 0;
  const now = options.now ?? Date.now();
  const maxEvents = options.maxEvents ?? 1_000_000;
  let cursor: string | undefined;
  let read = 0;
  do {
    const page = await store.query({
      from: new Date(now - needs.historyMs).toISOString(),
      ...(needs.kinds ? { kind: needs.kinds } : {}),
      order: 'asc',
      limit: 1000,
      ...(cursor ? { cursor } : {}),
    });
    for (const event of page.events) engine.learn(event);
    read += page.events.length;
    cursor = page.nextCursor;
  } while (cursor && read < maxEvents);
  return read;
}

export function createSoc(options: SocOptions): Soc {
  const engine = new RulesEngine(
    options.rules ?? defaultRules(),
    options.maxGroupsPerRule ? { maxGroupsPerRule: options.maxGroupsPerRule } : {},
  );
  const bus = new EventBus();
  let sink: SocSink | undefined;
  const gateway = options.gateway ? new GatewayAdminClient(options.gateway) : undefined;
  const alerts = new AlertManager({
    repository: options.store.alerts,
    emit: (events) => sink!.write(events),
    ...(gateway ? { gateway } : {}),
    ...(options.datasets ? { datasets: options.datasets } : {}),
    ...(options.automaticResponses === undefined ? {} : { automaticResponses: options.automaticResponses }),
    resolveKey: (trigger) => keyFromRequest(options.store, trigger),
  });
  sink = createSocSink({
    store: options.store,
    engine,
    alerts,
    bus,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  return {
    store: options.store,
    engine,
    alerts,
    bus,
    sink,
    ...(gateway ? { gateway } : {}),
    learnHistory: (learnOptions) => learnHistory(options.store, engine, learnOptions),
    idle: () => alerts.idle(),
    close: async () => {
      await alerts.idle();
      await options.store.close();
    },
  };
}
