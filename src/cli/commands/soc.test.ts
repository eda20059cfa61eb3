import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const directory = mkdtempSync(join(tmpdir(), 'rampart-soc-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function rampart(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/rampart.js'), ...args], {
    encoding: 'utf8',
    cwd: root,
  });
}

describe('rampart soc rules test', () => {
  it('shows which rules fire on an event file, and refuses a malformed one with exit code 2', () => {
    const base = Date.parse('2026-03-01T10:00:00Z');
    const lines = Array.from({ length: 5 }, (_, index) =>
      JSON.stringify({
        source: 'gateway',
        kind: 'auth.failure',
        time: new Date(base + index * 1000).toISOString(),
        client_ip: '203.0.113.9',
        attrs: { key_prefix: `rk_${index}` },
      }),
    );
    const events = join(directory, 'attack.jsonl');
    writeFileSync(events, `${lines.join('\n')}\n`);
    const rule = join(directory, 'rule.yaml');
    writeFileSync(
      rule,
      'id: three-failures\ntitle: t\nseverity: low\nselection: { kind: auth.failure }\ncorrelation: { type: event_count, window: 1m, gte: 3 }\n',
    );
    const builtIn = rampart('soc', 'rules', 'test', '--events', events);
    expect(builtIn.status).toBe(0);
    expect(builtIn.stdout).toContain('auth-key-stuffing');
    const custom = rampart('soc', 'rules', 'test', rule, '--events', events, '--format', 'json');
    expect(custom.status).toBe(0);
    const report = JSON.parse(custom.stdout) as { detections: Array<{ ruleId: string }> };
    expect(report.detections.map((detection) => detection.ruleId)).toEqual(['three-failures']);
    writeFileSync(join(directory, 'bad.jsonl'), '{"kind": 1}\n');
    const xml = rampart('soc', 'rules', 'test', '--events', events, '--format', 'xml');
    expect(xml.status).toBe(2);
    expect(xml.stderr).toContain('RAMPART_USAGE');
    const bad = rampart('soc', 'rules', 'test', '--events', join(directory, 'bad.jsonl'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('RAMPART_STORE_EVENT_INVALID');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });

  it('counts in the right number: "1 detection", not "1 detections"', () => {
    const base = Date.parse('2026-03-01T10:00:00Z');
    const lines = Array.from({ length: 3 }, (_, index) =>
      JSON.stringify({
        source: 'gateway',
        kind: 'auth.failure',
        time: new Date(base + index * 1000).toISOString(),
        client_ip: '203.0.113.9',
      }),
    );
    const events = join(directory, 'three-failures.jsonl');
    writeFileSync(events, `${lines.join('\n')}\n`);
    const rule = join(directory, 'one-rule.yaml');
    writeFileSync(
      rule,
      'id: three-failures\ntitle: t\nseverity: low\nselection: { kind: auth.failure }\ncorrelation: { type: event_count, window: 1m, gte: 3 }\n',
    );
    const result = rampart('soc', 'rules', 'test', rule, '--events', events);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('3 events, 1 rule, 1 detection');
  });

  it('refuses a rules folder that holds no rules (exit 2) instead of reporting nothing fired', () => {
    const empty = join(directory, 'no-rules');
    mkdirSync(empty, { recursive: true });
    const events = join(directory, 'one-event.jsonl');
    writeFileSync(
      events,
      `${JSON.stringify({ source: 'gateway', kind: 'auth.failure', time: '2026-03-01T10:00:00Z' })}\n`,
    );
    const result = rampart('soc', 'rules', 'test', empty, '--events', events);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('RAMPART_SOC_RULE_INVALID');
    expect(result.stderr).toContain('holds no rule files');
  });
});

describe('rampart soc serve / report / export / retention', () => {
  it('serves ingestion, then reports and exports what was stored', async () => {
    const work = join(directory, 'serve');
    const { mkdirSync, readFileSync } = await import('node:fs');
    const { spawn } = await import('node:child_process');
    mkdirSync(work, { recursive: true });
    const store = join(work, 'events.db');
    const serve = spawn(
      process.execPath,
      [join(root, 'bin/rampart.js'), 'soc', 'serve', '--store', store, '--port', '0'],
      {
        cwd: work,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = '';
        serve.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /running at (http:\/\/[^\s]+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        serve.on('exit', () => reject(new Error(`serve exited: ${output}`)));
      });
      const ingestToken = readFileSync(join(work, '.rampart', 'soc-ingest-token'), 'utf8').trim();
      const events = Array.from({ length: 5 }, (_, index) => ({
        source: 'gateway',
        kind: 'auth.failure',
        client_ip: '203.0.113.9',
        attrs: { key_prefix: `rk_${index}` },
      }));
      events.push({
        source: 'model',
        kind: 'model.scan.result',
        client_ip: '10.0.0.1',
        attrs: { passed: false },
      } as never);
      const response = await fetch(`${url}/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ingestToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
      });
      expect(response.status).toBe(200);
      const adminToken = readFileSync(join(work, '.rampart', 'soc-admin-token'), 'utf8').trim();
      let alerts: { alerts: Array<{ ruleId: string }> } = { alerts: [] };
      for (let attempt = 0; attempt < 50 && alerts.alerts.length === 0; attempt++) {
        alerts = (await (
          await fetch(`${url}/api/alerts`, { headers: { authorization: `Bearer ${adminToken}` } })
        ).json()) as typeof alerts;
        if (alerts.alerts.length === 0) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(alerts.alerts.map((alert) => alert.ruleId)).toEqual(['auth-key-stuffing']);
    } finally {
      serve.kill('SIGTERM');
      await new Promise((resolve) => serve.on('exit', resolve));
    }
    const report = rampart('soc', 'report', '--framework', 'owasp-llm', '--format', 'json', '--store', store);
    expect(report.status).toBe(0);
    const parsed = JSON.parse(report.stdout) as { controls: Array<{ id: string; status: string }> };
    expect(parsed.controls.find((control) => control.id === 'LLM03:2025')?.status).toBe('covered');
    const pdfPath = join(work, 'report.pdf');
    const pdf = rampart(
      'soc',
      'report',
      '--framework',
      'nist-ai-rmf',
      '--format',
      'pdf',
      '--out',
      pdfPath,
      '--store',
      store,
    );
    expect(pdf.status).toBe(0);
    expect(pdf.stdout).toContain(`-> ${pdfPath}`);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const cursorFile = join(work, 'cef.cursor');
    const exported = rampart(
      'soc',
      'export',
      '--format',
      'cef',
      '--store',
      store,
      '--cursor-file',
      cursorFile,
    );
    expect(exported.status).toBe(0);
    const lines = exported.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(7);
    expect(lines.every((line) => line.startsWith('CEF:0|Rampart|Rampart|'))).toBe(true);
    const again = rampart('soc', 'export', '--format', 'cef', '--store', store, '--cursor-file', cursorFile);
    expect(again.stdout.trim()).toBe('');
    const retention = rampart('soc', 'retention', '--days', '1', '--store', store);
    expect(retention.stdout).toContain('removed 0 event(s)');
    const badFramework = rampart('soc', 'report', '--framework', 'iso', '--store', store);
    expect(badFramework.status).toBe(2);
    expect(badFramework.stderr).toContain('RAMPART_SOC_REQUEST_INVALID');
  }, 120_000);
});

describe('rampart soc report / export / retention on bad input', () => {
  const expectCoded = (result: ReturnType<typeof rampart>, code: string) => {
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`error ${code}:`);
    expect(result.stderr).toContain('hint:');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  };

  it('refuses a store that does not exist instead of creating an empty one', () => {
    const missing = join(directory, 'missing', 'events.db');
    expectCoded(rampart('soc', 'report', '--framework', 'owasp-llm', '--store', missing), 'RAMPART_IO');
    expectCoded(rampart('soc', 'export', '--store', missing), 'RAMPART_IO');
    expectCoded(rampart('soc', 'retention', '--days', '30', '--store', missing), 'RAMPART_IO');
    expect(existsSync(missing)).toBe(false);
  });

  it('refuses an export target, cursor file or CA file it cannot use, before exporting anything', () => {
    const store = join(directory, 'export-inputs.db');
    writeFileSync(store, '');
    const nowhere = join(directory, 'no-such-folder');
    const unknownScheme = rampart('soc', 'export', '--store', store, '--to', 'ftp://siem:21');
    expectCoded(unknownScheme, 'RAMPART_USAGE');
    expectCoded(rampart('soc', 'export', '--store', store, '--to', join(nowhere, 'out.jsonl')), 'RAMPART_IO');
    const cursor = rampart('soc', 'export', '--store', store, '--cursor-file', join(nowhere, 'cursor'));
    expectCoded(cursor, 'RAMPART_IO');
    expect(cursor.stdout).toBe('');
    const ca = rampart(
      'soc',
      'export',
      '--store',
      store,
      '--to',
      'tls://127.0.0.1:1',
      '--ca-file',
      join(nowhere, 'ca.pem'),
    );
    expectCoded(ca, 'RAMPART_IO');
  });
});
