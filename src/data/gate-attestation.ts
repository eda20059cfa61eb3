import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type DsseEnvelope, RampartError, signDataGateAttestation } from '../core/index.ts';
import { type GateOptions, type GateReport, manifestPathFor } from './gate.ts';
import { readManifest } from './manifest.ts';

/**
 * The gate's result as a signed in-toto attestation over the dataset manifest's root digest (see
 * core's data-gate-attestation). The manifest is the one the gate verified the directory against
 * (--manifest, the policy's, or DIR/manifest.json); without one there is no approved data to name,
 * so there is nothing to attest. The digest is the one the gate's `manifest` check read
 * (`report.manifestRootDigest`, which covers the dataset's files and symbolic links), never the
 * manifest file read again, which could have been replaced meanwhile.
 */
export function attestGate(
  report: GateReport,
  options: Pick<GateOptions, 'directory' | 'policy' | 'manifestPath'>,
  privateKey: KeyObject,
  dataset?: string,
): { envelope: DsseEnvelope; rootDigest: string; dataset: string } {
  const path = manifestPathFor(options as GateOptions);
  if (!path)
    throw new RampartError(
      'RAMPART_USAGE',
      '--attest needs the dataset manifest the gate checks (DIR/manifest.json or --manifest FILE): the attestation names the approved data by its root digest',
    );
  const name = dataset ?? basename(resolve(options.directory));
  const manifestCheck = report.checks.find((check) => check.id === 'manifest');
  const rootDigest = report.manifestRootDigest ?? readRootDigest(path);
  const envelope = signDataGateAttestation(
    rootDigest,
    {
      dataset: name,
      passed: report.passed,
      failOn: report.failOn,
      blocking: report.blocking,
      checks: report.checks.map((check) => ({ id: check.id, status: check.status })),
      rowCount: report.rowCount,
      gatedAt: report.createdAt,
      manifestVerified: manifestCheck?.status === 'pass',
    },
    privateKey,
  );
  return { envelope, rootDigest, dataset: name };
}

/** The root digest of a manifest the gate did not check (its manifest check disabled): read it now. */
function readRootDigest(path: string): string {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read the manifest ${path}`, { cause: error });
  }
  return readManifest(text, undefined, path).rootDigest;
}
