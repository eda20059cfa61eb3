import { RampartError, type RouteKind, safeJsonParse } from '../core/index.ts';
import type { ParsedRequest } from './exchange.ts';

function malformed(message: string): RampartError {
  return new RampartError('RAMPART_REQUEST_MALFORMED', message);
}

/** Text of an OpenAI message content: a string, or an array of parts whose text parts are joined. */
function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (content === null || content === undefined) return '';
  if (Array.isArray(content)) {
    let text = '';
    for (const part of content) {
      if (part && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string') {
        text += (text ? '\n' : '') + (part as { text: string }).text;
      }
    }
    return text;
  }
  throw malformed('message content must be a string or an array of content parts');
}

function inputText(input: unknown, field: string): string[] {
  if (typeof input === 'string') return [input];
  if (Array.isArray(input)) {
    // Arrays of strings, or token arrays (numbers): count only strings.
    return input.filter((item): item is string => typeof item === 'string');
  }
  throw malformed(`${field} must be a string or an array`);
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
  const messages: ParsedRequest['messages'] = [];
  if (kind === 'chat') {
    if (!Array.isArray(json.messages) || json.messages.length === 0)
      throw malformed('"messages" must be a non-empty array');
    for (const message of json.messages) {
      if (message === null || typeof message !== 'object') throw malformed('each message must be an object');
      const { role, content } = message as { role?: unknown; content?: unknown };
      if (typeof role !== 'string') throw malformed('each message needs a string "role"');
      messages.push({ role, content: contentText(content) });
    }
  } else if (kind === 'completions') {
    for (const prompt of inputText(json.prompt ?? '', '"prompt"'))
      messages.push({ role: 'user', content: prompt });
  } else if (kind === 'embeddings') {
    if (json.input === undefined) throw malformed('"input" is required');
    for (const input of inputText(json.input, '"input"')) messages.push({ role: 'user', content: input });
  }
  let promptChars = 0;
  for (const message of messages) promptChars += message.content.length;
  return {
    model: json.model,
    stream: json.stream === true,
    promptChars,
    messages,
    ...(typeof maxTokensField === 'number' ? { maxTokens: maxTokensField } : {}),
  };
}
