import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { safetensors } from '../../test/support/model-fixtures.ts';
import type { GatewayConfig, RouteAttestation } from '../gateway/index.ts';
import { scanPaths, signModel, signScanAttestation } from '../model/index.ts';
import { attestRoute } from './attest-routes.ts';
import { watchAttestedRoutes } from './attestation-watch.ts';

const weights = (bytes: number[]) =>
  safetensors({ w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, new Uint8Array(bytes));

/**
 * A model folder whose weights file is a symbolic link: a re-pointed link, a rewritten or replaced
 * target, a new link and a dangling link each withdraw the route and fail its re-check with a coded
 * error, as a changed regular file does. The re-hash interval is ten minutes, so only the watch can
 * see them in time: the recursive fs.watch saw none of the re-pointed link and the target replaced
 * by a rename (the gateway went on serving a model that no longer matched its signature).
 */
const directories: string[] = [];
const closers: Array<() => void> = [];

afterEach(() => {
  for (const close of closers.splice(0)) close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

type Check = 'signature' | 'scan attestation';

interface Watched {
  root: string;
  model: string;
  /**
   * The folder holding `a` (the target of the link `model.safetensors`) and `b`, linked as `shards`: inside
   * the model (signature), outside it (scan attestation).
   */
  blobs: string;
  /** How a link names a blob: relative inside the model, absolute outside it. */
  linkTo: (blob: string) => string;
  results: RouteAttestation[];
  logLines: Array<{ msg: string; checks?: Array<{ detail: string }> }>;
}

/** With `chain`, `model.safetensors` leads to `a` through a second link, `ROOT/hops/current` (scan attestation only). */
async function watchedModel(check: Check, chain = false): Promise<Watched> {
  const root = mkdtempSync(join(tmpdir(), 'rampart-attestation-watch-'));
  directories.push(root);
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicKeyPath = join(root, 'model-signing.pub');
  writeFileSync(publicKeyPath, publicKey.export({ type: 'spki', format: 'pem' }));
  const model = join(root, 'model');
  // Signing follows only links that stay inside the model; the scan follows links anywhere.
  const blobs = check === 'signature' ? join(model, 'blobs') : join(root, 'store');
  mkdirSync(model);
  mkdirSync(blobs, { recursive: true });
  writeFileSync(join(model, 'config.json'), '{}');
  writeFileSync(join(blobs, 'a'), weights([1, 1, 1, 1]));
  writeFileSync(join(blobs, 'b'), weights([2, 2, 2, 2]));
  const linkTo = (blob: string) => (check === 'signature' ? join('blobs', blob) : join(blobs, blob));
  if (chain) {
    mkdirSync(join(root, 'hops'));
    symlinkSync(linkTo('a'), join(root, 'hops', 'current'));
    symlinkSync(join(root, 'hops', 'current'), join(model, 'model.safetensors'));
  } else symlinkSync(linkTo('a'), join(model, 'model.safetensors'));
  // A linked folder too: the server reads `shards/b` through it.
  symlinkSync(check === 'signature' ? 'blobs' : blobs, join(model, 'shards'));
  let checks: unknown[];
  if (check === 'signature') {
    const signaturePath = join(root, 'model.sig');
    await signModel(model, { privateKey, allowSymlinks: true, signaturePath });
    checks = [{ type: 'signature', publicKey: publicKeyPath, signature: signaturePath }];
  } else {
    const attestation = join(root, 'model.scan.json');
    const report = await scanPaths([model], { hash: true });
    writeFileSync(attestation, JSON.stringify(await signScanAttestation(model, report, privateKey)));
    checks = [{ type: 'scan', attestation, publicKey: publicKeyPath }];
  }
  const attest = { modelPath: model, checks, recheckIntervalMs: 600_000 };
  // The model passes its checks before the change (a clean scan, a matching signature).
  expect(await attestRoute(attest as never)).toMatchObject({ passed: true });
  const config = { routes: [{ id: 'chat', attest }] } as unknown as GatewayConfig;
  const results: RouteAttestation[] = [];
  const logLines: Watched['logLines'] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => logLines.push(JSON.parse(line)) });
  const watch = watchAttestedRoutes(config, logger);
  closers.push(watch.close);
  watch.attach({ setRouteAttestation: (_routeId, result) => results.push(result) });
  // Let the first digest and the watches settle before the change.
  await new Promise((done) => setTimeout(done, 500));
  return { root, model, blobs, linkTo, results, logLines };
}

/** The re-check's own result (not the refusal held while it runs), within `limitMs`. */
async function recheckResult(watched: Watched, limitMs = 8_000): Promise<RouteAttestation | undefined> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    const result = watched.results.find((each) => each.checks.some((check) => check.type !== 'recheck'));
    if (result) return result;
    await new Promise((done) => setTimeout(done, 50));
  }
  return undefined;
}

