import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { RampartError } from '../../core/index.ts';
import {
  applyRetention,
  applyRuleSettings,
  createSoc,
  createSocServer,
  defaultRules,
  loadRules,
  openEventStore,
  type SocConfig,
  socConfigSchema,
} from '../../soc/index.ts';
import { createLogger } from '../gateway-process.ts';
import { listening } from '../listen-error.ts';
import { predictExplainer } from '../predict-explainer.ts';
import { gatewayConfigArgs, gatewayConfigFrom, socConfigFrom } from './soc-store.ts';

function tokenFile(path: string): { token: string; created: boolean } {
  if (existsSync(path)) return { token: readFileSync(path, 'utf8').trim(), created: false };
  const token = randomBytes(32).toString('base64url');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${token}\n`, { mode: 0o600 });
  return { token, created: true };
}

/** The PEM contents of soc.yaml `gateway.tls` (read once at start; RAMPART_TLS_FILES_INVALID when unreadable). */
function readPemFiles(tls: { ca?: string; cert?: string; key?: string }): {
  ca?: string;
  cert?: string;
  key?: string;
} {
  const read = (field: string, path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (error) {
      throw new RampartError('RAMPART_TLS_FILES_INVALID', `cannot read gateway.tls.${field} (${path})`, {
        cause: error,
      });
    }
  };
  return Object.fromEntries(
    Object.entries(tls)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([field, path]) => [field, read(field, path)]),
  );
}

/** `rampart soc serve [--config soc.yaml]`: the SOC API, ingestion endpoint and console. */
export default defineCommand({
  meta: {
    name: 'serve',
    description: 'Run the SOC: event ingestion, detection rules, alerts, API and console.',
  },
  args: {
    config: { type: 'string', description: 'SOC config file (soc.yaml)' },
    store: { type: 'string', description: 'SQLite file or postgres:// URL (default .rampart/events.db)' },
    host: { type: 'string', description: 'Listen address (default 127.0.0.1)' },
    port: { type: 'string', description: 'Port (default 8082, as under rampart up)' },
    static: { type: 'string', description: 'Folder of the built console to serve at /' },
    ...gatewayConfigArgs,
  },
  async run({ args }) {
    let config: SocConfig;
    const lines: string[] = [];
    const fromFile = socConfigFrom(args);
    if (fromFile) config = fromFile;
    else {
      const admin = tokenFile(resolve('.rampart', 'soc-admin-token'));
      const ingest = tokenFile(resolve('.rampart', 'soc-ingest-token'));
      lines.push(
        `  admin token in .rampart/soc-admin-token${admin.created ? ' (new)' : ''}`,
        `  ingest token in .rampart/soc-ingest-token${ingest.created ? ' (new)' : ''}`,
      );
      config = socConfigSchema.parse({ adminToken: admin.token, ingestTokens: [ingest.token] });
    }
    if (args.store) {
      config.store = /^postgres(ql)?:\/\//.test(args.store)
        ? { backend: 'postgres', url: args.store }
        : { backend: 'sqlite', path: args.store };
    }
    const port = args.port === undefined ? config.server.port : Number(args.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new RampartError('RAMPART_USAGE', '--port must be 0-65535');
    const staticDir = args.static ?? config.console.staticDir ?? defaultConsoleDir();
    // A folder asked for by name must hold a console build; serving the "not built" page instead hides the typo.
    if (staticDir && !existsSync(join(staticDir, 'index.html')))
      throw new RampartError('RAMPART_IO', `no console build (index.html) in ${staticDir}`, {
        hint: 'Pass the folder `npm run build:console` writes (dist/console), or leave --static and console.staticDir out.',
      });
    // Read before the store opens: a bad gateway config fails the command with nothing to close.
    const { gatewayConfig } = gatewayConfigFrom(args);
    // Read before the store opens too: an unreadable file fails the command with nothing to close.
    const gatewayTls = config.gateway?.tls ? readPemFiles(config.gateway.tls) : undefined;
    const store = await openEventStore(config.store);
    const soc = createSoc({
      store,
      rules: applyRuleSettings(
        config.rules.length > 0 ? loadRules(config.rules) : defaultRules(),
        config.ruleSettings,
      ),
      automaticResponses: config.automaticResponses,
      datasets: config.datasets,
      ...(config.gateway
        ? {
            gateway: {
              baseUrl: config.gateway.adminUrl,
              token: config.gateway.adminToken,
              ...(gatewayTls ? { tls: gatewayTls } : {}),
            },
          }
        : {}),
      onError: (error) =>
        process.stderr.write(`soc: could not handle a detection: ${(error as Error).message}\n`),
    });
    // New-terms rules (dataset-new-principal) continue from the stored history instead of learning again.
    try {
      const learnt = await soc.learnHistory();
      if (learnt > 0) lines.push(`  history   ${learnt} stored event(s) read by new-value rules`);
    } catch (error) {
      await soc.close();
      throw error;
    }
    const explain = predictExplainer(config.explain);
    let server: ReturnType<typeof createSocServer>;
    try {
      server = createSocServer({
        ...soc,
        ...(explain ? { extensions: { explain } } : {}),
        ...(gatewayConfig ? { gatewayConfig: () => gatewayConfig } : {}),
        logger: createLogger(process.env.RAMPART_LOG_LEVEL ?? 'warn'),
        config: {
          adminToken: config.adminToken,
          ingestTokens: config.ingestTokens,
          maxBatchEvents: config.limits.maxBatchEvents,
          maxBodyBytes: config.limits.maxBodyBytes,
          sessionTtl: config.console.sessionTtl,
          ...(staticDir ? { staticDir } : {}),
          ...(config.server.tls ? { tls: config.server.tls } : {}),
        },
      });
    } catch (error) {
      // Unusable server.tls files: close what was opened so nothing keeps the process alive.
      await soc.close();
      throw error;
    }
    let url: string;
    try {
      url = await listening('SOC', '--port (or server.port in soc.yaml)', () =>
        server.listen(port, args.host ?? config.server.host),
      );
    } catch (error) {
      await soc.close();
      throw error;
    }
    let retentionTimer: NodeJS.Timeout | undefined;
    if (config.retention.days) {
      const policy = {
        days: config.retention.days,
        ...(config.retention.archiveDir ? { archiveDir: config.retention.archiveDir } : {}),
      };
      const run = () =>
        applyRetention(store, policy).catch((error: unknown) =>
          process.stderr.write(`soc: retention failed: ${(error as Error).message}\n`),
        );
      void run();
      retentionTimer = setInterval(run, 3_600_000);
      retentionTimer.unref();
    }
    process.stdout.write(
      [
        '',
        `Rampart SOC is running at ${url}`,
        `  store     ${config.store.backend === 'sqlite' ? config.store.path : 'PostgreSQL'}`,
        `  rules     ${soc.engine.status().filter((rule) => rule.enabled).length} enabled`,
        `  ingest    POST ${url}/events  (Authorization: Bearer <ingest token>)`,
        ...lines,
        '',
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
    const shutdown = async () => {
      if (retentionTimer) clearInterval(retentionTimer);
      await server.close();
      await soc.close();
      process.exit(0);
    };
    process.once('SIGINT', () => void shutdown());
    process.once('SIGTERM', () => void shutdown());
    // SIGHUP re-reads soc.yaml's server.tls files; a failed read keeps the certificate in use.
    process.on('SIGHUP', () => {
      try {
        const tls = (socConfigFrom(args) ?? config).server.tls;
        if (tls) server.reloadTls(tls);
      } catch (error) {
        process.stderr.write(
          `soc: TLS reload failed, the previous certificate stays in use: ${(error as { code?: string }).code ?? ''} ${(error as Error).message}\n`,
        );
      }
    });
  },
});

/** The console's build output, when it has been built (`npm run build:console` writes dist/console). */
export function defaultConsoleDir(): string | undefined {
  const candidate = join(import.meta.dirname, '..', '..', '..', 'dist', 'console');
  return existsSync(join(candidate, 'index.html')) ? candidate : undefined;
}
