import { z } from 'zod';
import { durationTextSchema, listenerTlsSchema, loadYamlFile } from '../core/index.ts';
import { datasetLocationSchema } from './responses/dataset-approval.ts';
import { ruleSettingsSchema } from './rules/rule-settings.ts';
import { storeConfigSchema } from './store/open-event-store.ts';

/** `rampart soc serve --config soc.yaml`: the SOC's own settings. Secrets come in as ${ENV_VARS}. */
export const socConfigSchema = z.strictObject({
  store: storeConfigSchema.prefault({ backend: 'sqlite', path: '.rampart/events.db' }),
  server: z
    .strictObject({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(8082),
      /**
       * Serve HTTPS (files re-read on SIGHUP); console cookies are then marked Secure. With a `ca`,
       * a client certificate signed by it is required in the handshake as well.
       */
      tls: listenerTlsSchema.optional(),
    })
    .prefault({}),
  /** Console login and API bearer token (at least 16 characters). */
  adminToken: z.string().min(16, 'expected an admin token of at least 16 characters'),
  /** Tokens reporters send on POST /events. */
  ingestTokens: z.array(z.string().min(16, 'expected ingest tokens of at least 16 characters')).default([]),
  /** Rule files or folders; the built-in rules when empty. */
  rules: z.array(z.string().min(1)).default([]),
  /** Per-rule overrides: `{ prompt-injection-burst: { responses: [{type: revoke_key}] }, model-extraction: { enabled: false } }`. */
  ruleSettings: ruleSettingsSchema.default({}),
  /** The gateway admin API automated responses act through. */
  gateway: z
    .strictObject({
      adminUrl: z.url(),
      adminToken: z.string().min(16),
      /** PEM files: `ca` for an admin API whose certificate a private CA signed; `cert` and `key` when it wants a client certificate. */
      tls: z
        .strictObject({
          ca: z.string().min(1).optional(),
          cert: z.string().min(1).optional(),
          key: z.string().min(1).optional(),
        })
        .refine((tls) => (tls.cert === undefined) === (tls.key === undefined), {
          message: 'set cert and key together',
        })
        .optional(),
    })
    .optional(),
  automaticResponses: z.boolean().default(true),
  /**
   * Approved datasets in object stores: bucket, prefix and the provenance log the gate reads. The
   * `revoke_approval` response (default on `approved-dataset-write`) revokes the approvals in the log of
   * the dataset a write falls in. See docs/soc.md, Data-access events.
   */
  datasets: z.array(datasetLocationSchema).max(1000).default([]),
  /**
   * Predict routes the console may explain events of (`predict.input.*` events of routes with
   * captureText on carry their rows): the model's predict URL (a gateway route or the model server),
   * the baseline with its sample, the API key (use ${ENV}), and the model's task: a classifier's answer
   * is a class, a regressor's a number (each feature is credited with its share of the value). See
   * docs/classic-ml.md.
   */
  explain: z
    .array(
      z.strictObject({
        route: z.string().min(1),
        url: z.url({ protocol: /^https?$/ }),
        baseline: z.string().min(1),
        apiKey: z.string().optional(),
        protocol: z.enum(['v1', 'v2']).default('v2'),
        samples: z.number().int().min(1).max(2000).default(50),
        task: z.enum(['classification', 'regression']).default('classification'),
      }),
    )
    .default([]),
  retention: z
    .strictObject({
      /** Delete (or archive, then delete) events older than this many days. */
      days: z.number().int().min(1).optional(),
      /** Archive to JSON lines in this folder before deleting. */
      archiveDir: z.string().optional(),
    })
    .prefault({}),
  console: z
    .strictObject({ staticDir: z.string().optional(), sessionTtl: durationTextSchema.default('12h') })
    .prefault({}),
  limits: z
    .strictObject({
      maxBatchEvents: z.number().int().min(1).max(100_000).default(1000),
      maxBodyBytes: z
        .number()
        .int()
        .min(1024)
        .default(4 * 1024 * 1024),
    })
    .prefault({}),
});

export type SocConfig = z.output<typeof socConfigSchema>;

export function loadSocConfig(path: string): SocConfig {
  return loadYamlFile(path, socConfigSchema);
}
