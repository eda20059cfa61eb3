import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RampartError } from '../core/index.ts';
import { parseRequestBody } from './parse-request.ts';

describe('parseRequestBody', () => {
  it('reads model, stream, max_tokens and message text (string and content parts)', () => {
    const parsed = parseRequestBody(
      'chat',
      Buffer.from(
        JSON.stringify({
          model: 'm',
          stream: true,
          max_tokens: 50,
          messages: [
            { role: 'system', content: 'be nice' },
            {
              role: 'user',
              content: [
                { type: 'text', text: 'hello' },
                { type: 'image_url', image_url: { url: 'x' } },
              ],
            },
          ],
        }),
      ),
    );
    expect(parsed).toMatchObject({ model: 'm', stream: true, maxTokens: 50, promptChars: 12 });
    expect(parsed.messages.map(({ role, content }) => ({ role, content }))).toEqual([
      { role: 'system', content: 'be nice' },
      { role: 'user', content: 'hello' },
    ]);
  });

  it('counts completions prompts and embedding inputs', () => {
    expect(
      parseRequestBody('completions', Buffer.from('{"model":"m","prompt":["ab","cd"]}')).promptChars,
    ).toBe(4);
    expect(parseRequestBody('embeddings', Buffer.from('{"model":"m","input":"abc"}')).promptChars).toBe(3);
  });

  it('refuses malformed shapes with a coded error', () => {
    for (const body of [
      '',
      'null',
      '[1]',
      '{"model":1}',
      '{"model":"m","messages":"x"}',
      '{"model":"m","messages":[{"content":"x"}]}',
      '{"model":"m","messages":[{"role":"u"}],"max_tokens":-1}',
    ]) {
      try {
        parseRequestBody('chat', Buffer.from(body));
        expect.unreachable(body);
      } catch (error) {
        expect(RampartError.is(error), body).toBe(true);
        expect(['RAMPART_JSON_INVALID', 'RAMPART_REQUEST_MALFORMED']).toContain((error as RampartError).code);
      }
    }
  });

  it('never throws anything but a coded 400 on random bytes or random JSON (property)', () => {
    const kinds = ['chat', 'completions', 'embeddings', 'predict'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
          fc.json().map((text) => Buffer.from(text)),
          fc
            .record(
              {
                model: fc.anything(),
                messages: fc.anything(),
                stream: fc.anything(),
                prompt: fc.anything(),
                input: fc.anything(),
              },
              { requiredKeys: [] },
            )
            .map((value) => Buffer.from(JSON.stringify(value) ?? 'null')),
        ),
        (kind, body) => {
          try {
            const parsed = parseRequestBody(kind, body);
            expect(parsed.promptChars).toBeGreaterThanOrEqual(0);
          } catch (error) {
            expect(RampartError.is(error)).toBe(true);
            expect((error as RampartError).status).toBe(400);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
