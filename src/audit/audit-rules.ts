import { frameworkIds, type Severity } from '../core/index.ts';

/** One check `rampart audit` runs: a stable id, what it means, how to fix it, and its framework ids. */
export interface AuditRule {
  id: string;
  name: string;
  description: string;
  hint: string;
  severity: Severity;
  /** OWASP LLM Top 10 (2025) and MITRE ATLAS ids; every rule has at least one of each. */
  frameworks: string[];
}

const exposure = frameworkIds('LLM10:2025', 'AML.T0040', 'AML.T0049');
const container = frameworkIds('LLM03:2025', 'AML.T0010', 'AML.T0049');
const credentials = frameworkIds('LLM02:2025', 'AML.T0055');
const injection = frameworkIds('LLM01:2025', 'AML.T0051');
const exhaustion = frameworkIds('LLM10:2025', 'AML.T0029');
const transport = frameworkIds('LLM02:2025', 'AML.T0025');

function rule(
  id: string,
  severity: Severity,
  frameworks: string[],
  name: string,
  description: string,
  hint: string,
): AuditRule {
  return { id, severity, frameworks, name, description, hint };
}

/** The catalogue, grouped by what is audited. Ids never change once shipped (SARIF baselines key on them). */
export const auditRules: readonly AuditRule[] = [
  // Gateway config (rampart.yaml)
  rule(
    'gateway.admin-exposed',
    'high',
    frameworkIds('LLM10:2025', 'AML.T0012', 'AML.T0049'),
    'AdminApiExposed',
    'The admin API listens on a non-loopback address without TLS: its bearer token and key operations cross the network in clear.',
    'Bind admin.host to 127.0.0.1 (or a private interface behind a NetworkPolicy) and set admin.tls.cert/key.',
  ),
  rule(
    'gateway.admin-token-missing',
    'critical',
    frameworkIds('LLM10:2025', 'AML.T0012', 'AML.T0049'),
    'AdminTokenMissing',
    'The admin API has no token or one shorter than 24 characters.',
    'Set admin.token: ${RAMPART_ADMIN_TOKEN} with at least 24 random characters.',
  ),
  rule(
    'gateway.listener-plaintext',
    'medium',
    transport,
    'ListenerPlaintext',
    'The gateway listens on a non-loopback address without TLS: prompts, answers and API keys travel in clear.',
    'Set server.tls.cert/key, or terminate TLS at a proxy on the same host and bind the gateway to loopback.',
  ),
  rule(
    'gateway.no-authentication',
    'critical',
    frameworkIds('LLM10:2025', 'AML.T0040', 'AML.T0034'),
    'NoAuthentication',
    'API keys are off and no JWT issuer is configured: anyone who reaches the gateway can use every model.',
    'Keep auth.apiKeys.enabled: true, or configure auth.jwt with your identity provider.',
  ),
  rule(
    'gateway.export-wildcard',
    'high',
    frameworkIds('LLM10:2025', 'AML.T0035', 'AML.T0024'),
    'ExportWildcard',
    'A route with allowExport: true matches a wildcard path: model download and export paths are open under it.',
    'Remove allowExport, or give the export its own route with an exact path and a grant that names who may use it.',
  ),
  rule(
    'gateway.guard-off',
    'high',
    injection,
    'GuardOff',
    'An LLM route (chat, completions, embeddings) runs with guard: false: no prompt-injection, PII or secret scanning.',
    'Remove guard: false from the route; turn off single scanners instead if one misfires.',
  ),
  rule(
    'gateway.scanner-off',
    'medium',
    injection,
    'ScannerOff',
    'The prompt-injection scanner is disabled on an LLM route.',
    'Remove enabled: false from guard.scanners.promptInjection, or raise its threshold instead.',
  ),
  rule(
    'gateway.on-error-allow',
    'medium',
    injection,
    'OnErrorAllow',
    'onError: allow forwards a request when a check cannot run (fail open).',
    'Use onError: block (the default) so a scanner failure refuses the request.',
  ),
  rule(
    'gateway.unscanned-pass',
    'medium',
    frameworkIds('LLM01:2025', 'AML.T0068'),
    'UnscannedPass',
    'unscannedShapes: pass forwards texts the guard cannot read (token ids, unknown encodings) unscanned.',
    'Use unscannedShapes: refuse (the default).',
  ),
  rule(
    'gateway.capture-text',
    'low',
    frameworkIds('LLM02:2025', 'AML.T0057'),
    'CaptureText',
    'captureText: true stores prompt and answer text in audit events.',
    'Turn captureText off unless you need the text, and then limit who can read the event store.',
  ),
  rule(
    'gateway.secret-inline',
    'high',
    credentials,
    'SecretInline',
    'A token or upstream API key is written in the config file instead of read from the environment.',
    'Write ${ENV_VAR} in the file and pass the value as an environment variable or a mounted secret.',
  ),
  rule(
    'gateway.upstream-plaintext',
    'medium',
    transport,
    'UpstreamPlaintext',
    'An upstream on a public host name is reached over http://: credentials and prompts cross the network in clear.',
    'Use https:// for upstreams outside your private network.',
  ),
  rule(
    'gateway.trust-any-proxy',
    'medium',
    frameworkIds('LLM10:2025', 'AML.T0029'),
    'TrustAnyProxy',
    'server.trustedProxies trusts every address: any client can forge X-Forwarded-For and escape address blocks and limits.',
    'List only your load balancers (addresses or CIDR ranges) in server.trustedProxies.',
  ),
  // Dockerfile
  rule(
    'dockerfile.root-user',
    'high',
    container,
    'ContainerRunsAsRoot',
    'The final image stage has no USER, or sets USER root: the process runs as root.',
    'Add USER <uid> (a non-zero numeric id, e.g. USER 10001) to the final stage.',
  ),
  rule(
    'dockerfile.unpinned-image',
    'medium',
    container,
    'UnpinnedBaseImage',
    'FROM names an image without a tag or with :latest: builds are not reproducible and can pull a changed image.',
    'Pin a version tag, better a digest: FROM node:22.12-bookworm-slim@sha256:<digest>.',
  ),
  rule(
    'dockerfile.secret-in-env',
    'high',
    credentials,
    'SecretInImage',
    'ENV or ARG sets a secret-looking variable to a literal value: it is stored in the image layers.',
    'Pass secrets at run time (environment, mounted files) or with RUN --mount=type=secret at build time.',
  ),
  rule(
    'dockerfile.add-url',
    'medium',
    container,
    'AddFromUrl',
    'ADD fetches a remote URL: the content is not verified and changes under you.',
    'Download with RUN and check a pinned SHA-256, or ADD --checksum=sha256:<digest>.',
  ),
  rule(
    'dockerfile.pipe-to-shell',
    'medium',
    container,
    'PipeToShell',
    'A RUN line pipes a download straight into a shell.',
    'Download to a file, verify its checksum or signature, then run it.',
  ),
  rule(
    'dockerfile.no-healthcheck',
    'low',
    exhaustion,
    'NoHealthcheck',
    'The final image stage has no HEALTHCHECK: a hung process keeps receiving traffic.',
    'Add HEALTHCHECK CMD that probes /healthz (Rampart gateway: admin port) or your server’s health route.',
  ),
  // Compose
  rule(
    'compose.privileged',
    'critical',
    container,
    'PrivilegedService',
    'A service runs privileged: root in it is root on the host.',
    'Remove privileged: true; add only the capability you need with cap_add.',
  ),
  rule(
    'compose.host-network',
    'high',
    exposure,
    'HostNetwork',
    'A service uses network_mode: host: every port it opens is on the host’s interfaces.',
    'Use the default bridge network and publish only the ports clients need.',
  ),
  rule(
    'compose.admin-port-published',
    'high',
    exposure,
    'AdminPortPublished',
    'An admin or model-server port is published on all host interfaces.',
    'Publish it on loopback only ("127.0.0.1:8081:8081") or not at all; let clients reach models through the gateway.',
  ),
  rule(
    'compose.plaintext-secret',
    'high',
    credentials,
    'PlaintextSecret',
    'A secret-looking environment variable has a literal value in the compose file.',
    'Use ${VAR} interpolation from an untracked .env file, or compose secrets.',
  ),
  rule(
    'compose.unpinned-image',
    'medium',
    container,
    'UnpinnedImage',
    'A service image has no tag or uses :latest.',
    'Pin a version tag or a digest.',
  ),
  rule(
    'compose.docker-socket',
    'critical',
    container,
    'DockerSocketMounted',
    'A service mounts the Docker socket: it can start privileged containers on the host.',
    'Remove the /var/run/docker.sock mount.',
  ),
  rule(
    'compose.dangerous-capability',
    'high',
    container,
    'DangerousCapability',
    'A service adds ALL or SYS_ADMIN capabilities.',
    'Add only the narrow capability you need, or none.',
  ),
  // Kubernetes manifests and rendered charts
  rule(
    'kubernetes.run-as-root',
    'high',
    container,
    'RunAsRoot',
    'A container may run as root: neither runAsNonRoot: true nor a non-zero runAsUser is set.',
    'Set securityContext.runAsNonRoot: true and runAsUser: <non-zero> on the pod or container.',
  ),
  rule(
    'kubernetes.writable-root-fs',
    'medium',
    container,
    'WritableRootFilesystem',
    'A container’s root file system is writable.',
    'Set securityContext.readOnlyRootFilesystem: true and mount an emptyDir where the process writes.',
  ),
  rule(
    'kubernetes.privileged',
    'critical',
    container,
    'PrivilegedContainer',
    'A container runs privileged.',
    'Remove securityContext.privileged: true.',
  ),
  rule(
    'kubernetes.privilege-escalation',
    'medium',
    container,
    'PrivilegeEscalation',
    'allowPrivilegeEscalation is not false: a setuid binary can gain privileges.',
    'Set securityContext.allowPrivilegeEscalation: false.',
  ),
  rule(
    'kubernetes.capabilities',
    'low',
    container,
    'CapabilitiesNotDropped',
    'The container does not drop all Linux capabilities.',
    'Set securityContext.capabilities.drop: [ALL].',
  ),
  rule(
    'kubernetes.host-path',
    'high',
    container,
    'HostPathVolume',
    'A pod mounts a hostPath volume: it can read or change the node’s files.',
    'Use a PersistentVolumeClaim, emptyDir, ConfigMap or Secret instead.',
  ),
  rule(
    'kubernetes.host-namespace',
    'high',
    exposure,
    'HostNamespace',
    'A pod shares the node’s network, PID or IPC namespace.',
    'Remove hostNetwork, hostPID and hostIPC.',
  ),
  rule(
    'kubernetes.no-resource-limits',
    'medium',
    exhaustion,
    'NoResourceLimits',
    'A container has no CPU or memory limit: one overloaded pod can starve the node.',
    'Set resources.limits.cpu and resources.limits.memory (and requests).',
  ),
  rule(
    'kubernetes.unpinned-image',
    'medium',
    container,
    'UnpinnedImage',
    'A container image has no tag or uses :latest.',
    'Pin a version tag or a digest.',
  ),
  rule(
    'kubernetes.plaintext-secret',
    'high',
    credentials,
    'PlaintextSecret',
    'A secret-looking environment variable has a literal value in the manifest.',
    'Read it from a Secret with valueFrom.secretKeyRef.',
  ),
  rule(
    'kubernetes.no-network-policy',
    'medium',
    exposure,
    'NoNetworkPolicy',
    'The audited manifests define workloads but no NetworkPolicy: every pod in the cluster can reach them.',
    'Add a NetworkPolicy that admits only the clients of each port (the Rampart chart ships one).',
  ),
  rule(
    'kubernetes.admin-service-exposed',
    'high',
    exposure,
    'AdminServiceExposed',
    'A LoadBalancer or NodePort Service exposes the gateway admin port (8081) outside the cluster.',
    'Expose the admin port only through a ClusterIP Service that a NetworkPolicy limits to the SOC.',
  ),
  // Model servers (command lines, environment, compose, manifests, scripts)
  rule(
    'model-server.vllm-no-api-key',
    'high',
    exposure,
    'VllmNoApiKey',
    'vLLM’s OpenAI server listens beyond loopback (it binds all interfaces unless --host says otherwise) without --api-key or VLLM_API_KEY.',
    'Pass --host 127.0.0.1, or set --api-key / VLLM_API_KEY, and put the Rampart gateway in front.',
  ),
  rule(
    'model-server.trust-remote-code',
    'high',
    frameworkIds('LLM03:2025', 'AML.T0010', 'AML.T0011'),
    'TrustRemoteCode',
    '--trust-remote-code runs Python code shipped in the model repository when the model loads.',
    'Drop --trust-remote-code, or pin the model to a reviewed revision and scan it with `rampart model scan`.',
  ),
  rule(
    'model-server.ollama-exposed',
    'high',
    exposure,
    'OllamaExposed',
    'OLLAMA_HOST binds Ollama to all interfaces; Ollama has no authentication, so anyone reaching it can pull, delete and run models.',
    'Keep OLLAMA_HOST=127.0.0.1 (the default) and reach Ollama through the gateway.',
  ),
  rule(
    'model-server.ollama-any-origin',
    'medium',
    frameworkIds('LLM10:2025', 'AML.T0049'),
    'OllamaAnyOrigin',
    'OLLAMA_ORIGINS=* lets any web page a user opens call the local Ollama API.',
    'List only the origins that need the API.',
  ),
  rule(
    'model-server.tgi-exposed',
    'high',
    exposure,
    'TgiExposed',
    'text-generation-inference listens on all interfaces (its default hostname is 0.0.0.0) without --api-key.',
    'Pass --hostname 127.0.0.1 or --api-key, and put the Rampart gateway in front.',
  ),
  rule(
    'model-server.triton-model-control',
    'high',
    frameworkIds('LLM10:2025', 'AML.T0018', 'AML.T0029'),
    'TritonModelControlOpen',
    'Triton runs with --model-control-mode=explicit and an unrestricted HTTP or gRPC endpoint: any client can load and unload models.',
    'Restrict the repository API with --http-restricted-api / --grpc-restricted-protocol=model-repository:<header>=<value>, or disable HTTP.',
  ),
];

const byId = new Map(auditRules.map((entry) => [entry.id, entry]));

/** The catalogue entry for a rule id; throws on an unknown id so a typo fails a test. */
export function auditRule(id: string): AuditRule {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown audit rule: ${id}`);
  return found;
}
