import { isLiteralValue, isLoopback, isSecretName, scalarText } from './_values.ts';
import type { LocatedDocument } from './_yaml-lines.ts';
import type { Report } from './audit-types.ts';

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** A YAML document that looks like a Rampart gateway config (rampart.yaml). */
export function isGatewayConfig(value: unknown): boolean {
  const config = object(value);
  return (
    ('routes' in config || 'upstreams' in config) &&
    ('server' in config || 'admin' in config || 'auth' in config)
  );
}

const llmKinds = new Set(['chat', 'completions', 'embeddings']);

/** Hosts that are private by name or address: plain HTTP to them stays inside your network. */
function isPrivateHost(host: string): boolean {
  return (
    isLoopback(host) ||
    !host.includes('.') ||
    /\.(svc|local|internal|lan|cluster\.local)$/.test(host) ||
    /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(host)
  );
}

function credentialInUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  const match = /^[a-z]+:\/\/[^:/@]*:([^@/]+)@/i.exec(url);
  return match !== null && isLiteralValue(match[1]);
}

/** Risky settings in a gateway config, read from the raw YAML so a config that does not load is audited too. */
export function auditGatewayConfig(document: LocatedDocument, report: Report): void {
  const config = object(document.value);
  const server = object(config.server);
  const admin = object(config.admin);
  const serverHost = scalarText(server.host ?? '127.0.0.1');
  if (!isLoopback(serverHost) && !server.tls)
    report(
      'gateway.listener-plaintext',
      document.line(['server', 'host']),
      `server.host ${serverHost} without server.tls`,
    );
  const adminHost = scalarText(admin.host ?? '127.0.0.1');
  if (!isLoopback(adminHost) && !admin.tls)
    report(
      'gateway.admin-exposed',
      document.line(['admin', 'host']),
      `admin.host ${adminHost} without admin.tls`,
    );
  if ('admin' in config) {
    const token = admin.token;
    if (typeof token !== 'string' || (isLiteralValue(token) && token.length < 24))
      report('gateway.admin-token-missing', document.line(['admin', 'token']), 'admin.token');
    else if (isLiteralValue(token))
      report('gateway.secret-inline', document.line(['admin', 'token']), 'admin.token');
  }
  const proxies = Array.isArray(server.trustedProxies) ? server.trustedProxies.map(String) : [];
  if (proxies.some((proxy) => proxy === '0.0.0.0/0' || proxy === '::/0'))
    report('gateway.trust-any-proxy', document.line(['server', 'trustedProxies']), proxies.join(', '));
  const auth = object(config.auth);
  if (object(auth.apiKeys).enabled === false && !auth.jwt)
    report(
      'gateway.no-authentication',
      document.line(['auth', 'apiKeys', 'enabled']),
      'auth.apiKeys.enabled: false, no auth.jwt',
    );
  for (const [name, upstream] of Object.entries(object(config.upstreams))) {
    const settings = object(upstream);
    const url = typeof settings.url === 'string' ? settings.url : '';
    const host = /^http:\/\/([^/:@]+@)?(\[[^\]]+\]|[^/:]+)/i.exec(url)?.[2];
    if (host && !isPrivateHost(host))
      report(
        'gateway.upstream-plaintext',
        document.line(['upstreams', name, 'url']),
        `upstreams.${name}.url ${url}`,
      );
    if (isLiteralValue(settings.apiKey))
      report(
        'gateway.secret-inline',
        document.line(['upstreams', name, 'apiKey']),
        `upstreams.${name}.apiKey`,
      );
    for (const [header, value] of Object.entries(object(settings.headers))) {
      if ((isSecretName(header) || /^authorization$/i.test(header)) && isLiteralValue(value))
        report(
          'gateway.secret-inline',
          document.line(['upstreams', name, 'headers', header]),
          `upstreams.${name}.headers.${header}`,
        );
    }
  }
  for (const [key, path] of [
    ['store.postgres.url', ['store', 'postgres', 'url']],
    ['state.redis.url', ['state', 'redis', 'url']],
  ] as const) {
    const value = path.reduce<unknown>((node, part) => object(node)[part], config);
    if (credentialInUrl(value)) report('gateway.secret-inline', document.line(path), `password in ${key}`);
  }
  const routes = Array.isArray(config.routes) ? config.routes : [];
  routes.forEach((entry, index) => {
    const route = object(entry);
    const id = scalarText(route.id ?? index);
    const at = (...path: string[]) => document.line(['routes', index, ...path]);
    if (route.allowExport === true && scalarText(route.path ?? '').includes('*'))
      report(
        'gateway.export-wildcard',
        at('allowExport'),
        `route ${id}: allowExport on ${scalarText(route.path)}`,
      );
    if (llmKinds.has(scalarText(route.kind))) {
      if (route.guard === false) report('gateway.guard-off', at('guard'), `route ${id}: guard: false`);
      else if (object(object(object(route.guard).scanners).promptInjection).enabled === false)
        report(
          'gateway.scanner-off',
          at('guard', 'scanners', 'promptInjection'),
          `route ${id}: promptInjection disabled`,
        );
    }
    if (route.onError === 'allow')
      report('gateway.on-error-allow', at('onError'), `route ${id}: onError: allow`);
    if (route.unscannedShapes === 'pass')
      report('gateway.unscanned-pass', at('unscannedShapes'), `route ${id}: unscannedShapes: pass`);
    if (route.captureText === true)
      report('gateway.capture-text', at('captureText'), `route ${id}: captureText: true`);
  });
}
