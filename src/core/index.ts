export { BatchingEventSink, type BatchingEventSinkOptions } from './batching-event-sink.ts';
export { canonicalJson } from './canonical-json.ts';
export {
  /** @deprecated see GatewayConfigView */
  type GatewayConfig,
  type GatewayConfigView,
  type GrantConfig,
  gatewayCoreShape,
  grantSchema,
  jwtSchema,
  type LimitsConfig,
  type ListenerTlsConfig,
  limitsSchema,
  listenerTlsSchema,
  looksLikeExportPath,
  modelSchema,
  mtlsPrincipalSchema,
  type RouteConfigView,
  type RouteGuardView,
  type RouteKind,
  routeBaseSchema,
  routeKinds,
  type UpstreamConfig,
  upstreamSchema,
} from './config/schema.ts';
export {
  type ConfigProblem,
  type ConfigSpec,
  deepFreeze,
  interpolateEnv,
  loadYamlFile,
  parseYamlConfig,
  validateWithSchema,
  type YamlLoadOptions,
  zodProblems,
} from './config/yaml.ts';
export { countNoun } from './count-noun.ts';
export {
  DATA_GATE_PREDICATE_TYPE,
  type DataGateAttestation,
  type DataGatePredicate,
  envelopeDigest,
  IN_TOTO_STATEMENT_V1,
  parseDsseEnvelope,
  readDataGateAttestation,
  signDataGateAttestation,
} from './data-gate-attestation.ts';
export {
  cdfFromQuantiles,
  ksAgainstQuantiles,
  ksPValue,
  ksStatisticFromQuantiles,
  populationStabilityIndex,
  smoothedPopulationStabilityIndex,
} from './distribution-shift.ts';
export {
  type DsseEnvelope,
  dsseSign,
  dsseVerify,
  IN_TOTO_PAYLOAD_TYPE,
  loadPrivateKey,
  loadPublicKey,
  preAuthEncoding,
} from './dsse.ts';
export { durationExamples, durationMilliseconds, durationSchema, durationTextSchema } from './duration.ts';
export {
  type CliExitCode,
  type ErrorArea,
  type ErrorCode,
  type ErrorCodeInfo,
  errorAreas,
  errorCodes,
} from './error-codes.ts';
export { RampartError, type RampartErrorOptions, toRampartError } from './errors.ts';
export {
  createEvent,
  type Decision,
  decisions,
  type EventPage,
  type EventQuery,
  type EventReader,
  type EventSink,
  type EventSource,
  eventSources,
  MemoryEventSink,
  type NewSecurityEvent,
  type SecurityEvent,
  type Severity,
  severities,
} from './events.ts';
export {
  type FileTree,
  type FileTreeWording,
  type LinkPolicy,
  type TreeFile,
  type TreeLink,
  type WalkFileTreeOptions,
  walkFileTree,
} from './file-tree.ts';
export { atLeast, type Finding, type FindingLocation, maxSeverity, severityRank } from './finding.ts';
export {
  allFrameworkEntries,
  type FrameworkEntry,
  type FrameworkName,
  frameworkEntry,
  frameworkIds,
  frameworkReferences,
} from './frameworks.ts';
export { constantTimeEqual, sha256File, sha256Hex } from './hash.ts';
export { HttpEventSink, type HttpEventSinkOptions } from './http-event-sink.ts';
export {
  contentDigest,
  EventStreamChain,
  keysFromJwks,
  loadResponseSigningKey,
  publicJwk,
  type ResponseSigningKey,
  type SignableRequest,
  type SignatureAlgorithm,
  signatureLabel,
  signRequest,
  signResponse,
  streamSignatureEvent,
  type VerifiedSignature,
  verifyEventStream,
  verifyRequest,
  verifyResponse,
} from './http-message-signature.ts';
export { normalCdf, normalQuantile, normalUpperTail } from './normal-distribution.ts';
export {
  dependencyMissing,
  importOptional,
  missingOptionalPackage,
  type OptionalPackage,
  optionalPackages,
  requireOptional,
  serverPackages,
  sigstorePackages,
} from './optional-dependency.ts';
export { answerLabels, answerValues } from './predict-answer.ts';
export {
  appendLogEntry,
  decidingEntry,
  entryHash,
  GENESIS_HASH,
  type LogVerification,
  type NewProvenanceEntry,
  type ProvenanceEntry,
  type RevocationEvidence,
  standingApprovals,
  verifyLogFile,
  verifyLogText,
} from './provenance-log.ts';
export { type JUnitCase, renderJUnit } from './report/junit.ts';
export { renderSarif, type SarifOptions, type SarifRule } from './report/sarif.ts';
export { renderTable } from './report/table.ts';
export { type SafeJsonOptions, safeJsonParse } from './safe-json.ts';
export { seededRandom } from './seeded-random.ts';
export {
  type Alert,
  type AlertNote,
  type AlertStatus,
  alertStatuses,
  type ComplianceFramework,
  type ComplianceReport,
  type ControlReport,
  type ControlStatus,
  complianceFrameworks,
  type EvidenceBasis,
  type FeatureEvidence,
  type ResponseAction,
  type ResponseRecord,
  type RuleStatus,
} from './soc-read-model.ts';
export { uuidv7, uuidv7Time } from './uuidv7.ts';
