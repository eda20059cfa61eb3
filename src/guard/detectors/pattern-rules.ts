import type { Detection, Span } from '../types.ts';
import type { DetectorInput } from './detector.ts';

/** A regex rule with an optional post-match check (checksum, entropy) and a redaction placeholder. */
export interface PatternRule {
  ruleId: string;
  placeholder: string;
  pattern: RegExp;
  message: string;
  accept?: (match: string) => boolean;
  score?: number;
}

/**
 * Runs global regex rules over the original text and over every decoded payload (whose matches
 * span the whole encoded segment), keeping the earliest, then longest, of overlapping matches.
 */
export function matchPatternRules(
  { original, normalised }: DetectorInput,
  rules: readonly PatternRule[],
): Detection[] {
  const detections: Detection[] = [];
  const scan = (text: string, mapSpan: (start: number, end: number) => Span) => {
    for (const rule of rules) {
      // exec() on the shared global regex: no iterator or regex clone per call (matchAll makes both).
      const pattern = rule.pattern;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (match[0].length === 0) pattern.lastIndex++;
        if (rule.accept && !rule.accept(match[0])) continue;
        detections.push({
          ruleId: rule.ruleId,
          kind: rule.placeholder,
          span: mapSpan(match.index, match.index + match[0].length),
          score: rule.score ?? 1,
          message: rule.message,
        });
      }
    }
  };
  scan(original, (start, end) => ({ start, end }));
  for (const segment of normalised.decoded) scan(segment.text, () => segment.span);
  return dropOverlaps(detections);
}

/** Keeps the earliest, then longest, of overlapping detections (a card number is not also a phone). */
export function dropOverlaps(detections: Detection[]): Detection[] {
  const sorted = [...detections].sort(
    (a, b) => a.span.start - b.span.start || b.span.end - b.span.start - (a.span.end - a.span.start),
  );
  const kept: Detection[] = [];
  let reach = -1;
  for (const detection of sorted) {
    if (detection.span.start >= reach || detection.span.start === detection.span.end) {
      kept.push(detection);
      reach = Math.max(reach, detection.span.end);
    }
  }
  return kept;
}
