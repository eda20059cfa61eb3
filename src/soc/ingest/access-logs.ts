import { createEvent, RampartError, type SecurityEvent, safeJsonParse } from '../../core/index.ts';

/**
 * Object-store and cloud audit logs as `data.access` events: who read, wrote, listed or deleted
 * which object, from where, and how many bytes. One event per log record, with:
 *   principal: the requester (IAM ARN, canonical user id, or service-account e-mail)
 *   client_ip, time (the record's), decision: allow (or block when the store refused it)
 *   attrs: operation (read|write|delete|list|other), action (the store's own name), bucket, object,
 *          bytes, status, store (s3|gcs), log (s3-access|cloudtrail|gcs-audit)
 */
export const accessLogFormats = ['s3-access', 'cloudtrail', 'gcs-audit'] as const;
export type AccessLogFormat = (typeof accessLogFormats)[number];

type Operation = 'read' | 'write' | 'delete' | 'list' | 'other';

interface Access {
  time: string;
  principal: string;
  clientIp?: string;
  operation: Operation;
  action: string;
  bucket: string;
  object?: string;
  bytes?: number;
  status?: number | string;
  denied: boolean;
  store: 's3' | 'gcs';
}

function invalid(format: AccessLogFormat, where: string, reason: string): RampartError {
  return new RampartError('RAMPART_SOC_INGEST_INVALID', `${format} log ${where}: ${reason}`);
}

function toEvent(access: Access, format: AccessLogFormat): SecurityEvent {
  return createEvent({
    source: 'data',
    kind: 'data.access',
    time: access.time,
    severity: 'info',
    principal: access.principal,
    ...(access.clientIp ? { client_ip: access.clientIp } : {}),
    decision: access.denied ? 'block' : 'allow',
    attrs: {
      operation: access.operation,
      action: access.action,
      bucket: access.bucket,
      ...(access.object ? { object: access.object } : {}),
      ...(access.bytes !== undefined ? { bytes: access.bytes } : {}),
      ...(access.status !== undefined ? { status: access.status } : {}),
      store: access.store,
      log: format,
    },
  });
}

/** S3 operation (REST.GET.OBJECT) or API name (GetObject) to what it does to the data. */
function s3Operation(name: string): Operation {
  const upper = name.toUpperCase();
  if (/DELETE/.test(upper)) return 'delete';
  if (/(GET|HEAD)\.BUCKET|LISTOBJECTS|LIST/.test(upper)) return 'list';
  if (/PUT|POST|COPY|UPLOAD|RESTORE/.test(upper)) return 'write';
  if (/GET|HEAD|SELECT/.test(upper)) return 'read';
  return 'other';
}

/** Split an S3 server access log line: fields by space, "quoted" and [bracketed] kept whole. */
function s3Fields(line: string): string[] {
  const fields: string[] = [];
  const pattern = /"((?:[^"\\]|\\.)*)"|\[([^\]]*)\]|(\S+)/g;
  for (const match of line.matchAll(pattern)) fields.push(match[1] ?? match[2] ?? match[3] ?? '');
  return fields;
}

const months: Record<string, string> = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};

