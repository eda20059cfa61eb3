/** Worker-thread entry of the ONNX stage: one classifier (one ONNX Runtime session) per worker. */
import { parentPort, workerData } from 'node:worker_threads';
import { OnnxClassifier, type OnnxClassifierOptions } from './onnx-classifier.ts';
import type { OnnxModelDirectory } from './onnx-model-directory.ts';

const port = parentPort!;
const { model, options } = workerData as { model: OnnxModelDirectory; options: OnnxClassifierOptions };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Jobs, then one `{ type: 'close' }`: the worker finishes what it is running, releases the session and
 * lets its port go, so the thread ends by itself. Terminating a thread while ONNX Runtime is inside a
 * call (loading a session, running one) makes the native binding throw into a dying environment, and
 * that aborts the whole process, not only the worker.
 */
try {
  const classifier = await OnnxClassifier.create(model, options);
  let running = 0;
  let closing = false;
  const finishIfClosing = () => {
    if (!closing || running > 0) return;
    closing = false;
    classifier.close().then(
      () => port.close(),
      () => port.close(),
    );
  };
  port.on('message', (job: { type?: 'close'; id: number; texts: string[] }) => {
    if (job.type === 'close') {
      closing = true;
      finishIfClosing();
      return;
    }
    running++;
    classifier
      .classify(job.texts)
      .then(
        (verdicts) => port.postMessage({ id: job.id, verdicts }),
        (error: unknown) => port.postMessage({ id: job.id, error: describe(error) }),
      )
      .finally(() => {
        running--;
        finishIfClosing();
      });
  });
  port.postMessage({ type: 'ready' });
} catch (error) {
  port.postMessage({ type: 'failed', error: describe(error) });
}
