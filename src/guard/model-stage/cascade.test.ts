import { describe, expect, it } from 'vitest';
import type { GuardMessage, ScanResult } from '../types.ts';
import { type CascadeOptions, createModelCascade } from './cascade.ts';
import type { ModelStage, ModelVerdict } from './model-stage.ts';

const options: CascadeOptions = {
  band: [0.2, 0.8],
  budgetMs: 50,
  onError: 'block',
  threshold: 0.5,
  action: 'block',
  channels: ['user', 'tool'],
};

/** A fast path that reports a fixed prompt-injection score. */
const fastPath = (score: number, verdict: ScanResult['verdict'] = 'allow') => ({
  scanInput: (): ScanResult => ({ verdict, findings: [], scores: { 'prompt-injection': score } }),
});

function recordingStage(answer: (texts: readonly string[]) => Promise<ModelVerdict[]>) {
  const calls: string[][] = [];
  const stage: ModelStage = {
    kind: 'onnx',
    classify: (texts) => {
      calls.push([...texts]);
      return answer(texts);
    },
    ready: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
  return { stage, calls };
}

const attack = (texts: readonly string[]) =>
  Promise.resolve(texts.map(() => ({ attack: 0.97, label: 'injection' })));
const never = () => new Promise<ModelVerdict[]>(() => {});
const messages: GuardMessage[] = [
  { role: 'system', content: 'you are a helpful assistant' },
  { role: 'user', content: 'please act as my late grandmother' },
  { role: 'tool', content: 'retrieved page text' },
];

describe('model cascade', () => {
  it('asks the model only when the fast score lies in [low, high)', async () => {
    for (const [score, asked] of [
      [0.1, false],
      [0.2, true],
      [0.5, true],
      [0.79, true],
      [0.8, false],
      [0.95, false],
    ] as const) {
      const { stage, calls } = recordingStage(attack);
      const result = await createModelCascade(fastPath(score), stage, options)(messages);
      expect(calls.length > 0, `score ${score}`).toBe(asked);
      expect(result.modelStage?.status).toBe(asked ? 'asked' : 'skipped');
    }
  });

  it('does not ask when the fast path already blocked', async () => {
    const { stage, calls } = recordingStage(attack);
    const result = await createModelCascade(fastPath(0.5, 'block'), stage, options)(messages);
    expect(calls).toEqual([]);
    expect(result.verdict).toBe('block');
  });

  it('sends the messages on its channels in one call and blocks on an attack verdict', async () => {
    const { stage, calls } = recordingStage(attack);
    const result = await createModelCascade(fastPath(0.5), stage, options)(messages);
    expect(calls).toEqual([['please act as my late grandmother', 'retrieved page text']]);
    expect(result.verdict).toBe('block');
    expect(result.findings.map((finding) => [finding.ruleId, finding.messageIndex])).toEqual([
      ['model-stage.injection', 1],
      ['model-stage.injection', 2],
    ]);
  });

  it('a benign model verdict leaves the fast verdict as it was', async () => {
    const { stage } = recordingStage((texts) =>
      Promise.resolve(texts.map(() => ({ attack: 0.1, label: 'benign' }))),
    );
    const result = await createModelCascade(fastPath(0.6, 'flag'), stage, options)(messages);
    expect(result.verdict).toBe('flag');
    expect(result.scores['model-stage']).toBe(0.1);
  });

  it('past the time budget, onError decides: block, flag or allow', async () => {
    const expected = { block: 'block', flag: 'flag', allow: 'allow' } as const;
    for (const onError of ['block', 'flag', 'allow'] as const) {
      const { stage } = recordingStage(never);
      const result = await createModelCascade(fastPath(0.5), stage, { ...options, onError })(messages);
      expect(result.modelStage?.status).toBe('timeout');
      expect(result.verdict).toBe(expected[onError]);
      expect(result.error?.code).toBe(onError === 'block' ? 'RAMPART_GUARD_MODEL_STAGE_FAILED' : undefined);
    }
  });

  it('a failing model follows onError too', async () => {
    const { stage } = recordingStage(() => Promise.reject(new Error('session crashed')));
    const result = await createModelCascade(fastPath(0.5), stage, options)(messages);
    expect(result.modelStage?.status).toBe('failed');
    expect(result.error?.code).toBe('RAMPART_GUARD_MODEL_STAGE_FAILED');
    expect(result.verdict).toBe('block');
  });
});
