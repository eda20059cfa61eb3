import type { InjectionClassifier } from '../classifier/model.ts';
import type { Detection } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';

/**
 * The trained classifier over the folded text and every decoded payload. Emits one detection with
 * the calibrated attack probability as its score (the highest over the views); the policy's
 * threshold decides.
 */
export function createPromptInjectionDetector(
  classifier: InjectionClassifier,
  minimumScore = 0.05,
): Detector {
  return {
    id: 'prompt-injection',
    cost: 5,
    detect({ normalised }: DetectorInput): Detection[] {
      let best: Detection | undefined;
      const views = [normalised.folded, ...normalised.decoded.map((segment) => segment.view)];
      for (const view of views) {
        if (view.text.length === 0) continue;
        const prediction = classifier.predict(view.text);
        if (prediction.attack < minimumScore || (best && best.score >= prediction.attack)) continue;
        best = {
          ruleId: `prompt-injection.${prediction.label}`,
          label: prediction.label,
          span: view.encoding
            ? view.toOriginal(0, view.text.length)
            : { start: 0, end: normalised.original.length },
          score: prediction.attack,
          message: `${prediction.label} classifier score ${prediction.attack.toFixed(3)}${view.encoding ? ` (${view.encoding}-encoded text)` : ''}`,
          data: { jailbreakProbability: Number(prediction.jailbreak.toFixed(4)) },
        };
      }
      return best ? [best] : [];
    },
  };
}
