import { z } from 'zod';
import {
  type Alert,
  appendLogEntry,
  RampartError,
  type RevocationEvidence,
  type SecurityEvent,
  standingApprovals,
  verifyLogFile,
} from '../../core/index.ts';

/**
 * soc.yaml `datasets:`: where each approved dataset lives in an object store and where its provenance
 * log is, so a `revoke_approval` response knows which log a write belongs to.
 */
export const datasetLocationSchema = z.strictObject({
  /** A name for people (shown on the response). */
  name: z.string().min(1).max(128),
  /** `s3` or `gcs` (attrs.store of the data.access event); any store when absent. */
  store: z.enum(['s3', 'gcs']).optional(),
  bucket: z.string().min(1),
  /** Object-name prefix of this dataset's approved version (`reviews/v3/`); the whole bucket when absent. */
  prefix: z.string().default(''),
  /** The provenance.jsonl that `rampart data gate` reads for this dataset (a path the SOC can write). */
  log: z.string().min(1),
  /**
   * Revoke only the standing approvals whose `version` label is this one; by default every standing
   * approval in the log (the log may name versions the SOC cannot tell apart, so it revokes them all).
   */
  version: z.string().min(1).optional(),
});

export type DatasetLocation = z.output<typeof datasetLocationSchema>;

/** The object an alert's write touched: from the triggering event, else from the alert's group. */
export function accessedObject(
  alert: Alert,
  trigger: SecurityEvent | undefined,
): { store?: string; bucket?: string; object?: string; operation?: string } {
  const attrs = trigger?.attrs ?? {};
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const found = {
    store: text(attrs.store) ?? text(alert.group['attrs.store']),
    bucket: text(attrs.bucket) ?? text(alert.group['attrs.bucket']),
    object: text(attrs.object) ?? text(alert.group['attrs.object']),
    operation: text(attrs.operation) ?? text(alert.group['attrs.operation']),
  };
  return Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined));
}

/** The configured datasets an access falls in: same bucket (and store, when set), object under the prefix. */
export function datasetsFor(
  locations: readonly DatasetLocation[],
  access: { store?: string; bucket?: string; object?: string },
): DatasetLocation[] {
  if (!access.bucket) return [];
  return locations.filter(
    (location) =>
      location.bucket === access.bucket &&
      (location.store === undefined || location.store === access.store) &&
      (location.prefix === '' || (access.object ?? '').startsWith(location.prefix)),
  );
}

export interface RevocationOutcome {
  /** `dataset-name: N approval(s) revoked` per dataset, for the response's target. */
  target: string;
  revoked: number;
}

/**
 * Append a `revoke` entry, carrying the alert as evidence, for each standing approval in the
 * provenance log of every dataset the alert's write falls in, so the next `rampart data gate` fails.
 * Throws RAMPART_SOC_RESPONSE_FAILED when nothing can be matched or a log cannot be read or written:
 * the response is then recorded as failed on the alert (fail closed means a person must look).
 */
export function revokeDatasetApprovals(
  locations: readonly DatasetLocation[],
  alert: Alert,
  trigger: SecurityEvent | undefined,
  by: string,
): RevocationOutcome {
  const access = accessedObject(alert, trigger);
  if (!access.bucket) {
    throw new RampartError(
      'RAMPART_SOC_RESPONSE_FAILED',
      'the alert names no bucket (attrs.bucket): only data.access alerts can revoke a dataset approval',
    );
  }
  const matched = datasetsFor(locations, access);
  if (matched.length === 0) {
    throw new RampartError(
      'RAMPART_SOC_RESPONSE_FAILED',
      `no dataset in soc.yaml datasets: holds ${access.bucket}/${access.object ?? ''}; add one with its bucket, prefix and provenance log`,
    );
  }
  const evidence: RevocationEvidence = {
    alertId: alert.id,
    ruleId: alert.ruleId,
    ...(alert.principal ? { principal: alert.principal } : {}),
    ...(access.store ? { store: access.store } : {}),
    bucket: access.bucket,
    ...(access.object ? { object: access.object } : {}),
    ...(access.operation ? { operation: access.operation } : {}),
    ...(trigger ? { eventId: trigger.id, eventTime: trigger.time } : {}),
  };
  const parts: string[] = [];
  let revoked = 0;
  for (const location of matched) {
    const verification = verifyLogFile(location.log);
    if (!verification.ok) {
      const problem = verification.problem!;
      throw new RampartError(
        'RAMPART_DATA_LOG_INVALID',
        `${location.log}: line ${problem.line}: ${problem.message}`,
      );
    }
    const standing = standingApprovals(verification.entries).filter(
      (entry) => location.version === undefined || entry.version === location.version,
    );
    for (const approval of standing) {
      appendLogEntry(location.log, {
        action: 'revoke',
        rootDigest: approval.rootDigest,
        ...(approval.manifestDigest ? { manifestDigest: approval.manifestDigest } : {}),
        ...(approval.version ? { version: approval.version } : {}),
        approvedBy: by,
        note: `SOC alert ${alert.id} (${alert.ruleId}): ${evidence.operation ?? 'access'} of ${access.bucket}/${access.object ?? ''} by ${alert.principal ?? 'unknown principal'}`,
        evidence,
      });
    }
    revoked += standing.length;
    parts.push(
      standing.length > 0
        ? `${location.name}: ${standing.length} approval(s) revoked`
        : `${location.name}: no standing approval`,
    );
  }
  return { target: parts.join('; '), revoked };
}
