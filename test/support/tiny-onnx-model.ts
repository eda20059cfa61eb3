/**
 * A tiny text classifier in the layout users bring for the guard's ONNX model stage (tokenizer.json,
 * model.onnx, config.json), written by the test suite: no Python, no download.
 *
 * The ONNX file is encoded by hand (protobuf wire format, field numbers from onnx/onnx.proto):
 * input_ids → Gather(embeddings) → masked mean over the sequence → MatMul → Add → logits [batch, 2].
 * Attack words ("ignore", "instructions", ...) embed as [1, 0], other words as [0, 1] and special
 * tokens as [0, 0], so a text's attack probability grows with its share of attack words.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// --- protobuf wire format ---------------------------------------------------------------------

function varint(value: number | bigint): number[] {
  let rest = BigInt.asUintN(64, BigInt(value));
  const bytes: number[] = [];
  do {
    let byte = Number(rest & 0x7fn);
    rest >>= 7n;
    if (rest > 0n) byte |= 0x80;
    bytes.push(byte);
  } while (rest > 0n);
  return bytes;
}

type Field = number[];

/** Field `number` as a varint (wire type 0). */
function integer(number: number, value: number | bigint): Field {
  return [...varint((number << 3) | 0), ...varint(value)];
}

/** Field `number` as length-delimited bytes (wire type 2): strings, bytes and nested messages. */
function bytes(number: number, value: Uint8Array | number[]): Field {
  return [...varint((number << 3) | 2), ...varint(value.length), ...value];
}

function text(number: number, value: string): Field {
  return bytes(number, [...Buffer.from(value, 'utf8')]);
}

function message(number: number, ...fields: Field[]): Field {
  return bytes(number, fields.flat());
}

// --- ONNX messages ----------------------------------------------------------------------------

const floatType = 1;
const int64Type = 7;
const attributeInt = 2;
const attributeInts = 7;

/** TensorProto: dims=1, data_type=2, name=8, raw_data=9 (little-endian). */
function floatTensor(field: number, name: string, dims: number[], values: number[]): Field {
  const raw = Buffer.alloc(values.length * 4);
  for (const [index, value] of values.entries()) raw.writeFloatLE(value, index * 4);
  return message(
    field,
    ...dims.map((dim) => integer(1, dim)),
    integer(2, floatType),
    text(8, name),
    bytes(9, raw),
  );
}

/** AttributeProto: name=1, i=3, ints=8, type=20. */
function intAttribute(name: string, value: number): Field {
  return message(5, text(1, name), integer(3, value), integer(20, attributeInt));
}

function intsAttribute(name: string, values: number[]): Field {
  return message(5, text(1, name), ...values.map((value) => integer(8, value)), integer(20, attributeInts));
}

/** NodeProto: input=1, output=2, name=3, op_type=4, attribute=5. */
function node(opType: string, inputs: string[], output: string, ...attributes: Field[]): Field {
  return message(
    1,
    ...inputs.map((input) => text(1, input)),
    text(2, output),
    text(3, output),
    text(4, opType),
    ...attributes,
  );
}

/** ValueInfoProto name=1, type=2 → TypeProto.tensor_type=1 → elem_type=1, shape=2 → dim=1 (dim_value=1 | dim_param=2). */
function tensorValue(field: number, name: string, elementType: number, dims: Array<number | string>): Field {
  const shape = dims.map((dim) => message(1, typeof dim === 'number' ? integer(1, dim) : text(2, dim)));
  return message(field, text(1, name), message(2, message(1, integer(1, elementType), message(2, ...shape))));
}

export const tinyVocabulary = [
  '[PAD]',
  '[UNK]',
  '[CLS]',
  '[SEP]',
  'ignore',
  'previous',
  'instructions',
  'reveal',
  'system',
  'prompt',
  'disregard',
  'hello',
  'what',
  'is',
  'the',
  'weather',
  'please',
  'summarise',
  'this',
  'report',
  'a',
  'recipe',
  'for',
  'bread',
  'all',
];