/** 06/Feb/2019:00:00:38 +0000 → ISO 8601. */
function s3Time(text: string): string | undefined {
  const match = /^(\d{2})\/(\w{3})\/(\d{4}):(\d{2}):(\d{2}):(\d{2}) ([+-]\d{2})(\d{2})$/.exec(text);
  if (!match || !months[match[2]!]) return undefined;
  const iso = `${match[3]}-${months[match[2]!]}-${match[1]}T${match[4]}:${match[5]}:${match[6]}${match[7]}:${match[8]}`;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

export function parseS3AccessLog(text: string): SecurityEvent[] {
  const events: SecurityEvent[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `line ${index + 1}`;
    const fields = s3Fields(line);
    if (fields.length < 18)
      throw invalid('s3-access', where, `${fields.length} fields, at least 18 expected`);
    const [, bucket, timeText, remoteIp, requester, , operation, key, , status, , bytesSent, objectSize] =
      fields;
    const time = s3Time(timeText!);
    if (!time) throw invalid('s3-access', where, `time "${timeText}" is not dd/Mon/yyyy:HH:MM:SS +zzzz`);
    const op = s3Operation(operation!);
    const bytes = Number(op === 'write' ? objectSize : bytesSent);
    const code = Number(status);
    events.push(
      toEvent(
        {
          time,
          principal: requester === '-' ? 'anonymous' : requester!,
          ...(remoteIp && remoteIp !== '-' ? { clientIp: remoteIp } : {}),
          operation: op,
          action: operation!,
          bucket: bucket!,
          ...(key && key !== '-' ? { object: decodeURIComponent(key) } : {}),
          ...(Number.isFinite(bytes) ? { bytes } : {}),
          ...(Number.isFinite(code) ? { status: code } : {}),
          denied: code === 403,
          store: 's3',
        },
        's3-access',
      ),
    );
  });
  return events;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON: one document, an array, or JSON lines. */
function jsonRecords(text: string, format: AccessLogFormat): unknown[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  try {
    const value = safeJsonParse(trimmed);
    if (Array.isArray(value)) return value;
    if (isRecord(value) && Array.isArray(value.Records)) return value.Records;
    return [value];
  } catch {
    return trimmed.split('\n').flatMap((line, index) => {
      if (line.trim() === '') return [];
      try {
        const value = safeJsonParse(line);
        return isRecord(value) && Array.isArray(value.Records) ? value.Records : [value];
      } catch {
        throw invalid(format, `line ${index + 1}`, 'not JSON');
      }
    });
  }
}

export function parseCloudTrail(text: string): SecurityEvent[] {
  return jsonRecords(text, 'cloudtrail').flatMap((record, index) => {
    const where = `record ${index + 1}`;
    if (!isRecord(record)) throw invalid('cloudtrail', where, 'not an object');
    // Only data events on S3 objects and buckets are data access; other services are left out.
    if (record.eventSource !== 's3.amazonaws.com') return [];
    const name = record.eventName;
    const time = typeof record.eventTime === 'string' ? Date.parse(record.eventTime) : Number.NaN;
    if (typeof name !== 'string' || Number.isNaN(time))
      throw invalid('cloudtrail', where, 'no eventName or eventTime');
    const identity = isRecord(record.userIdentity) ? record.userIdentity : {};
    const principal =
      (typeof identity.arn === 'string' && identity.arn) ||
      (typeof identity.principalId === 'string' && identity.principalId) ||
      (typeof identity.type === 'string' ? identity.type : 'unknown');
    const request = isRecord(record.requestParameters) ? record.requestParameters : {};
    const extra = isRecord(record.additionalEventData) ? record.additionalEventData : {};
    const op = s3Operation(name);
    const bytes = Number(op === 'write' ? extra.bytesTransferredIn : extra.bytesTransferredOut);
    return [
      toEvent(
        {
          time: new Date(time).toISOString(),
          principal,
          ...(typeof record.sourceIPAddress === 'string' ? { clientIp: record.sourceIPAddress } : {}),
          operation: op,
          action: name,
          bucket: typeof request.bucketName === 'string' ? request.bucketName : 'unknown',
          ...(typeof request.key === 'string' ? { object: request.key } : {}),
          ...(Number.isFinite(bytes) ? { bytes } : {}),
          ...(typeof record.errorCode === 'string' ? { status: record.errorCode } : {}),
          denied: record.errorCode === 'AccessDenied',
          store: 's3',
        },
        'cloudtrail',
      ),
    ];
  });
}

function gcsOperation(method: string): Operation {
  if (/\.(delete)$/.test(method)) return 'delete';
  if (/\.list$/.test(method)) return 'list';
  if (/\.(create|update|patch|compose|copy|rewrite|insert)$/.test(method)) return 'write';
  if (/\.get$/.test(method)) return 'read';
  return 'other';
}

export function parseGcsAudit(text: string): SecurityEvent[] {
  return jsonRecords(text, 'gcs-audit').flatMap((record, index) => {
    const where = `record ${index + 1}`;
    if (!isRecord(record) || !isRecord(record.protoPayload))
      throw invalid('gcs-audit', where, 'no protoPayload');
    const payload = record.protoPayload;
    if (payload.serviceName !== undefined && payload.serviceName !== 'storage.googleapis.com') return [];
    const method = payload.methodName;
    const time = typeof record.timestamp === 'string' ? Date.parse(record.timestamp) : Number.NaN;
    if (typeof method !== 'string' || Number.isNaN(time))
      throw invalid('gcs-audit', where, 'no methodName or timestamp');
    const authentication = isRecord(payload.authenticationInfo) ? payload.authenticationInfo : {};
    const metadata = isRecord(payload.requestMetadata) ? payload.requestMetadata : {};
    const resource = typeof payload.resourceName === 'string' ? payload.resourceName : '';
    const match = /^projects\/[^/]+\/buckets\/([^/]+)(?:\/objects\/(.+))?$/.exec(resource);
    const labels =
      isRecord(record.resource) && isRecord(record.resource.labels) ? record.resource.labels : {};
    const status = isRecord(payload.status) ? payload.status.code : undefined;
    return [
      toEvent(
        {
          time: new Date(time).toISOString(),
          principal:
            typeof authentication.principalEmail === 'string' ? authentication.principalEmail : 'anonymous',
          ...(typeof metadata.callerIp === 'string' ? { clientIp: metadata.callerIp } : {}),
          operation: gcsOperation(method),
          action: method,
          bucket: match?.[1] ?? (typeof labels.bucket_name === 'string' ? labels.bucket_name : 'unknown'),
          ...(match?.[2] ? { object: match[2] } : {}),
          ...(typeof status === 'number' ? { status } : {}),
          // google.rpc.Code 7: PERMISSION_DENIED
          denied: status === 7,
          store: 'gcs',
        },
        'gcs-audit',
      ),
    ];
  });
}

export function parseAccessLog(format: AccessLogFormat, text: string): SecurityEvent[] {
  if (format === 's3-access') return parseS3AccessLog(text);
  if (format === 'cloudtrail') return parseCloudTrail(text);
  return parseGcsAudit(text);
}
