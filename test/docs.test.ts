import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderErrorsDoc } from '../scripts/docs-errors.ts';

describe('generated docs', () => {
  it('docs/errors.md matches the error-code table (run `npm run docs:errors`)', () => {
    expect(readFileSync(join(import.meta.dirname, '..', 'docs', 'errors.md'), 'utf8')).toBe(
      renderErrorsDoc(),
    );
  });
});
