import { viewsOf } from '../normalise/normalise.ts';
import type { Detection } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';

/** Blocks an output that repeats the request's canary, also when folded, spaced out or encoded. */
export function createCanaryDetector(): Detector {
  return {
    id: 'canary',
    cost: 1,
    detect({ original, normalised, context }: DetectorInput): Detection[] {
      const canary = context.canary;
      if (!canary || canary.length < 4) return [];
      const exact = original.indexOf(canary);
      if (exact >= 0) {
        return [
          {
            ruleId: 'canary.echo',
            span: { start: exact, end: exact + canary.length },
            score: 1,
            message: 'canary token repeated in output',
          },
        ];
      }
      const folded = canary.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
      if (folded.length < 4) return [];
      for (const view of viewsOf(normalised)) {
        // Compare on letters and digits only so separators inserted between characters do not hide it.
        const positions: number[] = [];
        let compact = '';
        for (let index = 0; index < view.text.length; index++) {
          const character = view.text[index]!;
          if (/[\p{L}\p{N}]/u.test(character)) {
            compact += character;
            positions.push(index);
          }
        }
        const found = compact.indexOf(folded);
        if (found >= 0) {
          const span = view.toOriginal(positions[found]!, positions[found + folded.length - 1]! + 1);
          return [
            {
              ruleId: 'canary.echo',
              span,
              score: 1,
              message: `canary token repeated in output${view.encoding ? ` (${view.encoding})` : ''}`,
            },
          ];
        }
      }
      return [];
    },
  };
}
