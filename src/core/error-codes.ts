/**
 * Every error code Rampart can raise, with its area, HTTP status (where one applies), the CLI exit
 * code of a command that ends with it, and a hint that tells the user how to fix it.
 * `docs/errors.md` is generated from this table (`npm run docs:errors`), one section per area.
 * Codes are named RAMPART_<AREA>_<WHAT>; a few older names (RAMPART_BLOCKED, RAMPART_OVERLOADED,
 * RAMPART_NOT_FOUND, ...) predate that rule and keep their names because clients match on them: their
 * `area` says where they belong (docs/decisions/0004-config-ownership.md).
 *
 * Each area keeps its codes in its own section below; add new codes to your section.
 */

/** Where a code comes from; docs/errors.md has one section per area, in this order. */
export const errorAreas = {
  core: 'Shared by every command and server',
  config: 'Loading and validating config files',
  gateway: 'The inference gateway answering API clients',
  admin: "The gateway's admin API",
  guard: 'The guard (library, gateway scanning, `rampart guard`)',
  soc: 'The SOC server, rules, alerts and responses',
  store: 'The event store',
  model: 'Model scanning, signing and verification',
  data: 'Dataset manifests, checks and the data gate',
  redteam: 'Red-team runs (`rampart redteam`): targets, probe packs, attacks and the gate',
  monitor: 'Fairness and explanations over predictions (`rampart monitor`)',
  audit: 'Deployment audit (`rampart audit`)',
  console: 'Raised in the web console itself (never by the server or the CLI)',
} as const;
export type ErrorArea = keyof typeof errorAreas;

/** What the CLI exits with when a command ends with a code: 1 a check or gate failed, 2 usage or I/O error. */
export type CliExitCode = 1 | 2;

export interface ErrorCodeInfo {
  readonly area: ErrorArea;
  /** HTTP status an API answers with; 0 where no HTTP answer exists (console codes). */
  readonly status: number;
  /** null for codes the CLI never ends with (console codes). */
  readonly exitCode: CliExitCode | null;
  readonly hint: string;
}

interface AreaEntry {
  readonly status: number;
  readonly hint: string;
  /** Default 2 (usage or I/O error); 1 for codes that mean "the thing checked failed". */
  readonly exitCode?: CliExitCode;
}

/** Tag a section's codes with its area (and the default exit code), so no code is without one. */
function inArea<const Codes extends Record<`RAMPART_${string}`, AreaEntry>>(
  area: ErrorArea,
  codes: Codes,
): { readonly [Code in keyof Codes]: ErrorCodeInfo } {
  const exitCode = area === 'console' ? null : 2;
  return Object.fromEntries(
    Object.entries(codes).map(([code, entry]) => [
      code,
      { area, status: entry.status, exitCode: entry.exitCode ?? exitCode, hint: entry.hint },
    ]),
  ) as { readonly [Code in keyof Codes]: ErrorCodeInfo };
}

