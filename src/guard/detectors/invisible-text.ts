import type { Detection } from '../types.ts';
import type { Detector, DetectorInput } from './detector.ts';

// ESC-introduced terminal sequences: CSI (ESC [ params final), OSC (ESC ] ... BEL | ESC \), and
// two-character escapes. Bounded runs of disjoint classes: linear time.
const terminalEscape =
  /\x1b\[[0-9;?<=>]{0,32}[ -/]{0,4}[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x9b[0-9;?]{0,32}[@-~]/g;

/**
 * Reports characters that render as nothing or control the reader's terminal: zero-width and bidi
 * controls, Unicode tag characters, other control characters, and ANSI/OSC escape sequences.
 * Redaction removes them (placeholder kind '').
 */
export function createInvisibleTextDetector(): Detector {
  return {
    id: 'invisible-text',
    cost: 1,
    detect({ original, normalised }: DetectorInput): Detection[] {
      const detections: Detection[] = [];
      const covered = new Set<number>();
      if (original.includes('\x1b') || original.includes('\x9b')) {
        for (const match of original.matchAll(terminalEscape)) {
          for (let index = match.index; index < match.index + match[0].length; index++) covered.add(index);
          detections.push({
            ruleId: 'invisible-text.terminal-escape',
            kind: '',
            span: { start: match.index, end: match.index + match[0].length },
            score: 1,
            message: 'terminal escape sequence',
          });
        }
      }
      // Merge adjacent invisible characters of one kind into a single detection.
      let current: Detection | undefined;
      for (const character of normalised.invisible) {
        if (covered.has(character.span.start)) continue;
        const ruleId = `invisible-text.${character.kind}`;
        if (current && current.ruleId === ruleId && current.span.end === character.span.start) {
          current.span.end = character.span.end;
          current.data = { count: (current.data?.count as number) + 1 };
          continue;
        }
        current = {
          ruleId,
          kind: '',
          span: { ...character.span },
          score: character.kind === 'variation-selector' ? 0.3 : 1,
          message: `${character.kind} character(s)`,
          data: { count: 1 },
        };
        detections.push(current);
      }
      return detections;
    },
  };
}
