import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { RampartError, safeJsonParse } from '../../core/index.ts';
import type { OnnxStageConfig } from './config.ts';
import { assertOptionalModule, loadOptionalModule } from './optional-module.ts';

/** What the ONNX stage needs from a model directory, read and checked once when the config loads. */
export interface OnnxModelDirectory {
  modelPath: string;
  tokenizer: object;
  tokenizerConfig: object;
  /** Label per output index, lower-cased. */
  labels: string[];
  maxTokens: number;
  padId: number;
  inputNames: string[];
}

function invalid(directory: string, problem: string, cause?: unknown): RampartError {
  return new RampartError('RAMPART_GUARD_MODEL_STAGE_INVALID', `model stage ${directory}: ${problem}`, {
    ...(cause === undefined ? {} : { cause }),
    details: { path: directory },
  });
}

function readJson(directory: string, name: string, required: boolean): Record<string, unknown> | undefined {
  const path = join(directory, name);
  if (!existsSync(path)) {
    if (required) throw invalid(directory, `${name} is missing`);
    return undefined;
  }
  try {
    const value = safeJsonParse(readFileSync(path, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not an object');
    return value as Record<string, unknown>;
  } catch (error) {
    throw invalid(directory, `${name} is not a JSON object`, error);
  }
}

/** Reads one protobuf field header and skips its value; returns the next offset, or -1 when malformed. */
function skipField(
  bytes: Uint8Array,
  offset: number,
  onField: (field: number, start: number, end: number) => void,
): number {
  let key = 0;
  let shift = 0;
  let position = offset;
  const readVarint = (): number => {
    let value = 0;
    let factor = 1;
    for (let index = 0; index < 10; index++) {
      if (position >= bytes.length) return -1;
      const byte = bytes[position++]!;
      value += (byte & 0x7f) * factor;
      factor *= 128;
      if ((byte & 0x80) === 0) return value;
    }
    return -1;
  };
  key = readVarint();
  if (key < 0) return -1;
  shift = key % 8;
  const field = Math.floor(key / 8);
  if (field === 0) return -1;
  if (shift === 0) return readVarint() < 0 ? -1 : position;
  if (shift === 1) return position + 8 <= bytes.length ? position + 8 : -1;
  if (shift === 5) return position + 4 <= bytes.length ? position + 4 : -1;
  if (shift !== 2) return -1;
  const length = readVarint();
  if (length < 0 || position + length > bytes.length) return -1;
  onField(field, position, position + length);
  return position + length;
}

/** Walks a protobuf message's top-level fields; false when the bytes are not well-formed. */
function walk(bytes: Uint8Array, onField: (field: number, start: number, end: number) => void): boolean {
  let offset = 0;
  while (offset < bytes.length) {
    offset = skipField(bytes, offset, onField);
    if (offset < 0) return false;
  }
  return true;
}

/**
 * The graph's input names, from ModelProto.graph (field 7) → GraphProto.input (11) → ValueInfoProto.name (1).
 * Undefined when the file is not a well-formed ONNX model with a graph.
 */
function onnxInputNames(bytes: Uint8Array): string[] | undefined {
  let graph: Uint8Array | undefined;
  const wellFormed = walk(bytes, (field, start, end) => {
    if (field === 7) graph = bytes.subarray(start, end);
  });
  if (!wellFormed || !graph) return undefined;
  const inputs: string[] = [];
  const graphBytes = graph;
  const graphWellFormed = walk(graphBytes, (field, start, end) => {
    if (field !== 11) return;
    walk(graphBytes.subarray(start, end), (inner, nameStart, nameEnd) => {
      if (inner === 1)
        inputs.push(Buffer.from(graphBytes.subarray(start + nameStart, start + nameEnd)).toString('utf8'));
    });
  });
  return graphWellFormed ? inputs : undefined;
}

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 100_000
    ? value
    : undefined;
}

/**
 * Checks a model directory when the config loads, so a missing or damaged model fails the config
 * (RAMPART_GUARD_MODEL_STAGE_INVALID) instead of every request: the optional packages are present,
 * tokenizer.json builds a tokenizer, model.onnx is a well-formed ONNX graph that takes input_ids.
 */
export function readOnnxModelDirectory(config: OnnxStageConfig): OnnxModelDirectory {
  const directory = config.path;
  assertOptionalModule('onnxruntime-node');
  const { Tokenizer } =
    loadOptionalModule<typeof import('@huggingface/tokenizers')>('@huggingface/tokenizers');
  if (!existsSync(directory) || !statSync(directory).isDirectory())
    throw invalid(directory, 'not a directory');
  const tokenizer = readJson(directory, 'tokenizer.json', true)!;
  const tokenizerConfig = readJson(directory, 'tokenizer_config.json', false) ?? {};
  const modelConfig = readJson(directory, 'config.json', false) ?? {};
  try {
    new Tokenizer(tokenizer, tokenizerConfig).encode('rampart');
  } catch (error) {
    throw invalid(directory, 'tokenizer.json does not describe a tokenizer', error);
  }
  const modelPath = join(directory, 'model.onnx');
  if (!existsSync(modelPath)) throw invalid(directory, 'model.onnx is missing');
  const inputNames = onnxInputNames(readFileSync(modelPath));
  if (!inputNames)
    throw invalid(directory, 'model.onnx is not a well-formed ONNX model (truncated or damaged?)');
  if (!inputNames.includes('input_ids')) {
    throw invalid(
      directory,
      `model.onnx takes ${inputNames.join(', ') || 'no inputs'}, not input_ids: export it for text classification`,
    );
  }
  const id2label = modelConfig.id2label as Record<string, unknown> | undefined;
  const labels =
    id2label && typeof id2label === 'object'
      ? Object.keys(id2label)
          .sort((a, b) => Number(a) - Number(b))
          .map((key) => String(id2label[key]).toLowerCase())
      : ['label_0', 'label_1'];
  const truncation = (tokenizer as { truncation?: { max_length?: unknown } | null }).truncation;
  const maxTokens =
    config.maxTokens ??
    positiveInteger(truncation?.max_length) ??
    positiveInteger(tokenizerConfig.model_max_length) ??
    positiveInteger(modelConfig.max_position_embeddings) ??
    512;
  const padding = (tokenizer as { padding?: { pad_id?: unknown } | null }).padding;
  const padId =
    (typeof padding?.pad_id === 'number' ? padding.pad_id : undefined) ??
    (typeof modelConfig.pad_token_id === 'number' ? modelConfig.pad_token_id : undefined) ??
    0;
  return { modelPath, tokenizer, tokenizerConfig, labels, maxTokens, padId, inputNames };
}