export const errorCodes = {
  ...inArea('core', {
    RAMPART_INTERNAL: {
      status: 500,
      hint: 'This is a bug in Rampart. Report it with the request id from the logs.',
    },
    RAMPART_JSON_INVALID: { status: 400, hint: 'Send a well-formed JSON document (UTF-8, RFC 8259).' },
    RAMPART_JSON_TOO_DEEP: {
      status: 400,
      hint: 'Flatten the JSON document: nesting is limited to keep parsing bounded.',
    },
    RAMPART_USAGE: { status: 400, hint: 'Run the command with --help to see its arguments.' },
    RAMPART_IO: { status: 500, hint: 'Check that the path exists and is readable by this user.' },
    RAMPART_LISTEN_FAILED: {
      status: 500,
      hint: 'Another program (perhaps another `rampart up`) holds that address: stop it, or choose another port.',
    },
    RAMPART_SIGNATURE_INVALID: {
      status: 400,
      hint: 'The signature does not match the payload or key: re-sign, or check you passed the right public key.',
    },
    RAMPART_KEY_INVALID: {
      status: 400,
      hint: 'Pass a PEM-encoded key of a supported type (ECDSA P-256/P-384/P-521).',
    },
    RAMPART_NOT_FOUND: { status: 404, hint: 'Check the id or path.' },
    RAMPART_TLS_FILES_INVALID: {
      status: 500,
      hint: 'Check the tls.cert, tls.key and tls.ca paths: each must be a readable PEM file, and the key must match the certificate. A failed SIGHUP reload keeps the previous certificate.',
    },
    RAMPART_DEPENDENCY_MISSING: {
      status: 500,
      hint: 'Install the optional package named in the message (`npm install <package>`), then run the command again.',
    },
  }),
  ...inArea('config', {
    RAMPART_CONFIG_INVALID: {
      status: 500,
      hint: 'Fix each listed field (dotted path) in the config file; `rampart config check FILE` re-checks it.',
    },
    RAMPART_CONFIG_NOT_FOUND: {
      status: 500,
      hint: 'Pass an existing file with --config, or copy rampart.example.yaml.',
    },
    RAMPART_CONFIG_PARSE: {
      status: 500,
      hint: 'The file is not valid YAML: fix the syntax at the reported line.',
    },
    RAMPART_CONFIG_ENV_MISSING: {
      status: 500,
      hint: 'Export the environment variable named in the message, or remove the ${VAR} reference.',
    },
  }),
  ...inArea('gateway', {
    RAMPART_REQUEST_MALFORMED: {
      status: 400,
      hint: 'Send a JSON body that matches the OpenAI API for this route.',
    },
    RAMPART_REQUEST_TOO_LARGE: {
      status: 413,
      hint: 'Send a smaller body, or raise limits.maxBodyBytes for this route.',
    },
    RAMPART_REQUEST_UNSCANNABLE: {
      status: 400,
      hint: 'Send prompts as text: token-id prompts cannot be scanned. An operator may set unscannedShapes: pass on the route (audited).',
    },
    RAMPART_PROMPT_TOO_LARGE: {
      status: 413,
      hint: 'Shorten the prompt, or raise limits.maxPromptChars for this route.',
    },
    RAMPART_REQUEST_TIMEOUT: {
      status: 408,
      hint: 'Send the full request promptly; slow senders are cut off.',
    },
    RAMPART_AUTH_MISSING: {
      status: 401,
      hint: 'Send `Authorization: Bearer <api key or JWT>`; create a key with `rampart keys create`.',
    },
    RAMPART_AUTH_INVALID_KEY: {
      status: 401,
      hint: 'The API key is unknown, revoked or expired: create a new one with `rampart keys create`.',
    },
    RAMPART_AUTH_INVALID_TOKEN: {
      status: 401,
      hint: 'The JWT failed verification (signature, issuer, audience or expiry): obtain a fresh token.',
    },
    RAMPART_AUTH_INVALID_CERT: {
      status: 401,
      hint: 'The client certificate is not signed by the CA in server.tls.ca, or no auth.mtls.principals entry maps it: present a certificate the gateway trusts and maps.',
    },
    RAMPART_AUTHZ_DENIED: {
      status: 403,
      hint: 'Your principal has no role that grants this route and model: ask an admin to grant it.',
    },
    RAMPART_BLOCKED: {
      status: 403,
      hint: 'An operator or an automated response blocked this principal or address for a period. It lifts by itself when the period ends; an operator can lift it now with `rampart blocks remove ID` or Revert in the console.',
    },
    RAMPART_CONTROLS_STATE_FAILED: {
      status: 500,
      hint: 'The gateway cannot read or write DATA_DIR/controls.json (blocks and limit overrides): fix its permissions, or restore or delete a damaged file. It refuses to start without it rather than forget blocks.',
    },
    RAMPART_STATE_UNAVAILABLE: {
      status: 503,
      hint: 'The shared state store (state.redis) is unreachable and this route refuses rather than count limits locally (state.redis.limitsWhenUnavailable: refuse). Retry after Retry-After seconds; the operator should check Redis (GET /readyz shows it).',
    },
    RAMPART_WORKERS_NEED_SHARED_STATE: {
      status: 400,
      hint: 'More than one worker needs state.redis in the config, so every worker counts the same limits and sees the same blocks. Configure state.redis.url, or run with --workers 1.',
    },
    RAMPART_ROUTE_NOT_FOUND: { status: 404, hint: 'Use one of the routes listed in the gateway config.' },
    RAMPART_MODEL_NOT_FOUND: { status: 404, hint: 'Use a model listed by GET /v1/models.' },
    RAMPART_PATH_FORBIDDEN: {
      status: 403,
      hint: 'Model export and file download paths are refused unless a route sets allowExport: true.',
    },
    RAMPART_METHOD_NOT_ALLOWED: {
      status: 405,
      hint: 'Use the HTTP method the route expects (usually POST).',
    },
    RAMPART_LIMIT_RATE: {
      status: 429,
      hint: 'Wait for Retry-After seconds, or ask for a higher rate limit.',
    },
    RAMPART_LIMIT_UNAUTHENTICATED: {
      status: 429,
      hint: 'Too many failed authentications from this address: fix the credentials, then retry after Retry-After seconds.',
    },
    RAMPART_LIMIT_TOKENS: {
      status: 429,
      hint: 'Token quota spent: wait for Retry-After seconds or ask for a larger quota.',
    },
    RAMPART_LIMIT_TOKENS_OVER_QUOTA: {
      status: 413,
      hint: 'Lower max_tokens (or shorten the prompt) below the token quota, or ask for a larger quota: no retry can make it fit.',
    },
    RAMPART_LIMIT_CONCURRENCY: {
      status: 429,
      hint: 'Too many requests in flight for this principal: wait for one to finish before sending another.',
    },
    RAMPART_OVERLOADED: {
      status: 503,
      hint: 'The gateway is shedding load: retry after Retry-After seconds.',
    },
    RAMPART_RESPONSE_SIGNATURE_INVALID: {
      status: 502,
      exitCode: 1,
      hint: 'The answer or its signature was altered, cut short, or signed by a key not in the JWKS: fetch the JWKS from the gateway (/.well-known/jwks.json) and check the path between you and it.',
    },
    RAMPART_MODEL_NOT_ATTESTED: {
      status: 503,
      hint: "The route requires its model to pass its attest: checks (signature, clean scan, training data that passed the dataset gate), and it does not: see the gateway's model.attestation.result event, fix the model (rampart model sign / scan, rampart data gate --attest), then reload or restart the gateway. Right after its files changed the route is refused until the checks have run again.",
    },
    RAMPART_REQUEST_SIGNATURE_INVALID: {
      status: 401,
      hint: "This route requires signed requests: sign @method, @path and Content-Digest with a key in the route's client JWKS (signRequest in rampart/core), freshly for each request.",
    },
    RAMPART_RESPONSE_SIGNING_FAILED: {
      status: 502,
      hint: 'The route signs its answers and this one could not be signed (too large to hold, or no key loaded): raise the size limit, stream it, or check the signing key.',
    },
    RAMPART_OUTPUT_HARDENING_FAILED: {
      status: 502,
      hint: 'The route hardens its answers (output: ...) and this answer has no scores where the route expects them: set output.scoresPath to the scores of a custom JSON answer, or check the model server.',
    },
    RAMPART_UPSTREAM_FAILED: {
      status: 502,
      hint: 'The model server failed or is unreachable; retry later or tell the operator.',
    },
    RAMPART_UPSTREAM_REJECTED: {
      status: 400,
      hint: 'The model server refused the request; its message (credentials removed, scanned) says why. Fix the request.',
    },
    RAMPART_UPSTREAM_TIMEOUT: {
      status: 504,
      hint: 'The model server did not answer in time; retry later or use a smaller request.',
    },
    RAMPART_PREDICT_INPUT_INVALID: {
      status: 400,
      hint: "Send values the model was trained on: the right type per feature, numbers inside the training range, known categories, no missing values where training had none. The error's details list the values refused.",
    },
    RAMPART_PREDICT_INPUT_ANOMALOUS: {
      status: 400,
      hint: 'The input looks adversarial or out of distribution for this model (far from the training data, or its answer flips when rounded). Send an ordinary input, or ask the operator to review the route policy.',
    },
    RAMPART_PREDICT_INPUT_UNREADABLE: {
      status: 400,
      hint: 'Send KServe v2 `inputs` (one tensor of rows, or one tensor per feature) or KServe v1 `instances`, with one value per feature the route expects.',
    },
    RAMPART_PREDICT_IMAGE_UNREADABLE: {
      status: 400,
      hint: 'Send each image as base64 (JPEG, PNG, GIF or WebP) in a KServe v2 BYTES tensor or as {"b64": ...} in instances, within the size limit.',
    },
    RAMPART_PREDICT_BASELINE_INVALID: {
      status: 500,
      hint: "Point `input.baseline` at a file written by `rampart data profile --out baseline.json` (add `--sample-rows N` for distance checks) whose columns include the route's features.",
    },
    RAMPART_AUDIT_FAILED: {
      status: 503,
      hint: 'The audit store could not record the request, so it was refused (fail closed). Check that DATA_DIR/events.db is writable, or that the store.postgres database answers (GET /readyz shows its health).',
    },
  }),
  ...inArea('admin', {
    RAMPART_ADMIN_REFUSED: {
      status: 502,
      hint: 'The gateway admin API refused the call: check --admin-url and the admin token.',
    },
    RAMPART_ADMIN_UNAUTHORIZED: {
      status: 401,
      hint: 'Send `Authorization: Bearer <admin token>` to the admin API.',
    },
    RAMPART_ADMIN_REQUEST_INVALID: {
      status: 400,
      hint: 'Fix the fields listed in details; docs/gateway.md lists every admin API body and query parameter.',
    },
    RAMPART_ADMIN_RELOAD_UNAVAILABLE: {
      status: 409,
      hint: 'Only a gateway started with --config can reload; restart `rampart up` or `rampart gateway --config FILE` instead.',
    },
  }),
  ...inArea('guard', {
    RAMPART_GUARD_MODEL_RUNTIME_MISSING: {
      status: 500,
      hint: 'The guard model stage (kind: onnx) needs two optional packages: run `npm install onnxruntime-node @huggingface/tokenizers`, or remove guard.modelStage from the route.',
    },
    RAMPART_GUARD_MODEL_STAGE_INVALID: {
      status: 500,
      hint: 'guard.modelStage.path must be a directory holding tokenizer.json and model.onnx (plus config.json with id2label) exported for text classification; see "Bring your own model" in docs/guard.md.',
    },
    RAMPART_GUARD_MODEL_STAGE_FAILED: {
      status: 503,
      hint: 'The guard model stage failed or did not answer within budgetMs, and its onError policy refused the request: raise budgetMs or workers, or check the judge upstream.',
    },
    RAMPART_GUARD_SCANNER_FAILED: {
      status: 503,
      hint: 'A scanner could not run; the route refused the request (fail closed). See the gateway logs.',
    },
    RAMPART_GUARD_OUTPUT_BLOCKED: {
      status: 502,
      hint: 'The model produced a response that a security policy withheld (leak, secret, canary or exfiltration link).',
    },
    RAMPART_GUARD_OUTPUT_UNSCANNABLE: {
      status: 502,
      hint: 'The answer could not be scanned (too large or an unreadable shape), so it was withheld. An operator may set unscannedShapes: pass on the route (audited).',
    },
    RAMPART_GUARD_TOO_MANY_MESSAGES: {
      status: 413,
      hint: 'Send fewer messages (trim old turns), or raise the route guard maxMessages.',
    },
    RAMPART_GUARD_BLOCKED: {
      status: 400,
      hint: 'The request was blocked by a security policy; remove the flagged content.',
    },
    RAMPART_GUARD_CONFIG_INVALID: {
      status: 500,
      hint: 'Fix each listed guard setting (dotted path); see docs/guard.md for the options and defaults.',
    },
    RAMPART_GUARD_INPUT_TOO_LARGE: {
      status: 413,
      hint: 'Send a shorter text or fewer messages, or raise guard maxChars / maxMessages.',
    },
    RAMPART_GUARD_INPUT_INVALID: {
      status: 400,
      hint: 'Pass messages as an array of { role, content: string }, and texts as strings.',
    },
    RAMPART_GUARD_PATTERN_INVALID: {
      status: 500,
      hint: 'Custom patterns use RE2 syntax (linear time): remove backreferences and lookaround, fix the syntax.',
    },
    RAMPART_GUARD_MODEL_INVALID: {
      status: 500,
      hint: 'The classifier weights file is missing or damaged: reinstall, or retrain with `npm run train:guard`.',
    },
    RAMPART_GUARD_DATASET_INVALID: {
      status: 400,
      hint: 'Each dataset line must be a JSON object with a string `text` and a `label` (benign | injection | jailbreak).',
    },
  }),
  ...inArea('soc', {
    RAMPART_SOC_INGEST_INVALID: {
      status: 400,
      hint: 'Pass the log in the format --format names: S3 server access log lines, CloudTrail JSON ({"Records": [...]}, an array or JSON lines), or GCS Cloud Audit Log JSON entries (docs/soc.md, Data-access events).',
    },
    RAMPART_SOC_RULE_INVALID: {
      status: 400,
      hint: 'Fix the rule at the reported path (docs/soc.md lists the rule format); `rampart soc rules test` re-checks it.',
    },
    RAMPART_SOC_ALERT_TRANSITION: {
      status: 409,
      hint: 'Alerts move new -> acknowledged -> resolved; reload the alert to see its current status.',
    },
    RAMPART_SOC_ALERT_INVALID: { status: 400, hint: 'Fix the request body as docs/soc-api.md describes.' },
    RAMPART_SOC_RESPONSE_FAILED: {
      status: 502,
      hint: 'Check soc.gateway.adminUrl / adminToken and that the gateway admin API is reachable; the failure is recorded on the alert.',
    },
    RAMPART_SOC_RESPONSE_NOT_REVERSIBLE: {
      status: 409,
      hint: 'Only blocks and limit overrides can be reverted; a revoked key stays revoked (create a new key).',
    },
    RAMPART_SOC_UNAUTHORIZED: {
      status: 401,
      hint: 'Sign in with the admin token (POST /api/login) or send `Authorization: Bearer <token>`.',
    },
    RAMPART_SOC_CSRF: {
      status: 403,
      hint: 'Send the csrfToken from POST /api/login (also in the rampart_csrf cookie) as the X-CSRF-Token header.',
    },
    RAMPART_SOC_REQUEST_INVALID: { status: 400, hint: 'Fix the listed fields as docs/soc-api.md describes.' },
    RAMPART_SOC_BODY_TOO_LARGE: {
      status: 413,
      hint: 'Send fewer events per batch (soc.maxBatchEvents) or a smaller body (soc.maxBodyBytes).',
    },
    RAMPART_SOC_UNAVAILABLE: {
      status: 503,
      hint: 'The feature is not enabled on this SOC, or is at capacity; retry later.',
    },
    RAMPART_SOC_FORWARD_FAILED: {
      status: 502,
      hint: 'Check the --report-to URL and ingest token, and that the SOC is running (GET /api/health).',
    },
    RAMPART_SOC_EXPORT_FAILED: {
      status: 502,
      hint: 'Check the SIEM address, port and protocol (and its TLS certificate); the export resumes from its saved cursor.',
    },
    RAMPART_SOC_LOGIN_THROTTLED: {
      status: 429,
      hint: 'Too many failed console logins from your address: wait a minute and use the admin token.',
    },
  }),
  ...inArea('store', {
    RAMPART_STORE_FAILED: {
      status: 503,
      hint: 'The event store is unavailable; check the database path or connection.',
    },
    RAMPART_STORE_CURSOR_INVALID: {
      status: 400,
      hint: 'Pass the nextCursor value from a previous page unchanged, or omit the cursor to start over.',
    },
    RAMPART_STORE_EVENT_INVALID: {
      status: 400,
      hint: 'Send events in the SecurityEvent shape (docs/soc-api.md): time as ISO 8601, a known source and severity.',
    },
    RAMPART_STORE_QUERY_INVALID: {
      status: 400,
      hint: 'Fix the named filter: times are ISO 8601, severities info|low|medium|high|critical, limit 1-1000.',
    },
  }),
  ...inArea('model', {
    RAMPART_MODEL_FINGERPRINT_FAILED: {
      status: 502,
      exitCode: 2,
      hint: 'Check the endpoint URL, its headers (--header "Authorization: Bearer ..."), and that it is a KServe v2 predict or OpenAI-compatible chat endpoint; build fingerprints with --reference endpoints of independently trained models.',
    },
    RAMPART_MODEL_SCAN_PATH_NOT_FOUND: {
      status: 400,
      hint: 'Pass existing files or directories to `rampart model scan`; check the path and its permissions.',
    },
    RAMPART_MODEL_SCAN_TOO_MANY_FILES: {
      status: 400,
      hint: 'Scan a narrower directory, or split the scan into several runs.',
    },
    RAMPART_MODEL_SCAN_OUTPUT: {
      status: 500,
      hint: 'Check that the --output directory exists and is writable.',
    },
    RAMPART_MODEL_SIGN_PATH_INVALID: {
      status: 400,
      hint: 'Sign a directory or file of regular files: symbolic links need --allow-symlinks and must stay inside the model.',
    },
    RAMPART_MODEL_SIGN_KEY_INVALID: {
      status: 400,
      hint: 'Pass a PEM private key for ECDSA P-256, P-384 or P-521 (Ed25519 works as a Rampart-only extension).',
    },
    RAMPART_MODEL_SIGN_OPTIONS_INVALID: {
      status: 400,
      hint: 'Check the signing options: the shard size must be a positive whole number of bytes.',
    },
    RAMPART_MODEL_VERIFY_SIGNATURE_MISSING: {
      status: 400,
      hint: 'Pass the signature with --signature (default DIR/model.sig); sign the model first with `rampart model sign`.',
    },
    RAMPART_MODEL_VERIFY_BUNDLE_INVALID: {
      exitCode: 1,
      status: 400,
      hint: 'The signature file is not an OpenSSF model-signing Sigstore bundle; re-sign the model.',
    },
    RAMPART_MODEL_VERIFY_KEY_INVALID: {
      status: 400,
      hint: 'Pass the PEM public key (ECDSA P-256, P-384 or P-521) that matches the signing key.',
    },
    RAMPART_MODEL_VERIFY_KEY_MISMATCH: {
      exitCode: 1,
      status: 400,
      hint: 'The signature names another key (its hint is the SHA-256 of the public key PEM): use the public key of the signer.',
    },
    RAMPART_MODEL_VERIFY_SIGNATURE_INVALID: {
      exitCode: 1,
      status: 400,
      hint: 'The signature does not verify: the signature file was altered or the key is wrong. Do not deploy this model.',
    },
    RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID: {
      exitCode: 1,
      status: 400,
      hint: 'The signing certificate must chain to the CA given with --certificate-chain (or a CA of --trusted-root) within its path-length limits, be valid at the signing time, allow signing, not be a CA, and carry no unknown critical extension; `details.reason` says which check failed.',
    },
    RAMPART_MODEL_VERIFY_TRUST_ROOT_INVALID: {
      status: 400,
      hint: 'Pass a Sigstore trusted_root.json (mediaType application/vnd.dev.sigstore.trustedroot+json) that lists at least one certificate authority.',
    },
    RAMPART_MODEL_VERIFY_TRANSPARENCY_INVALID: {
      exitCode: 1,
      status: 400,
      hint: "The bundle's transparency-log entry, signed timestamp or certificate timestamp does not verify against the trusted root: use the trusted root of the Sigstore instance that signed it, or do not deploy this model.",
    },
    RAMPART_MODEL_VERIFY_MISMATCH: {
      exitCode: 1,
      status: 400,
      hint: 'The model changed after it was signed: restore the listed files from a trusted source, or re-sign if the change is intended.',
    },
    RAMPART_MODEL_VERIFY_PATH_INVALID: {
      exitCode: 1,
      status: 400,
      hint: 'The model holds a symbolic link or special file its signature does not allow; remove it.',
    },
    RAMPART_MODEL_VERIFY_DATA_GATE: {
      exitCode: 1,
      status: 400,
      hint: 'The model must be signed with `rampart model sign --dataset-attestation FILE` for every training dataset, each from a gate that PASSED on the same data; re-run the gate on the approved data and re-sign.',
    },
    RAMPART_MODEL_SCAN_ATTESTATION_INVALID: {
      exitCode: 1,
      status: 400,
      hint: 'A scan attestation must be the DSSE envelope `rampart model scan --attest OUT --key KEY` wrote, signed by the key whose public half you trust; re-run the scan rather than edit it.',
    },
    RAMPART_MODEL_SCAN_ATTESTATION_STALE: {
      exitCode: 1,
      status: 400,
      hint: 'The model files are not the ones the attestation names (changed, added or removed since the scan, or another model): scan the files you serve again with --attest, after signing them.',
    },
    RAMPART_MODEL_VERIFY_UNSUPPORTED: {
      exitCode: 1,
      status: 400,
      hint: "Verify a keyless Sigstore signature with --trusted-root FILE (a Sigstore trusted_root.json) and the signer's --identity and --identity-provider; non-SHA-256 signatures need the reference model_signing tool.",
    },
    RAMPART_MODEL_BOM_PATH_INVALID: {
      status: 400,
      hint: 'Pass an existing model directory or file to `rampart model bom`.',
    },
  }),
  ...inArea('data', {
    RAMPART_DATA_READ: {
      status: 400,
      hint: 'The dataset file could not be read: fix the file at the reported line and column, or re-export it as UTF-8 CSV, Parquet or JSON Lines.',
    },
    RAMPART_DATA_EMPTY: {
      status: 400,
      hint: 'The dataset has no header or no data rows: check the export step that produced it.',
    },
    RAMPART_DATA_ENCODING: {
      status: 400,
      hint: 'The file is not valid UTF-8 at the reported position: re-encode it (e.g. `iconv -f latin1 -t utf-8`).',
    },
    RAMPART_DATA_CSV_RAGGED: {
      status: 400,
      hint: 'Every CSV record must have as many fields as the header: fix the reported line (quote fields that contain commas).',
    },
    RAMPART_DATA_CSV_QUOTE: {
      status: 400,
      hint: 'A quoted CSV field is never closed: add the closing double quote, or escape inner quotes as "".',
    },
    RAMPART_DATA_FIELD_TOO_LARGE: {
      status: 400,
      hint: 'One field is larger than the limit: check the file for a missing line break or quote, or raise --max-field-bytes.',
    },
    RAMPART_DATA_FORMAT_UNSUPPORTED: {
      status: 400,
      hint: 'Use a .csv, .tsv, .parquet, .jsonl or .ndjson file.',
    },
    RAMPART_DATA_LABEL_MISSING: {
      status: 400,
      hint: 'Pass the name of an existing column with --label (the message lists the columns found).',
    },
    RAMPART_DATA_LABEL_REQUIRED: {
      status: 400,
      hint: 'Name the label column with --label COLUMN (or `label:` in the data policy); for data without labels, set `enabled: false` for checks.labelDistribution, checks.labelNoise and checks.backdoorTriggers in the policy.',
    },
    RAMPART_DATA_JSON_TOO_DEEP: {
      status: 400,
      hint: 'A JSON Lines record nests deeper than the limit (64 levels): flatten the record at the reported line, or store the deep value as a JSON string.',
    },
    RAMPART_DATA_COLUMN_MISSING: {
      status: 400,
      hint: 'Name an existing column in the policy (the message lists the columns found).',
    },
    RAMPART_DATA_PROFILE_INVALID: {
      status: 400,
      hint: 'The baseline is not a profile written by `rampart data profile`: re-create it.',
    },
    RAMPART_DATA_MANIFEST_INVALID: {
      status: 400,
      hint: 'The manifest is not a DSSE envelope written by `rampart data manifest`: re-create and re-sign it.',
    },
    RAMPART_DATA_PATH_INVALID: {
      status: 400,
      hint: 'Every entry under a dataset directory must be a regular file, a folder, or a symbolic link that leads to one: point a broken link at its file (or delete it), replace a link loop with the folder it means, and move FIFOs, sockets and device files out of the directory.',
    },
    RAMPART_DATA_MANIFEST_MISMATCH: {
      exitCode: 1,
      status: 400,
      hint: 'The data differs from the approved manifest: review the listed files, then re-approve with `rampart data manifest`.',
    },
    RAMPART_DATA_CHANGED_DURING_READ: {
      exitCode: 1,
      status: 409,
      hint: 'The dataset directory changed while the gate read it (a file changed, added, removed or re-pointed after the manifest check hashed it): re-run the gate on a directory nothing writes to (copy or snapshot the data first and gate that, or stop the writer).',
    },
    RAMPART_DATA_LOG_INVALID: {
      status: 400,
      hint: 'The provenance log was edited, truncated or reordered at the reported line: restore it from version control.',
    },
    RAMPART_DATA_POLICY_NOT_FOUND: {
      status: 400,
      hint: 'Pass an existing data policy with --policy (docs/data-gate.md has an example), or leave it out to use the defaults.',
    },
    RAMPART_DATA_POLICY_INVALID: {
      status: 400,
      hint: 'Fix the data policy YAML (docs/data-gate.md lists every check and option).',
    },
    RAMPART_DATA_ATTESTATION_INVALID: {
      exitCode: 1,
      status: 400,
      hint: 'A data gate attestation must be the DSSE envelope `rampart data gate --attest` wrote, signed by a key you pass (--data-key or the model key): re-run the gate rather than edit it.',
    },
    RAMPART_DATA_TRAINING_METRICS_INVALID: {
      status: 400,
      hint: 'Each metrics line must be a JSON object with a numeric "step" and "loss", and per-class accuracy (0 to 1) under "per_class" or "class_accuracy" (docs/data-gate.md, Training watch).',
    },
    RAMPART_DATA_GATE_FAILED: {
      exitCode: 1,
      status: 400,
      hint: 'A check at or above --fail-on failed: review the report and the listed suspect rows.',
    },
  }),
  ...inArea('redteam', {
    RAMPART_REDTEAM_TARGET_FAILED: {
      status: 502,
      hint: 'The target did not answer as expected: check the URL, model name and key, and that it is reachable from here (raise --timeout for a slow model).',
    },
    RAMPART_REDTEAM_OUT_OF_SCOPE: {
      status: 400,
      hint: 'A red-team run sends traffic only to the target it was given: probe another host with its own run.',
    },
    RAMPART_REDTEAM_PACK_INVALID: {
      status: 400,
      hint: 'Fix the probe pack YAML at the reported path (docs/redteam.md describes the format), or leave --pack out to use the built-in pack.',
    },
    RAMPART_REDTEAM_STATE_MISMATCH: {
      status: 400,
      hint: 'The --state file was written by a run with another pack, target or seed: pass a new file, or delete this one to start over.',
    },
    RAMPART_REDTEAM_JUDGE_MISSING: {
      status: 400,
      hint: 'A probe uses the judge detector: pass --judge-url (an OpenAI-compatible endpoint) and --judge-model.',
    },
    RAMPART_REDTEAM_DETECTOR_FAILED: {
      status: 500,
      hint: "A probe's detector could not decide (bad pattern?): fix the probe in the pack.",
    },
    RAMPART_REDTEAM_BASELINE_INVALID: {
      status: 400,
      hint: 'Pass a report written by `rampart redteam ... --format json --output FILE` as --baseline.',
    },
    RAMPART_REDTEAM_QUERY_BUDGET: {
      status: 400,
      hint: 'The attack used its whole query budget: raise --queries, or accept the partial result.',
    },
    RAMPART_REDTEAM_PREDICT_SHAPE: {
      status: 400,
      hint: 'The predict answer did not have the expected shape: for a custom endpoint pass --input-path and --output-path (JSON paths such as inputs.0.data and outputs.0.data).',
    },
    RAMPART_REDTEAM_GATE_FAILED: {
      exitCode: 1,
      status: 400,
      hint: 'Attacks got through above --max-success or regressed against --baseline: review the report (per category) and fix the prompt, guard policy or model.',
    },
  }),
  ...inArea('monitor', {
    RAMPART_MONITOR_LOG_INVALID: {
      status: 400,
      hint: 'Give a JSON-lines prediction log, one object per line, each with the --protected, --label and --prediction fields, and at least two groups.',
    },
    RAMPART_MONITOR_FAIRNESS_FAILED: {
      exitCode: 1,
      status: 400,
      hint: 'A group fails the four-fifths rule or a parity difference is over the limit: review the per-group table, the data and the model before release.',
    },
  }),
  ...inArea('audit', {
    RAMPART_AUDIT_PATH_NOT_FOUND: {
      status: 400,
      hint: 'Pass existing files or directories to `rampart audit`; check the path and its permissions.',
    },
    RAMPART_AUDIT_NOTHING_AUDITED: {
      status: 400,
      hint: 'Point `rampart audit` at gateway configs, Dockerfiles, compose files, Kubernetes manifests (render Helm charts with `helm template` first) or model-server launch scripts.',
    },
    RAMPART_AUDIT_TOO_MANY_FILES: {
      status: 400,
      hint: 'Audit a narrower directory, or split the audit into several runs.',
    },
    RAMPART_AUDIT_OUTPUT: {
      status: 500,
      hint: 'Check that the --output directory exists and is writable.',
    },
  }),
  ...inArea('console', {
    RAMPART_CONSOLE_OFFLINE: {
      status: 0,
      hint: 'Check that the SOC is running (rampart up --demo) and reachable from this browser.',
    },
    RAMPART_CONSOLE_BAD_ANSWER: {
      status: 0,
      hint: 'The SOC answered without an error body (a proxy in between?); check its logs.',
    },
    RAMPART_CONSOLE_ERROR: {
      status: 0,
      hint: 'The console hit an unexpected error: reload the page; if it persists, report it with the browser console log.',
    },
  }),
} satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof errorCodes;
