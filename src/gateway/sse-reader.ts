import { createParser, type EventSourceParser } from 'eventsource-parser';

/** The most text one event (or one unterminated line) may hold before the reader drops it. */
const maxEventChars = 1 << 20;

/**
 * Incremental reader of an OpenAI-style Server-Sent Events stream: feed it bytes as they arrive;
 * it extracts completion text deltas and the usage block (when the upstream sends one) without
 * holding the stream in memory. The SSE grammar (line endings, multi-line data, comments) is
 * eventsource-parser's; an event larger than 1 MiB is dropped, and counting goes on after it.
 */
export class SseReader {
  private readonly decoder = new TextDecoder();
  private readonly parser: EventSourceParser;
  outputChars = 0;
  usage: { inputTokens: number; outputTokens: number } | undefined;

  constructor() {
    this.parser = createParser({
      maxBufferSize: maxEventChars,
      onEvent: (event) => this.onData(event.data),
      onError: (error) => {
        // Too large: forget it and read on. Other problems (an unknown field) are not ours to judge.
        if (error.type === 'max-buffer-size-exceeded') this.parser.reset();
      },
    });
  }

  push(chunk: Uint8Array): void {
    this.parser.feed(this.decoder.decode(chunk, { stream: true }));
  }

  /** The stream ended: read an event that lacked its closing blank line. */
  end(): void {
    // A blank line dispatches what is pending (an empty one dispatches nothing).
    this.parser.feed(`${this.decoder.decode()}\n\n`);
    this.parser.reset();
  }

  private onData(data: string): void {
    if (data === '[DONE]') return;
    let event: unknown;
    try {
      event = JSON.parse(data);
    } catch {
      return;
    }
    this.read(event);
  }

  /** Count an event that the caller has already parsed (its output text and usage). */
  read(event: unknown): void {
    if (!event || typeof event !== 'object') return;
    const { choices, usage } = event as {
      choices?: Array<{ delta?: { content?: unknown }; text?: unknown }>;
      usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
    };
    if (Array.isArray(choices)) {
      for (const choice of choices) {
        const text = choice?.delta?.content ?? choice?.text;
        if (typeof text === 'string') this.outputChars += text.length;
      }
    }
    if (usage && typeof usage.prompt_tokens === 'number' && typeof usage.completion_tokens === 'number') {
      this.usage = { inputTokens: usage.prompt_tokens, outputTokens: usage.completion_tokens };
    }
  }
}
