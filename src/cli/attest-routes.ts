import { readFileSync } from 'node:fs';
import { toRampartError } from '../core/index.ts';
import type { AttestationCheckResult, GatewayConfig, RouteAttestation } from '../gateway/index.ts';
import {
  readPublicKey,
  scanPaths,
  verifyModel,
  verifyModelDataGate,
  verifyScanAttestation,
} from '../model/index.ts';

export type RouteAttest = NonNullable<GatewayConfig['routes'][number]['attest']>;
type Check = RouteAttest['checks'][number];

async function runCheck(modelPath: string, check: Check): Promise<AttestationCheckResult> {
  try {
    if (check.type === 'signature') {
      const result = await verifyModel(modelPath, {
        publicKey: readFileSync(check.publicKey),
        ...(check.signature ? { signaturePath: check.signature } : {}),
      });
      const signer = result.signer.kind === 'key' ? `key ${result.signer.hint}` : result.signer.subject;
      return { type: 'signature', passed: true, detail: `${result.files} files signed by ${signer}` };
    }
    if (check.type === 'data-gate') {
      const result = await verifyModelDataGate(modelPath, {
        publicKey: readFileSync(check.publicKey),
        ...(check.signature ? { signaturePath: check.signature } : {}),
        ...(check.dataKeys ? { dataKeys: check.dataKeys.map((path) => readFileSync(path)) } : {}),
      });
      const datasets = result.dataGate.datasets.map((dataset) => dataset.dataset).join(', ');
      return { type: 'data-gate', passed: true, detail: `trained on ${datasets}: data gate PASSED` };
    }
    if (check.attestation && check.publicKey) {
      const result = await verifyScanAttestation(
        modelPath,
        readFileSync(check.attestation, 'utf8'),
        readPublicKey(readFileSync(check.publicKey)),
        { attestationPath: check.attestation },
      );
      const { verdict, scannedAt } = result.predicate;
      return {
        type: 'scan',
        passed: verdict === 'clean',
        detail: `${result.files} files match the scan attestation of ${scannedAt}: ${verdict}`,
      };
    }
    const report = await scanPaths([modelPath]);
    const { verdict, files } = report.summary;
    return { type: 'scan', passed: verdict === 'clean', detail: `${files} files scanned: ${verdict}` };
  } catch (error) {
    const failure = toRampartError(error, 'RAMPART_INTERNAL', 'the check could not run');
    return { type: check.type, passed: false, detail: `${failure.code}: ${failure.message}` };
  }
}

/**
 * Run the model checks of every route with `attest` (signature with `model verify`, a clean
 * `model scan` or its signed attestation, the data gate chain with `model verify --require-data-gate`): the gateway may not import the model domain, so the CLI runs them and hands the
 * results to the gateway. A check that cannot run fails.
 */
export async function attestRoutes(config: GatewayConfig): Promise<Map<string, RouteAttestation>> {
  const results = new Map<string, RouteAttestation>();
  for (const route of config.routes) if (route.attest) results.set(route.id, await attestRoute(route.attest));
  return results;
}

/** Run one route's checks, in order; the route passes only when every check passed. */
export async function attestRoute(attest: RouteAttest): Promise<RouteAttestation> {
  const checks: AttestationCheckResult[] = [];
  for (const check of attest.checks) checks.push(await runCheck(attest.modelPath, check));
  return { passed: checks.every((check) => check.passed), checks, checkedAt: new Date().toISOString() };
}
