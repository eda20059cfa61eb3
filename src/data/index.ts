export {
  appendLogEntry,
  GENESIS_HASH,
  type LogVerification,
  type ProvenanceEntry,
  verifyLogFile,
  verifyLogText,
} from '../core/index.ts';
export type { CheckContext, CheckResult, CheckStatus, DataCheck, ReportChart, SuspectRow } from './check.ts';
export { type CsvValidation, validateCsv } from './csv-validator.ts';
export {
  Dataset,
  type DatasetFormat,
  datasetExtensions,
  formatOf,
  type OpenDatasetOptions,
} from './dataset.ts';
export {
  assertGatePassed,
  type GateOptions,
  type GateReport,
  gateEvent,
  gateFiles,
  runGate,
} from './gate.ts';
export { attestGate } from './gate-attestation.ts';
export {
  buildManifest,
  compareSnapshot,
  type DataManifest,
  type DatasetFile,
  type DatasetSnapshot,
  type DatasetTree,
  type ManifestLink,
  type ManifestVerification,
  readManifest,
  rootDigest,
  signManifest,
  snapshotDataset,
  verifyManifest,
  walkDataset,
} from './manifest.ts';
export { estimatedJaccard, minHashSignature, nearDuplicatePairs, shingles } from './minhash.ts';
export { nearestNeighbours, neighbourVotes } from './poisoning/knn.ts';
export { rankTokens, triggerScore } from './poisoning/triggers.ts';
export { type DataPolicy, dataPolicySchema, defaultPolicy, loadPolicy, parsePolicy } from './policy.ts';
export { type ColumnProfile, type DatasetProfile, parseProfile, profileDataset } from './profile.ts';
export { drawProfileSample, type ProfileSample } from './profile-sample.ts';
export { renderGateJson, renderGateJUnit, renderGateSarif } from './report/formats.ts';
export { renderGateHtml } from './report/html.ts';
export { renderGateText, renderProfileText } from './report/terminal.ts';
export { buildBaseline, dataChecks, runChecks } from './run-checks.ts';
export {
  parseTrainingRecord,
  type TrainingRecord,
  type TrainingSignal,
  type TrainingSignalKind,
  TrainingWatch,
  type TrainingWatchOptions,
} from './training-watch.ts';
