import type { Detection, Span } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';

/** Blocks an output that repeats the request's canary, also when folded, spaced out or encoded. */
export function createCanaryDetector(): Detector {
  return {
    id: 'canary',
    cost: 1,
    contextual: true,
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
      // Letters and digits only, so separators inserted between characters do not hide it. The raw
      // text catches case/spacing tricks, the folded view Unicode tricks, decoded texts encodings.
      const sources: Array<{ text: string; map: (start: number, end: number) => Span; encoding?: string }> = [
        { text: original, map: (start, end) => ({ start, end }) },
        { text: normalised.folded.text, map: (start, end) => normalised.folded.toOriginal(start, end) },
        ...normalised.decoded.map((segment) => ({
          text: segment.text,
          map: () => segment.span,
          encoding: segment.encoding,
        })),
      ];
      for (const source of sources) {
        const positions: number[] = [];
        let compact = '';
        for (let index = 0; index < source.text.length; index++) {
          const character = source.text[index]!;
          if (/[\p{L}\p{N}]/u.test(character)) {
            compact += character.toLowerCase();
            positions.push(index);
          }
        }
        const found = compact.indexOf(folded);
        if (found >= 0) {
          const span = source.map(positions[found]!, positions[found + folded.length - 1]! + 1);
          return [
            {
              ruleId: 'canary.echo',
              span,
              score: 1,
              message: `canary token repeated in output${source.encoding ? ` (${source.encoding})` : ''}`,
            },
          ];
        }
      }
      return [];
    },
  };
}
