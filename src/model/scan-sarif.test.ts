import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maliciousPickle, safetensors, torchStateDict, zip } from '../../test/support/model-fixtures.ts';
import { scanPaths } from './scan.ts';
import { scanRules } from './scan-rules.ts';
import { scanReportToSarif } from './scan-sarif.ts';

/** The official SARIF 2.1.0 schema (draft-04) as shipped by @microsoft/jest-sarif, read by Ajv 8. */
function sarifValidator() {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  );
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  // ajv-formats is CommonJS: its default export arrives wrapped under tsx/vitest.
  const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
    instance: Ajv,
  ) => void;
  addFormats(ajv);
  return ajv.compile(schema);
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rampart-sarif-'));
  await writeFile(join(directory, 'evil.pkl'), maliciousPickle());
  await writeFile(join(directory, 'ok.pkl'), torchStateDict());
  await writeFile(join(directory, 'slip.zip'), zip({ '../x': 'x' }));
  await writeFile(
    join(directory, 'bad.safetensors'),
    safetensors({ a: { dtype: 'F32', shape: [4], data_offsets: [0, 64] } }, new Uint8Array(8)),
  );
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema', async () => {
    const log = scanReportToSarif(await scanPaths([directory]), {
      toolVersion: '0.1.0',
      baseDirectory: directory,
    });
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
  });

  it('gives every result a known rule, a relative location, a security-severity and a fingerprint', async () => {
    const log = scanReportToSarif(await scanPaths([directory]), {
      toolVersion: '0.1.0',
      baseDirectory: directory,
    }) as {
      runs: Array<{
        tool: { driver: { rules: Array<{ id: string; properties: Record<string, unknown> }> } };
        results: Array<{
          ruleId: string;
          ruleIndex: number;
          locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
          partialFingerprints: Record<string, string>;
          properties: Record<string, string>;
        }>;
      }>;
    };
    const [run] = log.runs;
    const ruleIds = run!.tool.driver.rules.map((rule) => rule.id);
    expect(ruleIds).toEqual(scanRules.map((rule) => rule.id));
    for (const rule of run!.tool.driver.rules)
      expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(0);
    expect(run!.results.map((result) => result.ruleId).sort()).toEqual([
      'archive.path-traversal',
      'pickle.dangerous-global',
      'safetensors.offsets',
      'safetensors.offsets',
    ]);
    for (const result of run!.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      const uri = result.locations[0]!.physicalLocation.artifactLocation.uri;
      expect(uri).not.toMatch(/^\//);
      expect(result.partialFingerprints['rampart/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(Number(result.properties['security-severity'])).toBeGreaterThan(0);
    }
  });

  it('keeps fingerprints stable across runs and different for different content', async () => {
    const first = scanReportToSarif(await scanPaths([join(directory, 'evil.pkl')]), { toolVersion: '0' }) as {
      runs: Array<{ results: Array<{ partialFingerprints: Record<string, string> }> }>;
    };
    const second = scanReportToSarif(await scanPaths([join(directory, 'evil.pkl')]), {
      toolVersion: '0',
    }) as typeof first;
    expect(second.runs[0]!.results[0]!.partialFingerprints).toEqual(
      first.runs[0]!.results[0]!.partialFingerprints,
    );
    await writeFile(
      join(directory, 'evil2.pkl'),
      new Uint8Array([...maliciousPickle()].map((byte, index) => (index === 10 ? 0x78 : byte))),
    );
    const other = scanReportToSarif(await scanPaths([join(directory, 'evil2.pkl')]), {
      toolVersion: '0',
    }) as typeof first;
    expect(other.runs[0]!.results[0]!.partialFingerprints).not.toEqual(
      first.runs[0]!.results[0]!.partialFingerprints,
    );
  });
});
