import { frameworkEntry, type SecurityEvent, type Severity } from '../../core/index.ts';

export const ocsfVersion = '1.8.0';
const productVersion = '0.1.0';

/** OCSF severity_id: 1 Informational, 2 Low, 3 Medium, 4 High, 5 Critical. */
const severityIds: Record<Severity, number> = { info: 1, low: 2, medium: 3, high: 4, critical: 5 };
const severityNames: Record<number, string> = {
  1: 'Informational',
  2: 'Low',
  3: 'Medium',
  4: 'High',
  5: 'Critical',
};

export const ocsfClasses = {
  base: { class_uid: 0, class_name: 'Base Event', category_uid: 0, category_name: 'Uncategorized' },
  apiActivity: {
    class_uid: 6003,
    class_name: 'API Activity',
    category_uid: 6,
    category_name: 'Application Activity',
  },
  authentication: {
    class_uid: 3002,
    class_name: 'Authentication',
    category_uid: 3,
    category_name: 'Identity & Access Management',
  },
  detectionFinding: {
    class_uid: 2004,
    class_name: 'Detection Finding',
    category_uid: 2,
    category_name: 'Findings',
  },
  vulnerabilityFinding: {
    class_uid: 2002,
    class_name: 'Vulnerability Finding',
    category_uid: 2,
    category_name: 'Findings',
  },
  complianceFinding: {
    class_uid: 2003,
    class_name: 'Compliance Finding',
    category_uid: 2,
    category_name: 'Findings',
  },
  remediationActivity: {
    class_uid: 7001,
    class_name: 'Remediation Activity',
    category_uid: 7,
    category_name: 'Remediation',
  },
} as const;

type OcsfClass = (typeof ocsfClasses)[keyof typeof ocsfClasses];
export type OcsfEvent = Record<string, unknown> & { class_uid: number; type_uid: number };

/** Which OCSF class a Rampart event kind becomes. */
export function ocsfClassFor(kind: string): OcsfClass {
  if (kind === 'inference.request' || kind === 'authz.denied' || kind === 'limit.rejected')
    return ocsfClasses.apiActivity;
  if (kind === 'auth.failure' || kind === 'auth.success') return ocsfClasses.authentication;
  if (kind === 'guard.detection' || kind === 'alert.raised' || kind === 'alert.updated')
    return ocsfClasses.detectionFinding;
  if (kind === 'model.scan.finding' || kind === 'model.scan.result') return ocsfClasses.vulnerabilityFinding;
  if (kind === 'data.gate.result' || kind === 'model.verify.result' || kind === 'redteam.run.result') {
    return ocsfClasses.complianceFinding;
  }
  if (kind === 'response.executed' || kind === 'response.reverted') return ocsfClasses.remediationActivity;
  return ocsfClasses.base;
}

