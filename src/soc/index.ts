// The read model (alerts, rule status, compliance report) lives in core so the console can share it.
export type {
  Alert,
  AlertNote,
  AlertStatus,
  ComplianceFramework,
  ComplianceReport,
  ControlReport,
  FeatureEvidence,
  ResponseAction,
  ResponseRecord,
  RuleStatus,
} from '../core/index.ts';
export { alertStatuses, complianceFrameworks } from '../core/index.ts';
export type { AlertPage, AlertQuery, AlertRepository } from './alerts/alert.ts';
export { AlertManager, type AlertManagerOptions, type HandleResult } from './alerts/alert-manager.ts';
export { type CompliancePdfOptions, pdfText, renderCompliancePdf } from './compliance/compliance-pdf.ts';
export {
  buildComplianceReport,
  type ComplianceOptions,
  renderComplianceHtml,
} from './compliance/compliance-report.ts';
export { coverage, type FeatureId, features } from './compliance/coverage.ts';
export { type IncomingEvent, incomingEventSchema, parseEventLines, toSecurityEvent } from './event-schema.ts';
export { parseCef, toCef } from './export/cef.ts';
export {
  type ExportFormat,
  type ExportOptions,
  exportEvents,
  exportFormats,
  formatEvent,
  type RelayOptions,
  relayEvents,
} from './export/exporter.ts';
export { type OcsfEvent, ocsfClasses, ocsfClassFor, ocsfVersion, toOcsf } from './export/ocsf.ts';
export { validateOcsf } from './export/ocsf-schemas.ts';
export { type SyslogOptions, toSyslog } from './export/syslog.ts';
export { openSiemSender, parseSiemTarget, type SiemSender, type SiemTarget } from './export/transport.ts';
export {
  createSocServer,
  type SocServer,
  type SocServerConfig,
  type SocServerExtensions,
  type SocServerOptions,
} from './http/api.ts';
export {
  type AccessLogFormat,
  accessLogFormats,
  parseAccessLog,
  parseCloudTrail,
  parseGcsAudit,
  parseS3AccessLog,
} from './ingest/access-logs.ts';
export {
  type DatasetLocation,
  datasetLocationSchema,
  revokeDatasetApprovals,
} from './responses/dataset-approval.ts';
export {
  GatewayAdminClient,
  type GatewayAdminOptions,
  type GatewayGrant,
} from './responses/gateway-admin-client.ts';
export { executeResponse, type ResponseRequest, revertResponse } from './responses/response-executor.ts';
export { deliverWebhook, signWebhookBody, verifyWebhookSignature } from './responses/webhook.ts';
export { applyRetention, type RetentionOptions } from './retention.ts';
export { parseDuration } from './rules/duration.ts';
export { defaultRules, defaultRulesDirectory, loadRules, parseRules } from './rules/load-rules.ts';
export type { CorrelationSpec, ParsedRule, ResponseSpec, RuleDefinition } from './rules/rule-schema.ts';
export { applyRuleSettings, type RuleSettings, ruleSettingsSchema } from './rules/rule-settings.ts';
export { type Detection, RulesEngine, type RulesEngineOptions } from './rules/rules-engine.ts';
export { loadSocConfig, type SocConfig, socConfigSchema } from './soc-config.ts';
export {
  createSoc,
  createSocSink,
  EventBus,
  type EventListener,
  type Soc,
  type SocOptions,
  SocSink,
  type SocSinkOptions,
} from './soc-runtime.ts';
export {
  type ArchiveResult,
  type CountField,
  countFields,
  type EventStore,
  type StorePage,
} from './store/event-store.ts';
export { openEventStore, type StoreConfig, storeConfigSchema } from './store/open-event-store.ts';
export {
  openPostgresEventStore,
  PostgresEventStore,
  type PostgresEventStoreOptions,
} from './store/postgres-event-store.ts';
export {
  openSqliteEventStore,
  SqliteEventStore,
  type SqliteEventStoreOptions,
} from './store/sqlite-event-store.ts';
