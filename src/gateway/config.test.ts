import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RampartError } from '../core/index.ts';
import { parseConfig } from './config.ts';

const minimal = `
admin: { token: "\${ADMIN_TOKEN}" }
upstreams: { demo: { url: "http://127.0.0.1:8090", apiKey: "\${UPSTREAM_KEY}" } }
models: [{ name: demo-chat, upstream: demo }]
routes: [{ id: chat, path: /v1/chat/completions, kind: chat }]
`;
const env = { ADMIN_TOKEN: 'a'.repeat(32), UPSTREAM_KEY: 'sk-secret' };

function problemsOf(
  text: string,
  environment: Record<string, string> = env,
): { code: string; paths: string[] } {
  try {
    parseConfig(text, { env: environment });
  } catch (error) {
    if (!RampartError.is(error)) throw error;
    return {
      code: error.code,
      paths: (error.details as Array<{ path: string }>).map((problem) => problem.path),
    };
  }
  return { code: 'OK', paths: [] };
}

describe('config loading', () => {
  it('fills defaults, interpolates secrets from the environment and deep-freezes the result', () => {
    const config = parseConfig(minimal, { env });
    expect(config.server.port).toBe(8080);
    expect(config.limits.rate.burst).toBe(20);
    expect(config.upstreams.demo!.apiKey).toBe('sk-secret');
    expect(Object.isFrozen(config.limits.rate)).toBe(true);
  });

  it('state.redis: defaults filled, a non-Redis URL and unknown keys refused with their paths', () => {
    const config = parseConfig(
      `${minimal}state: { redis: { url: "redis://:\${REDIS_PASSWORD}@127.0.0.1:6379/0" } }\n`,
      {
        env: { ...env, REDIS_PASSWORD: 'pw' },
      },
    );
    expect(config.state.redis).toMatchObject({
      url: 'redis://:pw@127.0.0.1:6379/0',
      keyPrefix: 'rampart:',
      leaseTtlMs: 10_000,
      limitsWhenUnavailable: 'local-share',
    });
    expect(parseConfig(minimal, { env }).state.redis).toBeUndefined();
    expect(
      problemsOf(
        `${minimal}state: { redis: { url: "http://127.0.0.1:6379", limitsWhenUnavailable: allow, db: 1 } }\n`,
      ),
    ).toEqual({
      code: 'RAMPART_CONFIG_INVALID',
      paths: expect.arrayContaining([
        'state.redis.url',
        'state.redis.limitsWhenUnavailable',
        'state.redis.db',
      ]),
    });
  });

  it('attest checks: a scan attestation needs its public key, and a data-gate check its signer key', () => {
    const withChecks = (checks: string) =>
      minimal.replace('kind: chat }', `kind: chat, attest: { modelPath: /models/m, checks: ${checks} } }`);
    expect(problemsOf(withChecks('[{ type: scan }]')).code).toBe('OK');
    expect(problemsOf(withChecks('[{ type: scan, attestation: /a.json, publicKey: /k.pub }]')).code).toBe(
      'OK',
    );
    expect(problemsOf(withChecks('[{ type: scan, attestation: /a.json }]'))).toEqual({
      code: 'RAMPART_CONFIG_INVALID',
      paths: ['routes.0.attest.checks.0'],
    });
    expect(problemsOf(withChecks('[{ type: data-gate, publicKey: /k.pub, dataKeys: [/d.pub] }]')).code).toBe(
      'OK',
    );
    expect(problemsOf(withChecks('[{ type: data-gate }]')).paths).toEqual([
      'routes.0.attest.checks.0.publicKey',
    ]);
  });

  it('lists every problem with its dotted path', () => {
    const text = `
admin: { token: short }
upstreams: { demo: { url: "ftp://x" } }
models: [{ name: m, upstream: nowhere }]
routes:
  - { id: chat, path: nope, kind: chat, models: [ghost] }
  - { id: chat, path: /v1/models, kind: teleport }
  - { id: dl, path: /v1/models/m/download, kind: predict, models: [m], upstream: demo }
roles: { r: [{ routes: [missing] }] }
surprise: true
`;
    const { code, paths } = problemsOf(text);
    expect(code).toBe('RAMPART_CONFIG_INVALID');
    expect(paths).toEqual(
      expect.arrayContaining([
        'admin.token',
        'upstreams.demo.url',
        'routes.0.path',
        'routes.1.kind',
        'surprise',
      ]),
    );
  });

  it('reports schema problems and cross-reference problems in the same run', () => {
    const text = `
admin: { token: short }
upstreams: { demo: { url: "http://127.0.0.1:1" } }
models: [{ name: m, upstream: nowhere }, { name: 7 }]
routes:
  - { id: chat, path: /v1/chat/completions, kind: chat, models: [ghost] }
  - { id: chat, path: /v1/models, kind: models, limits: { maxBodyBytes: -1 } }
roles: { r: [{ routes: [missing], actions: [fly] }] }
`;
    const { code, paths } = problemsOf(text);
    expect(code).toBe('RAMPART_CONFIG_INVALID');
    expect(paths).toEqual(
      expect.arrayContaining([
        // the schema's
        'admin.token',
        'models.1.name',
        'routes.1.limits.maxBodyBytes',
        'roles.r.0.actions.0',
        // the cross references'
        'models.0.upstream',
        'routes.0.models.0',
        'routes.1.id',
        'roles.r.0.routes.0',
      ]),
    );
  });

  it("validates a route's guard block with the guard's schema when the config loads", () => {
    const text = `
admin: { token: ${'a'.repeat(30)} }
upstreams: { demo: { url: "http://127.0.0.1:1" } }
models: [{ name: m, upstream: demo }]
routes:
  - { id: chat, path: /v1/chat/completions, kind: chat, guard: { scanners: { pii: { threshold: 2 } } } }
  - { id: off, path: /v1/completions, kind: completions, guard: false }
  - { id: typo, path: /v1/other, kind: chat, guard: { threshold: 0.5, scanOutput: maybe } }
`;
    const { code, paths } = problemsOf(text);
    expect(code).toBe('RAMPART_CONFIG_INVALID');
    expect(paths).toEqual(
      expect.arrayContaining([
        'routes.0.guard.scanners.pii.threshold',
        'routes.2.guard.threshold',
        'routes.2.guard.scanOutput',
      ]),
    );
    expect(paths.filter((path) => path.startsWith('routes.1'))).toEqual([]);
  });

  it("fills a route's guard block with the guard's defaults, and keeps guard: false", () => {
    const config = parseConfig(
      minimal.replace(
        'kind: chat }',
        'kind: chat, guard: { canary: true } }, { id: raw, path: /raw, kind: chat, guard: false }',
      ),
      { env },
    );
    const [chat, raw] = config.routes;
    expect(chat!.guard).toMatchObject({ canary: true, scanOutput: true, onError: 'block' });
    expect(raw!.guard).toBe(false);
  });

  it('reports cross-reference problems once the shape is right', () => {
    const text = `
admin: { token: ${'a'.repeat(30)} }
upstreams: { demo: { url: "http://127.0.0.1:1" } }
models: [{ name: m, upstream: nowhere }]
routes:
  - { id: chat, path: /v1/chat/completions, kind: chat, models: [ghost] }
  - { id: chat, path: /v1/models, kind: models }
  - { id: dl, path: /v1/models/m/download, kind: predict, models: [m], upstream: demo }
roles: { r: [{ routes: [missing] }] }
`;
    expect(problemsOf(text).paths).toEqual(
      expect.arrayContaining([
        'models.0.upstream',
        'routes.0.models.0',
        'routes.1.id',
        'routes.2.path',
        'roles.r.0.routes.0',
      ]),
    );
  });

  it('names missing environment variables without echoing other values', () => {
    const result = problemsOf(minimal, { ADMIN_TOKEN: 'x'.repeat(30) });
    expect(result).toEqual({ code: 'RAMPART_CONFIG_ENV_MISSING', paths: ['upstreams.demo.apiKey'] });
  });

  it('interpolates after parsing, so a secret cannot inject YAML structure', () => {
    const config = parseConfig(minimal, { env: { ...env, UPSTREAM_KEY: 'x\nadmin: {token: hijacked}' } });
    expect(config.admin.token).toBe(env.ADMIN_TOKEN);
    expect(config.upstreams.demo!.apiKey).toContain('hijacked');
  });

  it('reports YAML syntax errors with a line', () => {
    expect(problemsOf('routes: [unclosed').code).toBe('RAMPART_CONFIG_PARSE');
  });

  it('lists the first few YAML syntax errors and counts the cascade after them', () => {
    // An unquoted ${VAR} inside [ ] starts a flow map: the parser then reports every later line.
    const text = ['tokens: [${TOKEN}]', 'a: { b: ${B} }', 'c: 1', 'd: { e: 2 }', 'f: [3, 4]'].join('\n');
    let caught: RampartError | undefined;
    try {
      parseConfig(text, { env });
    } catch (error) {
      caught = error as RampartError;
    }
    expect(caught?.code).toBe('RAMPART_CONFIG_PARSE');
    const details = caught!.details as Array<{ path: string; message: string }>;
    expect(details.length).toBeLessThanOrEqual(4);
    expect(details[0]!.path).toMatch(/^line 1, column \d+$/);
    expect(details[0]!.message).not.toMatch(/at line \d+/);
    expect(details.at(-1)!.message).toMatch(/^\d+ more, usually caused by the first$/);
    expect(caught!.hint).toContain('Quote a ${VAR}');
  });

  it('reports an alias to a missing anchor and refuses alias bombs (found by fast-check)', () => {
    expect(problemsOf('*-').code).toBe('RAMPART_CONFIG_PARSE');
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, index) =>
          `${'bcdefghi'[index]}: &${'bcdefghi'[index]} [${Array(10).fill(`*${'abcdefgh'[index]}`).join(', ')}]`,
      ),
    ].join('\n');
    expect(problemsOf(bomb).code).toBe('RAMPART_CONFIG_PARSE');
  });

  it('never throws anything but a RampartError on arbitrary input (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), fc.constantFrom(minimal, `${minimal}\nlimits: {rate: {burst: -1}}`)),
        (text) => {
          try {
            parseConfig(text, { env });
          } catch (error) {
            expect(RampartError.is(error)).toBe(true);
            expect((error as RampartError).code).toMatch(/^RAMPART_CONFIG_/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('accepts any valid limit values and rejects non-positive ones (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 100_000 }), (burst) => {
        const result = problemsOf(`${minimal}\nlimits: { rate: { burst: ${burst} } }`);
        if (burst > 0) expect(result.code).toBe('OK');
        else expect(result.paths).toEqual(['limits.rate.burst']);
      }),
      { numRuns: 100 },
    );
  });
});

