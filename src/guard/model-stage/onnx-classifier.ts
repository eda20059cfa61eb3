import type { ModelVerdict } from './model-stage.ts';
import type { OnnxModelDirectory } from './onnx-model-directory.ts';
import { loadOptionalModule } from './optional-module.ts';

/**
 * The part of onnxruntime-node this classifier uses, declared here so that type-checking never needs
 * the optional package (about 300 MB): it is loaded only when a route asks for `kind: onnx`.
 */
interface OrtTensor {
  readonly dims: readonly number[];
  readonly data: unknown;
}
interface OrtSession {
  readonly outputNames: readonly string[];
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release(): Promise<void>;
}
interface Ort {
  InferenceSession: {
    create(
      path: string,
      options: {
        intraOpNumThreads: number;
        interOpNumThreads: number;
        executionMode: 'sequential' | 'parallel';
        graphOptimizationLevel: 'disabled' | 'basic' | 'extended' | 'all';
      },
    ): Promise<OrtSession>;
  };
  Tensor: new (type: 'int64', data: BigInt64Array, dims: readonly number[]) => OrtTensor;
}
type Session = OrtSession;

export interface OnnxClassifierOptions {
  /** Windows per inference call. */
  batch: number;
  maxWindows: number;
  /** Labels (lower-case) whose probability does not count as attack. */
  benignLabels: readonly string[];
}

/** Numerically stable softmax of one row of logits. */
export function softmax(logits: ArrayLike<number>): number[] {
  let max = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < logits.length; index++) max = Math.max(max, logits[index]!);
  const exps = Array.from({ length: logits.length }, (_, index) => Math.exp(logits[index]! - max));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

/**
 * Cuts token ids into windows of at most `length`; when there are more than `maxWindows`, keeps the
 * first and the last ones (head and tail), where instructions usually sit.
 */
export function windowsOf(ids: readonly number[], length: number, maxWindows: number): number[][] {
  if (ids.length <= length) return [[...ids]];
  const windows: number[][] = [];
  for (let start = 0; start < ids.length; start += length) windows.push(ids.slice(start, start + length));
  if (windows.length <= maxWindows) return windows;
  const head = Math.ceil(maxWindows / 2);
  return [...windows.slice(0, head), ...windows.slice(windows.length - (maxWindows - head))];
}

/**
 * A sequence classifier in the Hugging Face layout (Prompt Guard, deberta-v3 prompt-injection):
 * tokenizer.json via @huggingface/tokenizers, model.onnx via onnxruntime-node on one thread.
 * Long texts are read window by window; a text's verdict is its most attack-like window.
 */
export class OnnxClassifier {
  readonly #ort: Ort;
  readonly #session: Session;
  readonly #tokenizer: import('@huggingface/tokenizers').Tokenizer;
  readonly #model: OnnxModelDirectory;
  readonly #options: OnnxClassifierOptions;
  readonly #prefix: number[];
  readonly #suffix: number[];

  private constructor(ort: Ort, session: Session, model: OnnxModelDirectory, options: OnnxClassifierOptions) {
    const { Tokenizer } =
      loadOptionalModule<typeof import('@huggingface/tokenizers')>('@huggingface/tokenizers');
    this.#ort = ort;
    this.#session = session;
    this.#model = model;
    this.#options = options;
    this.#tokenizer = new Tokenizer(model.tokenizer, model.tokenizerConfig);
    // The special tokens the tokenizer wraps a text in ([CLS] … [SEP]), added back to every window.
    const probe = 'hello';
    const wrapped: number[] = this.#tokenizer.encode(probe).ids;
    const plain: number[] = this.#tokenizer.encode(probe, { add_special_tokens: false }).ids;
    const at = wrapped.findIndex((_, index) => plain.every((id, offset) => wrapped[index + offset] === id));
    this.#prefix = at > 0 ? wrapped.slice(0, at) : [];
    this.#suffix = at >= 0 ? wrapped.slice(at + plain.length) : [];
  }

  static async create(model: OnnxModelDirectory, options: OnnxClassifierOptions): Promise<OnnxClassifier> {
    const ort = loadOptionalModule<Ort>('onnxruntime-node');
    const session = await ort.InferenceSession.create(model.modelPath, {
      intraOpNumThreads: 1,
      interOpNumThreads: 1,
      executionMode: 'sequential',
      graphOptimizationLevel: 'all',
    });
    return new OnnxClassifier(ort, session, model, options);
  }

  async classify(texts: readonly string[]): Promise<ModelVerdict[]> {
    const room = Math.max(1, this.#model.maxTokens - this.#prefix.length - this.#suffix.length);
    const windows: Array<{ text: number; ids: number[] }> = [];
    texts.forEach((text, index) => {
      const ids = this.#tokenizer.encode(text, { add_special_tokens: false }).ids;
      for (const window of windowsOf(ids, room, this.#options.maxWindows))
        windows.push({ text: index, ids: [...this.#prefix, ...window, ...this.#suffix] });
    });
    const verdicts: ModelVerdict[] = texts.map(() => ({ attack: 0, label: 'benign' }));
    for (let start = 0; start < windows.length; start += this.#options.batch) {
      const chunk = windows.slice(start, start + this.#options.batch);
      const rows = await this.#run(chunk.map((window) => window.ids));
      rows.forEach((verdict, index) => {
        const text = chunk[index]!.text;
        if (verdict.attack >= verdicts[text]!.attack) verdicts[text] = verdict;
      });
    }
    return verdicts;
  }

  async #run(batch: number[][]): Promise<ModelVerdict[]> {
    const length = Math.max(...batch.map((ids) => ids.length));
    const size = batch.length * length;
    const inputIds = new BigInt64Array(size).fill(BigInt(this.#model.padId));
    const mask = new BigInt64Array(size);
    for (const [row, ids] of batch.entries()) {
      for (const [column, id] of ids.entries()) {
        inputIds[row * length + column] = BigInt(id);
        mask[row * length + column] = 1n;
      }
    }
    const dims = [batch.length, length];
    const feeds: Record<string, OrtTensor> = {
      input_ids: new this.#ort.Tensor('int64', inputIds, dims),
    };
    if (this.#model.inputNames.includes('attention_mask'))
      feeds.attention_mask = new this.#ort.Tensor('int64', mask, dims);
    if (this.#model.inputNames.includes('token_type_ids'))
      feeds.token_type_ids = new this.#ort.Tensor('int64', new BigInt64Array(size), dims);
    const outputs = await this.#session.run(feeds);
    const logits = outputs[this.#session.outputNames[0]!]!;
    const classes = Number(logits.dims[logits.dims.length - 1]);
    const data = logits.data as Float32Array;
    const benign = new Set(this.#options.benignLabels.map((label) => label.toLowerCase()));
    return batch.map((_, row) => {
      const probabilities = softmax(data.subarray(row * classes, (row + 1) * classes));
      let attack = 0;
      let best = 0;
      probabilities.forEach((probability, index) => {
        if (!benign.has(this.#label(index))) attack += probability;
        if (probability > probabilities[best]!) best = index;
      });
      return { attack: Math.min(1, attack), label: this.#label(best) };
    });
  }

  #label(index: number): string {
    return this.#model.labels[index] ?? `label_${index}`;
  }

  async close(): Promise<void> {
    await this.#session.release();
  }
}
