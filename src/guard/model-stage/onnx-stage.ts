import type { OnnxStageConfig } from './config.ts';
import type { ModelStage, ModelVerdict } from './model-stage.ts';
import { readOnnxModelDirectory } from './onnx-model-directory.ts';
import { OnnxWorkerPool } from './worker-pool.ts';

/**
 * The `kind: onnx` stage: the model directory is checked now (config load), workers start loading
 * the session in the background, and each call splits its texts into jobs of `batch` texts that run
 * on the workers in parallel.
 */
export function createOnnxStage(config: OnnxStageConfig): ModelStage {
  const model = readOnnxModelDirectory(config);
  const pool = new OnnxWorkerPool(config.workers, {
    model,
    options: { batch: config.batch, maxWindows: config.maxWindows, benignLabels: config.benignLabels },
  });
  return {
    kind: 'onnx',
    async classify(texts, signal) {
      const jobs: Array<Promise<ModelVerdict[]>> = [];
      for (let start = 0; start < texts.length; start += config.batch)
        jobs.push(pool.run(texts.slice(start, start + config.batch), signal));
      return (await Promise.all(jobs)).flat();
    },
    ready: () => pool.ready(),
    close: () => pool.close(),
  };
}
