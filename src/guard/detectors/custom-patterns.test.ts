import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/normalise.ts';
import { createGuard } from '../pipeline.ts';
import { compileUserPattern, createCustomPatternsDetector } from './custom-patterns.ts';

describe('custom patterns (RE2 via re2js)', () => {
  it('redacts user-defined identifiers with their own placeholder', () => {
    const guard = createGuard({
      scanners: {
        customPatterns: {
          patterns: [{ id: 'employee-id', pattern: 'EMP-[0-9]{6}', placeholder: 'EMPLOYEE' }],
        },
      },
    });
    expect(guard.scanText('ask EMP-123456 or EMP-654321, not EMP-12', 'user').redactedText).toBe(
      'ask [EMPLOYEE_1] or [EMPLOYEE_2], not EMP-12',
    );
  });

  it('honours case-insensitive patterns and offsets after astral characters', () => {
    const detector = createCustomPatternsDetector([
      { id: 'project', pattern: 'project-[a-z]+', caseInsensitive: true },
    ]);
    const text = '😀 see PROJECT-Falcon';
    const [detection] = detector.detect({
      original: text,
      normalised: normalise(text),
      channel: 'user',
      context: {},
    });
    expect(text.slice(detection!.span.start, detection!.span.end)).toBe('PROJECT-Falcon');
  });

  it('runs catastrophic-backtracking patterns in linear time', () => {
    const detector = createCustomPatternsDetector([
      { id: 'nested', pattern: '(a+)+$' },
      { id: 'alternation', pattern: '(a|aa)+b' },
      { id: 'overlap', pattern: '(\\w+\\s?)+!' },
    ]);
    const text = `${'a'.repeat(30_000)}X ${'word '.repeat(4_000)}`;
    const started = performance.now();
    detector.detect({ original: text, normalised: normalise(text), channel: 'user', context: {} });
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('rejects constructs RE2 cannot run in linear time', () => {
    for (const pattern of ['(a)\\1', '(?=a)b', '(?<!x)y']) {
      expect(() => compileUserPattern({ id: 'bad', pattern })).toThrow(
        expect.objectContaining({ code: 'RAMPART_GUARD_PATTERN_INVALID' }),
      );
    }
  });
});