describe('transport and store settings', () => {
  it('requireTlsUpstreams refuses an http:// upstream at its path', () => {
    expect(problemsOf(`${minimal}requireTlsUpstreams: true\n`)).toEqual({
      code: 'RAMPART_CONFIG_INVALID',
      paths: ['upstreams.demo.url'],
    });
    const https = minimal.replace('http://127.0.0.1:8090', 'https://127.0.0.1:8090');
    expect(problemsOf(`${https}requireTlsUpstreams: true\n`).code).toBe('OK');
  });

  it('auth.mtls needs server.tls with a ca, and each principal entry needs something to match on', () => {
    const mtls = `auth: { mtls: { principals: [{ subjectCn: batch, principal: batch }] } }\n`;
    expect(problemsOf(`${minimal}${mtls}`).paths).toEqual(['auth.mtls']);
    const tls = 'server: { tls: { cert: /tls/c.pem, key: /tls/k.pem, ca: /tls/ca.pem } }\n';
    expect(problemsOf(`${minimal}${tls}${mtls}`).code).toBe('OK');
    expect(
      problemsOf(`${minimal}${tls}auth: { mtls: { principals: [{ principal: anyone }] } }\n`).paths,
    ).toEqual(['auth.mtls.principals.0']);
    expect(
      problemsOf(
        `${minimal}${tls}auth: { mtls: { principals: [{ fingerprint256: "AB:CD", principal: p }] } }\n`,
      ).paths,
    ).toEqual(['auth.mtls.principals.0.fingerprint256']);
  });

  it('store.postgres takes a postgres:// URL and a plain schema name', () => {
    const config = parseConfig(`${minimal}store: { postgres: { url: "postgres://r@db/rampart" } }\n`, {
      env,
    });
    expect(config.store.postgres).toEqual({
      url: 'postgres://r@db/rampart',
      schema: 'rampart_gateway',
      maxConnections: 4,
    });
    expect(
      problemsOf(`${minimal}store: { postgres: { url: "mysql://db", schema: "Bad-Name" } }\n`).paths.sort(),
    ).toEqual(['store.postgres.schema', 'store.postgres.url']);
  });
});
