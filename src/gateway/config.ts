import { z } from 'zod';
import {
  type ConfigProblem,
  deepFreeze,
  gatewayCoreShape,
  loadYamlFile,
  looksLikeExportPath,
  parseYamlConfig,
  routeBaseSchema,
  validateWithSchema,
  type YamlLoadOptions,
} from '../core/index.ts';
import { guardRouteSchema } from '../guard/index.ts';
import { predictImageSchema } from './predict/image-config.ts';
import { predictInputSchema } from './predict/input-config.ts';
import { globMatcher } from './route-table.ts';

const count = z.number().int().positive();
const share = z.number().min(0).max(1);

/**
 * The extraction and probing monitor of a route (docs/model-protection.md). It only reports:
 * `extraction.suspected` events, on which the SOC's default rules degrade, throttle, then block.
 */
export const extractionSchema = z
  .object({
    enabled: z.boolean().default(true),
    /** predict: distances to earlier queries collected before the first normality test. */
    minQueries: count.min(20).max(5000).default(150),
    /** predict: the most recent distances tested (and queries in the coverage window). */
    window: count.min(20).max(5000).default(300),
    /** predict: earlier queries kept per principal to measure distances to. */
    maxPoints: count.max(10_000).default(1000),
    /** predict: Shapiro–Wilk W below this reports `distance-distribution`. */
    wThreshold: share.default(0.85),
    /** predict: normalised entropy of the queries over the feature grid at or above this reports `feature-coverage`. */
    entropyThreshold: share.default(0.85),
    /** Queries between two checks of a principal's pattern. */
    checkEvery: count.max(1000).default(10),
    /** While a pattern goes on, one more report per this many queries (the SOC escalates on repeats). */
    reportEvery: count.default(100),
    llm: z
      .object({
        window: count.min(20).max(5000).default(200),
        templateMin: count.default(40),
        distinctSeconds: count.default(60),
        logprobsShare: share.default(0.9),
        logprobsMinAlternatives: count.default(5),
        maxTokensDistinct: count.default(24),
      })
      .strict()
      .prefault({}),
  })
  .strict();

const scoreHardening = {
  /** Decimal places kept in scores. */
  round: z.number().int().min(0).max(8).optional(),
  /** Keep only the k highest scores of each row (the others become 0). */
  topK: count.optional(),
  /** Answer with the label only: scores are removed (KServe v2 outputs) or all set to 0 but the top one, set to 1. */
  labelOnly: z.boolean().default(false),
  /** LLM routes: drop `logprobs` and `top_logprobs` from answers and stream chunks. */
  stripLogprobs: z.boolean().default(false),
  /** Standard deviation of the Gaussian noise added to each score before rounding (rows renormalised). */
  noise: z.number().min(0).max(1).optional(),
};

/**
 * Output hardening of a route (docs/model-protection.md). Predict answers: KServe v2 outputs
 * (every FP16/32/64 output) or, with `scoresPath`, the array at that dotted path of a custom JSON
 * answer. `degraded` is what a principal under a SOC `degrade` response gets instead.
 */
export const outputSchema = z
  .object({
    ...scoreHardening,
    /** Custom JSON answers: dotted path to the scores (`predictions`, `result.probabilities`). */
    scoresPath: z
      .string()
      .regex(/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/, 'expected a dotted path such as result.probabilities')
      .optional(),
    degraded: z.object(scoreHardening).strict().prefault({ labelOnly: true, stripLogprobs: true }),
  })
  .strict();

/** Signed answers on a route (RFC 9421 + Content-Digest; SSE: a chained digest and a final signed event). */
export const routeSigningSchema = z
  .object({
    enabled: z.boolean().default(false),
    /** Response headers covered besides @status and content-digest (lower case). */
    headers: z
      .array(z.string().regex(/^[a-z0-9-]+$/, 'expected a lower-case header name'))
      .default(['content-type', 'x-request-id']),
    /**
     * Require signed client requests (RFC 9421 over @method, @path and Content-Digest) by a key in
     * this JWKS file; unsigned or badly signed requests get 401. Independent of `enabled`.
     */
    clientKeys: z.string().min(1).optional(),
    /** Oldest request signature accepted, in seconds. */
    maxRequestAgeSeconds: z.number().int().positive().max(3600).default(300),
  })
  .strict();

