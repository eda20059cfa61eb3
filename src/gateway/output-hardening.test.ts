import { describe, expect, it } from 'vitest';
import { validateConfig } from './config.ts';
import {
  type Hardening,
  hardeningFor,
  hardenPredictAnswer,
  hardenScores,
  seedOutputNoise,
  stripLogprobsFromEvents,
} from './output-hardening.ts';

const plain: Hardening = { labelOnly: false, stripLogprobs: false };

describe('output hardening', () => {
  it('rounds, keeps the top k, or answers the label only', () => {
    const rounded = [0.9812, 0.0123, 0.0065];
    hardenScores(rounded, { ...plain, round: 2 });
    expect(rounded).toEqual([0.98, 0.01, 0.01]);
    const top = [0.2, 0.5, 0.3];
    hardenScores(top, { ...plain, topK: 1 });
    expect(top).toEqual([0, 0.5, 0]);
    const label = [0.2, 0.5, 0.3];
    hardenScores(label, { ...plain, labelOnly: true });
    expect(label).toEqual([0, 1, 0]);
  });

  it('adds noise that keeps probabilities summing to one', () => {
    seedOutputNoise(1);
    const row = [0.7, 0.2, 0.1];
    hardenScores(row, { ...plain, noise: 0.05 });
    expect(row).not.toEqual([0.7, 0.2, 0.1]);
    expect(row.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 9);
    expect(row.every((value) => value >= 0)).toBe(true);
  });

  it('hardens every floating-point KServe v2 output row by row, and a custom scores path', () => {
    const answer = {
      outputs: [
        { name: 'label', datatype: 'BYTES', shape: [2], data: ['a', 'b'] },
        { name: 'p', datatype: 'FP32', shape: [2, 2], data: [0.61, 0.39, 0.2, 0.8] },
      ],
    };
    hardenPredictAnswer(answer, { ...plain, labelOnly: true });
    expect(answer.outputs[1]!.data).toEqual([1, 0, 0, 1]);
    expect(answer.outputs[0]!.data).toEqual(['a', 'b']);
    const custom = { result: { probabilities: [[0.123, 0.877]] } };
    hardenPredictAnswer(custom, { ...plain, round: 1, scoresPath: 'result.probabilities' });
    expect(custom.result.probabilities).toEqual([[0.1, 0.9]]);
  });

  it('refuses an answer without the scores it promised to harden', () => {
    expect(() => hardenPredictAnswer({ predictions: [0.2] }, { ...plain, round: 1 })).toThrow(
      expect.objectContaining({ code: 'RAMPART_OUTPUT_HARDENING_FAILED' }),
    );
    expect(() =>
      hardenPredictAnswer({ other: 1 }, { ...plain, round: 1, scoresPath: 'predictions' }),
    ).toThrow(expect.objectContaining({ code: 'RAMPART_OUTPUT_HARDENING_FAILED' }));
  });

  it('drops logprobs from SSE events and leaves other events alone', () => {
    const text =
      'data: {"choices":[{"delta":{"content":"a"},"logprobs":{"content":[{"token":"a","logprob":-1}]}}]}\n\n' +
      'data: [DONE]\n\n';
    const out = stripLogprobsFromEvents(text);
    expect(out).toBe('data: {"choices":[{"delta":{"content":"a"},"logprobs":null}]}\n\ndata: [DONE]\n\n');
  });

  it('makes a degraded principal label-only on a predict route that has no hardening of its own', () => {
    const config = validateConfig({
      admin: { token: 'a'.repeat(24) },
      upstreams: { demo: { url: 'http://127.0.0.1:1' } },
      models: [{ name: 'iris', upstream: 'demo' }],
      routes: [{ id: 'iris', path: '/p', kind: 'predict', models: ['iris'], upstream: 'demo' }],
    });
    const route = config.routes[0]!;
    expect(hardeningFor(route, false)).toBeUndefined();
    expect(hardeningFor(route, true)).toMatchObject({ labelOnly: true });
  });
});
