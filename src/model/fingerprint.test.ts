import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildLlmFingerprint, checkFingerprint, labelsOfAnswer, parseFingerprint } from './fingerprint.ts';

const answerOf = (salt: string) => async (prompt: string) =>
  ['alpha', 'beta', 'gamma', 'delta'][
    createHash('sha256')
      .update(salt + prompt)
      .digest()[0]! % 4
  ]!;

describe('LLM fingerprint', () => {
  it('finds a copy that repeats the owner’s canary answers, not an independent model', async () => {
    const owner = answerOf('owner');
    /** A distilled copy: the owner's answer most of the time. */
    let calls = 0;
    const copy = async (prompt: string) => (++calls % 10 === 0 ? answerOf('noise')(prompt) : owner(prompt));
    const fingerprint = await buildLlmFingerprint(owner, 'owner-llm', {
      prompts: 40,
      seed: 3,
      references: [answerOf('independent-a'), answerOf('independent-b')],
    });
    expect(parseFingerprint(JSON.parse(JSON.stringify(fingerprint)))).toEqual(fingerprint);
    const copied = await checkFingerprint(fingerprint, { completer: copy });
    expect(copied.pValue).toBeLessThan(1e-6);
    const other = await checkFingerprint(fingerprint, { completer: answerOf('independent-c') });
    expect(other.pValue).toBeGreaterThan(0.01);
  });

  it('needs reference agreements for a p-value, and refuses a file that is not a fingerprint', async () => {
    const fingerprint = await buildLlmFingerprint(answerOf('owner'), 'm', { prompts: 5, seed: 1 });
    await expect(checkFingerprint(fingerprint, { completer: answerOf('owner') })).rejects.toMatchObject({
      code: 'RAMPART_MODEL_FINGERPRINT_FAILED',
    });
    expect(() => parseFingerprint({ kind: 'classifier', version: 1 })).toThrow(
      expect.objectContaining({ code: 'RAMPART_MODEL_FINGERPRINT_FAILED' }),
    );
  });

  it('reads labels from KServe v2 label or score outputs', () => {
    expect(labelsOfAnswer({ outputs: [{ datatype: 'BYTES', data: ['a', 'b'] }] }, 2)).toEqual(['a', 'b']);
    expect(labelsOfAnswer({ outputs: [{ datatype: 'FP32', data: [0.1, 0.9, 0.7, 0.3] }] }, 2)).toEqual([
      '1',
      '0',
    ]);
  });
});