/** The gateway's response signing key (Ed25519 or ECDSA P-256, PKCS#8 PEM); its public half is served at /.well-known/jwks.json. */
export const signingKeySchema = z
  .object({
    /** A PEM file, or... */
    privateKeyFile: z.string().min(1).optional(),
    /** ...the PEM itself (use ${ENV_VAR}). */
    privateKey: z.string().min(1).optional(),
    keyId: z
      .string()
      .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'expected a key id of letters, digits, ".", "_", ":" or "-"'),
  })
  .strict()
  .refine((key) => (key.privateKeyFile === undefined) !== (key.privateKey === undefined), {
    message: 'set one of privateKeyFile or privateKey',
  });

/**
 * One check a route's model must pass before the route serves it. A list, so that further checks
 * (for example "its training data passed the dataset gate") are one more entry.
 */
export const attestationCheckSchema = z.discriminatedUnion('type', [
  z.strictObject({
    /** A valid OpenSSF model signature (`rampart model verify`) by this key. */
    type: z.literal('signature'),
    publicKey: z.string().min(1),
    /** The Sigstore bundle (default: MODEL/model.sig, or FILE.sig). */
    signature: z.string().min(1).optional(),
  }),
  z
    .strictObject({
      /**
       * A clean `rampart model scan` of the model files: run at startup, or, with `attestation` and
       * `publicKey`, read from a signed scan attestation (`rampart model scan --attest`) that must
       * name exactly the files on disk with their current SHA-256.
       */
      type: z.literal('scan'),
      attestation: z.string().min(1).optional(),
      /** The public key the scan attestation must verify with. */
      publicKey: z.string().min(1).optional(),
    })
    .refine((check) => (check.attestation === undefined) === (check.publicKey === undefined), {
      message: 'set both attestation and publicKey (a signed scan attestation), or neither (scan at startup)',
    }),
  z.strictObject({
    /**
     * The model's training data passed the dataset gate (`rampart model verify --require-data-gate`):
     * the signature by `publicKey` verifies, its signed dataset lineage lists at least one gate
     * attestation, and each verifies with a trusted data key and says PASSED.
     */
    type: z.literal('data-gate'),
    /** The model signer's public key (it signs the signature and the dataset lineage). */
    publicKey: z.string().min(1),
    /** The Sigstore bundle (default: MODEL/model.sig, or FILE.sig); the lineage sits beside it. */
    signature: z.string().min(1).optional(),
    /** Public keys trusted to sign gate attestations (default: `publicKey`). */
    dataKeys: z.array(z.string().min(1)).min(1).optional(),
  }),
]);

/** Attested routing: the gateway serves the route only while every check passed (run at startup). */
export const attestSchema = z
  .object({
    /** The model directory or file the upstream serves. */
    modelPath: z.string().min(1),
    checks: z.array(attestationCheckSchema).min(1),
    /**
     * While the gateway runs, the model files are watched (fs.watch) and, as a fallback for changes
     * a watch misses, re-hashed this often; a change re-runs the checks, and the route refuses
     * until they pass again.
     */
    recheckIntervalMs: z.number().int().min(100).max(86_400_000).default(60_000),
  })
  .strict();

/** A route: core's fields plus the guard's `guard:` block (on with the guard's defaults unless `false`). */
export const routeSchema = routeBaseSchema.extend({
  /** Serve only a model whose files pass these checks (signature, clean scan); refused otherwise. */
  attest: attestSchema.optional(),
  /** Sign this route's answers with the gateway's `signing` key. */
  sign: routeSigningSchema.prefault({}),
  /** Extraction and probing monitor (on by default; reports only). */
  extraction: extractionSchema.prefault({}),
  /** Output hardening (off by default, except for principals the SOC has degraded). */
  output: outputSchema.prefault({}),
  /**
   * Guard scanning for this route (prompt injection, jailbreak, PII, secrets, leaks); `false` turns
   * it off. The guard owns this block: see docs/guard.md.
   */
  guard: guardRouteSchema.prefault({}),
  /** predict routes: the input policy from the training data (docs/classic-ml.md). */
  input: predictInputSchema.optional(),
  /** predict routes: image sanitisers (JPEG re-encoding, bit depth, median); needs the optional package sharp. */
  images: predictImageSchema.optional(),
});

/**
 * Where limits, quotas, concurrency leases, blocks, overrides and key revocations live: this
 * process's memory (the default, one instance) or Redis/Valkey, shared by every instance and
 * worker. Policy when Redis is unreachable: docs/deploy.md "Shared state (Redis)".
 */
