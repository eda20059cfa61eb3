import type { GatewayConfig } from './config.ts';

/** A setting that works but exposes the deployment; `config check` prints it (a full review is `rampart audit`). */
export interface ConfigWarning {
  /** Dotted path of the field. */
  path: string;
  message: string;
}

function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' || bare === '::1' || /^127\.\d+\.\d+\.\d+$/.test(bare) || bare === '::ffff:127.0.0.1'
  );
}

/**
 * Transport and store settings that send secrets in clear text off this machine: a listener on a
 * non-loopback address without TLS, a plain-HTTP upstream on another host, a PostgreSQL store on
 * another host without sslmode=verify-full or require.
 */
export function transportWarnings(
  config: Pick<GatewayConfig, 'server' | 'admin' | 'upstreams' | 'store'>,
): ConfigWarning[] {
  const warnings: ConfigWarning[] = [];
  if (!isLoopback(config.admin.host) && !config.admin.tls)
    warnings.push({
      path: 'admin.tls',
      message: `the admin API listens on ${config.admin.host} without TLS: the admin token crosses the network in clear text; set admin.tls or listen on 127.0.0.1`,
    });
  if (!isLoopback(config.server.host) && !config.server.tls)
    warnings.push({
      path: 'server.tls',
      message: `the gateway listens on ${config.server.host} without TLS: API keys and prompts cross the network in clear text; set server.tls or terminate TLS in front of it`,
    });
  for (const [name, upstream] of Object.entries(config.upstreams)) {
    const url = new URL(upstream.url);
    if (url.protocol === 'http:' && !isLoopback(url.hostname))
      warnings.push({
        path: `upstreams.${name}.url`,
        message: `plain HTTP to ${url.hostname}: prompts${upstream.apiKey ? ' and the upstream API key' : ''} cross the network in clear text; use https (and requireTlsUpstreams: true)`,
      });
  }
  const postgres = config.store.postgres;
  if (postgres) {
    let url: URL | undefined;
    try {
      url = new URL(postgres.url);
    } catch {
      url = undefined;
    }
    const sslmode = url?.searchParams.get('sslmode');
    if (url && !isLoopback(url.hostname) && sslmode !== 'verify-full' && sslmode !== 'require')
      warnings.push({
        path: 'store.postgres.url',
        message: `PostgreSQL on ${url.hostname} without sslmode=verify-full: its password and the key hashes cross the network unprotected`,
      });
  }
  return warnings;
}
