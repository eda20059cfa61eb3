export { type GuardMiddleware, type GuardMiddlewareOptions, guardMiddleware } from './adapters/ai-sdk.ts';
export {
  type ExpressLikeRequest,
  type ExpressLikeResponse,
  guardExpress,
  type HttpGuardOptions,
} from './adapters/express.ts';
export { type FastifyLikeReply, type FastifyLikeRequest, guardFastify } from './adapters/fastify.ts';
export { type DatasetLabel, type DatasetRecord, parseDataset, readDataset } from './classifier/dataset.ts';
export { type ClassMetrics, classMetrics, percentile } from './classifier/metrics.ts';
export { type InjectionClassifier, loadClassifier, type Prediction } from './classifier/model.ts';
export {
  type GuardConfig,
  type GuardRouteConfig,
  guardConfigSchema,
  guardRouteSchema,
  type ResolvedGuardConfig,
  resolveGuardConfig,
} from './config.ts';
export { type CustomPattern, compileUserPattern } from './detectors/custom-patterns.ts';
export type { Detector, DetectorInput } from './detectors/detector.ts';
export { type PiiKind, piiKinds } from './detectors/pii.ts';
export { type BuiltInTopic, builtInTopics } from './detectors/topic-lexicons.ts';
export type { CustomTopic, DeniedTopic } from './detectors/topics.ts';
export {
  attackScore,
  type CalibrationBin,
  calibration,
  type EvaluationReport,
  evaluateGuard,
  type OperatingPoint,
  operatingPoints,
  predictedLabel,
  rocAuc,
  type StyleResult,
} from './evaluate.ts';
export { frameworksFor } from './frameworks.ts';
export type { ModelStageOutcome } from './model-stage/cascade.ts';
export type { ModelStageConfig } from './model-stage/config.ts';
export type { ModelStage, ModelVerdict } from './model-stage/model-stage.ts';
export { type NormalisedText, normalise } from './normalise/normalise.ts';
export { createGuard, type Guard } from './pipeline.ts';
export { applyRedactions, ConversationVault } from './redaction.ts';
export type { StreamScanner, StreamStep } from './stream-scanner.ts';
export {
  type Channel,
  channels,
  type GuardAction,
  type GuardFinding,
  type GuardMessage,
  type MessageRole,
  type PlaceholderVault,
  type ScanContext,
  type ScanResult,
  type Span,
  type Verdict,
} from './types.ts';
export { worstVerdict } from './verdict.ts';
