import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The parts of the gateway configuration (rampart.yaml) that core owns: server, admin, upstreams,
 * models, routes (without their guard block), auth, roles, limits, SOC forwarding and logging. The
 * guard owns a route's `guard:` block (guardRouteSchema) and the gateway composes the whole file's
 * schema and its cross-reference checks (src/gateway/config.ts). rampart.example.yaml documents
 * every field.
 */

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'expected an id of letters, digits, ".", "_" or "-"');
const port = z.number().int().min(0).max(65535);
const positiveInt = z.number().int().positive();

/** An IP address or a CIDR range (`10.0.0.0/8`, `fd00::/8`); IPv4-mapped IPv6 is accepted. */
const proxyAddress = z.string().refine(
  (entry) => {
    const [address = '', bits, extra] = entry.split('/');
    const bare = address.replace(/^::ffff:(?=\d+\.)/i, '');
    const family = isIP(bare);
    if (family === 0 || extra !== undefined) return false;
    if (bits === undefined) return true;
    const size = Number(bits);
    return /^\d{1,3}$/.test(bits) && size <= (family === 4 ? 32 : 128);
  },
  { message: 'expected an IP address or a CIDR range such as 10.0.0.0/8' },
);

/**
 * TLS for a listener: PEM files, read at start and re-read on SIGHUP (the listener stays up; new
 * connections get the new certificate). `ca`: the CA bundle client certificates must chain to; set,
 * the listener asks clients for a certificate (mTLS).
 */
export const listenerTlsSchema = z
  .object({
    /** Certificate chain (PEM file), leaf first. */
    cert: z.string().min(1),
    /** Private key (PEM file) of the certificate. */
    key: z.string().min(1),
    /** CA bundle (PEM file) that client certificates must chain to. */
    ca: z.string().min(1).optional(),
  })
  .strict();

export type ListenerTlsConfig = z.output<typeof listenerTlsSchema>;

/** Certificate → principal: the first entry whose every given field matches the verified client certificate. */
export const mtlsPrincipalSchema = z
  .object({
    /** The subject's common name (CN), exactly. */
    subjectCn: z.string().min(1).optional(),
    /** One subject alternative name, as `DNS:name`, `URI:spiffe://...`, `email:...` or `IP Address:...`. */
    san: z
      .string()
      .regex(/^[A-Za-z ]+:.+$/, 'expected a SAN such as DNS:client.example or URI:spiffe://x/y')
      .optional(),
    /** SHA-256 fingerprint of the certificate (hex, colons optional). */
    fingerprint256: z
      .string()
      .regex(/^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$/, 'expected a SHA-256 fingerprint (64 hex digits)')
      .optional(),
    principal: z.string().min(1),
    roles: z.array(z.string().min(1)).default([]),
  })
  .strict()
  .refine((entry) => entry.subjectCn ?? entry.san ?? entry.fingerprint256, {
    message: 'match on at least one of subjectCn, san, fingerprint256',
  });

export const limitsSchema = z
  .object({
    /** Largest request body accepted, in bytes (413 beyond). */
    maxBodyBytes: positiveInt.default(1_048_576),
    /** Largest prompt (sum of message/prompt characters) accepted (413 beyond). */
    maxPromptChars: positiveInt.default(200_000),
    rate: z
      .object({
        /** Sustained requests per minute per principal. */
        requestsPerMinute: positiveInt.default(600),
        /** Requests allowed within any one second per principal. */
        burst: positiveInt.default(20),
      })
      .prefault({}),
    unauthenticated: z
      .object({
        /**
         * Failed authentications allowed per client address in any one minute. Past this, the
         * address's requests are refused with 429 before authentication until the minute has passed.
         */
        failuresPerMinute: positiveInt.default(30),
      })
      .strict()
      .prefault({}),
    tokens: z
      .object({
        perMinute: positiveInt.default(200_000),
        perDay: positiveInt.default(5_000_000),
        /** Completion tokens assumed when a request sets no max_tokens (reserved up front, settled after). */
        defaultCompletionTokens: positiveInt.default(256),
      })
      .prefault({}),
    concurrency: z
      .object({
        /** Requests in flight at once per principal (429 beyond). */
        perPrincipal: positiveInt.default(16),
        /** Requests being proxied at once across all principals; more wait in the queue. */
        global: positiveInt.default(512),
        /** Requests allowed to wait for a global slot; past this the gateway sheds load (503). */
        maxQueue: z.number().int().min(0).default(1024),
        /** Longest wait in the queue before shedding (ms). */
        queueTimeoutMs: positiveInt.default(2_000),
      })
      .prefault({}),
  })
  .strict();

const routeLimitsSchema = z
  .object({ maxBodyBytes: positiveInt.optional(), maxPromptChars: positiveInt.optional() })
  .strict();

export const routeKinds = ['chat', 'completions', 'embeddings', 'models', 'predict'] as const;
export type RouteKind = (typeof routeKinds)[number];

