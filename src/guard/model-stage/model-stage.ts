import type { ModelStageConfig } from './config.ts';
import { createLlmJudgeStage } from './llm-judge.ts';
import { createOnnxStage } from './onnx-stage.ts';

/** What a model stage says about one text. */
export interface ModelVerdict {
  /** Probability (0..1) that the text is an attack. */
  attack: number;
  /** The model's label for the text ('injection', 'benign', 'attack', ...). */
  label: string;
}

/**
 * A model the user brings, asked about texts the fast path was unsure of. `classify` answers one
 * verdict per text, in order; it rejects on failure and stops early when `signal` aborts.
 */
export interface ModelStage {
  readonly kind: 'onnx' | 'llm-judge';
  classify(texts: readonly string[], signal: AbortSignal): Promise<ModelVerdict[]>;
  /** Resolves once the stage can answer (ONNX: a worker has loaded the model); rejects if it cannot. */
  ready(): Promise<void>;
  /** Frees workers and connections; in-flight calls reject. */
  close(): Promise<void>;
}

/**
 * Builds the configured stage now, at config load: a missing package or a missing/damaged model is
 * a coded error here, not at request time.
 */
export function createModelStage(config: ModelStageConfig): ModelStage {
  return config.kind === 'onnx' ? createOnnxStage(config) : createLlmJudgeStage(config);
}
