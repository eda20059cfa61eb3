import { createParser } from 'eventsource-parser';
import { eventData, SseEventSplitter } from '../src/gateway/sse-events.ts';
import { SseReader } from '../src/gateway/sse-reader.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
bench:sse — Server-Sent Events parsing on a realistic OpenAI-style chat stream (chat.completion.chunk
events of a few words each, a usage event, [DONE]), fed in TCP-sized pieces that cut events and
multi-byte characters anywhere. Hand-written parsers and eventsource-parser side by side, in one run,
to decide which the gateway uses (docs/decisions/0010-sigstore-and-sse-libraries.md).

  node --import tsx bench/sse.ts                  # 2000-event stream, 200 rounds, 5 repeats
  node --import tsx bench/sse.ts --events 500 --rounds 50 --repeat 3

Cases:
  split: whole events with their data (the scanned-stream relay, which rewrites each event and
         forwards its text)
    hand     SseEventSplitter + eventData (src/gateway/sse-events.ts, the gateway's splitter)
    library  the same on eventsource-parser, each event rendered back to text (the candidate,
             defined here) + eventData
    library, data only   eventsource-parser alone, no event text (what the parse itself costs;
             not enough for the relay)
  usage: output size and usage block (the unscanned relay; JSON.parse of every event included)
    hand     the line reader SseReader used before eventsource-parser (kept here as the baseline)
    library  SseReader (src/gateway/sse-reader.ts, on eventsource-parser)
`;

const args = benchArgs(usage, {
  events: { type: 'string', default: '2000' },
  rounds: { type: 'string', default: '200' },
  repeat: { type: 'string', default: '5' },
});
const eventCount = numberFlag('events', args.events, 1);
const rounds = numberFlag('rounds', args.rounds, 1);
const repeats = numberFlag('repeat', args.repeat, 1);

/** A deterministic stream: the same bytes every run. */
function buildStream(count: number): Uint8Array {
  const words = [
    'The',
    'model',
    'answers',
    'in',
    'small',
    'pieces,',
    'née',
    'über',
    'café',
    '日本語',
    '😀',
    'tokens',
    'arrive',
  ];
  let seed = 42;
  const next = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed;
  };
  let text = '';
  for (let index = 0; index < count; index++) {
    const content = Array.from({ length: 1 + (next() % 4) }, () => words[next() % words.length]).join(' ');
    const chunk = {
      id: 'chatcmpl-9x8y7z6w5v4u3t2s1r0q',
      object: 'chat.completion.chunk',
      created: 1_765_000_000,
      model: 'gpt-4o-mini-2024-07-18',
      system_fingerprint: 'fp_0123456789',
      choices: [{ index: 0, delta: { content: ` ${content}` }, logprobs: null, finish_reason: null }],
    };
    text += `data: ${JSON.stringify(chunk)}\n\n`;
  }
  text += `data: ${JSON.stringify({ id: 'chatcmpl-9x8y7z6w5v4u3t2s1r0q', object: 'chat.completion.chunk', choices: [], usage: { prompt_tokens: 812, completion_tokens: count * 2, total_tokens: 812 + count * 2 } })}\n\n`;
  text += 'data: [DONE]\n\n';
  return new TextEncoder().encode(text);
}

/** Cut the stream into pieces of 512 B to 4 KiB, as a TCP read would hand them over. */
function pieces(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let seed = 7;
  for (let start = 0; start < bytes.length; ) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const size = 512 + (seed % 3584);
    out.push(bytes.subarray(start, start + size));
    start += size;
  }
  return out;
}

/** The candidate: SseEventSplitter's job on eventsource-parser, events rendered back to the text the relay forwards. */
class LibraryEventSplitter {
  private readonly decoder = new TextDecoder();
  private events: string[] = [];
  private readonly parser = createParser({
    maxBufferSize: 1 << 20,
    onEvent: (event) => {
      let out = '';
      if (event.id !== undefined) out += `id: ${event.id}\n`;
      if (event.event !== undefined) out += `event: ${event.event}\n`;
      this.events.push(
        out +
          event.data
            .split('\n')
            .map((line) => `data: ${line}`)
            .join('\n'),
      );
    },
    onComment: (comment) => this.events.push(`:${comment}`),
    onError: (error) => {
      throw error;
    },
  });
  push(chunk: Uint8Array): string[] {
    this.parser.feed(this.decoder.decode(chunk, { stream: true }));
    const events = this.events;
    this.events = [];
    return events;
  }
}

/** The line reader the gateway used before eventsource-parser (the baseline of the usage case). */
class HandLineReader {
  private pending = '';
  private readonly decoder = new TextDecoder();
  outputChars = 0;
  usage: unknown;
  push(chunk: Uint8Array): void {
    this.pending += this.decoder.decode(chunk, { stream: true });
    let boundary = this.pending.indexOf('\n');
    while (boundary !== -1) {
      const line = this.pending.slice(0, boundary).trimEnd();
      this.pending = this.pending.slice(boundary + 1);
      if (line.startsWith('data:')) this.onData(line.slice(5).trim());
      boundary = this.pending.indexOf('\n');
    }
    if (this.pending.length > 1 << 20) this.pending = '';
  }
  private onData(data: string): void {
    if (data === '[DONE]') return;
    let event: { choices?: Array<{ delta?: { content?: unknown } }>; usage?: unknown };
    try {
      event = JSON.parse(data);
    } catch {
      return;
    }
    for (const choice of event.choices ?? []) {
      const text = choice.delta?.content;
      if (typeof text === 'string') this.outputChars += text.length;
    }
    if (event.usage) this.usage = event.usage;
  }
}

type Case = { name: string; run: (chunks: Uint8Array[]) => number };

const cases: Case[] = [
  {
    name: 'split / hand',
    run: (chunks) => {
      const splitter = new SseEventSplitter();
      let size = 0;
      for (const chunk of chunks)
        for (const event of splitter.push(chunk)) size += eventData(event)?.length ?? 0;
      return size;
    },
  },
  {
    name: 'split / library',
    run: (chunks) => {
      const splitter = new LibraryEventSplitter();
      let size = 0;
      for (const chunk of chunks)
        for (const event of splitter.push(chunk)) size += eventData(event)?.length ?? 0;
      return size;
    },
  },
  {
    name: 'split / library, data only',
    run: (chunks) => {
      let size = 0;
      const parser = createParser({
        maxBufferSize: 1 << 20,
        onEvent: (event) => (size += event.data.length),
      });
      const decoder = new TextDecoder();
      for (const chunk of chunks) parser.feed(decoder.decode(chunk, { stream: true }));
      return size;
    },
  },
  {
    name: 'usage / hand',
    run: (chunks) => {
      const reader = new HandLineReader();
      for (const chunk of chunks) reader.push(chunk);
      return reader.outputChars;
    },
  },
  {
    name: 'usage / library',
    run: (chunks) => {
      const reader = new SseReader();
      for (const chunk of chunks) reader.push(chunk);
      reader.end();
      return reader.outputChars;
    },
  },
];

const stream = buildStream(eventCount);
const chunks = pieces(stream);
const megabytes = (stream.length * rounds) / 1e6;

// Same answer from both parsers of a pair, or the comparison means nothing.
for (const [hand, library] of [
  [cases[0]!, cases[1]!],
  [cases[3]!, cases[4]!],
] as const) {
  const expected = hand.run(chunks);
  const got = library.run(chunks);
  if (expected !== got) throw new Error(`${hand.name} gives ${expected}, ${library.name} gives ${got}`);
}

for (const [hand, library] of [[cases[0]!, cases[2]!]] as const) {
  if (hand.run(chunks) !== library.run(chunks)) throw new Error(`${hand.name} and ${library.name} disagree`);
}

const results = new Map<string, number[]>(cases.map((entry) => [entry.name, []]));
for (let repeat = 0; repeat < repeats; repeat++) {
  // Interleaved, so drift in a noisy machine hits every case alike.
  for (const entry of cases) {
    for (let warm = 0; warm < Math.min(20, rounds); warm++) entry.run(chunks);
    const start = process.hrtime.bigint();
    for (let round = 0; round < rounds; round++) entry.run(chunks);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    results.get(entry.name)!.push(megabytes / seconds);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
process.stdout.write(
  `stream: ${eventCount} events, ${(stream.length / 1024).toFixed(0)} KiB in ${chunks.length} pieces; ${rounds} rounds x ${repeats} repeats; Node ${process.version}\n\n`,
);
process.stdout.write(
  '| case | MB/s (median) | spread (min-max) | µs per event | vs hand |\n| --- | --- | --- | --- | --- |\n',
);
for (const entry of cases) {
  const values = results.get(entry.name)!;
  const rate = median(values);
  const hand = median(results.get(`${entry.name.split(' / ')[0]} / hand`)!);
  const perEvent = ((stream.length / 1e6 / rate) * 1e6) / (eventCount + 2);
  process.stdout.write(
    `| ${entry.name} | ${rate.toFixed(1)} | ${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)} | ${perEvent.toFixed(2)} | ${(rate / hand).toFixed(2)}x |\n`,
  );
}
