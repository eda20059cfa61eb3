import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseRequestPath, subPathMatcher } from './request-path.ts';

const pathParts = fc.constantFrom(
  'a',
  'models',
  '.',
  '..',
  '',
  '%2e',
  '%2F',
  '%25',
  '\\',
  'x y',
  '%41',
  'infer',
  '~',
);

describe('normaliseRequestPath', () => {
  it('returns nothing, or a canonical path that normalises to itself', () => {
    fc.assert(
      fc.property(fc.array(pathParts, { maxLength: 8 }), (parts) => {
        const result = normaliseRequestPath(`/${parts.join('/')}`);
        if (result === undefined) return;
        expect(result.startsWith('/')).toBe(true);
        expect(result).not.toMatch(/\/\/|%|\\|(^|\/)\.\.?(\/|$)/);
        expect(normaliseRequestPath(result)).toBe(result);
      }),
    );
  });

  it('collapses empty and dot segments, decodes once, refuses encoded syntax and ..', () => {
    expect(normaliseRequestPath('//v2/./models//%41/')).toBe('/v2/models/A');
    expect(normaliseRequestPath('/a/../b')).toBeUndefined();
    expect(normaliseRequestPath('/a%2fb')).toBeUndefined();
    expect(normaliseRequestPath('/a%252fb')).toBeUndefined();
    expect(normaliseRequestPath('/a%zz')).toBeUndefined();
  });
});

describe('subPathMatcher', () => {
  it('matches whole segments, * for exactly one', () => {
    const allows = subPathMatcher(['/models/*/infer']);
    expect(allows('/models/iris/infer')).toBe(true);
    expect(allows('/models/iris/infer/x')).toBe(false);
    expect(allows('/models/infer')).toBe(false);
    expect(subPathMatcher([])('/anything')).toBe(false);
  });
});
