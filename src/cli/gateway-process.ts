import { join, resolve } from 'node:path';
import pino, { type Logger } from 'pino';
import { listenerScheme, reloadListenerTls } from '../core/http/index.ts';
import { BatchingEventSink, type EventReader, type EventSink } from '../core/index.ts';
import {
  createAdminServer,
  Gateway,
  type GatewayConfig,
  type KeyStore,
  listenAdmin,
  openGatewayStore,
  RedisState,
} from '../gateway/index.ts';
import { type EventStore, openPostgresEventStore, openSqliteEventStore } from '../soc/index.ts';
import { attestRoutes } from './attest-routes.ts';
import { watchAttestedRoutes } from './attestation-watch.ts';
import { listening } from './listen-error.ts';
import { SocForwarder } from './soc-forwarder.ts';

export interface RunningGateway {
  gateway: Gateway;
  keys: KeyStore;
  /** The audit trail: DATA_DIR/events.db, or PostgreSQL with `store.postgres`. */
  store: EventStore;
  /** Present when `soc` is configured: sends the committed events on to the central SOC. */
  forwarder?: SocForwarder;
  url: string;
  adminUrl: string;
  logger: Logger;
  stop: () => Promise<void>;
}

export interface StartGatewayOptions {
  config: GatewayConfig;
  /** Re-reads the config file (SIGHUP and POST /admin/reload). */
  reloadConfig?: () => GatewayConfig;
  logger?: Logger;
  /** Replaces the plain event store as the gateway's sink (e.g. the SOC's store + rules). */
  sink?: (store: EventStore) => EventSink;
  /** How the user moves each port, named in RAMPART_LISTEN_FAILED (default: the config fields). */
  portFlags?: { server: string; admin: string };
  /** False in all workers but the first: one forwarder per data directory sends each event once. */
  forwardToSoc?: boolean;
}

