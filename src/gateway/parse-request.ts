import { RampartError, type RouteKind, safeJsonParse } from '../core/index.ts';
import type { ParsedMessage, ParsedRequest } from './exchange.ts';
import { collectTexts, joinTexts, skipRequestProtocol, type TextSlot } from './text-fields.ts';

function malformed(message: string): RampartError {
  return new RampartError('RAMPART_REQUEST_MALFORMED', message);
}

/** Each token id counts as this many characters toward the prompt-size limit. */
const charsPerTokenId = 4;

/** One text to scan: the joined texts of its slots (a message, or one prompt). */
function textMessage(role: string, slots: TextSlot[]): ParsedMessage {
  const { text, starts } = joinTexts(slots);
  return { role, content: text, slots, starts };
}

function unreadable(): RampartError {
  return malformed('the request nests deeper than any API shape');
}

/**
 * Prompts or inputs: a string, an array of strings, or token ids (an array of integers, or an
 * array of such arrays). Token ids cannot be scanned as text: they are counted and reported.
 */
function readPrompts(
  holder: Record<string, unknown>,
  field: string,
  messages: ParsedMessage[],
): { tokenIds: number } {
  const input = holder[field];
  if (typeof input === 'string') {
    messages.push(textMessage('user', [{ holder, key: field, text: input, path: field }]));
    return { tokenIds: 0 };
  }
  if (!Array.isArray(input)) throw malformed(`"${field}" must be a string or an array`);
  let tokenIds = 0;
  input.forEach((item, index) => {
    if (typeof item === 'string') {
      messages.push(
        textMessage('user', [{ holder: input, key: index, text: item, path: `${field}.${index}` }]),
      );
    } else if (Number.isInteger(item)) tokenIds++;
    else if (Array.isArray(item) && item.every((token) => Number.isInteger(token))) tokenIds += item.length;
    else throw malformed(`"${field}" must be a string, an array of strings, or token ids`);
  });
  return { tokenIds };
}

/**
 * Read the fields the gateway routes, limits and scans on. The original bytes are forwarded
 * unchanged; nothing here re-serialises the body.
 */
export function parseRequestBody(kind: RouteKind, body: Buffer): ParsedRequest {
  if (kind === 'models') return { stream: false, promptChars: 0, messages: [] };
  const text = body.toString('utf8');
  const value = safeJsonParse(text, { maxDepth: 32 });
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw malformed('the request body must be a JSON object');
  const json = value as Record<string, unknown>;
  if (kind === 'predict') {
    return {
      stream: false,
      promptChars: 0,
      messages: [],
      json,
      ...(typeof json.model === 'string' ? { model: json.model } : {}),
    };
  }
  if (typeof json.model !== 'string' || json.model.length === 0)
    throw malformed('"model" must be a non-empty string');
  if (json.stream !== undefined && typeof json.stream !== 'boolean')
    throw malformed('"stream" must be a boolean');
  const maxTokensField = json.max_completion_tokens ?? json.max_tokens;
  if (
    maxTokensField !== undefined &&
    maxTokensField !== null &&
    (!Number.isInteger(maxTokensField) || (maxTokensField as number) < 0)
  ) {
    throw malformed('"max_tokens" must be a non-negative integer');
  }
  const messages: ParsedMessage[] = [];
  let tokenIds = 0;
  let textField: string;
  if (kind === 'chat') {
    textField = 'messages';
    if (!Array.isArray(json.messages) || json.messages.length === 0)
      throw malformed('"messages" must be a non-empty array');
    for (const message of json.messages) {
      if (message === null || typeof message !== 'object' || Array.isArray(message))
        throw malformed('each message must be an object');
      const { role, content } = message as { role?: unknown; content?: unknown };
      if (typeof role !== 'string') throw malformed('each message needs a string "role"');
      if (content !== null && content !== undefined && typeof content !== 'string' && !Array.isArray(content))
        throw malformed('message content must be a string or an array of content parts');
      // Every text of the message: content and its parts of any type, name, tool-call arguments.
      const slots: TextSlot[] = [];
      if (!collectTexts(message, slots, '', undefined, skipRequestProtocol)) throw unreadable();
      messages.push(textMessage(role, slots));
    }
  } else if (kind === 'completions') {
    textField = 'prompt';
    json.prompt ??= '';
    tokenIds = readPrompts(json, 'prompt', messages).tokenIds;
  } else {
    textField = 'input';
    if (json.input === undefined) throw malformed('"input" is required');
    tokenIds = readPrompts(json, 'input', messages).tokenIds;
  }
  // Text outside the messages or prompts (a `prompt` in a chat body, `suffix`, tool descriptions)
  // reaches the model too: it is scanned as one more user text.
  const rest: TextSlot[] = [];
  if (!collectTexts(json, rest, '', textField, skipRequestProtocol)) throw unreadable();
  if (rest.length > 0) messages.push(textMessage('user', rest));
  let promptChars = tokenIds * charsPerTokenId;
  for (const message of messages) promptChars += message.content.length;
  return {
    model: json.model,
    stream: json.stream === true,
    promptChars,
    messages,
    json,
    ...(tokenIds > 0 ? { tokenIds } : {}),
    ...(typeof maxTokensField === 'number' ? { maxTokens: maxTokensField } : {}),
  };
}
