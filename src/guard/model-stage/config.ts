import { z } from 'zod';

const channelSchema = z.enum(['user', 'system', 'assistant', 'tool', 'output']);

/** The uncertain band [low, high) of the fast path's attack score in which the model is asked. */
const bandSchema = z
  .tuple([z.number().min(0).max(1), z.number().min(0).max(1)])
  .refine(([low, high]) => low < high, 'band is [low, high) with low < high');

function commonShape(budgetMs: number) {
  return {
    band: bandSchema.default([0.2, 0.8]),
    /** The model's answer must arrive within this time, or `onError` decides. */
    budgetMs: z.number().int().min(1).max(120_000).default(budgetMs),
    /** Texts per model call (ONNX: per inference batch; judge: concurrent requests). */
    batch: z.number().int().min(1).max(256).default(8),
    /** On timeout or failure: refuse (fail closed), flag, or let the fast path's verdict stand. */
    onError: z.enum(['block', 'allow', 'flag']).default('block'),
    /** A model attack score at or above this takes `action`. */
    threshold: z.number().min(0).max(1).default(0.5),
    action: z.enum(['flag', 'block']).default('block'),
    /** Which messages the model reads (the prompt-injection channels by default). */
    channels: z.array(channelSchema).min(1).default(['user', 'tool']),
  };
}

export const onnxStageSchema = z
  .object({
    kind: z.literal('onnx'),
    /** Directory with tokenizer.json and model.onnx, and config.json (id2label) when exported by optimum. */
    path: z.string().min(1),
    ...commonShape(50),
    /** Worker threads, each with one ONNX Runtime session on one intra-op thread. */
    workers: z.number().int().min(1).max(64).default(2),
    /** Tokens per window (default: tokenizer.json truncation, config.json max_position_embeddings, 512). */
    maxTokens: z.number().int().min(8).max(8_192).optional(),
    /** Longer texts are read in windows; beyond this many, the first and last halves are kept. */
    maxWindows: z.number().int().min(1).max(64).default(4),
    /** Labels that mean "not an attack"; every other label's probability counts as attack. */
    benignLabels: z.array(z.string().min(1)).min(1).default(['benign', 'safe', 'label_0']),
  })
  .strict();

export const llmJudgeStageSchema = z
  .object({
    kind: z.literal('llm-judge'),
    /** A gateway upstream by name (the gateway fills in its URL and credentials). */
    upstream: z.string().min(1).optional(),
    /** Base URL of an OpenAI-compatible server; /v1/chat/completions is appended. */
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
    /** Sent as `Authorization: Bearer <apiKey>`. */
    apiKey: z.string().optional(),
    headers: z.record(z.string(), z.string()).default({}),
    model: z.string().min(1).max(200),
    ...commonShape(2_000),
    /** Upper bound on the judge's answer. */
    maxTokens: z.number().int().min(8).max(1_024).default(40),
  })
  .strict()
  .refine((stage) => stage.upstream !== undefined || stage.url !== undefined, {
    message: 'give url (or, in the gateway, upstream: the name of an upstream)',
    path: ['url'],
  });

export const modelStageSchema = z.discriminatedUnion('kind', [onnxStageSchema, llmJudgeStageSchema]);

export type ModelStageConfig = z.output<typeof modelStageSchema>;
export type OnnxStageConfig = z.output<typeof onnxStageSchema>;
export type LlmJudgeStageConfig = z.output<typeof llmJudgeStageSchema>;
