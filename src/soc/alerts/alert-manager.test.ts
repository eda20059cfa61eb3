import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GatewayStub, startGatewayStub } from '../../../test/support/gateway-stub.ts';
import { createEvent, type NewSecurityEvent, type SecurityEvent } from '../../core/index.ts';
import { verifyWebhookSignature } from '../responses/webhook.ts';
import { parseRules } from '../rules/load-rules.ts';
import { createSoc, type Soc } from '../soc-runtime.ts';
import { openSqliteEventStore } from '../store/sqlite-event-store.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-alerts-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const webhookSecret = 'a-webhook-secret-of-some-length';
const rulesYaml = (gatewayUrl: string) => `
id: burst
title: Injection burst
severity: high
frameworks: [LLM01:2025]
selection: { kind: guard.detection }
correlation: { type: event_count, group_by: principal, window: 5m, gte: 2 }
dedup_window: 1h
responses:
  - { type: block, target: principal, ttl: 15m }
  - { type: webhook, url: "${gatewayUrl}/hooks/alerts", secret: ${webhookSecret} }
---
id: stuffing
title: Key stuffing
severity: high
selection: { kind: auth.failure }
responses:
  - { type: revoke_key }
  - { type: tighten_limit, requests_per_minute: 5, ttl: 10m }
`;

function detection(principal: string, seconds = 0, extra: Partial<NewSecurityEvent> = {}): SecurityEvent {
  return createEvent({
    source: 'guard',
    kind: 'guard.detection',
    principal,
    time: new Date(Date.now() + seconds * 1000).toISOString(),
    attrs: { scanner: 'prompt-injection', key_prefix: 'rk_live_abc' },
    ...extra,
  });
}

let gateway: GatewayStub;
let soc: Soc;
let counter = 0;

beforeEach(async () => {
  gateway = await startGatewayStub();
  soc = createSoc({
    store: openSqliteEventStore({ path: join(directory, `alerts-${counter++}.db`) }),
    rules: parseRules(rulesYaml(gateway.url)),
    gateway: { baseUrl: gateway.url, token: gateway.token },
  });
});
afterEach(async () => {
  await soc.close();
  await gateway.close();
});

