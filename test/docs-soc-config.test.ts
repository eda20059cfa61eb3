import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyRuleSettings, defaultRules, loadRules, loadSocConfig } from '../src/soc/index.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-docs-soc-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('docs/soc.md', () => {
  it('the example soc.yaml loads as written (with its environment variables set)', () => {
    const doc = readFileSync(join(import.meta.dirname, '..', 'docs', 'soc.md'), 'utf8');
    const example = /With a config file[^\n]*\n\n```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(example).toBeDefined();
    const path = join(directory, 'soc.yaml');
    writeFileSync(path, example!);
    const names = [
      'PGPASSWORD',
      'RAMPART_SOC_ADMIN_TOKEN',
      'RAMPART_SOC_INGEST_TOKEN',
      'RAMPART_ADMIN_TOKEN',
      'RAMPART_EXPLAIN_KEY',
    ];
    const saved = names.map((name) => process.env[name]);
    for (const name of names) process.env[name] = `${name.toLowerCase()}-0123456789abcdef0123456789`;
    try {
      const config = loadSocConfig(path);
      expect(config.ingestTokens).toEqual(['rampart_soc_ingest_token-0123456789abcdef0123456789']);
      expect(config.gateway?.adminToken).toBe('rampart_admin_token-0123456789abcdef0123456789');
      // What `rampart soc serve --config` does next: the rules, with ruleSettings applied to them.
      const rules = config.rules.length > 0 ? loadRules(config.rules) : defaultRules();
      expect(() => applyRuleSettings(rules, config.ruleSettings)).not.toThrow();
    } finally {
      names.forEach((name, index) => {
        if (saved[index] === undefined) delete process.env[name];
        else process.env[name] = saved[index];
      });
    }
  });
});
