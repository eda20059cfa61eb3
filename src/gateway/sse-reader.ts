/**
 * Incremental reader of an OpenAI-style Server-Sent Events stream: feed it bytes as they arrive;
 * it extracts completion text deltas and the usage block (when the upstream sends one) without
 * holding the stream in memory.
 */
export class SseReader {
  private pending = '';
  private readonly decoder = new TextDecoder();
  outputChars = 0;
  usage: { inputTokens: number; outputTokens: number } | undefined;

  push(chunk: Uint8Array): void {
    this.pending += this.decoder.decode(chunk, { stream: true });
    let boundary = this.pending.indexOf('\n');
    while (boundary !== -1) {
      const line = this.pending.slice(0, boundary).trimEnd();
      this.pending = this.pending.slice(boundary + 1);
      if (line.startsWith('data:')) this.onData(line.slice(5).trim());
      boundary = this.pending.indexOf('\n');
    }
    // A single line larger than 1 MiB is not a real SSE event; drop it rather than grow.
    if (this.pending.length > 1 << 20) this.pending = '';
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
