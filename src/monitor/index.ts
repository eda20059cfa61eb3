export {
  type Attribution,
  type ExplainOptions,
  type Explanation,
  explainPrediction,
  type PredictRows,
} from './explain.ts';
export {
  type FairnessOptions,
  type FairnessRecord,
  type FairnessReport,
  type GroupFairness,
  type Interval,
  measureFairness,
} from './fairness.ts';
export { fairnessEvent, renderFairnessText } from './fairness-report.ts';
export { type PredictEndpoint, predictOverHttp } from './predict-client.ts';
export { type PredictionLogColumns, readPredictionLog } from './prediction-log.ts';
