import { isLiteralValue, isSecretName, isUnpinnedImage, scalarText } from './_values.ts';
import { type LocatedDocument, parseLocatedYaml } from './_yaml-lines.ts';
import type { Report } from './audit-types.ts';
import { auditGatewayConfig, isGatewayConfig } from './gateway-config.ts';
import { auditLaunch } from './model-server.ts';

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** A YAML document that is a Kubernetes object. */
export function isKubernetesObject(value: unknown): boolean {
  const manifest = object(value);
  return typeof manifest.apiVersion === 'string' && typeof manifest.kind === 'string';
}

/** Where each workload kind keeps its pod spec. */
const podSpecPaths: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Whether a manifest is a workload (it has a pod spec). */
export function isWorkload(value: unknown): boolean {
  return scalarText(object(value).kind) in podSpecPaths;
}

/**
 * A gateway config carried in a ConfigMap (`data: { rampart.yaml: | ... }`, as the chart renders it) is
 * audited like the file itself; lines point into the manifest.
 */
function auditConfigMap(document: LocatedDocument, report: Report): void {
  for (const [key, value] of Object.entries(object(object(document.value).data))) {
    if (typeof value !== 'string' || !/\.ya?ml$/.test(key)) continue;
    let embedded: LocatedDocument[];
    try {
      embedded = parseLocatedYaml(value);
    } catch {
      continue;
    }
    const base = document.line(['data', key]) ?? 0;
    for (const inner of embedded) {
      if (!isGatewayConfig(inner.value)) continue;
      auditGatewayConfig(inner, (ruleId, line, detail) =>
        report(ruleId, line === undefined ? base : base + line, `ConfigMap ${key}: ${detail}`),
      );
    }
  }
}

/** A Service that takes the admin port outside the cluster. */
function auditService(document: LocatedDocument, report: Report): void {
  const manifest = object(document.value);
  const spec = object(manifest.spec);
  if (spec.type !== 'LoadBalancer' && spec.type !== 'NodePort') return;
  const ports = Array.isArray(spec.ports) ? spec.ports : [];
  ports.forEach((entry, index) => {
    const port = object(entry);
    if ([port.port, port.targetPort].some((value) => value === 8081 || value === 'admin'))
      report(
        'kubernetes.admin-service-exposed',
        document.line(['spec', 'ports', index]),
        `Service/${scalarText(object(manifest.metadata).name ?? '?')}: ${scalarText(spec.type)} port ${scalarText(port.port)}`,
      );
  });
}

/** Risky settings in one Kubernetes object: pod and container security, volumes, limits, secrets, launches. */
export function auditKubernetesObject(document: LocatedDocument, report: Report): void {
  const manifest = object(document.value);
  const kind = scalarText(manifest.kind);
  if (kind === 'ConfigMap') auditConfigMap(document, report);
  if (kind === 'Service') auditService(document, report);
  const path = podSpecPaths[kind];
  if (!path) return;
  const name = `${kind}/${scalarText(object(manifest.metadata).name ?? '?')}`;
  const pod = object(path.reduce<unknown>((node, part) => object(node)[part], manifest));
  const at = (...rest: (string | number)[]) => document.line([...path, ...rest]);
  for (const flag of ['hostNetwork', 'hostPID', 'hostIPC'])
    if (pod[flag] === true) report('kubernetes.host-namespace', at(flag), `${name}: ${flag}`);
  const volumes = Array.isArray(pod.volumes) ? pod.volumes : [];
  volumes.forEach((volume, index) => {
    if (object(volume).hostPath)
      report(
        'kubernetes.host-path',
        at('volumes', index),
        `${name}: volume ${scalarText(object(volume).name)}`,
      );
  });
  const podSecurity = object(pod.securityContext);
  for (const group of ['initContainers', 'containers'] as const) {
    const containers = Array.isArray(pod[group]) ? pod[group] : [];
    containers.forEach((entry, index) => {
      const container = object(entry);
      const where = `${name} container ${scalarText(container.name ?? index)}`;
      const line = (...rest: string[]) => at(group, index, ...rest);
      const security = object(container.securityContext);
      const runAsNonRoot = security.runAsNonRoot ?? podSecurity.runAsNonRoot;
      const runAsUser = security.runAsUser ?? podSecurity.runAsUser;
      if (runAsUser === 0 || (runAsNonRoot !== true && !(typeof runAsUser === 'number' && runAsUser > 0)))
        report('kubernetes.run-as-root', line('securityContext'), where);
      if (security.privileged === true)
        report('kubernetes.privileged', line('securityContext', 'privileged'), where);
      if (security.readOnlyRootFilesystem !== true)
        report('kubernetes.writable-root-fs', line('securityContext'), where);
      if (security.allowPrivilegeEscalation !== false)
        report('kubernetes.privilege-escalation', line('securityContext'), where);
      const dropped = object(security.capabilities).drop;
      if (!Array.isArray(dropped) || !dropped.map(String).includes('ALL'))
        report('kubernetes.capabilities', line('securityContext'), where);
      const limits = object(object(container.resources).limits);
      if (limits.cpu === undefined || limits.memory === undefined)
        report('kubernetes.no-resource-limits', line('resources'), where);
      const image = typeof container.image === 'string' ? container.image : undefined;
      if (image && isUnpinnedImage(image))
        report('kubernetes.unpinned-image', line('image'), `${where}: ${image}`);
      const env: Record<string, string> = {};
      const variables = Array.isArray(container.env) ? container.env : [];
      variables.forEach((variable, variableIndex) => {
        const entryObject = object(variable);
        const key = scalarText(entryObject.name ?? '');
        if (entryObject.value === undefined) return;
        env[key] = scalarText(entryObject.value);
        if (isSecretName(key) && isLiteralValue(entryObject.value))
          report('kubernetes.plaintext-secret', at(group, index, 'env', variableIndex), `${where}: ${key}`);
      });
      const argv = [
        ...(Array.isArray(container.command) ? container.command.map(String) : []),
        ...(Array.isArray(container.args) ? container.args.map(String) : []),
      ];
      for (const problem of auditLaunch({ argv, env, ...(image ? { image } : {}) }))
        report(problem.ruleId, line('args'), `${where}: ${problem.detail}`);
    });
  }
}