function text(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function number(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function compact<T extends Record<string, unknown>>(record: T): T {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

/** ATLAS technique ids become OCSF `attacks` (OCSF 1.8 accepts ATLAS ids in technique uids). */
function attacks(frameworks: readonly string[]): Array<Record<string, unknown>> | undefined {
  const list = frameworks
    .map((id) => frameworkEntry(id))
    .filter((entry) => entry?.framework === 'atlas' && entry.id.startsWith('AML.T'))
    .map((entry) => ({ technique: { uid: entry!.id, name: entry!.name } }));
  return list.length > 0 ? list : undefined;
}

function passed(event: SecurityEvent): boolean | undefined {
  for (const key of ['passed', 'verified', 'ok']) {
    const value = event.attrs[key];
    if (typeof value === 'boolean') return value;
  }
  if (event.decision === 'block') return false;
  return undefined;
}

/**
 * Map a Rampart SecurityEvent to an OCSF 1.8 event: API Activity (6003, with the ai_operation
 * profile) for inference requests, Authentication (3002), Detection Finding (2004), Vulnerability
 * Finding (2002), Compliance Finding (2003), Remediation Activity (7001); other kinds become the
 * Base Event (0). Attributes without an OCSF home go to `unmapped`.
 */
export function toOcsf(event: SecurityEvent): OcsfEvent {
  const cls = ocsfClassFor(event.kind);
  const severityId = Object.hasOwn(severityIds, event.severity) ? severityIds[event.severity] : 0;
  const attrs = event.attrs;
  const time = Date.parse(event.time);
  const profiles: string[] = [];
  const base: Record<string, unknown> = {
    ...cls,
    severity_id: severityId,
    severity: severityNames[severityId] ?? 'Unknown',
    time,
    message: text(attrs.message) ?? `${event.kind}${event.principal ? ` by ${event.principal}` : ''}`,
    metadata: {
      version: ocsfVersion,
      uid: event.id,
      event_code: event.kind,
      log_name: event.source,
      logged_time: time,
      product: {
        name: 'Rampart',
        vendor_name: 'Rampart',
        version: productVersion,
        feature: { name: event.source },
      },
      profiles,
    },
    unmapped: compact({
      ...attrs,
      rampart_kind: event.kind,
      rampart_frameworks: event.frameworks.length > 0 ? event.frameworks : undefined,
      rampart_decision: event.decision,
      rampart_route: event.route,
    }),
  };
  const srcEndpoint = compact({ ip: event.client_ip });
  const user = compact({
    name: event.principal,
    uid: text(attrs.credential_id) ?? text(attrs.key_prefix) ?? event.principal,
  });
  let activityId = 99;
  let activityName = 'Other';
  const finding = (title: string, uid: string) =>
    compact({
      uid,
      title,
      desc: text(attrs.description) ?? text(attrs.rule_title),
      types: event.frameworks.length > 0 ? event.frameworks : undefined,
      analytic: attrs.rule_id
        ? compact({ uid: text(attrs.rule_id), name: text(attrs.rule_title), type_id: 1, type: 'Rule' })
        : undefined,
      attacks: attacks(event.frameworks),
      created_time: time,
    });
  switch (cls.class_uid) {
    case 6003: {
      activityId = 1;
      activityName = 'Create';
      profiles.push('ai_operation');
      const status = number(attrs.status);
      const ok =
        event.kind === 'inference.request' &&
        event.decision !== 'block' &&
        (status === undefined || status < 400);
      Object.assign(base, {
        actor: { user: Object.keys(user).length > 0 ? user : { name: 'anonymous' } },
        api: compact({
          operation: text(attrs.operation) ?? event.route ?? event.kind,
          service: { name: 'rampart-gateway' },
          request: compact({ uid: text(attrs.request_id) ?? event.id }),
          response: status === undefined ? undefined : { code: status },
        }),
        src_endpoint: Object.keys(srcEndpoint).length > 0 ? srcEndpoint : { hostname: 'unknown' },
        http_response: status === undefined ? undefined : { code: status },
        status_id: ok ? 1 : 2,
        status: ok ? 'Success' : 'Failure',
        duration: number(attrs.latency_ms),
        ai_model: event.model
          ? compact({
              name: event.model,
              ai_provider: text(attrs['gen_ai.system']) ?? 'Internal',
              uid: event.model,
            })
          : undefined,
      });
      break;
    }
    case 3002: {
      activityId = 1;
      activityName = 'Logon';
      const failed = event.kind === 'auth.failure';
      Object.assign(base, {
        user: Object.keys(user).length > 0 ? user : { name: 'unknown' },
        src_endpoint: Object.keys(srcEndpoint).length > 0 ? srcEndpoint : undefined,
        service: { name: 'rampart-gateway' },
        status_id: failed ? 2 : 1,
        status: failed ? 'Failure' : 'Success',
        status_detail: text(attrs.reason),
        is_mfa: false,
      });
      break;
    }
    case 2004: {
      activityId = event.kind === 'alert.updated' ? 2 : 1;
      activityName = activityId === 2 ? 'Update' : 'Create';
      const alertId = text(attrs.alert_id);
      const title =
        text(attrs.rule_title) ??
        (event.kind === 'guard.detection' ? `${text(attrs.scanner) ?? 'guard'} detection` : event.kind);
      Object.assign(base, {
        finding_info: finding(title, alertId ?? event.id),
        status_id: event.kind === 'alert.updated' && attrs.status === 'resolved' ? 4 : 1,
        status: event.kind === 'alert.updated' && attrs.status === 'resolved' ? 'Resolved' : 'New',
        confidence_score:
          number(attrs.score) === undefined ? undefined : Math.round(number(attrs.score)! * 100),
        resources: event.model ? [{ name: event.model, type: 'AI Model' }] : undefined,
        evidences: attrs.event_ids ? [{ data: { event_ids: attrs.event_ids } }] : undefined,
        actor: Object.keys(user).length > 0 ? { user } : undefined,
        src_endpoint: Object.keys(srcEndpoint).length > 0 ? srcEndpoint : undefined,
      });
      break;
    }
    case 2002: {
      activityId = 1;
      activityName = 'Create';
      const title = text(attrs.rule_id) ?? text(attrs.title) ?? `${event.model ?? 'model'} scan`;
      Object.assign(base, {
        finding_info: finding(title, text(attrs.fingerprint) ?? event.id),
        vulnerabilities: [
          compact({
            title,
            desc: text(attrs.message) ?? text(attrs.description),
            severity: severityNames[severityId],
            category: text(attrs.format),
          }),
        ],
        resources: [
          compact({
            name: event.model ?? text(attrs.path) ?? 'model',
            type: 'AI Model',
            uid: text(attrs.sha256),
          }),
        ],
      });
      break;
    }
    case 2003: {
      activityId = 1;
      activityName = 'Create';
      const result = passed(event);
      const standard =
        event.kind === 'data.gate.result'
          ? 'Rampart dataset gate'
          : event.kind === 'model.verify.result'
            ? 'Rampart model signature verification'
            : 'Rampart red-team regression suite';
      Object.assign(base, {
        finding_info: finding(
          `${standard}: ${result === false ? 'failed' : result === true ? 'passed' : 'result'}`,
          event.id,
        ),
        compliance: compact({
          standards: [standard],
          control: text(attrs.policy) ?? text(attrs.target) ?? event.kind,
          status_id: result === undefined ? 0 : result ? 1 : 3,
          status: result === undefined ? 'Unknown' : result ? 'Pass' : 'Fail',
        }),
        resources: [
          compact({
            name: text(attrs.dataset) ?? event.model ?? text(attrs.target) ?? event.kind,
            type:
              event.source === 'data' ? 'Dataset' : event.source === 'model' ? 'AI Model' : 'AI Application',
          }),
        ],
      });
      break;
    }
    case 7001: {
      const action = text(attrs.action);
      const reverted = event.kind === 'response.reverted';
      activityId = reverted
        ? 3
        : action === 'block'
          ? 1
          : action === 'revoke_key'
            ? 2
            : action === 'tighten_limit' || action === 'degrade'
              ? 4
              : 99;
      activityName =
        { 1: 'Isolate', 2: 'Evict', 3: 'Restore', 4: 'Harden', 99: 'Other' }[activityId] ?? 'Other';
      const failed = attrs.status === 'failed';
      Object.assign(base, {
        command_uid: text(attrs.response_id) ?? event.id,
        status_id: failed ? 2 : 1,
        status: failed ? 'Failure' : 'Success',
        status_detail: text(attrs.error),
        countermeasures: action ? [{ name: action, uid: text(attrs.gateway_id) }] : undefined,
        remediation: compact({
          desc: `${action ?? 'response'} on ${text(attrs.target) ?? 'unknown target'}`,
        }),
      });
      break;
    }
    default:
      break;
  }
  base.activity_id = activityId;
  base.activity_name = activityName;
  base.type_uid = cls.class_uid * 100 + activityId;
  base.type_name = `${cls.class_name}: ${activityName}`;
  return compact(base) as OcsfEvent;
}
