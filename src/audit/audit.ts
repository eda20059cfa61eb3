import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { RampartError, type Severity, severities } from '../core/index.ts';
import { parseLocatedYaml } from './_yaml-lines.ts';
import { type AuditedFile, type AuditedKind, type AuditReport, auditFinding } from './audit-types.ts';
import { auditCompose, isComposeFile } from './compose.ts';
import { auditDockerfile } from './dockerfile.ts';
import { auditGatewayConfig, isGatewayConfig } from './gateway-config.ts';
import { auditKubernetesObject, isKubernetesObject, isWorkload } from './kubernetes.ts';
import { auditShellScript, looksLikeLaunchScript } from './shell-script.ts';

const maxFiles = 10_000;
const maxFileBytes = 4 * 1024 * 1024;
const skippedDirectories = new Set(['node_modules', '.git', 'dist', '.rampart']);

function isDockerfileName(name: string): boolean {
  return /^(Dockerfile|Containerfile)(\..+)?$/i.test(name) || /\.(dockerfile|containerfile)$/i.test(name);
}

function isCandidate(name: string): boolean {
  return isDockerfileName(name) || /\.(ya?ml|sh|service)$/i.test(name);
}

/**
 * The files to audit under `path`. Symbolic links are followed, as the tools that deploy these files
 * follow them (a chart or compose folder often links shared files in); a folder reached twice is walked
 * once, so a link loop ends. A link that points nowhere is listed in `broken` and reported as an
 * unreadable file, never left out in silence.
 */
