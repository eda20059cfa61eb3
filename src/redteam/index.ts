export { type BoundedFetchOptions, postJson, targetOrigin } from './bounded-fetch.ts';
export {
  type ChatTargetOptions,
  chatCompletionsUrl,
  createChatTarget,
  createGuardTarget,
} from './chat-target.ts';
export { type Detection, detect, looksLikeRefusal } from './detectors.ts';
export { createJudge, type Judge, type JudgeOptions } from './judge.ts';
export {
  builtInPackPath,
  type LoadPackOptions,
  loadProbePack,
  type ProbePack,
  parseProbePack,
  plantedValues,
} from './probe-pack.ts';
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