export const stateSchema = z
  .object({
    redis: z
      .object({
        /** redis://[user:password@]host:port[/db] or rediss:// (TLS); use ${ENV} for the password. */
        url: z.url().refine((url) => /^rediss?:\/\//.test(url), 'expected a redis:// or rediss:// URL'),
        /** Prefix of every key and channel, so several gateway fleets can share one Redis. */
        keyPrefix: z.string().min(1).max(64).default('rampart:'),
        /** A command slower than this counts as Redis unavailable (the request does not wait longer). */
        commandTimeoutMs: z.number().int().min(10).max(10_000).default(500),
        /** How often each instance checks the controls version, renews its leases and says it is alive. */
        syncIntervalMs: z.number().int().min(100).max(10_000).default(500),
        /** A concurrency lease of an instance that stopped renewing it expires after this long. */
        leaseTtlMs: z.number().int().min(1_000).max(600_000).default(10_000),
        /**
         * While Redis is unreachable: `local-share` counts each limit locally at the instance's share
         * (limit ÷ live instances last seen), `refuse` answers 503 RAMPART_STATE_UNAVAILABLE.
         */
        limitsWhenUnavailable: z.enum(['local-share', 'refuse']).default('local-share'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .prefault({});

export type StateConfig = z.output<typeof stateSchema>;
export type RedisStateConfig = NonNullable<StateConfig['redis']>;

/** The whole gateway config file (rampart.yaml): core's parts composed with the guard's. */
export const gatewayConfigSchema = z
  .object({
    ...gatewayCoreShape,
    state: stateSchema,
    signing: signingKeySchema.optional(),
    routes: z.array(routeSchema).min(1),
    /**
     * Refuse plain-HTTP upstreams: with true, a config naming an http:// upstream does not load (at
     * start, `config check` or reload), so prompts and upstream credentials never cross the network
     * in clear text.
     */
    requireTlsUpstreams: z.boolean().default(false),
    /**
     * When a request's audit events count as written (read at start; docs/deploy.md "Audit
     * commits"). `commit` (default): the response waits for their commit, grouped per event-loop
     * turn. `queued`: it does not; the queue is committed every `maxDelayMs`, so a crash loses at most
     * that much; a full queue or a failing store puts responses back on waiting for the commit.
     */
    audit: z
      .object({
        acknowledge: z.enum(['commit', 'queued']).default('commit'),
        maxDelayMs: z.number().int().min(1).max(1_000).default(20),
        maxQueuedEvents: z.number().int().min(1).max(100_000).default(5_000),
      })
      .strict()
      .prefault({}),
    /**
     * Where API keys, blocks and limit overrides live. Default: SQLite and a JSON file in dataDir
     * (one gateway). `postgres`: one database shared by every gateway (docs/deploy.md), and the
     * audit events go to its event tables instead of DATA_DIR/events.db.
     */
    store: z
      .object({
        postgres: z
          .object({
            /** postgres://user:password@host:5432/database (use ${RAMPART_POSTGRES_URL}). */
            url: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL'),
            /** Schema holding the gateway's tables (created and migrated at start). */
            schema: z
              .string()
              .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'expected a plain lower-case identifier')
              .default('rampart_gateway'),
            /** Connections per gateway process (one of them LISTENs for other gateways' changes). */
            maxConnections: z.number().int().min(2).max(100).default(4),
          })
          .strict()
          .optional(),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
export type GatewayConfigInput = z.input<typeof gatewayConfigSchema>;
export type RouteConfig = GatewayConfig['routes'][number];

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => listOf(value).filter((item) => typeof item === 'string');

/**
 * Cross-reference problems the field schemas cannot see (unknown upstream, duplicate route id,
 * unknown route or model in a role, ...). They read the input as loosely as they can, so they run in
 * the same pass as the schema: `config check` reports every problem of a file at once.
 */
export function gatewayReferenceProblems(input: unknown): ConfigProblem[] {
  if (!isObject(input)) return [];
  const problems: ConfigProblem[] = [];
  const problem = (path: Array<string | number>, message: string) =>
    problems.push({ path: path.join('.'), message });
  const upstreams = new Set(isObject(input.upstreams) ? Object.keys(input.upstreams) : []);
  const models = listOf(input.models).filter(isObject);
  const modelNames = strings(models.map((model) => model.name));
  if (input.requireTlsUpstreams === true && isObject(input.upstreams)) {
    for (const [name, upstream] of Object.entries(input.upstreams)) {
      if (isObject(upstream) && typeof upstream.url === 'string' && /^http:/i.test(upstream.url))
        problem(
          ['upstreams', name, 'url'],
          'requireTlsUpstreams is on: use an https:// upstream URL (or set requireTlsUpstreams: false)',
        );
    }
  }
  if (isObject(input.auth) && isObject(input.auth.mtls)) {
    const server = isObject(input.server) ? input.server : {};
    if (!isObject(server.tls) || typeof server.tls.ca !== 'string')
      problem(['auth', 'mtls'], 'client certificates need server.tls with a ca (the CA that signs them)');
  }
  listOf(input.models).forEach((model, index) => {
    if (isObject(model) && typeof model.upstream === 'string' && !upstreams.has(model.upstream))
      problem(['models', index, 'upstream'], `unknown upstream "${model.upstream}"`);
  });
  const routeIds = new Set<string>();
  listOf(input.routes).forEach((route, index) => {
    if (!isObject(route)) return;
    if (typeof route.id === 'string') {
      if (routeIds.has(route.id)) problem(['routes', index, 'id'], `duplicate route id "${route.id}"`);
      routeIds.add(route.id);
    }
    const routeModels = route.models === undefined ? ['*'] : strings(route.models);
    listOf(route.models).forEach((name, modelIndex) => {
      if (typeof name === 'string' && !modelNames.some(globMatcher([name])))
        problem(['routes', index, 'models', modelIndex], `unknown model "${name}"`);
    });
    if (route.kind === 'predict') {
      if (typeof route.upstream !== 'string' || !upstreams.has(route.upstream))
        problem(['routes', index, 'upstream'], 'predict routes need a known upstream');
      if (routeModels.includes('*'))
        problem(['routes', index, 'models'], 'predict routes name their model(s) explicitly');
    } else {
      if (route.input !== undefined)
        problem(['routes', index, 'input'], 'an input policy applies to predict routes only');
      if (route.images !== undefined)
        problem(['routes', index, 'images'], 'image sanitisers apply to predict routes only');
    }
    if (isObject(route.sign) && route.sign.enabled === true && !isObject(input.signing))
      problem(
        ['routes', index, 'sign'],
        'signed answers need a top-level signing key (signing.privateKeyFile, keyId)',
      );
    if (route.allowExport !== true && typeof route.path === 'string' && looksLikeExportPath(route.path))
      problem(
        ['routes', index, 'path'],
        'this looks like a model-export or file-download path: set allowExport: true to serve it',
      );
  });
  if (isObject(input.roles)) {
    for (const [role, grants] of Object.entries(input.roles)) {
      listOf(grants).forEach((grant, grantIndex) => {
        if (!isObject(grant)) return;
        listOf(grant.routes).forEach((routeId, routeIndex) => {
          if (typeof routeId === 'string' && routeId !== '*' && !routeIds.has(routeId))
            problem(['roles', role, grantIndex, 'routes', routeIndex], `unknown route "${routeId}"`);
        });
      });
    }
  }
  return problems;
}

const gatewayConfigSpec = { schema: gatewayConfigSchema, references: gatewayReferenceProblems };

/** Load, interpolate ${ENV}, validate and deep-freeze a gateway config file. */
export function loadConfig(path: string, options: YamlLoadOptions = {}): Readonly<GatewayConfig> {
  return deepFreeze(loadYamlFile(path, gatewayConfigSpec, options));
}

/** Same as loadConfig, from YAML text. */
export function parseConfig(text: string, options: YamlLoadOptions = {}): Readonly<GatewayConfig> {
  return deepFreeze(parseYamlConfig(text, gatewayConfigSpec, options));
}

/** Validate an already-built object (programmatic use, tests). */
export function validateConfig(input: unknown): Readonly<GatewayConfig> {
  return deepFreeze(validateWithSchema(input, gatewayConfigSpec));
}

const dataDirSchema = z.object({ dataDir: gatewayCoreShape.dataDir });

/** The data directory a gateway config names, reading no other field (its ${SECRETS} need not be set). */
export function loadDataDir(path: string, options: YamlLoadOptions = {}): string {
  return loadYamlFile(path, dataDirSchema, { ...options, only: ['dataDir'] }).dataDir;
}

const storeSettingsSchema = z.object({
  dataDir: gatewayCoreShape.dataDir,
  store: gatewayConfigSchema.shape.store,
  state: stateSchema,
});

/** dataDir, store and state from a gateway config, reading no other field (for `rampart keys`). */
export function loadStoreSettings(
  path: string,
  options: YamlLoadOptions = {},
): Pick<GatewayConfig, 'dataDir' | 'store' | 'state'> {
  return loadYamlFile(path, storeSettingsSchema, { ...options, only: ['dataDir', 'store', 'state'] });
}
