import { RE2JS } from 're2js';
import { RampartError } from '../../core/index.ts';
import type { Detection } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';
import { dropOverlaps } from './pattern-rules.ts';

export interface CustomPattern {
  id: string;
  pattern: string;
  placeholder?: string;
  caseInsensitive?: boolean;
}

/**
 * Compiles a user-supplied pattern with re2js, a pure-JS port of RE2: matching is linear in the
 * input whatever the pattern, so a user pattern cannot cause catastrophic backtracking.
 */
export function compileUserPattern(pattern: CustomPattern): RE2JS {
  try {
    return RE2JS.compile(pattern.pattern, pattern.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    throw new RampartError(
      'RAMPART_GUARD_PATTERN_INVALID',
      `custom pattern '${pattern.id}' does not compile: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

/** Finds matches of user-supplied RE2 patterns ('EMP-[0-9]{6}' for employee ids, ...). */
export function createCustomPatternsDetector(patterns: readonly CustomPattern[]): Detector {
  const compiled = patterns.map((pattern) => ({ pattern, regex: compileUserPattern(pattern) }));
  return {
    id: 'custom-patterns',
    cost: 3,
    detect({ original }: DetectorInput): Detection[] {
      const detections: Detection[] = [];
      for (const { pattern, regex } of compiled) {
        const matcher = regex.matcher(original);
        while (matcher.find()) {
          const start = matcher.start();
          const end = matcher.end();
          if (end === start) continue;
          detections.push({
            ruleId: `custom-patterns.${pattern.id}`,
            kind: pattern.placeholder ?? pattern.id.toUpperCase().replaceAll('-', '_'),
            span: { start, end },
            score: 1,
            message: `custom pattern '${pattern.id}' matched`,
          });
        }
      }
      return dropOverlaps(detections);
    },
  };
}
