import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRequestRows } from './rows.ts';

const features = ['a', 'b', 'c'];

describe('readRequestRows', () => {
  it('reads KServe v2 nested rows, flat rows with a shape, and one tensor per feature the same way', () => {
    const expected = [
      [1, 2, 3],
      [4, 5, 6],
    ];
    const nested = readRequestRows({ inputs: [{ name: 'x', data: expected }] }, features);
    const flat = readRequestRows(
      { inputs: [{ name: 'x', shape: [2, 3], data: [1, 2, 3, 4, 5, 6] }] },
      features,
    );
    const columns = readRequestRows(
      {
        inputs: [
          { name: 'c', data: [3, 6] },
          { name: 'a', data: [1, 4] },
          { name: 'b', data: [2, 5] },
        ],
      },
      features,
    );
    const v1 = readRequestRows(
      {
        instances: [
          { a: 1, b: 2, c: 3 },
          { c: 6, b: 5, a: 4 },
        ],
      },
      features,
    );
    for (const read of [nested, flat, columns, v1]) {
      expect('rows' in read && read.rows).toEqual(expected);
    }
  });

  it('writes rows back in the shape they came in, leaving other fields alone', () => {
    const body = { id: 'r1', inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [1, 2, 3] }] };
    const read = readRequestRows(body, features);
    if (!('rows' in read)) throw new Error(read.unreadable);
    expect(read.write([[7, 8, 9]])).toEqual({
      id: 'r1',
      inputs: [{ name: 'x', shape: [1, 3], datatype: 'FP32', data: [7, 8, 9] }],
    });
    expect(body.inputs[0]!.data).toEqual([1, 2, 3]);
  });

  it('says why a body cannot be read: wrong width, no rows, unknown shape', () => {
    expect(readRequestRows({ inputs: [{ name: 'x', data: [[1, 2]] }] }, features)).toHaveProperty(
      'unreadable',
    );
    expect(readRequestRows({ instances: [] }, features)).toHaveProperty('unreadable');
    expect(readRequestRows({ data: [[1, 2, 3]] }, features)).toHaveProperty('unreadable');
    expect(
      readRequestRows({ inputs: [{ name: 'x', shape: [3, 2], data: [1, 2, 3, 4, 5, 6] }] }, features),
    ).toHaveProperty('unreadable');
  });

  it('never throws on arbitrary JSON, and rows it reads always have one value per feature (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.jsonValue({ maxDepth: 4 }), (inputs, instances) => {
        for (const body of [{ inputs }, { instances }, { inputs: [{ name: 'a', data: inputs }] }]) {
          const read = readRequestRows(body as Record<string, unknown>, features);
          if ('rows' in read) {
            expect(read.rows.every((row) => row.length === features.length)).toBe(true);
            expect(() => read.write(read.rows)).not.toThrow();
          } else expect(typeof read.unreadable).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
  });
});
