/** Worker-thread entry of the ONNX stage: one classifier (one ONNX Runtime session) per worker. */
import { parentPort, workerData } from 'node:worker_threads';
import { OnnxClassifier, type OnnxClassifierOptions } from './onnx-classifier.ts';
import type { OnnxModelDirectory } from './onnx-model-directory.ts';

const port = parentPort!;
const { model, options } = workerData as { model: OnnxModelDirectory; options: OnnxClassifierOptions };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

try {
  const classifier = await OnnxClassifier.create(model, options);
  port.on('message', (job: { id: number; texts: string[] }) => {
    classifier.classify(job.texts).then(
      (verdicts) => port.postMessage({ id: job.id, verdicts }),
      (error: unknown) => port.postMessage({ id: job.id, error: describe(error) }),
    );
  });
  port.postMessage({ type: 'ready' });
} catch (error) {
  port.postMessage({ type: 'failed', error: describe(error) });
}
