import type { InjectionClassifier } from '../classifier/model.ts';
import { viewsOf } from '../normalise/normalise.ts';
import { viewData, viewLabel } from '../normalise/text-view.ts';
import type { Detection } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';

/**
 * The trained classifier over the folded text, every decoded payload and every de-obfuscated view. Emits one detection with
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
      for (const view of viewsOf(normalised)) {
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
          message: `${prediction.label} classifier score ${prediction.attack.toFixed(3)}${viewLabel(view) ? ` (${viewLabel(view)})` : ''}`,
          data: { jailbreakProbability: Number(prediction.jailbreak.toFixed(4)), ...viewData(view) },
        };
      }
      return best ? [best] : [];
    },
  };
}