/** A route without its `guard:` block (the gateway adds the guard's schema for it). */
export const routeBaseSchema = z
  .object({
    id,
    /** Path on the gateway. For predict routes a trailing `/*` forwards any sub-path. */
    path: z.string().startsWith('/', 'expected a path starting with "/"'),
    kind: z.enum(routeKinds),
    /** Models this route serves (names from `models`); ["*"] for all. */
    models: z.array(z.string().min(1)).min(1).default(['*']),
    /** predict routes: the upstream and path to forward to (the model is the route's first model). */
    upstream: id.optional(),
    upstreamPath: z.string().startsWith('/').optional(),
    /**
     * predict routes whose path ends in `/*`: the sub-paths forwarded (appended to upstreamPath),
     * `*` standing for one segment, e.g. ["/models/*\/infer"]. Empty (the default): only the
     * route's own path is forwarded; every other sub-path gets 403.
     */
    subPaths: z
      .array(z.string().regex(/^(\/[A-Za-z0-9._~:@,;=+*-]+)+$/, 'expected a path such as /models/*/infer'))
      .default([]),
    /** Model-export and file-download style paths are refused unless this is true. */
    allowExport: z.boolean().default(false),
    /** Store prompt and response text in audit events (off: only sizes and SHA-256 digests). */
    captureText: z.boolean().default(false),
    limits: routeLimitsSchema.optional(),
    /** What to do when a check cannot run (scanner error, store down): refuse (default) or let through. */
    onError: z.enum(['block', 'allow']).default('block'),
    /**
     * Requests and answers the guard cannot read as text (token-id prompts, answers too large to
     * scan, SSE data that is not JSON): refused (default), or passed through unscanned with the
     * audit event's `guard.unscanned` attribute saying what was not scanned.
     */
    unscannedShapes: z.enum(['refuse', 'pass']).default('refuse'),
  })
  .strict();

export const upstreamSchema = z
  .object({
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
    /** Sent upstream as `Authorization: Bearer <apiKey>`; clients never see it. Use ${ENV_VAR}. */
    apiKey: z.string().optional(),
    /** Extra headers sent upstream (e.g. api-version). */
    headers: z.record(z.string(), z.string()).default({}),
    /** Pooled connections to this upstream. */
    connections: positiveInt.default(128),
    connectTimeoutMs: positiveInt.default(5_000),
    /** Time to the first response byte (504 beyond). */
    headersTimeoutMs: positiveInt.default(60_000),
    /** Longest silence between response bytes (504, or a stream error event, beyond). */
    bodyTimeoutMs: positiveInt.default(120_000),
    /** CA bundle (PEM file) that an https upstream's certificate must chain to (a private CA); default: the system's. */
    ca: z.string().min(1).optional(),
  })
  .strict();

export const modelSchema = z
  .object({
    name: z.string().min(1).max(200),
    upstream: id,
    /** Name sent upstream when it differs from the public name. */
    upstreamModel: z.string().min(1).optional(),
  })
  .strict();

export const grantSchema = z
  .object({
    /** Route ids, or ["*"]. */
    routes: z.array(z.string().min(1)).min(1),
    /** Model names or globs ("gpt-*"), or ["*"]. */
    models: z.array(z.string().min(1)).min(1).default(['*']),
    /** invoke: non-streaming calls; stream: streaming calls; export: export/download paths. */
    actions: z
      .array(z.enum(['invoke', 'stream', 'export']))
      .min(1)
      .default(['invoke', 'stream']),
  })
  .strict();

export const jwtSchema = z
  .object({
    issuer: z.string().min(1),
    audience: z.string().min(1),
    /** JWKS URL, or... */
    jwksUrl: z.url().optional(),
    /** ...PEM public keys (SPKI) with their algorithm. */
    publicKeys: z
      .array(
        z.object({ pem: z.string().min(1), alg: z.string().default('RS256'), kid: z.string().optional() }),
      )
      .optional(),
    /** Claim holding the principal name. */
    principalClaim: z.string().default('sub'),
    /** Claim holding the roles (array of strings or space-separated string). */
    rolesClaim: z.string().default('roles'),
    clockToleranceSeconds: z.number().int().min(0).max(300).default(30),
  })
  .strict()
  .refine((jwt) => jwt.jwksUrl !== undefined || (jwt.publicKeys?.length ?? 0) > 0, {
    message: 'set jwksUrl or at least one entry in publicKeys',
  });

