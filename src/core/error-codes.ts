/**
 * Every error code Rampart can raise, with its HTTP status (where one applies) and a hint that
 * tells the user how to fix it. `docs/errors.md` is generated from this table
 * (`npm run docs:errors`). Codes are named RAMPART_<AREA>_<WHAT>.
 *
 * Each domain keeps its codes in its own section below; add new codes to your section.
 */
export interface ErrorCodeInfo {
  readonly status: number;
  readonly hint: string;
}

export const errorCodes = {
  // --- core ---
  RAMPART_INTERNAL: {
    status: 500,
    hint: 'This is a bug in Rampart. Report it with the request id from the logs.',
  },
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
  RAMPART_JSON_INVALID: { status: 400, hint: 'Send a well-formed JSON document (UTF-8, RFC 8259).' },
  RAMPART_JSON_TOO_DEEP: {
    status: 400,
    hint: 'Flatten the JSON document: nesting is limited to keep parsing bounded.',
  },
  RAMPART_USAGE: { status: 400, hint: 'Run the command with --help to see its arguments.' },
  RAMPART_IO: { status: 500, hint: 'Check that the path exists and is readable by this user.' },
  RAMPART_SIGNATURE_INVALID: {
    status: 400,
    hint: 'The signature does not match the payload or key: re-sign, or check you passed the right public key.',
  },
  RAMPART_KEY_INVALID: {
    status: 400,
    hint: 'Pass a PEM-encoded key of a supported type (ECDSA P-256/P-384/P-521).',
  },

  // --- gateway ---
  RAMPART_REQUEST_MALFORMED: {
    status: 400,
    hint: 'Send a JSON body that matches the OpenAI API for this route.',
  },
  RAMPART_REQUEST_TOO_LARGE: {
    status: 413,
    hint: 'Send a smaller body, or raise limits.maxBodyBytes for this route.',
  },
  RAMPART_PROMPT_TOO_LARGE: {
    status: 413,
    hint: 'Shorten the prompt, or raise limits.maxPromptChars for this route.',
  },
  RAMPART_REQUEST_TIMEOUT: { status: 408, hint: 'Send the full request promptly; slow senders are cut off.' },
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
  RAMPART_AUTHZ_DENIED: {
    status: 403,
    hint: 'Your principal has no role that grants this route and model: ask an admin to grant it.',
  },
  RAMPART_ROUTE_NOT_FOUND: { status: 404, hint: 'Use one of the routes listed in the gateway config.' },
  RAMPART_MODEL_NOT_FOUND: { status: 404, hint: 'Use a model listed by GET /v1/models.' },
  RAMPART_PATH_FORBIDDEN: {
    status: 403,
    hint: 'Model export and file download paths are refused unless a route sets allowExport: true.',
  },
  RAMPART_METHOD_NOT_ALLOWED: { status: 405, hint: 'Use the HTTP method the route expects (usually POST).' },
  RAMPART_LIMIT_RATE: { status: 429, hint: 'Wait for Retry-After seconds, or ask for a higher rate limit.' },
  RAMPART_LIMIT_TOKENS: {
    status: 429,
    hint: 'Token quota spent: wait for Retry-After seconds or ask for a larger quota.',
  },
  RAMPART_LIMIT_CONCURRENCY: {
    status: 429,
    hint: 'Too many requests in flight for this principal: wait for one to finish before sending another.',
  },
  RAMPART_OVERLOADED: { status: 503, hint: 'The gateway is shedding load: retry after Retry-After seconds.' },
  RAMPART_UPSTREAM_FAILED: {
    status: 502,
    hint: 'The model server failed or is unreachable; retry later or tell the operator.',
  },
  RAMPART_UPSTREAM_TIMEOUT: {
    status: 504,
    hint: 'The model server did not answer in time; retry later or use a smaller request.',
  },
  RAMPART_AUDIT_FAILED: {
    status: 503,
    hint: 'The audit store could not record the request, so it was refused (fail closed). Check the data dir.',
  },
  RAMPART_ADMIN_UNAUTHORIZED: {
    status: 401,
    hint: 'Send `Authorization: Bearer <admin token>` to the admin API.',
  },
  RAMPART_NOT_FOUND: { status: 404, hint: 'Check the id or path.' },

  // --- guard ---
  RAMPART_GUARD_SCANNER_FAILED: {
    status: 503,
    hint: 'A scanner could not run; the route refused the request (fail closed). See the gateway logs.',
  },
  RAMPART_GUARD_BLOCKED: {
    status: 400,
    hint: 'The request was blocked by a security policy; remove the flagged content.',
  },

  // --- soc ---
  RAMPART_STORE_FAILED: {
    status: 503,
    hint: 'The event store is unavailable; check the database path or connection.',
  },
  RAMPART_SOC_RULE_INVALID: {
    status: 400,
    hint: 'Fix the rule at the reported path (docs/soc.md lists the rule format); `rampart soc rules test` re-checks it.',
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

  // --- model ---
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
    status: 400,
    hint: 'The signature file is not an OpenSSF model-signing Sigstore bundle; re-sign the model.',
  },
  RAMPART_MODEL_VERIFY_KEY_INVALID: {
    status: 400,
    hint: 'Pass the PEM public key (ECDSA P-256, P-384 or P-521) that matches the signing key.',
  },
  RAMPART_MODEL_VERIFY_KEY_MISMATCH: {
    status: 400,
    hint: 'The signature names another key (its hint is the SHA-256 of the public key PEM): use the public key of the signer.',
  },
  RAMPART_MODEL_VERIFY_SIGNATURE_INVALID: {
    status: 400,
    hint: 'The signature does not verify: the signature file was altered or the key is wrong. Do not deploy this model.',
  },
  RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID: {
    status: 400,
    hint: 'The signing certificate must chain to the CA given with --certificate-chain, be valid now and allow signing.',
  },
  RAMPART_MODEL_VERIFY_MISMATCH: {
    status: 400,
    hint: 'The model changed after it was signed: restore the listed files from a trusted source, or re-sign if the change is intended.',
  },
  RAMPART_MODEL_VERIFY_PATH_INVALID: {
    status: 400,
    hint: 'The model holds a symbolic link or special file its signature does not allow; remove it.',
  },
  RAMPART_MODEL_VERIFY_UNSUPPORTED: {
    status: 400,
    hint: 'Keyless Sigstore and non-SHA-256 signatures need the reference model_signing tool (online); Rampart verifies key and certificate signatures offline.',
  },
  RAMPART_MODEL_BOM_PATH_INVALID: {
    status: 400,
    hint: 'Pass an existing model directory or file to `rampart model bom`.',
  },

  // --- data ---

  // --- redteam ---
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof errorCodes;
