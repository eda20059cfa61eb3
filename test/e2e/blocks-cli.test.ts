import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, chatBody, type Harness, startHarness } from '../support/gateway-harness.ts';
import { runRampart } from '../support/rampart-cli.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

const env = { RAMPART_ADMIN_TOKEN: adminToken };

async function chat(key: string): Promise<number> {
  const response = await request(`${harness.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: chatBody('mock'),
  });
  await response.body.text();
  return response.statusCode;
}

describe('rampart blocks', () => {
  it('lists a block in force and lifts it, after which the principal is served again', async () => {
    const key = harness.key(['user'], 'mallory');
    harness.gateway.context.controls.addBlock('principal', 'mallory', 900, 'prompt-injection-burst');
    expect(await chat(key)).toBe(403);
    const listed = await runRampart(
      ['blocks', 'list', '--admin-url', harness.adminUrl, '--format', 'json'],
      env,
    );
    expect(listed.code).toBe(0);
    const blocks = JSON.parse(listed.stdout) as Array<{ id: string; value: string }>;
    const block = blocks.find((entry) => entry.value === 'mallory')!;
    expect(block).toBeDefined();
    const table = await runRampart(['blocks', 'list', '--admin-url', harness.adminUrl], env);
    expect(table.stdout).toContain(block.id);
    const removed = await runRampart(['blocks', 'remove', block.id, '--admin-url', harness.adminUrl], env);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('lifted 1 block(s)');
    expect(await chat(key)).toBe(200);
  });

  it('refuses a wrong token, an unknown id and an unreachable gateway with codes, not stack traces', async () => {
    const wrongToken = await runRampart(['blocks', 'list', '--admin-url', harness.adminUrl], {
      RAMPART_ADMIN_TOKEN: 'not-the-admin-token-at-all',
    });
    expect(wrongToken.code).toBe(2);
    expect(wrongToken.stderr).toMatch(/error RAMPART_\w+:/);
    const unknown = await runRampart(
      ['blocks', 'remove', 'no-such-block', '--admin-url', harness.adminUrl],
      env,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('error RAMPART_NOT_FOUND:');
    const away = await runRampart(['blocks', 'list', '--admin-url', 'http://127.0.0.1:9'], env);
    expect(away.code).toBe(2);
    expect(away.stderr).toContain('error RAMPART_IO:');
    const usage = await runRampart(['blocks', 'remove', '--admin-url', harness.adminUrl], env);
    expect(usage.code).toBe(2);
    for (const result of [wrongToken, unknown, away, usage]) expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
