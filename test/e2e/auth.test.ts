import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { adminToken, chatBody, type Harness, startHarness } from '../support/gateway-harness.ts';

const run = promisify(execFile);
let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function chat(h: Harness, token: string) {
  const response = await request(`${h.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: chatBody('demo-chat'),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    code: response.statusCode === 200 ? undefined : JSON.parse(text).error.code,
  };
}

describe('API keys', () => {
  it('are at least 256 bits of randomness, shown once, stored only as a hash', async () => {
    harness = await startHarness();
    const created = harness.keys.create({ name: 'k', principal: 'p', roles: ['user'] });
    const secret = created.key.slice('rk_00000000_'.length);
    expect(Buffer.from(secret, 'base64url').length).toBeGreaterThanOrEqual(32);
    expect(harness.keys.list().some((record) => JSON.stringify(record).includes(secret))).toBe(false);
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    // Neither the database nor its WAL contains the secret.
    for (const file of ['keys.db', 'keys.db-wal']) {
      try {
        expect(readFileSync(join(harness.dataDir, file)).includes(Buffer.from(secret))).toBe(false);
      } catch (error) {
        if ((error as { code?: string }).code !== 'ENOENT') throw error;
      }
    }
  });

  it('revocation through the admin API takes effect on the next request', async () => {
    harness = await startHarness();
    const key = harness.key();
    expect((await chat(harness, key)).status).toBe(200);
    const prefix = key.split('_').slice(0, 2).join('_');
    const revoked = await request(`${harness.adminUrl}/admin/keys/${prefix}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(revoked.statusCode).toBe(200);
    await revoked.body.dump();
    expect(await chat(harness, key)).toEqual({ status: 401, code: 'RAMPART_AUTH_INVALID_KEY' });
    const failure = (await harness.store.query({ kind: 'auth.failure', limit: 5 })).events[0]!;
    expect(failure.attrs).toMatchObject({ reason: 'revoked', key_prefix: prefix });
  });

  it('revocation by the CLI in another process takes effect on the next request', async () => {
    harness = await startHarness();
    const key = harness.key();
    expect((await chat(harness, key)).status).toBe(200);
    const prefix = key.split('_').slice(0, 2).join('_');
    const { stdout } = await run('node', [
      'bin/rampart.js',
      'keys',
      'revoke',
      prefix,
      '--data-dir',
      harness.dataDir,
    ]);
    expect(stdout).toContain(`Revoked ${prefix}`);
    expect((await chat(harness, key)).status).toBe(401);
  });

  it('an expired key is refused', async () => {
    harness = await startHarness();
    const created = harness.keys.create({
      name: 'k',
      principal: 'p',
      roles: ['user'],
      expiresAt: new Date(Date.now() - 1000),
    });
    expect(await chat(harness, created.key)).toEqual({ status: 401, code: 'RAMPART_AUTH_INVALID_KEY' });
  });
});

describe('JWT bearer tokens', () => {
  it('accepts a valid token signed by a static key and checks issuer, audience and expiry', async () => {
    const { publicKey, privateKey } = await generateKeyPair('ES256');
    const pem = await exportSPKI(publicKey);
    harness = await startHarness({
      auth: {
        jwt: { issuer: 'https://idp.test/', audience: 'rampart', publicKeys: [{ pem, alg: 'ES256' }] },
      },
    });
    const sign = (
      claims: Record<string, unknown>,
      issuer = 'https://idp.test/',
      audience = 'rampart',
      expires: string | number = '5m',
    ) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject('jwt-user')
        .setExpirationTime(expires)
        .sign(privateKey);
    expect((await chat(harness, await sign({ roles: ['user'] }))).status).toBe(200);
    expect(await chat(harness, await sign({ roles: ['user'] }, 'https://evil.test/'))).toEqual({
      status: 401,
      code: 'RAMPART_AUTH_INVALID_TOKEN',
    });
    expect((await chat(harness, await sign({ roles: ['user'] }, undefined, 'other'))).status).toBe(401);
    expect(
      (
        await chat(
          harness,
          await sign({ roles: ['user'] }, undefined, undefined, Math.floor(Date.now() / 1000) - 3600),
        )
      ).status,
    ).toBe(401);
    // Valid token, but no role that grants the route: default deny.
    expect(await chat(harness, await sign({ roles: ['guest'] }))).toEqual({
      status: 403,
      code: 'RAMPART_AUTHZ_DENIED',
    });
    const audit = (await harness.store.query({ kind: 'inference.request', decision: 'allow', limit: 1 }))
      .events[0]!;
    expect(audit).toMatchObject({ principal: 'jwt-user' });
    expect(audit.attrs.auth_via).toBe('jwt');
  });

  it('fetches keys from a JWKS URL and refuses a token signed by another key', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwks = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
    try {
      harness = await startHarness({ auth: { jwt: { issuer: 'idp', audience: 'rampart', jwksUrl } } });
      const token = (key: Parameters<SignJWT['sign']>[0]) =>
        new SignJWT({ roles: 'user other' })
          .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
          .setIssuer('idp')
          .setAudience('rampart')
          .setSubject('svc')
          .setExpirationTime('5m')
          .sign(key);
      expect((await chat(harness, await token(privateKey))).status).toBe(200);
      expect((await chat(harness, await token(other.privateKey))).status).toBe(401);
    } finally {
      jwks.close();
    }
  });
});
