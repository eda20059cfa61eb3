import { execFileSync } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer } from 'node:tls';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createEvent, decisions, eventSources, type SecurityEvent, severities } from '../../core/index.ts';
import { openSqliteEventStore } from '../store/sqlite-event-store.ts';
import { parseCef, toCef } from './cef.ts';
import { exportEvents } from './exporter.ts';
import { toOcsf } from './ocsf.ts';
import { validateOcsf } from './ocsf-schemas.ts';
import { toSyslog } from './syslog.ts';
import { openSiemSender, parseSiemTarget } from './transport.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-export-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const samples: Array<[number, SecurityEvent]> = [
  [
    6003,
    createEvent({
      source: 'gateway',
      kind: 'inference.request',
      principal: 'alice',
      model: 'llama-3',
      route: '/v1/chat/completions',
      client_ip: '10.1.2.3',
      decision: 'allow',
      attrs: { status: 200, latency_ms: 12.5, 'gen_ai.usage.input_tokens': 10, credential_id: 'key_1' },
    }),
  ],
  [
    3002,
    createEvent({
      source: 'gateway',
      kind: 'auth.failure',
      client_ip: '203.0.113.9',
      attrs: { reason: 'invalid_key', key_prefix: 'rk_1' },
    }),
  ],
  [
    2004,
    createEvent({
      source: 'guard',
      kind: 'guard.detection',
      severity: 'high',
      principal: 'mallory',
      attrs: { scanner: 'prompt-injection', score: 0.93 },
      frameworks: ['LLM01:2025', 'AML.T0051'],
    }),
  ],
  [
    2004,
    createEvent({
      source: 'soc',
      kind: 'alert.raised',
      severity: 'critical',
      attrs: { alert_id: 'a-1', rule_id: 'response-leak', rule_title: 'Response leak', event_ids: ['e1'] },
      frameworks: ['LLM02:2025'],
    }),
  ],
  [
    2002,
    createEvent({
      source: 'model',
      kind: 'model.scan.finding',
      severity: 'critical',
      model: 'evil.pkl',
      attrs: { rule_id: 'pickle.dangerous-global', message: 'os.system' },
    }),
  ],
  [
    2003,
    createEvent({
      source: 'data',
      kind: 'data.gate.result',
      decision: 'block',
      attrs: { passed: false, dataset: 'reviews' },
    }),
  ],
  [
    2003,
    createEvent({ source: 'model', kind: 'model.verify.result', model: 'llama', attrs: { verified: true } }),
  ],
  [
    7001,
    createEvent({
      source: 'soc',
      kind: 'response.executed',
      attrs: { action: 'block', response_id: 'r-1', status: 'executed', target: 'ip:1.2.3.4' },
    }),
  ],
  [0, createEvent({ source: 'soc', kind: 'custom.thing' })],
];

