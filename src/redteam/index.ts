export { type BoundedFetchOptions, postJson, targetOrigin } from './bounded-fetch.ts';
export {
  type ChatTargetOptions,
  chatCompletionsUrl,
  createChatTarget,
  createGuardTarget,
} from './chat-target.ts';
export { type Detection, detect, looksLikeRefusal } from './detectors.ts';
export { barChart, renderReportHtml } from './html-report.ts';
export { createJudge, type Judge, type JudgeOptions } from './judge.ts';
export {
  builtInPackPath,
  type LoadPackOptions,
  loadProbePack,
  type ProbePack,
  parseProbePack,
  plantedValues,
} from './probe-pack.ts';
export {
  categoryTitle,
  type RedteamReport,
  renderReportJUnit,
  renderReportSarif,
  renderReportTable,
  reportEvent,
} from './report.ts';
export { type ProbeRun, type RunProbesOptions, runProbe, runProbes } from './run-probes.ts';
export { type RunIdentity, RunState } from './run-state.ts';
export {
  type CategorySummary,
  type GateOptions,
  type GateResult,
  gateRun,
  percent,
  type RunSummary,
  readBaseline,
  summariseRun,
} from './run-summary.ts';
export { type DecisionTree, type DecisionTreeOptions, trainDecisionTree } from './tabular/decision-tree.ts';
export {
  decisionEvasion,
  type EvasionAttempt,
  type EvasionBudgetRow,
  type EvasionOptions,
  evasionByBudget,
  scoreEvasion,
} from './tabular/evasion.ts';
export { type ExtractionOptions, type ExtractionResult, extractModel } from './tabular/extraction.ts';
export { type FeatureSpace, featureSpaceOf, normalisedLinf } from './tabular/feature-space.ts';
export { type LabelledRow, type MembershipResult, membershipInference } from './tabular/membership.ts';
export {
  createFunctionTarget,
  createPredictTarget,
  type Prediction,
  type PredictTarget,
  type PredictTargetOptions,
} from './tabular/predict-target.ts';
export { runTabularAttacks, type TabularAttackOptions, type TabularFindings } from './tabular-report.ts';
export { applyTransform, type TransformName, transformNames } from './transforms.ts';
export type {
  ChatReply,
  ChatTarget,
  DetectorSpec,
  PlantedValues,
  Probe,
  ProbeMessage,
  ProbeOutcome,
  ProbeResult,
} from './types.ts';