const attackWords = new Set([
  'ignore',
  'previous',
  'instructions',
  'reveal',
  'system',
  'prompt',
  'disregard',
]);

/** The ONNX file (ModelProto, IR 7, opset 12) as bytes. */
export function tinyModelBytes(): Uint8Array {
  const embeddings = tinyVocabulary.flatMap((word) =>
    word.startsWith('[') ? [0, 0] : attackWords.has(word) ? [1, 0] : [0, 1],
  );
  const graph = [
    node('Gather', ['embeddings', 'input_ids'], 'embedded'),
    node('Cast', ['attention_mask'], 'mask', intAttribute('to', floatType)),
    node('Unsqueeze', ['mask'], 'mask3', intsAttribute('axes', [2])),
    node('Mul', ['embedded', 'mask3'], 'masked'),
    node('ReduceSum', ['masked'], 'summed', intsAttribute('axes', [1]), intAttribute('keepdims', 0)),
    node('ReduceSum', ['mask3'], 'count', intsAttribute('axes', [1]), intAttribute('keepdims', 0)),
    node('Div', ['summed', 'count'], 'pooled'),
    node('MatMul', ['pooled', 'weight'], 'projected'),
    node('Add', ['projected', 'bias'], 'logits'),
    text(2, 'tiny-injection-classifier'),
    floatTensor(5, 'embeddings', [tinyVocabulary.length, 2], embeddings),
    floatTensor(5, 'weight', [2, 2], [-6, 6, 6, -6]),
    floatTensor(5, 'bias', [2], [0, 0]),
    tensorValue(11, 'input_ids', int64Type, ['batch', 'sequence']),
    tensorValue(11, 'attention_mask', int64Type, ['batch', 'sequence']),
    tensorValue(12, 'logits', floatType, ['batch', 2]),
  ];
  // ModelProto: ir_version=1, producer_name=2, graph=7, opset_import=8 (domain=1, version=2).
  return Uint8Array.from([
    ...integer(1, 7),
    ...text(2, 'rampart-test'),
    ...message(7, ...graph),
    ...message(8, text(1, ''), integer(2, 12)),
  ]);
}

/** A BERT-style tokenizer.json: lower-casing, whitespace/punctuation split, WordPiece, [CLS] … [SEP]. */
export function tinyTokenizer(maxLength?: number): object {
  const special = (id: number, content: string) => ({
    id,
    content,
    single_word: false,
    lstrip: false,
    rstrip: false,
    normalized: false,
    special: true,
  });
  return {
    version: '1.0',
    truncation: maxLength
      ? { direction: 'Right', max_length: maxLength, strategy: 'LongestFirst', stride: 0 }
      : null,
    padding: null,
    added_tokens: [special(0, '[PAD]'), special(1, '[UNK]'), special(2, '[CLS]'), special(3, '[SEP]')],
    normalizer: { type: 'Lowercase' },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
      ],
      pair: [],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [2], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [3], tokens: ['[SEP]'] },
      },
    },
    decoder: null,
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab: Object.fromEntries(tinyVocabulary.map((word, index) => [word, index])),
    },
  };
}

export interface TinyModelOptions {
  /** Window length written to tokenizer.json (truncation.max_length). */
  maxLength?: number;
  /** Leave config.json out (labels then come from the stage config or LABEL_0/LABEL_1). */
  withoutConfig?: boolean;
}

/** Writes tokenizer.json, model.onnx and config.json into `directory`; returns it. */
export function writeTinyModel(directory: string, options: TinyModelOptions = {}): string {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'model.onnx'), tinyModelBytes());
  writeFileSync(join(directory, 'tokenizer.json'), JSON.stringify(tinyTokenizer(options.maxLength)));
  if (!options.withoutConfig) {
    writeFileSync(
      join(directory, 'config.json'),
      JSON.stringify({
        id2label: { 0: 'BENIGN', 1: 'INJECTION' },
        max_position_embeddings: 512,
        pad_token_id: 0,
      }),
    );
  }
  return directory;
}
