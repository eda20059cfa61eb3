import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworkEntry } from '../core/index.ts';
import { auditPaths } from './audit.ts';
import { auditRules } from './audit-rules.ts';
import { auditReportToSarif } from './audit-sarif.ts';
import type { AuditReport } from './audit-types.ts';
import { auditLaunch } from './model-server.ts';

const fixtures = join(import.meta.dirname, '../../test/fixtures/audit');

/** Rule ids that fired in one file, sorted, duplicates kept. */
function rulesIn(report: AuditReport, name: string): string[] {
  const file = report.files.find((entry) => entry.path.endsWith(name));
  if (!file) throw new Error(`${name} was not audited`);
  return file.findings.map((finding) => finding.ruleId).sort();
}

let bad: AuditReport;
let good: AuditReport;
let scratch: string;
beforeAll(async () => {
  bad = await auditPaths([join(fixtures, 'bad')]);
  good = await auditPaths([join(fixtures, 'good')]);
  scratch = await mkdtemp(join(tmpdir(), 'rampart-audit-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('rule catalogue', () => {
  it('maps every rule to an OWASP LLM Top 10 (2025) id and a MITRE ATLAS id that exist', () => {
    for (const rule of auditRules) {
      const entries = rule.frameworks.map((id) => frameworkEntry(id));
      expect(entries.every(Boolean), rule.id).toBe(true);
      expect(
        entries.some((entry) => entry?.framework === 'owasp-llm'),
        rule.id,
      ).toBe(true);
      expect(
        entries.some((entry) => entry?.framework === 'atlas'),
        rule.id,
      ).toBe(true);
    }
  });

  it('has unique ids, each with a fix hint', () => {
    expect(new Set(auditRules.map((rule) => rule.id)).size).toBe(auditRules.length);
    for (const rule of auditRules) expect(rule.hint.length, rule.id).toBeGreaterThan(10);
  });

  it('docs/deploy.md lists every rule with its severity and framework ids', () => {
    const doc = readFileSync(join(import.meta.dirname, '../../docs/deploy.md'), 'utf8');
    for (const rule of auditRules) expect(doc, rule.id).toContain(`| \`${rule.id}\` | ${rule.severity} |`);
    for (const rule of auditRules)
      expect(doc, rule.id).toMatch(new RegExp(`\`${rule.id}\`.*${rule.frameworks.join(', ')}`));
  });

  it('every rule fires on at least one bad fixture', () => {
    const fired = new Set(bad.files.flatMap((file) => file.findings.map((finding) => finding.ruleId)));
    expect(auditRules.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});

describe('good fixtures', () => {
  it('audit clean, each read as its kind', () => {
    expect(good.files.flatMap((file) => file.findings)).toEqual([]);
    expect(good.files.map((file) => file.kind).sort()).toEqual([
      'compose',
      'dockerfile',
      'gateway-config',
      'shell',
    ]);
  });
});

describe('gateway config', () => {
  it('finds every risky setting of the bad config, each at its line', () => {
    expect(rulesIn(bad, 'rampart.yaml')).toEqual([
      'gateway.admin-exposed',
      'gateway.admin-token-missing',
      'gateway.capture-text',
      'gateway.export-wildcard',
      'gateway.guard-off',
      'gateway.listener-plaintext',
      'gateway.no-authentication',
      'gateway.on-error-allow',
      'gateway.scanner-off',
      'gateway.secret-inline',
      'gateway.secret-inline',
      'gateway.trust-any-proxy',
      'gateway.unscanned-pass',
      'gateway.upstream-plaintext',
    ]);
    const file = bad.files.find((entry) => entry.path.endsWith('rampart.yaml'))!;
    const guardOff = file.findings.find((finding) => finding.ruleId === 'gateway.guard-off')!;
    expect(guardOff.location?.line).toBe(23);
    expect(guardOff.severity).toBe('high');
  });

  it('JWT alone is authentication enough; plain HTTP to a cluster service is not flagged', async () => {
    const path = join(scratch, 'jwt.yaml');
    await writeFile(
      path,
      'server: { host: 127.0.0.1 }\nupstreams: { local: { url: "http://vllm.models.svc.cluster.local:8000" } }\nroutes: []\nauth: { apiKeys: { enabled: false }, jwt: { issuer: x } }\n',
    );
    expect((await auditPaths([path])).files[0]!.findings).toEqual([]);
  });
});

describe('Dockerfile', () => {
  it('checks base images of every stage but the user, healthcheck and launch of the final one', () => {
    expect(rulesIn(bad, 'Dockerfile')).toEqual([
      'dockerfile.add-url',
      'dockerfile.no-healthcheck',
      'dockerfile.pipe-to-shell',
      'dockerfile.root-user',
      'dockerfile.secret-in-env',
      'dockerfile.secret-in-env',
      'dockerfile.unpinned-image',
      'dockerfile.unpinned-image',
      'model-server.trust-remote-code',
      'model-server.vllm-no-api-key',
    ]);
  });

  it('USER root after a non-root USER still runs as root; a stage name in FROM is not an image', async () => {
    const path = join(scratch, 'Dockerfile');
    await writeFile(
      path,
      'FROM node:22-slim AS build\nFROM build\nUSER 10001\nUSER root\nHEALTHCHECK CMD true\nENV LOG_LEVEL=info PASSWORD_FILE_HINT=\n',
    );
    const report = await auditPaths([path]);
    expect(report.files[0]!.findings.map((finding) => [finding.ruleId, finding.location?.line])).toEqual([
      ['dockerfile.root-user', 4],
    ]);
  });
});

describe('compose', () => {
  it('finds privileged, host network, published admin and model ports, secrets, sockets and model servers', () => {
    expect(rulesIn(bad, 'compose.yaml')).toEqual([
      'compose.admin-port-published',
      'compose.admin-port-published',
      'compose.dangerous-capability',
      'compose.docker-socket',
      'compose.host-network',
      'compose.plaintext-secret',
      'compose.privileged',
      'compose.unpinned-image',
      'model-server.ollama-any-origin',
      'model-server.ollama-exposed',
      'model-server.tgi-exposed',
    ]);
  });

  it('reads settings merged in from YAML anchors (<<: *base)', async () => {
    const path = join(scratch, 'compose.yaml');
    await writeFile(
      path,
      'x-base: &base\n  privileged: true\nservices:\n  app:\n    <<: *base\n    image: app:1.0\n',
    );
    const report = await auditPaths([path]);
    expect(report.files[0]!.findings.map((finding) => finding.ruleId)).toEqual(['compose.privileged']);
  });

  it('the gateway port 8080 is meant to be published; 8081 only on loopback', () => {
    const file = bad.files.find((entry) => entry.path.endsWith('compose.yaml'))!;
    const details = file.findings
      .filter((finding) => finding.ruleId === 'compose.admin-port-published')
      .map((finding) => finding.data?.detail);
    expect(details).toEqual(['gateway: port 8081 on all interfaces', 'tgi: port 80 on 0.0.0.0']);
  });
});

describe('Kubernetes manifests', () => {
  it('checks pod and container security, volumes, limits, secrets and a missing NetworkPolicy', () => {
    expect(rulesIn(bad, 'deployment.yaml')).toEqual([
      'gateway.guard-off',
      'kubernetes.admin-service-exposed',
      'kubernetes.capabilities',
      'kubernetes.host-namespace',
      'kubernetes.host-path',
      'kubernetes.no-network-policy',
      'kubernetes.no-resource-limits',
      'kubernetes.plaintext-secret',
      'kubernetes.privilege-escalation',
      'kubernetes.privileged',
      'kubernetes.run-as-root',
      'kubernetes.unpinned-image',
      'kubernetes.writable-root-fs',
      'model-server.triton-model-control',
    ]);
  });

  it('audits a gateway config carried in a ConfigMap, with lines in the manifest', () => {
    const file = bad.files.find((entry) => entry.path.endsWith('deployment.yaml'))!;
    const guardOff = file.findings.find((finding) => finding.ruleId === 'gateway.guard-off')!;
    expect(guardOff.location?.line).toBe(44);
    expect(guardOff.data?.detail).toBe('ConfigMap rampart.yaml: route chat: guard: false');
  });

  it('a NetworkPolicy in another audited file satisfies the rule; pod-level runAsNonRoot covers containers', async () => {
    const directory = join(scratch, 'k8s');
    await rm(directory, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(directory));
    await writeFile(
      join(directory, 'a.yaml'),
      `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly }
spec:
  jobTemplate:
    spec:
      template:
        spec:
          securityContext: { runAsNonRoot: true, runAsUser: 10001 }
          containers:
            - name: job
              image: registry.example/job:1.2.3
              resources: { limits: { cpu: 100m, memory: 64Mi } }
              securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: [ALL] } }
`,
    );
    await writeFile(
      join(directory, 'b.yaml'),
      'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: deny }\nspec: { podSelector: {} }\n',
    );
    const report = await auditPaths([directory]);
    expect(report.files.flatMap((file) => file.findings)).toEqual([]);
    expect(report.summary.audited).toBe(2);
  });
});

describe('model-server launch settings', () => {
  it('finds Ollama on all interfaces, vLLM without a key and remote code in a script, once each', () => {
    expect(rulesIn(bad, 'serve-models.sh')).toEqual([
      'model-server.ollama-exposed',
      'model-server.trust-remote-code',
      'model-server.vllm-no-api-key',
      'model-server.vllm-no-api-key',
    ]);
  });

  it('vLLM: a key or a loopback host is enough; TGI: --hostname or --api-key; Triton: restricted or HTTP off', () => {
    const ids = (argv: string[], env: Record<string, string> = {}, image?: string) =>
      auditLaunch({ argv, env, ...(image ? { image } : {}) }).map((problem) => problem.ruleId);
    expect(ids(['vllm', 'serve', 'm', '--host', '0.0.0.0'])).toEqual(['model-server.vllm-no-api-key']);
    expect(ids(['vllm', 'serve', 'm', '--host', '0.0.0.0'], { VLLM_API_KEY: 'x' })).toEqual([]);
    expect(ids(['python', '-m', 'vllm.entrypoints.openai.api_server', '--host=127.0.0.1'])).toEqual([]);
    expect(ids(['text-generation-launcher', '--model-id', 'm'])).toEqual(['model-server.tgi-exposed']);
    expect(ids(['text-generation-launcher', '--api-key', 'k'])).toEqual([]);
    expect(ids(['tritonserver', '--model-control-mode', 'explicit'])).toEqual([
      'model-server.triton-model-control',
    ]);
    expect(
      ids(['tritonserver', '--model-control-mode=explicit', '--allow-http=false', '--allow-grpc=false']),
    ).toEqual([]);
    expect(ids(['tritonserver', '--model-control-mode=poll'])).toEqual([]);
    expect(ids([], { OLLAMA_HOST: ':11434' })).toEqual(['model-server.ollama-exposed']);
    expect(ids([], { OLLAMA_HOST: '127.0.0.1:11434' })).toEqual([]);
    expect(ids(['python', 'train.py'])).toEqual([]);
  });
});

describe('ignore comments', () => {
  it('accept a finding on the same or the next line, only with a reason, and keep it in the report', async () => {
    const path = join(scratch, 'ignored.yaml');
    await writeFile(
      path,
      [
        'server: { host: 127.0.0.1 }',
        'routes:',
        '  # rampart-audit: ignore gateway.capture-text legal hold for case 4711',
        '  - { id: a, path: /a, kind: chat, captureText: true }',
        '  - { id: b, path: /b, kind: chat, captureText: true } # rampart-audit: ignore gateway.capture-text',
        '  - { id: c, path: /c, kind: chat, onError: allow } # rampart-audit: ignore gateway.guard-off wrong rule',
      ].join('\n'),
    );
    const report = await auditPaths([path]);
    const [file] = report.files;
    expect(file!.findings.map((finding) => [finding.ruleId, finding.location?.line])).toEqual([
      ['gateway.capture-text', 5],
      ['gateway.on-error-allow', 6],
    ]);
    expect(file!.suppressed).toEqual([
      {
        ruleId: 'gateway.capture-text',
        line: 4,
        detail: 'route a: captureText: true',
        reason: 'legal hold for case 4711',
      },
    ]);
    expect(report.summary.suppressed).toBe(1);
  });
});

describe('files it cannot read', () => {
  it('follows symbolic links to files and folders, walks a link loop once, and reports a broken link', async () => {
    // Regression: links were skipped in silence, so a chart that linked its Dockerfile or manifests in
    // from a shared folder audited clean.
    const fs = await import('node:fs/promises');
    const shared = join(scratch, 'links-shared');
    const directory = join(scratch, 'links');
    await fs.mkdir(join(shared, 'manifests'), { recursive: true });
    await fs.mkdir(directory, { recursive: true });
    await writeFile(join(shared, 'Dockerfile'), 'FROM node:20\nUSER root\nCMD ["node", "server.js"]\n');
    await writeFile(
      join(shared, 'manifests', 'pod.yaml'),
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: m\nspec:\n  containers:\n    - name: m\n      image: m:latest\n      securityContext:\n        privileged: true\n',
    );
    await fs.symlink(join(shared, 'Dockerfile'), join(directory, 'Dockerfile'));
    await fs.symlink(join(shared, 'manifests'), join(directory, 'manifests'));
    await fs.symlink(directory, join(directory, 'loop'));
    await fs.symlink(join(shared, 'gone.yaml'), join(directory, 'values.yaml'));
    const report = await auditPaths([directory]);
    const audited = report.files.filter((file) => file.kind !== 'skipped').map((file) => file.path);
    expect(audited).toEqual([join(directory, 'Dockerfile'), join(directory, 'manifests', 'pod.yaml')]);
    expect(report.files.find((file) => file.path.endsWith('Dockerfile'))?.findings.length).toBeGreaterThan(0);
    expect(report.files.find((file) => file.path.endsWith('pod.yaml'))?.findings.length).toBeGreaterThan(0);
    const broken = report.files.find((file) => file.path === join(directory, 'values.yaml'));
    expect(broken?.error).toMatch(/symbolic link that points nowhere/);
    expect(report.summary.errors).toBe(1);
  });

  it('reports invalid YAML as an error, never as clean, and skips unrendered Helm templates', async () => {
    const directory = join(scratch, 'mixed');
    await import('node:fs/promises').then((fs) =>
      fs.mkdir(join(directory, 'templates'), { recursive: true }),
    );
    await writeFile(join(directory, 'broken.yaml'), 'services: [\n');
    await writeFile(
      join(directory, 'templates', 'deployment.yaml'),
      'kind: Deployment\nname: {{ .Release.Name }}\n',
    );
    const report = await auditPaths([directory]);
    expect(report.summary.errors).toBe(1);
    expect(report.files.find((file) => file.path.endsWith('broken.yaml'))?.error).toMatch(/not valid YAML/);
    expect(report.files.find((file) => file.path.endsWith('deployment.yaml'))?.note).toMatch(/helm template/);
  });

  it('a missing path is RAMPART_AUDIT_PATH_NOT_FOUND', async () => {
    await expect(auditPaths([join(scratch, 'nope')])).rejects.toMatchObject({
      code: 'RAMPART_AUDIT_PATH_NOT_FOUND',
    });
  });
});

describe('SARIF', () => {
  function sarifValidator() {
    const require = createRequire(import.meta.url);
    const schema = JSON.parse(
      readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
    );
    schema.$id = schema.id;
    delete schema.id;
    delete schema.$schema;
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
      addFormatsModule) as (instance: Ajv) => void;
    addFormats(ajv);
    return ajv.compile(schema);
  }

  it('validates against the SARIF 2.1.0 schema, with relative paths, lines and framework tags', () => {
    const log = auditReportToSarif(bad, { toolVersion: '0.1.0', baseDirectory: fixtures }) as {
      runs: Array<{
        results: Array<{ ruleId: string; locations: unknown[] }>;
        tool: { driver: { rules: unknown[] } };
      }>;
    };
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const [run] = log.runs;
    expect(run!.tool.driver.rules).toHaveLength(auditRules.length);
    expect(run!.results.length).toBe(bad.files.reduce((sum, file) => sum + file.findings.length, 0));
    expect(JSON.stringify(run!.results)).toContain('"uri":"bad/rampart.yaml"');
  });
});