/** Every top-level field of a gateway config except `routes` (whose guard block is the guard's). */
export const gatewayCoreShape = {
  server: z
    .object({
      host: z.string().default('127.0.0.1'),
      port: port.default(8080),
      /** Slowloris guard: all request headers must arrive within this time. */
      headersTimeoutMs: positiveInt.default(10_000),
      /** The whole request (headers and body) must arrive within this time. */
      requestTimeoutMs: positiveInt.default(30_000),
      keepAliveTimeoutMs: positiveInt.default(5_000),
      /**
       * Proxies (addresses or CIDR ranges) whose X-Forwarded-For is believed. The client is the
       * rightmost X-Forwarded-For address that is not one of these.
       */
      trustedProxies: z.array(proxyAddress).default([]),
      /** Serve HTTPS with these files (reloaded on SIGHUP); `ca` turns on client certificates (auth.mtls). */
      tls: listenerTlsSchema.optional(),
    })
    .strict()
    .prefault({}),
  admin: z
    .object({
      host: z.string().default('127.0.0.1'),
      port: port.default(8081),
      /** Bearer token for the admin API (use ${RAMPART_ADMIN_TOKEN}); at least 24 characters. */
      token: z.string().min(24, 'expected an admin token of at least 24 characters'),
      /** Serve the admin API over HTTPS (reloaded on SIGHUP); `ca` set: a client certificate is required too. */
      tls: listenerTlsSchema.optional(),
    })
    .strict(),
  /** Where SQLite files (events, keys) live. */
  dataDir: z.string().default('.rampart'),
  upstreams: z.record(id, upstreamSchema).refine((upstreams) => Object.keys(upstreams).length > 0, {
    message: 'define at least one upstream',
  }),
  models: z.array(modelSchema).min(1),
  auth: z
    .object({
      apiKeys: z
        .object({ enabled: z.boolean().default(true) })
        .strict()
        .prefault({}),
      jwt: jwtSchema.optional(),
      /**
       * Client certificates as a third way to authenticate (needs server.tls.ca). A request that
       * presents a certificate is judged by it: verified against server.tls.ca and mapped to a
       * principal here, else 401. Without one, API keys and JWTs work as usual, unless `required`.
       */
      mtls: z
        .object({
          /** Refuse requests without a valid, mapped client certificate even when they carry a bearer. */
          required: z.boolean().default(false),
          principals: z.array(mtlsPrincipalSchema).min(1),
        })
        .strict()
        .optional(),
    })
    .strict()
    .prefault({}),
  /** Role name → grants. Principals get roles from their API key or JWT claim. Anything not granted is denied. */
  roles: z.record(id, z.array(grantSchema)).default({}),
  limits: limitsSchema.prefault({}),
  /**
   * Forward every event to a central SOC (several gateways, one SOC). Events are committed to the
   * local store first; a forwarder sends them on in order from a cursor kept in DATA_DIR, so a SOC
   * outage delays them but loses none, and a restart resumes without gaps (the SOC drops repeats).
   */
  soc: z
    .object({
      /** The SOC's base URL (its POST /events ingest endpoint is used). */
      url: z.url(),
      /** An ingest token of that SOC (use ${RAMPART_SOC_TOKEN}). */
      token: z.string().min(16, 'expected an ingest token of at least 16 characters'),
      /** How often to send what arrived since the last batch. */
      intervalMs: positiveInt.default(1000),
      batchSize: positiveInt.max(1000).default(500),
    })
    .strict()
    .optional(),
  logging: z
    .object({
      level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    })
    .strict()
    .prefault({}),
};

const gatewayCoreSchema = z.object(gatewayCoreShape);

/** What every reader may know of a route's guard block; the guard's schema validates the rest. */
export interface RouteGuardView {
  readonly scanOutput?: boolean;
  readonly canary?: boolean;
  readonly systemPrompt?: string;
}

/** A route as other domains read it (the SOC's compliance report); its guard block is `RouteGuard`. */
export type RouteConfigView<RouteGuard = RouteGuardView> = z.output<typeof routeBaseSchema> & {
  guard?: false | RouteGuard;
};

/**
 * A gateway config as other domains read it (the SOC's compliance report). The gateway's own
 * `GatewayConfig` (src/gateway/config.ts) has the guard's full settings in each route and is
 * assignable to this.
 */
export type GatewayConfigView<RouteGuard = RouteGuardView> = z.output<typeof gatewayCoreSchema> & {
  routes: Array<RouteConfigView<RouteGuard>>;
};

/**
 * @deprecated Use GatewayConfigView (readers such as the SOC) or the gateway's GatewayConfig.
 * Kept until src/soc/http/api.ts moves to the shared HTTP layer; remove in 0.3.
 */
export type GatewayConfig = GatewayConfigView;
export type UpstreamConfig = z.output<typeof upstreamSchema>;
export type LimitsConfig = z.output<typeof limitsSchema>;
export type GrantConfig = z.output<typeof grantSchema>;

const exportPathPattern =
  /(?:^|\/)(?:export|download|files\/[^/]+\/content|weights|checkpoints?|snapshot|artifacts?)(?:\/|$|\?)|\.(?:safetensors|bin|pt|pth|ckpt|gguf|onnx|h5|pkl|joblib)(?:$|\?)/i;

/** Paths that fetch model weights or files rather than run inference. */
export function looksLikeExportPath(path: string): boolean {
  return exportPathPattern.test(path);
}