/** Logger with the default redact list: credentials and (unless captured) prompt text never reach logs. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.apiKey',
        '*.token',
        '*.key',
        'config.admin.token',
        'config.upstreams.*.apiKey',
        '*.messages',
        '*.prompt',
      ],
      censor: '[redacted]',
    },
  });
}

/** Wire the gateway to its stores and admin API: what `rampart gateway` and `rampart up` run. */
export async function startGatewayProcess(options: StartGatewayOptions): Promise<RunningGateway> {
  const { config } = options;
  const logger = options.logger ?? createLogger(config.logging.level);
  const dataDir = resolve(config.dataDir);
  // Keys, blocks and overrides: SQLite files in the data dir, or PostgreSQL shared by every gateway.
  const gatewayStore = await openGatewayStore(config, {
    onError: (error) =>
      logger.warn(
        { err: error },
        'reading the shared store failed; the last keys and controls stay in force',
      ),
  });
  const { keys, controls } = gatewayStore;
  const postgres = config.store.postgres;
  let state: RedisState | undefined;
  let store: EventStore;
  try {
    store = postgres
      ? await openPostgresEventStore({
          connectionString: postgres.url,
          schema: postgres.schema,
          maxConnections: postgres.maxConnections,
        })
      : openSqliteEventStore({ path: join(dataDir, 'events.db') });
  } catch (error) {
    await gatewayStore.close();
    throw error;
  }
  try {
    state = config.state.redis
      ? await RedisState.connect({ config: config.state.redis, controls, logger })
      : undefined;
  } catch (error) {
    await store.close();
    await gatewayStore.close();
    throw error;
  }
  // Group commit: one transaction per event-loop turn; each response still waits for its commit.
  // With audit.acknowledge: queued, responses do not wait for it (bounded queue, committed every maxDelayMs).
  const audit = config.audit;
  const sink = new BatchingEventSink(options.sink ? options.sink(store) : store, {
    ...(audit.acknowledge === 'queued'
      ? { queued: { maxDelayMs: audit.maxDelayMs, maxQueued: audit.maxQueuedEvents } }
      : {}),
  });
  // Attested routes whose model files change are refused until their checks pass again; the watch
  // starts before the checks so that a change while they run is not lost.
  let watches = watchAttestedRoutes(config, logger);
  const attestations = await attestRoutes(config);
  for (const [route, result] of attestations)
    if (!result.passed)
      logger.warn({ route, checks: result.checks }, 'model not attested: the route refuses requests');
  let gateway: Gateway;
  try {
    gateway = new Gateway({
      config,
      keys,
      sink,
      logger,
      controls,
      attestations,
      ...(state ? { state } : {}),
      ...(gatewayStore.health ? { storeHealth: gatewayStore.health } : {}),
    });
    sink.onLost((count, error) => {
      gateway.context.metrics.auditLost.inc(count);
      logger.error({ err: error, events: count }, 'audit events acknowledged before commit were lost');
    });
  } catch (error) {
    // Bad server.tls files: nothing opened may keep the process alive.
    watches.close();
    await state?.close();
    await sink.close();
    await store.close();
    await gatewayStore.close();
    throw error;
  }
  watches.attach(gateway);
  let reloads = 0;
  // The admin listener's certificate is re-read with the config; its listener is fixed at start.
  let admin: ReturnType<typeof createAdminServer> | undefined;
  const reload = options.reloadConfig
    ? () => {
        const next = options.reloadConfig!();
        const adminTls = next.admin.tls;
        if (admin && adminTls && listenerScheme(admin) === 'https')
          reloadListenerTls(admin, adminTls, 'admin.tls');
        gateway.reload(next);
        logger.info('config reloaded');
        // The model checks run again; until they finish, attested routes are refused (fail closed).
        watches.close();
        gateway.setAttestations(new Map());
        const reload = ++reloads;
        const nextWatches = watchAttestedRoutes(next, logger);
        watches = nextWatches;
        attestRoutes(next)
          .then((results) => {
            // A later reload's checks win (and closed these watches); these results are out of date.
            if (reload !== reloads) return;
            gateway.setAttestations(results);
            nextWatches.attach(gateway);
          })
          .catch((error: unknown) => logger.error({ err: error }, 'attestation checks failed'));
      }
    : undefined;
  try {
    admin = createAdminServer({
      gateway,
      token: config.admin.token,
      events: store as EventReader,
      ...(reload ? { reload } : {}),
      ...(config.admin.tls ? { tls: config.admin.tls } : {}),
    });
  } catch (error) {
    watches.close();
    await gateway.close();
    await state?.close();
    await sink.close();
    await store.close();
    await gatewayStore.close();
    throw error;
  }
  const adminServer = admin;
  const forwarder =
    config.soc && options.forwardToSoc !== false
      ? new SocForwarder({
          store,
          url: config.soc.url,
          token: config.soc.token,
          cursorPath: join(dataDir, 'soc-forward.cursor'),
          intervalMs: config.soc.intervalMs,
          batchSize: config.soc.batchSize,
          logger,
        })
      : undefined;
  forwarder?.start();
  const portFlags = options.portFlags ?? {
    server: 'server.port in the config',
    admin: 'admin.port in the config',
  };
  const closeStores = async () => {
    watches.close();
    await state?.close();
    await sink.close();
    await forwarder?.stop();
    await store.close();
    await gatewayStore.close();
  };
  let address: Awaited<ReturnType<Gateway['listen']>>;
  let adminAddress: Awaited<ReturnType<typeof listenAdmin>>;
  try {
    address = await listening('gateway', portFlags.server, () => gateway.listen());
    adminAddress = await listening('admin API', portFlags.admin, () =>
      listenAdmin(adminServer, config.admin.port, config.admin.host),
    );
  } catch (error) {
    // Nothing may keep the process alive after a failed start: close what was opened, then report.
    adminServer.close();
    await gateway.close();
    await closeStores();
    throw error;
  }
  const onHangup = () => {
    try {
      reload?.();
    } catch (error) {
      logger.error(
        { code: (error as { code?: string }).code, details: (error as { details?: unknown }).details },
        'config reload failed; the previous config stays in force',
      );
    }
  };
  process.on('SIGHUP', onHangup);
  return {
    gateway,
    keys,
    store,
    ...(forwarder ? { forwarder } : {}),
    logger,
    url: `${listenerScheme(gateway.server)}://${address.address}:${address.port}`,
    adminUrl: `${listenerScheme(adminServer)}://${adminAddress.address}:${adminAddress.port}`,
    stop: async () => {
      process.off('SIGHUP', onHangup);
      adminServer.closeAllConnections();
      await new Promise<void>((resolveClose) => adminServer.close(() => resolveClose()));
      await gateway.close();
      await closeStores();
    },
  };
}

/** Stop cleanly on SIGINT/SIGTERM: drain in-flight requests, close stores. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const handler = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}
