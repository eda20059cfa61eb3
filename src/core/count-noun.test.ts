import { describe, expect, it } from 'vitest';
import { countNoun } from './count-noun.ts';

describe('countNoun', () => {
  it('uses the singular for exactly one and the plural otherwise', () => {
    expect(countNoun(1, 'detection')).toBe('1 detection');
    expect(countNoun(0, 'detection')).toBe('0 detections');
    expect(countNoun(2, 'detection')).toBe('2 detections');
  });

  it('takes an irregular plural', () => {
    expect(countNoun(1, 'entry', 'entries')).toBe('1 entry');
    expect(countNoun(3, 'entry', 'entries')).toBe('3 entries');
  });
});
