import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SseReader } from './sse-reader.ts';

const encoder = new TextEncoder();
const chunk = (content: string) => `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}`;
const usage = `data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: 7, completion_tokens: 3 } })}`;

function read(parts: string[]): SseReader {
  const reader = new SseReader();
  for (const part of parts) reader.push(encoder.encode(part));
  reader.end();
  return reader;
}

describe('SseReader (usage and output size of an OpenAI-style stream)', () => {
  it('counts delta text and reads the usage block, ignoring [DONE], comments and other fields', () => {
    const stream = `: keep-alive\n\nid: 1\nevent: message\n${chunk('Hello')}\n\n${chunk(', world')}\n\n${usage}\n\ndata: [DONE]\n\n`;
    const reader = read([stream]);
    expect(reader.outputChars).toBe('Hello, world'.length);
    expect(reader.usage).toEqual({ inputTokens: 7, outputTokens: 3 });
  });

  it('reads CRLF and CR line endings and legacy completions (choices[].text)', () => {
    const legacy = `data: ${JSON.stringify({ choices: [{ text: 'abc' }] })}`;
    expect(read([`${chunk('ab')}\r\n\r\n${legacy}\r\r${usage}\r\n\r\n`]).outputChars).toBe(5);
  });

  it('reads a last event that lacks its closing blank line when the stream ends', () => {
    expect(read([`${chunk('ab')}\n\n${usage}`]).usage).toEqual({ inputTokens: 7, outputTokens: 3 });
  });

  it('drops an event over 1 MiB and goes on counting after it', () => {
    const reader = read([
      chunk('one'),
      '\n\n',
      `data: ${'x'.repeat(1_200_000)}`,
      '\n\n',
      `${chunk('two')}\n\n`,
    ]);
    expect(reader.outputChars).toBe(6);
  });

  it('the same counts whatever the chunk boundaries, multi-byte characters split included', () => {
    const stream = `${chunk('héllo ')}\n\n${chunk('wörld 😀')}\n\n${chunk('日本')}\n\n${usage}\n\ndata: [DONE]\n\n`;
    const bytes = encoder.encode(stream);
    const whole = new SseReader();
    whole.push(bytes);
    whole.end();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: bytes.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const reader = new SseReader();
          let start = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            reader.push(bytes.subarray(start, cut));
            start = cut;
          }
          reader.push(bytes.subarray(start));
          reader.end();
          expect(reader.outputChars).toBe(whole.outputChars);
          expect(reader.usage).toEqual(whole.usage);
        },
      ),
      { numRuns: 200 },
    );
    expect(whole.outputChars).toBe('héllo wörld 😀日本'.length);
  });
});