const changes: Array<[string, (watched: Watched) => void]> = [
  ['a changed regular file', ({ model }) => writeFileSync(join(model, 'config.json'), '{"evil":1}')],
  [
    'a re-pointed link',
    ({ model, linkTo }) => {
      unlinkSync(join(model, 'model.safetensors'));
      symlinkSync(linkTo('b'), join(model, 'model.safetensors'));
    },
  ],
  ['a rewritten link target', ({ blobs }) => writeFileSync(join(blobs, 'a'), weights([6, 6, 6, 6]))],
  [
    'a link target replaced by a rename',
    ({ blobs }) => {
      writeFileSync(join(blobs, 'a.partial'), weights([6, 6, 6, 6]));
      renameSync(join(blobs, 'a.partial'), join(blobs, 'a'));
    },
  ],
  [
    'a file rewritten in a linked folder',
    ({ blobs }) => writeFileSync(join(blobs, 'b'), weights([6, 6, 6, 6])),
  ],
  ['a new link', ({ model, linkTo }) => symlinkSync(linkTo('b'), join(model, 'extra.bin'))],
  ['a dangling link', ({ blobs }) => unlinkSync(join(blobs, 'a'))],
];

const failureCodes =
  /^RAMPART_MODEL_(VERIFY_MISMATCH|VERIFY_PATH_INVALID|SCAN_ATTESTATION_STALE|SCAN_PATH_NOT_FOUND): /;

describe('the attested-model watch and symbolic links', { timeout: 30_000 }, () => {
  for (const check of ['signature', 'scan attestation'] as const) {
    for (const [change, apply] of changes) {
      it(`${check}: ${change} withdraws the route and its re-check fails with a coded error`, async () => {
        const watched = await watchedModel(check);
        expect(watched.results).toEqual([]);
        apply(watched);
        const result = await recheckResult(watched);
        // Withdrawn at once, while the checks run again.
        expect(watched.results[0]).toMatchObject({ passed: false, checks: [{ type: 'recheck' }] });
        expect(result?.passed).toBe(false);
        expect(result?.checks[0]?.detail).toMatch(failureCodes);
        const logged = watched.logLines.find((line) => line.msg === 'attested model re-checked: refused');
        expect(logged?.checks?.[0]?.detail).toMatch(failureCodes);
      });
    }
    it(`${check}: a dangling link pointed back at its target: the route serves again`, async () => {
      const watched = await watchedModel(check);
      unlinkSync(join(watched.model, 'model.safetensors'));
      symlinkSync(watched.linkTo('gone'), join(watched.model, 'model.safetensors'));
      expect((await recheckResult(watched))?.passed).toBe(false);
      unlinkSync(join(watched.model, 'model.safetensors'));
      symlinkSync(watched.linkTo('a'), join(watched.model, 'model.safetensors'));
      const started = Date.now();
      while (!watched.results.at(-1)?.passed && Date.now() - started < 8_000)
        await new Promise((done) => setTimeout(done, 50));
      expect(watched.results.at(-1)?.passed).toBe(true);
    });
    if (check === 'scan attestation')
      it(`${check}: a link re-pointed in the middle of a chain withdraws the route`, async () => {
        // Regression: only the first link's folder and the final file's were watched, so re-pointing
        // hops/current (model.safetensors -> hops/current -> a) waited for the ten-minute re-hash.
        const watched = await watchedModel(check, true);
        unlinkSync(join(watched.root, 'hops', 'current'));
        symlinkSync(watched.linkTo('b'), join(watched.root, 'hops', 'current'));
        const result = await recheckResult(watched);
        expect(watched.results[0]).toMatchObject({ passed: false, checks: [{ type: 'recheck' }] });
        expect(result?.passed).toBe(false);
        expect(result?.checks[0]?.detail).toMatch(failureCodes);
      });
    it(`${check}: unchanged files leave the route alone`, async () => {
      const watched = await watchedModel(check);
      await new Promise((done) => setTimeout(done, 1_000));
      expect(watched.results).toEqual([]);
    });
  }
});