async function collect(
  path: string,
  explicit: boolean,
  out: string[],
  walked = new Set<string>(),
  broken: Array<{ path: string; error: string }> = [],
): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    if (!explicit) {
      // A dangling link with an audited name (deploy.yaml -> gone) is reported; other dangling names hold nothing to audit.
      if (isCandidate(basename(path)))
        broken.push({
          path,
          error: `a symbolic link that points nowhere readable (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
        });
      return;
    }
    throw new RampartError('RAMPART_AUDIT_PATH_NOT_FOUND', `cannot read ${path}`, { cause: error });
  }
  if (info.isDirectory()) {
    const real = await realpath(path);
    if (walked.has(real)) return;
    walked.add(real);
    const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const entry of entries) {
      if (entry.isDirectory() && skippedDirectories.has(entry.name)) continue;
      if (entry.isDirectory() || entry.isSymbolicLink() || (entry.isFile() && isCandidate(entry.name)))
        await collect(join(path, entry.name), false, out, walked, broken);
    }
  } else if (info.isFile() && (explicit || isCandidate(basename(path)))) out.push(path);
  if (out.length > maxFiles)
    throw new RampartError(
      'RAMPART_AUDIT_TOO_MANY_FILES',
      `more than ${maxFiles} files under the given paths`,
    );
}

/** Audit one file's text; `workloads`/`networkPolicies` gather what the cross-file Kubernetes rule needs. */
function auditText(
  path: string,
  text: string,
  seen: { workloads: string[]; networkPolicies: number },
): AuditedFile {
  const findings: AuditedFile['findings'] = [];
  const suppressed: NonNullable<AuditedFile['suppressed']> = [];
  const ignores = ignoreComments(text);
  const report = (ruleId: string, line: number | undefined, detail: string) => {
    const reason = line === undefined ? undefined : ignores.get(line)?.get(ruleId);
    if (reason !== undefined) suppressed.push({ ruleId, line: line!, detail, reason });
    else findings.push(auditFinding(path, ruleId, line, detail));
  };
  const result = auditByKind(path, text, seen, report, findings);
  return suppressed.length > 0 ? { ...result, suppressed } : result;
}

/**
 * `# rampart-audit: ignore <rule-id>[,<rule-id>…] <reason>` accepts a finding on the comment's own line or
 * the next one. The reason is required (a comment without one suppresses nothing), and every accepted
 * finding stays in the report under `suppressed`.
 */
function ignoreComments(text: string): Map<number, Map<string, string>> {
  const ignores = new Map<number, Map<string, string>>();
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /#\s*rampart-audit:\s*ignore\s+([a-z0-9.,-]+)\s+(\S.*)$/i.exec(line);
    if (!match) return;
    for (const target of [index + 1, index + 2]) {
      const rules = ignores.get(target) ?? new Map<string, string>();
      for (const ruleId of match[1]!.split(',')) rules.set(ruleId.trim(), match[2]!.trim());
      ignores.set(target, rules);
    }
  });
  return ignores;
}

function auditByKind(
  path: string,
  text: string,
  seen: { workloads: string[]; networkPolicies: number },
  report: (ruleId: string, line: number | undefined, detail: string) => void,
  findings: AuditedFile['findings'],
): AuditedFile {
  const name = basename(path);
  if (isDockerfileName(name)) {
    auditDockerfile(text, report);
    return { path, kind: 'dockerfile', findings };
  }
  if (/\.(sh|service)$/i.test(name) || !/\.ya?ml$/i.test(name)) {
    if (!looksLikeLaunchScript(text))
      return { path, kind: 'skipped', findings, note: 'no model-server launch' };
    auditShellScript(text, report);
    return { path, kind: 'shell', findings };
  }
  if (/\{\{.*\}\}/.test(text) && /(^|[/\\])templates[/\\]/.test(path))
    return {
      path,
      kind: 'skipped',
      findings,
      note: 'Helm template: render it with `helm template` and audit the output',
    };
  let documents: ReturnType<typeof parseLocatedYaml>;
  try {
    documents = parseLocatedYaml(text);
  } catch (error) {
    return { path, kind: 'skipped', findings, error: `not valid YAML: ${(error as Error).message}` };
  }
  let kind: AuditedKind = 'skipped';
  for (const document of documents) {
    if (isKubernetesObject(document.value)) {
      kind = 'kubernetes';
      const manifest = document.value as { kind: string };
      if (manifest.kind === 'NetworkPolicy') seen.networkPolicies++;
      if (isWorkload(manifest)) seen.workloads.push(path);
      auditKubernetesObject(document, report);
    } else if (isComposeFile(document.value)) {
      kind = 'compose';
      auditCompose(document, report);
    } else if (isGatewayConfig(document.value)) {
      kind = 'gateway-config';
      auditGatewayConfig(document, report);
    }
  }
  return kind === 'skipped'
    ? { path, kind, findings, note: 'not a kind rampart audit reads' }
    : { path, kind, findings };
}

/**
 * Audit deployment files: gateway configs, Dockerfiles, compose files, Kubernetes manifests (rendered
 * charts included) and model-server launch scripts. Directories are walked, symbolic links followed (a broken one is reported as unreadable).
 */
export async function auditPaths(paths: readonly string[]): Promise<AuditReport> {
  const files: string[] = [];
  const broken: Array<{ path: string; error: string }> = [];
  for (const path of paths) await collect(path, true, files, new Set(), broken);
  const seen = { workloads: [] as string[], networkPolicies: 0 };
  const audited: AuditedFile[] = broken.map(({ path, error }) => ({
    path,
    kind: 'skipped',
    findings: [],
    error: `unreadable: ${error}`,
  }));
  for (const path of files) {
    let text: string;
    try {
      const info = await stat(path);
      if (info.size > maxFileBytes) {
        audited.push({ path, kind: 'skipped', findings: [], error: `larger than ${maxFileBytes} bytes` });
        continue;
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      audited.push({ path, kind: 'skipped', findings: [], error: `unreadable: ${(error as Error).message}` });
      continue;
    }
    audited.push(auditText(path, text, seen));
  }
  const firstWorkload = seen.workloads[0];
  if (firstWorkload !== undefined && seen.networkPolicies === 0) {
    const file = audited.find((entry) => entry.path === firstWorkload)!;
    file.findings.push(
      auditFinding(
        firstWorkload,
        'kubernetes.no-network-policy',
        undefined,
        `${seen.workloads.length} workloads, no NetworkPolicy`,
      ),
    );
  }
  const findings = Object.fromEntries(severities.map((severity) => [severity, 0])) as Record<
    Severity,
    number
  >;
  const suppressed = audited.reduce((sum, file) => sum + (file.suppressed?.length ?? 0), 0);
  for (const file of audited) for (const finding of file.findings) findings[finding.severity]++;
  return {
    files: audited,
    summary: {
      files: audited.length,
      audited: audited.filter((file) => file.kind !== 'skipped').length,
      skipped: audited.filter((file) => file.kind === 'skipped' && !file.error).length,
      errors: audited.filter((file) => file.error).length,
      findings,
      suppressed,
    },
  };
}
