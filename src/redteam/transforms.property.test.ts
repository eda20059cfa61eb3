import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect, looksLikeRefusal } from './detectors.ts';
import { objectWith, valueAt } from './json-path.ts';
import { plantedValues } from './probe-pack.ts';
import { applyTransform, transformNames } from './transforms.ts';

const planted = plantedValues('property', 'p');

describe('properties', () => {
  it('base64 and split carry any payload exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }).filter((text) => !text.includes('"')),
        (payload) => {
          const encoded = applyTransform('base64', payload).split(': ').at(-1)!;
          expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(payload);
          const [, first, second] = applyTransform('split', payload).match(
            /a = "([\s\S]*)" and b = "([\s\S]*)"\./,
          )!;
          expect(first! + second!).toBe(payload);
        },
      ),
    );
  });

  it('every transform and detector takes any text without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const name of transformNames) expect(typeof applyTransform(name, text)).toBe('string');
        for (const kind of ['marker', 'canary', 'secret', 'markdown-image', 'refusal'] as const)
          expect(typeof detect({ kind }, text, planted).success).toBe('boolean');
        expect(typeof looksLikeRefusal(text)).toBe('boolean');
      }),
    );
  });

  it('a planted value is found however it is surrounded', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 50 }), fc.string({ maxLength: 50 }), (before, after) => {
        expect(detect({ kind: 'canary' }, `${before} ${planted.canary} ${after}`, planted).success).toBe(
          true,
        );
      }),
    );
  });

  it('a JSON path reads back what it wrote', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom('inputs', 'data', 'instances', 'x'), fc.nat({ max: 3 }).map(String)),
          { minLength: 1, maxLength: 5 },
        ),
        fc.jsonValue(),
        (steps, value) => {
          expect(valueAt(objectWith(steps, value), steps)).toEqual(value);
        },
      ),
    );
  });
});
