export { auditPaths } from './audit.ts';
export { type AuditRule, auditRule, auditRules } from './audit-rules.ts';
export { auditReportToSarif } from './audit-sarif.ts';
export type { AuditedFile, AuditedKind, AuditReport } from './audit-types.ts';
export { auditLaunch, type LaunchProblem, type LaunchSettings } from './model-server.ts';
