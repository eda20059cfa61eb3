import { describe, expect, it } from 'vitest';
import { validateConfig } from './config.ts';
import { transportWarnings } from './transport-warnings.ts';

const base = {
  admin: { token: 'transport-warnings-admin-token-0123' },
  upstreams: { local: { url: 'http://127.0.0.1:8000' } },
  models: [{ name: 'm', upstream: 'local' }],
  routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat' }],
};

const pathsOf = (input: Record<string, unknown>) =>
  transportWarnings(validateConfig({ ...base, ...input })).map((warning) => warning.path);

describe('transportWarnings', () => {
  it('says nothing for the loopback defaults and a loopback plain-HTTP upstream', () => {
    expect(pathsOf({})).toEqual([]);
  });

  it('warns about an admin API or gateway on a non-loopback address without TLS', () => {
    expect(pathsOf({ admin: { ...base.admin, host: '0.0.0.0' }, server: { host: '0.0.0.0' } })).toEqual([
      'admin.tls',
      'server.tls',
    ]);
    const tls = { cert: '/etc/rampart/tls.crt', key: '/etc/rampart/tls.key' };
    expect(pathsOf({ admin: { ...base.admin, host: '0.0.0.0', tls }, server: { host: '::', tls } })).toEqual(
      [],
    );
  });

  it('warns about a plain-HTTP upstream on another host and a PostgreSQL store without sslmode', () => {
    expect(
      pathsOf({
        upstreams: { remote: { url: 'http://vllm.internal:8000', apiKey: 'sk-x' } },
        models: [{ name: 'm', upstream: 'remote' }],
        store: { postgres: { url: 'postgres://rampart:pw@db.internal:5432/rampart' } },
      }),
    ).toEqual(['upstreams.remote.url', 'store.postgres.url']);
    expect(
      pathsOf({ store: { postgres: { url: 'postgres://rampart@db.internal/rampart?sslmode=verify-full' } } }),
    ).toEqual([]);
  });
});