describe('alerts', () => {
  it('raises one alert, records alert.raised, and runs the rule responses through the admin API', async () => {
    soc.sink.write([detection('mallory'), detection('mallory', 1)]);
    await soc.idle();
    const { alerts } = await soc.alerts.list();
    expect(alerts).toHaveLength(1);
    const alert = alerts[0]!;
    expect(alert).toMatchObject({
      ruleId: 'burst',
      status: 'new',
      principal: 'mallory',
      detections: 1,
      keyId: 'rk_live_abc',
    });
    expect(alert.responses.map((response) => [response.action, response.status])).toEqual([
      ['block', 'executed'],
      ['webhook', 'executed'],
    ]);
    const blockRequest = gateway.requests.find((request) => request.path === '/admin/blocks')!;
    expect(blockRequest.authorization).toBe(`Bearer ${gateway.token}`);
    expect(JSON.parse(blockRequest.body)).toMatchObject({
      type: 'principal',
      value: 'mallory',
      ttlSeconds: 900,
    });
    const hook = gateway.requests.find((request) => request.path === '/hooks/alerts')!;
    expect(hook.headers['x-rampart-signature']).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(
      verifyWebhookSignature(hook.body, webhookSecret, hook.headers['x-rampart-signature'] as string),
    ).toBe(true);
    expect(
      verifyWebhookSignature(`${hook.body} `, webhookSecret, hook.headers['x-rampart-signature'] as string),
    ).toBe(false);
    expect(JSON.parse(hook.body).alert.id).toBe(alert.id);
    const raised = await soc.store.query({ kind: 'alert.raised' });
    expect(raised.events).toHaveLength(1);
    expect(raised.events[0]!.attrs.alert_id).toBe(alert.id);
    expect(raised.events[0]!.frameworks).toEqual(['LLM01:2025']);
    const executed = await soc.store.query({ kind: 'response.executed', order: 'asc' });
    expect(executed.events.map((event) => event.attrs.action)).toEqual(['block', 'webhook']);
    expect(executed.events[0]!.attrs.gateway_id).toBe(alert.responses[0]!.gatewayId);
  });

  it('deduplicates repeat detections of the same group into the open alert; a resolved alert is not reused', async () => {
    soc.sink.write([
      detection('mallory'),
      detection('mallory', 1),
      detection('mallory', 2),
      detection('mallory', 3),
    ]);
    soc.sink.write([detection('eve'), detection('eve', 1)]);
    await soc.idle();
    const { alerts } = await soc.alerts.list();
    expect(alerts.map((alert) => [alert.principal, alert.detections]).sort()).toEqual([
      ['eve', 1],
      ['mallory', 2],
    ]);
    expect(gateway.blocks.size).toBe(2);
    const mallory = alerts.find((alert) => alert.principal === 'mallory')!;
    await soc.alerts.resolve(mallory.id, 'analyst');
    soc.sink.write([detection('mallory', 4), detection('mallory', 5)]);
    await soc.idle();
    expect((await soc.alerts.list({ status: 'new' })).alerts.map((alert) => alert.principal).sort()).toEqual([
      'eve',
      'mallory',
    ]);
    expect(await soc.alerts.countByStatus()).toEqual({ new: 2, acknowledged: 0, resolved: 1 });
  });

  it('moves new -> acknowledged -> resolved, keeps assignee and notes, and refuses going back', async () => {
    soc.sink.write([detection('mallory'), detection('mallory', 1)]);
    await soc.idle();
    const [alert] = (await soc.alerts.list()).alerts;
    await soc.alerts.assign(alert!.id, 'dana', 'lead');
    await soc.alerts.addNote(alert!.id, 'looks like a scripted probe', 'dana');
    expect((await soc.alerts.acknowledge(alert!.id, 'dana')).status).toBe('acknowledged');
    await expect(soc.alerts.acknowledge(alert!.id, 'dana')).rejects.toMatchObject({
      code: 'RAMPART_SOC_ALERT_TRANSITION',
    });
    const resolved = await soc.alerts.resolve(alert!.id, 'dana');
    expect(resolved).toMatchObject({ status: 'resolved', assignee: 'dana' });
    expect(resolved.notes).toEqual([
      expect.objectContaining({ author: 'dana', text: 'looks like a scripted probe' }),
    ]);
    await expect(soc.alerts.resolve(alert!.id, 'dana')).rejects.toMatchObject({
      code: 'RAMPART_SOC_ALERT_TRANSITION',
    });
    await expect(soc.alerts.acknowledge('0190d1e4-0000-7000-8000-000000000000', 'x')).rejects.toMatchObject({
      code: 'RAMPART_NOT_FOUND',
    });
    const updates = await soc.store.query({ kind: 'alert.updated', order: 'asc' });
    expect(updates.events.map((event) => event.attrs.change)).toEqual([
      'assigned',
      'noted',
      'acknowledged',
      'resolved',
    ]);
  });

  it('revokes the key seen on the trigger and tightens the limit; the override reverts, the revocation cannot', async () => {
    soc.sink.write([
      createEvent({
        source: 'gateway',
        kind: 'auth.failure',
        principal: 'bot',
        client_ip: '203.0.113.9',
        attrs: { key_prefix: 'rk_stuffed' },
      }),
    ]);
    await soc.idle();
    const [alert] = (await soc.alerts.list()).alerts;
    expect(gateway.revoked.has('rk_stuffed')).toBe(true);
    const [revoke, limit] = alert!.responses;
    expect(revoke).toMatchObject({
      action: 'revoke_key',
      status: 'executed',
      reversible: false,
      target: 'rk_stuffed',
    });
    expect(limit).toMatchObject({ action: 'tighten_limit', status: 'executed', reversible: true });
    expect([...gateway.overrides.values()]).toEqual([
      expect.objectContaining({ principal: 'bot', requestsPerMinute: 5 }),
    ]);
    await expect(soc.alerts.revert(alert!.id, revoke!.id, 'dana')).rejects.toMatchObject({
      code: 'RAMPART_SOC_RESPONSE_NOT_REVERSIBLE',
    });
    const reverted = await soc.alerts.revert(alert!.id, limit!.id, 'dana');
    expect(reverted.response.status).toBe('reverted');
    expect(gateway.overrides.size).toBe(0);
    expect((await soc.store.query({ kind: 'response.reverted' })).events[0]!.attrs).toMatchObject({
      action: 'tighten_limit',
      requested_by: 'dana',
    });
  });

  it('carries out manual responses and reverts a block', async () => {
    soc.sink.write([detection('mallory'), detection('mallory', 1)]);
    await soc.idle();
    const [alert] = (await soc.alerts.list()).alerts;
    const { response } = await soc.alerts.respond(
      alert!.id,
      { action: 'block', target: 'ip', value: '198.51.100.7', ttl: '1h' },
      'dana',
    );
    expect(response).toMatchObject({
      action: 'block',
      status: 'executed',
      target: 'ip:198.51.100.7',
      requestedBy: 'dana',
    });
    expect(gateway.blocks.get(response.gatewayId!)).toMatchObject({
      type: 'ip',
      value: '198.51.100.7',
      ttlSeconds: 3600,
    });
    await soc.alerts.revert(alert!.id, response.id, 'dana');
    expect(gateway.blocks.has(response.gatewayId!)).toBe(false);
    const manual = await soc.alerts.respond(alert!.id, { action: 'revoke_key' }, 'dana');
    expect(manual.response).toMatchObject({ status: 'executed', target: 'rk_live_abc' });
  });

  it('records a failed response (gateway down) without leaking the admin token, and the alert still exists', async () => {
    gateway.failWith = 503;
    soc.sink.write([detection('mallory'), detection('mallory', 1)]);
    await soc.idle();
    const [alert] = (await soc.alerts.list()).alerts;
    expect(alert!.responses.map((response) => response.status)).toEqual(['failed', 'failed']);
    expect(alert!.responses[0]!.error).toContain('HTTP 503');
    const events = await soc.store.query({ kind: 'response.executed' });
    expect(JSON.stringify(events)).not.toContain(gateway.token);
    expect(events.events.every((event) => event.attrs.status === 'failed')).toBe(true);
  });

  it('records a failure when no gateway admin API is configured', async () => {
    const bare = createSoc({
      store: openSqliteEventStore({ path: join(directory, `bare-${counter++}.db`) }),
      rules: parseRules(
        'id: one\ntitle: t\nseverity: low\nselection: { kind: auth.failure }\nresponses: [{ type: block, target: ip, ttl: 1m }]',
      ),
    });
    try {
      bare.sink.write([createEvent({ source: 'gateway', kind: 'auth.failure', client_ip: '10.0.0.1' })]);
      await bare.idle();
      const [alert] = (await bare.alerts.list()).alerts;
      expect(alert!.responses[0]).toMatchObject({ status: 'failed' });
      expect(alert!.responses[0]!.error).toContain('no gateway admin API');
    } finally {
      await bare.close();
    }
  });
});
