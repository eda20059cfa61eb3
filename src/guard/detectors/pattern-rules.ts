import type { Detection, Span } from '../types.ts';
import type { DetectorInput } from './detector.ts';

/** Counts taken once per scanned text, for the rules' prefilters. */
export interface TextProfile {
  digits: number;
  colons: number;
}

export function profileOf(text: string): TextProfile {
  let digits = 0;
  let colons = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x30 && code <= 0x39) digits++;
    else if (code === 0x3a) colons++;
  }
  return { digits, colons };
}

/**
 * A rule with an optional post-match check (checksum, entropy) and a redaction placeholder. Matches
 * come from `pattern` (a global regex) or from `find` (a hand-written linear scan). `prefilter` says
 * cheaply whether the text can hold a match at all (a required character, enough digits); most
 * prompts hold no e-mail address or key, so most rules never run their regex.
 */
export interface PatternRule {
  ruleId: string;
  placeholder: string;
  pattern?: RegExp;
  find?: (text: string, found: (start: number, end: number) => void) => void;
  prefilter?: (text: string, profile: TextProfile) => boolean;
  /**
   * A cheap test several adjacent rules share (the same function): asked once per text for the run
   * of them, before their own prefilters (one union search for every keyed-secret prefix, say).
   */
  gate?: (text: string) => boolean;
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
    const profile = profileOf(text);
    // Rules that share a gate sit together: its answer is kept while the next rule has the same one.
    let gate: PatternRule['gate'];
    let open = true;
    for (const rule of rules) {
      if (rule.gate) {
        if (rule.gate !== gate) {
          gate = rule.gate;
          open = gate(text);
        }
        if (!open) continue;
      }
      if (rule.prefilter && !rule.prefilter(text, profile)) continue;
      const found = (start: number, end: number, value: string) => {
        if (rule.accept && !rule.accept(value)) return;
        detections.push({
          ruleId: rule.ruleId,
          kind: rule.placeholder,
          span: mapSpan(start, end),
          score: rule.score ?? 1,
          message: rule.message,
        });
      };
      if (rule.find) {
        rule.find(text, (start, end) => found(start, end, text.slice(start, end)));
        continue;
      }
      // exec() on the shared global regex: no iterator or regex clone per call (matchAll makes both).
      const pattern = rule.pattern!;
      pattern.lastIndex = 0;
      for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
        if (match[0].length === 0) pattern.lastIndex++;
        found(match.index, match.index + match[0].length, match[0]);
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
