import { describe, expect, it } from 'vitest';
import type { RampartError } from '../../core/index.ts';
import { assertOptionalModule, loadOptionalModule } from './optional-module.ts';

describe('optional packages of the model stage', () => {
  it('a package that is not installed is a coded error whose hint says what to install', () => {
    for (const load of [
      () => loadOptionalModule('rampart-no-such-package'),
      () => assertOptionalModule('rampart-no-such-package'),
    ]) {
      try {
        load();
        expect.unreachable();
      } catch (error) {
        expect((error as RampartError).code).toBe('RAMPART_GUARD_MODEL_RUNTIME_MISSING');
        expect((error as RampartError).hint).toContain(
          'npm install onnxruntime-node @huggingface/tokenizers',
        );
      }
    }
  });

  it('an installed package loads', () => {
    expect(loadOptionalModule<{ Tokenizer: unknown }>('@huggingface/tokenizers').Tokenizer).toBeTypeOf(
      'function',
    );
  });
});
