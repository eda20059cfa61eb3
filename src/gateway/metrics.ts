import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one gateway (own registry, so several gateways can live in one process). */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly requests = new Counter({
    name: 'rampart_requests_total',
    help: 'Requests handled, by route, status and decision.',
    labelNames: ['route', 'status', 'decision'] as const,
    registers: [this.registry],
  });
  readonly latency = new Histogram({
    name: 'rampart_request_duration_seconds',
    help: 'Time from accepting a request to the end of its response.',
    labelNames: ['route'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly upstreamLatency = new Histogram({
    name: 'rampart_upstream_duration_seconds',
    help: 'Time from sending a request upstream to the end of the upstream response.',
    labelNames: ['upstream'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });
  readonly limitRejections = new Counter({
    name: 'rampart_limit_rejections_total',
    help: 'Requests refused by a limit, by limit name.',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });
  readonly decisions = new Counter({
    name: 'rampart_decisions_total',
    help: 'Security decisions (allow, flag, redact, block).',
    labelNames: ['decision'] as const,
    registers: [this.registry],
  });
  readonly stateAvailable = new Gauge({
    name: 'rampart_state_available',
    help: 'Whether the shared state store (Redis) answers: 1 yes, 0 no (limits count a local share).',
    labelNames: ['backend'] as const,
    registers: [this.registry],
  });
  readonly storeAvailable = new Gauge({
    name: 'rampart_store_available',
    help: 'Whether the shared key, control and event store (PostgreSQL) answers: 1 yes, 0 no (last known keys and controls in force).',
    labelNames: ['backend'] as const,
    registers: [this.registry],
  });
  readonly auditLost = new Counter({
    name: 'rampart_audit_lost_events_total',
    help: 'Audit events acknowledged before their commit (audit.acknowledge: queued) whose commit then failed.',
    registers: [this.registry],
  });
  readonly stateFallbacks = new Counter({
    name: 'rampart_state_fallback_total',
    help: 'Limit decisions made locally because the shared state store was unavailable, by kind.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly inFlight = new Gauge({
    name: 'rampart_requests_in_flight',
    help: 'Requests being handled now.',
    registers: [this.registry],
  });
}
