import type { Detection } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';
import { shingleSet, shingleSize, wordsOf } from './shingles.ts';

interface Reference {
  size: number;
  shingles: Set<string>;
}

/**
 * Scores how much of the system prompt an output reproduces: the share of the prompt's word
 * shingles that appear in the output (containment). The span covers the copied region.
 */
export function createSystemPromptLeakDetector(options: { threshold?: number } = {}): Detector {
  const threshold = options.threshold ?? 0.3;
  const cache = new Map<string, Reference>();
  const referenceFor = (systemPrompt: string): Reference => {
    let reference = cache.get(systemPrompt);
    if (!reference) {
      const words = wordsOf(systemPrompt).map((entry) => entry.word);
      const size = shingleSize(words.length);
      reference = { size, shingles: shingleSet(words, size) };
      if (cache.size > 64) cache.clear();
      cache.set(systemPrompt, reference);
    }
    return reference;
  };
  return {
    id: 'system-prompt-leak',
    cost: 4,
    contextual: true,
    detect({ original, context }: DetectorInput): Detection[] {
      if (!context.systemPrompt) return [];
      const reference = referenceFor(context.systemPrompt);
      if (reference.shingles.size === 0) return [];
      const words = wordsOf(original);
      const matched = new Set<string>();
      let first = -1;
      let last = -1;
      for (let index = 0; index + reference.size <= words.length; index++) {
        let shingle = words[index]!.word;
        for (let k = 1; k < reference.size; k++) shingle += ` ${words[index + k]!.word}`;
        if (reference.shingles.has(shingle)) {
          matched.add(shingle);
          if (first < 0) first = words[index]!.start;
          last = words[index + reference.size - 1]!.end;
        }
      }
      const score = matched.size / reference.shingles.size;
      if (first < 0 || score < threshold) return [];
      return [
        {
          ruleId: 'system-prompt-leak.overlap',
          span: { start: first, end: last },
          score,
          message: `output reproduces ${Math.round(score * 100)}% of the system prompt`,
          data: { shingles: [...matched], referenceSize: reference.shingles.size },
        },
      ];
    },
  };
}
