/**
 * Splits a Server-Sent Events byte stream into whole events (text up to a blank line), so an
 * event can be inspected and rewritten before it is sent on. Bounded: an event larger than
 * `maxEventBytes` is an error rather than unbounded buffering.
 */
export class SseEventSplitter {
  private buffer = '';
  private readonly decoder = new TextDecoder();

  constructor(private readonly maxEventBytes = 1 << 20) {}

  push(chunk: Uint8Array): string[] {
    this.buffer += this.decoder.decode(chunk, { stream: true }).replace(/\r\n/g, '\n');
    const events: string[] = [];
    let boundary = this.buffer.indexOf('\n\n');
    while (boundary !== -1) {
      events.push(this.buffer.slice(0, boundary));
      this.buffer = this.buffer.slice(boundary + 2);
      boundary = this.buffer.indexOf('\n\n');
    }
    if (this.buffer.length > this.maxEventBytes) throw new Error('SSE event too large');
    return events;
  }

  /** What is left when the stream ends (an event without its final blank line). */
  rest(): string {
    const rest = this.buffer;
    this.buffer = '';
    return rest;
  }
}

/** The joined `data:` lines of an event, or undefined if it has none. */
export function eventData(event: string): string | undefined {
  let data: string | undefined;
  for (const line of event.split('\n')) {
    if (line.startsWith('data:')) {
      const value = line.slice(line.charCodeAt(5) === 32 ? 6 : 5);
      data = data === undefined ? value : `${data}\n${value}`;
    }
  }
  return data;
}