describe('OCSF', () => {
  it.each(samples.map(([classUid, event]) => [classUid, event.kind, event] as const))(
    'maps to class %i (%s) with every required attribute',
    (classUid, _kind, event) => {
      const ocsf = toOcsf(event);
      expect(ocsf.class_uid).toBe(classUid);
      expect(validateOcsf(ocsf)).toEqual({ ok: true });
      expect((ocsf.metadata as { uid: string }).uid).toBe(event.id);
      expect(ocsf.time).toBe(Date.parse(event.time));
    },
  );

  it('uses the ai_operation profile and ai_model for inference requests, attacks for ATLAS ids', () => {
    const api = toOcsf(samples[0]![1]);
    expect((api.metadata as { profiles: string[] }).profiles).toContain('ai_operation');
    expect(api.ai_model).toMatchObject({ name: 'llama-3', ai_provider: 'Internal' });
    expect(api).toMatchObject({
      activity_id: 1,
      type_uid: 600301,
      status_id: 1,
      actor: { user: { name: 'alice', uid: 'key_1' } },
    });
    const finding = toOcsf(samples[2]![1]);
    expect((finding.finding_info as { attacks: unknown[] }).attacks).toEqual([
      { technique: { uid: 'AML.T0051', name: 'LLM Prompt Injection' } },
    ]);
    expect(toOcsf(samples[5]![1])).toMatchObject({ compliance: { status_id: 3, status: 'Fail' } });
    expect(toOcsf(samples[7]![1])).toMatchObject({
      activity_id: 1,
      activity_name: 'Isolate',
      type_uid: 700101,
    });
  });

  it('the validator catches a broken event', () => {
    const broken = { ...toOcsf(samples[2]![1]), type_uid: 1, finding_info: { title: 'x' } };
    const result = validateOcsf(broken);
    expect(result.ok).toBe(false);
  });

  it('every well-formed event maps to a valid OCSF event (property)', () => {
    const kinds = [
      'inference.request',
      'auth.failure',
      'guard.detection',
      'alert.raised',
      'alert.updated',
      'model.scan.result',
      'data.gate.result',
      'redteam.run.result',
      'response.executed',
      'response.reverted',
      'limit.rejected',
      'x.y',
    ];
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom(...kinds),
          source: fc.constantFrom(...eventSources),
          severity: fc.constantFrom(...severities),
          decision: fc.option(fc.constantFrom(...decisions), { nil: undefined }),
          principal: fc.option(fc.string({ minLength: 1, maxLength: 10 }), { nil: undefined }),
          model: fc.option(fc.string({ minLength: 1, maxLength: 10 }), { nil: undefined }),
          attrs: fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
        }),
        (fields) => {
          const event = createEvent({ ...fields, attrs: fields.attrs as Record<string, unknown> });
          const result = validateOcsf(JSON.parse(JSON.stringify(toOcsf(event))));
          expect(result).toEqual({ ok: true });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('syslog RFC 5424', () => {
  const header =
    /^<(\d{1,3})>1 (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z) ([\x21-\x7e]{1,255}) ([\x21-\x7e]{1,48}) - ([\x21-\x7e]{1,32}) (\[.*\]) \ufeff(.*)$/s;

  it('renders PRI, timestamp, host, app, msgid, structured data and a UTF-8 JSON message', () => {
    const event = createEvent({
      source: 'guard',
      kind: 'guard.detection',
      severity: 'critical',
      principal: 'ma"l]lo\\ry',
      attrs: { note: 'héllo\nworld' },
    });
    const line = toSyslog(event, { hostname: 'soc-1', facility: 13 });
    const match = header.exec(line)!;
    expect(match).not.toBeNull();
    expect(Number(match[1])).toBe(13 * 8 + 2);
    expect(match[3]).toBe('soc-1');
    expect(match[5]).toBe('guard.detection');
    expect(match[6]).toContain('principal="ma\\"l\\]lo\\\\ry"');
    expect(JSON.parse(match[7]!)).toEqual(event);
    expect(Number(header.exec(toSyslog({ ...event, severity: 'info' }))![1])).toBe(13 * 8 + 6);
  });
});

describe('CEF', () => {
  it('renders the header and escapes values so they parse back (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 30 }),
        fc.string({ minLength: 1, maxLength: 30 }),
        (text, principal) => {
          const event = createEvent({
            source: 'guard',
            kind: 'guard.detection',
            severity: 'high',
            principal,
            attrs: { scanner: text },
          });
          const line = toCef(event);
          expect(line).not.toMatch(/[\r\n]/);
          const parsed = parseCef(line);
          expect(parsed.header).toEqual([
            'CEF:0',
            'Rampart',
            'Rampart',
            '0.1.0',
            'guard.detection',
            `guard.detection (${text.replace(/[\r\n]+/g, ' ')})`,
            '8',
          ]);
          expect(parsed.extensions.suser).toBe(principal);
          expect(parsed.extensions.externalId).toBe(event.id);
          expect(JSON.parse(parsed.extensions.msg!)).toEqual({ scanner: text });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('transports', () => {
  const events = [
    createEvent({ source: 'gateway', kind: 'auth.failure', client_ip: '1.2.3.4' }),
    createEvent({ source: 'guard', kind: 'guard.detection', attrs: { text: 'line\nbreak' } }),
  ];

  it('sends one datagram per message over UDP', async () => {
    const server = createSocket('udp4');
    const received: string[] = [];
    const got = new Promise<void>((resolve) =>
      server.on('message', (message) => {
        received.push(message.toString('utf8'));
        if (received.length === 2) resolve();
      }),
    );
    await new Promise<void>((resolve) => server.bind(0, '127.0.0.1', resolve));
    const sender = await openSiemSender(
      parseSiemTarget(`udp://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
    await sender.send(events.map((event) => toCef(event)));
    await got;
    await sender.close();
    server.close();
    expect(received.map((line) => parseCef(line).extensions.externalId)).toEqual(
      events.map((event) => event.id),
    );
  });

  const readFrames = (buffer: string): string[] => {
    const frames: string[] = [];
    let rest = Buffer.from(buffer, 'utf8');
    while (rest.length > 0) {
      const space = rest.indexOf(0x20);
      const length = Number(rest.subarray(0, space).toString());
      frames.push(rest.subarray(space + 1, space + 1 + length).toString('utf8'));
      rest = rest.subarray(space + 1 + length);
    }
    return frames;
  };

  it('frames messages with octet counting over TCP', async () => {
    let data = '';
    const closed = new Promise<void>((resolve) => {
      const server = createTcpServer((socket) => {
        socket.on('data', (chunk) => {
          data += chunk.toString('utf8');
        });
        socket.on('end', () => {
          server.close();
          resolve();
        });
      });
      server.listen(0, '127.0.0.1', async () => {
        const sender = await openSiemSender(
          parseSiemTarget(`tcp://127.0.0.1:${(server.address() as AddressInfo).port}`),
        );
        await sender.send(events.map((event) => toSyslog(event)));
        await sender.close();
      });
    });
    await closed;
    const frames = readFrames(data);
    expect(frames).toHaveLength(2);
    expect(frames[1]).toContain('line\\nbreak');
  });

  it('sends over TLS to a server whose certificate it trusts, and refuses one it does not', async () => {
    const key = join(directory, 'key.pem');
    const cert = join(directory, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    let data = '';
    let finish: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const server = createTlsServer({ key: readFileSync(key), cert: readFileSync(cert) }, (socket) => {
      socket.on('data', (chunk) => {
        data += chunk.toString('utf8');
      });
      socket.on('end', () => finish());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    // Node warns once per process (DEP0123) when an IP address is sent as the TLS server name.
    const warnings = vi.spyOn(process, 'emitWarning');
    try {
      await expect(openSiemSender({ protocol: 'tls', host: '127.0.0.1', port })).rejects.toMatchObject({
        code: 'RAMPART_SOC_EXPORT_FAILED',
      });
      const sender = await openSiemSender({
        protocol: 'tls',
        host: '127.0.0.1',
        port,
        ca: readFileSync(cert),
      });
      await sender.send(events.map((event) => JSON.stringify(toOcsf(event))));
      await sender.close();
      await ended;
      expect(readFrames(data).map((frame) => JSON.parse(frame).metadata.uid)).toEqual(
        events.map((event) => event.id),
      );
      expect(JSON.stringify(warnings.mock.calls)).not.toContain('DEP0123');
    } finally {
      warnings.mockRestore();
      server.close();
    }
  });

  it('rejects unknown target URLs', () => {
    expect(() => parseSiemTarget('http://siem:80')).toThrowError(
      expect.objectContaining({ code: 'RAMPART_USAGE' }),
    );
    expect(parseSiemTarget('tls://siem.example')).toEqual({
      protocol: 'tls',
      host: 'siem.example',
      port: 6514,
    });
  });
});

describe('exportEvents', () => {
  it('delivers everything once, in order, and resumes from a checkpoint without gaps or repeats', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'export.db') });
    try {
      const first = Array.from({ length: 7 }, (_, index) =>
        createEvent({ source: 'soc', kind: 'x.y', attrs: { index } }),
      );
      store.write(first);
      const lines: string[] = [];
      let saved = '';
      const run = await exportEvents({
        store,
        format: 'jsonl',
        batchSize: 3,
        deliver: async (batch) => {
          lines.push(...batch);
        },
        checkpoint: (cursor) => {
          saved = cursor;
        },
      });
      expect(run.exported).toBe(7);
      const late = createEvent({
        source: 'soc',
        kind: 'x.y',
        id: '00000000-0000-7000-8000-000000000000',
        attrs: { index: 7 },
      });
      store.write([late]);
      const again = await exportEvents({
        store,
        format: 'jsonl',
        cursor: saved,
        deliver: async (batch) => {
          lines.push(...batch);
        },
      });
      expect(again.exported).toBe(1);
      expect(lines.map((line) => JSON.parse(line).attrs.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    } finally {
      await store.close();
    }
  });
});
