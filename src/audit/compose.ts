import {
  envFromList,
  isLiteralValue,
  isLoopback,
  isSecretName,
  isUnpinnedImage,
  scalarText,
  shellWords,
} from './_values.ts';
import type { LocatedDocument } from './_yaml-lines.ts';
import type { Report } from './audit-types.ts';
import { auditLaunch, isModelServer } from './model-server.ts';

type Json = Record<string, unknown>;
const object = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});

/** A YAML document that looks like a compose file: a `services` map of service maps. */
export function isComposeFile(value: unknown): boolean {
  const services = object(value).services;
  return (
    Boolean(services) &&
    typeof services === 'object' &&
    !Array.isArray(services) &&
    !('apiVersion' in object(value))
  );
}

/** The Rampart admin API's port: never to be published on every interface. */
const adminPorts = new Set([8081]);

interface PublishedPort {
  target: number;
  hostIp: string | undefined;
}

function publishedPorts(ports: unknown): PublishedPort[] {
  if (!Array.isArray(ports)) return [];
  return ports.map((entry) => {
    if (entry && typeof entry === 'object') {
      const long = entry as Json;
      return {
        target: Number(long.target),
        hostIp: long.host_ip === undefined ? undefined : scalarText(long.host_ip),
      };
    }
    const text = scalarText(entry).replace(/\/(tcp|udp)$/, '');
    const bracketed = /^\[([^\]]+)\]:(.*)$/.exec(text);
    const parts = bracketed ? [bracketed[1]!, ...bracketed[2]!.split(':')] : text.split(':');
    const target = Number((parts[parts.length - 1] ?? '').split('-')[0]);
    return { target, hostIp: parts.length === 3 ? parts[0] : undefined };
  });
}

function environment(value: unknown): Record<string, string> {
  if (Array.isArray(value)) return envFromList(value);
  return Object.fromEntries(
    Object.entries(object(value)).map(([key, entry]) => [key, entry === null ? '' : scalarText(entry)]),
  );
}

function commandList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? shellWords(value) : [];
}

/** Risky settings in each service of a compose file, model-server launches included. */
export function auditCompose(document: LocatedDocument, report: Report): void {
  for (const [name, entry] of Object.entries(object(object(document.value).services))) {
    const service = object(entry);
    const at = (...path: string[]) => document.line(['services', name, ...path]);
    const image = typeof service.image === 'string' ? service.image : undefined;
    if (image && isUnpinnedImage(image)) report('compose.unpinned-image', at('image'), `${name}: ${image}`);
    if (service.privileged === true)
      report('compose.privileged', at('privileged'), `${name}: privileged: true`);
    if (service.network_mode === 'host')
      report('compose.host-network', at('network_mode'), `${name}: network_mode: host`);
    const capabilities = Array.isArray(service.cap_add)
      ? service.cap_add.map((cap) => scalarText(cap).toUpperCase())
      : [];
    for (const capability of capabilities)
      if (capability === 'ALL' || capability === 'SYS_ADMIN' || capability === 'CAP_SYS_ADMIN')
        report('compose.dangerous-capability', at('cap_add'), `${name}: cap_add ${capability}`);
    const volumes = Array.isArray(service.volumes) ? service.volumes : [];
    for (const volume of volumes) {
      const source =
        typeof volume === 'string' ? volume.split(':')[0] : scalarText(object(volume).source ?? '');
      if (source?.endsWith('docker.sock'))
        report('compose.docker-socket', at('volumes'), `${name}: ${source}`);
    }
    const env = environment(service.environment);
    for (const [key, value] of Object.entries(env))
      if (isSecretName(key) && isLiteralValue(value))
        report(
          'compose.plaintext-secret',
          at('environment', ...(Array.isArray(service.environment) ? [] : [key])),
          `${name}: ${key}`,
        );
    const ports = publishedPorts(service.ports);
    const launch = {
      argv: [...commandList(service.entrypoint), ...commandList(service.command)],
      env,
      ...(image ? { image } : {}),
      published: ports.some((port) => !port.hostIp || !isLoopback(port.hostIp)),
    };
    const modelServer = isModelServer(launch);
    for (const port of ports) {
      if (port.hostIp && isLoopback(port.hostIp)) continue;
      if (adminPorts.has(port.target) || modelServer)
        report(
          'compose.admin-port-published',
          at('ports'),
          `${name}: port ${port.target} on ${port.hostIp ?? 'all interfaces'}`,
        );
    }
    for (const problem of auditLaunch(launch))
      report(problem.ruleId, at(service.command ? 'command' : 'environment'), `${name}: ${problem.detail}`);
  }
}
