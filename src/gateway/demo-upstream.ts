import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { classifyPenguin } from './demo-penguins.ts';
import { vulnerableReply } from './demo-vulnerable-chat.ts';

/**
 * A built-in demo model server for `rampart up --demo` and tests: OpenAI-compatible chat,
 * completions, embeddings and models with deterministic answers and real SSE streaming, plus a
 * KServe v2 style predict endpoint backed by a tiny iris classifier. Not a real model.
 */
export interface DemoUpstreamOptions {
  /** Delay between streamed chunks (ms). */
  chunkDelayMs?: number;
}

const models = ['demo-chat', 'demo-vulnerable', 'demo-embed', 'iris', 'penguins'];

function answerFor(prompt: string): string {
  const digest = createHash('sha256').update(prompt).digest('hex').slice(0, 8);
  const words = prompt.split(/\s+/).filter(Boolean).length;
  return `This is the Rampart demo model. Your message had ${words} word${words === 1 ? '' : 's'} (digest ${digest}). Ask a real model for real answers.`;
}

function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>);
      } catch {
        resolve({});
      }
    });
  });
}

function send(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

function promptOf(body: Record<string, unknown>): string {
  if (Array.isArray(body.messages)) {
    const last = [...body.messages]
      .reverse()
      .find((message) => (message as { role?: string }).role === 'user') as { content?: unknown } | undefined;
    return typeof last?.content === 'string' ? last.content : '';
  }
  return typeof body.prompt === 'string' ? body.prompt : '';
}

/** The chat messages with string content (the vulnerable demo model reads every role). */
function chatMessages(body: Record<string, unknown>): Array<{ role: string; content: string }> {
  if (!Array.isArray(body.messages)) return [];
  return body.messages
    .filter(
      (message): message is { role: string; content: string } =>
        typeof (message as { role?: unknown }).role === 'string' &&
        typeof (message as { content?: unknown }).content === 'string',
    )
    .map((message) => ({ role: message.role, content: message.content }));
}

/**
 * The input baseline of the demo's iris model, shipped with the package: `rampart data profile
 * examples/iris/train.csv --label species --sample-rows 500` (the 900 seeded rows the demo tree labels).
 */
export const demoIrisBaseline = join(import.meta.dirname, 'demo-data', 'iris-baseline.json');

/** Iris species from sepal/petal measurements (cm): a three-split decision tree. */
export function classifyIris(features: readonly number[]): { label: string; probabilities: number[] } {
  const petalLength = features[2] ?? 0;
  const petalWidth = features[3] ?? 0;
  if (petalLength < 2.45) return { label: 'setosa', probabilities: [0.98, 0.01, 0.01] };
  if (petalWidth < 1.75)
    return petalLength < 4.95
      ? { label: 'versicolor', probabilities: [0.01, 0.93, 0.06] }
      : { label: 'virginica', probabilities: [0.01, 0.35, 0.64] };
  return { label: 'virginica', probabilities: [0.01, 0.03, 0.96] };
}

function embedding(text: string): number[] {
  const digest = createHash('sha256').update(text).digest();
  const vector = Array.from({ length: 16 }, (_, index) => (digest[index]! - 127.5) / 127.5);
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => Math.round((value / norm) * 1e6) / 1e6);
}

export function createDemoUpstream(options: DemoUpstreamOptions = {}): Server {
  const chunkDelayMs = options.chunkDelayMs ?? 15;
  return createServer(async (request, response) => {
    const url = request.url ?? '/';
    if (request.method === 'GET' && url === '/v1/models') {
      send(response, 200, {
        object: 'list',
        data: models.map((id) => ({ id, object: 'model', owned_by: 'rampart-demo' })),
      });
      return;
    }
    if (request.method !== 'POST') return send(response, 404, { error: { message: 'not found' } });
    const body = await readJson(request);
    const model = typeof body.model === 'string' ? body.model : 'demo-chat';
    const created = 1_700_000_000;
    if (url === '/v1/chat/completions' || url === '/v1/completions') {
      const chat = url === '/v1/chat/completions';
      const prompt = promptOf(body);
      const answer =
        chat && model === 'demo-vulnerable' ? vulnerableReply(chatMessages(body)) : answerFor(prompt);
      const promptTokens = Math.ceil(prompt.length / 4) + 8;
      const words = answer.split(' ');
      const usage = {
        prompt_tokens: promptTokens,
        completion_tokens: words.length,
        total_tokens: promptTokens + words.length,
      };
      const id = `demo-${createHash('sha256').update(prompt).digest('hex').slice(0, 12)}`;
      if (body.stream === true) {
        response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const includeUsage =
          (body.stream_options as { include_usage?: boolean } | undefined)?.include_usage === true;
        for (let index = 0; index < words.length; index++) {
          const text = (index === 0 ? '' : ' ') + words[index];
          const choice = chat
            ? { index: 0, delta: { content: text }, finish_reason: null }
            : { index: 0, text, finish_reason: null };
          response.write(
            `data: ${JSON.stringify({ id, object: chat ? 'chat.completion.chunk' : 'text_completion', created, model, choices: [choice] })}\n\n`,
          );
          if (chunkDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, chunkDelayMs));
          if (response.destroyed) return;
        }
        const last = chat
          ? { index: 0, delta: {}, finish_reason: 'stop' }
          : { index: 0, text: '', finish_reason: 'stop' };
        response.write(
          `data: ${JSON.stringify({ id, object: chat ? 'chat.completion.chunk' : 'text_completion', created, model, choices: [last], ...(includeUsage ? { usage } : {}) })}\n\n`,
        );
        response.end('data: [DONE]\n\n');
        return;
      }
      const choice = chat
        ? { index: 0, message: { role: 'assistant', content: answer }, finish_reason: 'stop' }
        : { index: 0, text: answer, finish_reason: 'stop' };
      return send(response, 200, {
        id,
        object: chat ? 'chat.completion' : 'text_completion',
        created,
        model,
        choices: [choice],
        usage,
      });
    }
    if (url === '/v1/embeddings') {
      const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input ?? '')];
      const tokens = inputs.reduce((sum, input) => sum + Math.ceil(input.length / 4), 0);
      return send(response, 200, {
        object: 'list',
        model,
        data: inputs.map((input, index) => ({ object: 'embedding', index, embedding: embedding(input) })),
        usage: { prompt_tokens: tokens, total_tokens: tokens },
      });
    }
    if (url === '/v2/models/iris/infer' || url === '/v2/models/penguins/infer') {
      const penguins = url === '/v2/models/penguins/infer';
      const inputs = (body.inputs as Array<{ data?: unknown }> | undefined)?.[0]?.data;
      const rows = Array.isArray(inputs)
        ? Array.isArray(inputs[0])
          ? (inputs as number[][])
          : [inputs as number[]]
        : [];
      if (
        rows.length === 0 ||
        rows.some((row) => row.length !== 4 || row.some((value) => typeof value !== 'number'))
      ) {
        return send(response, 400, {
          error: penguins
            ? 'inputs[0].data must be rows of 4 numbers (beak length mm, beak depth mm, flipper length mm, body mass g)'
            : 'inputs[0].data must be rows of 4 numbers (sepal length/width, petal length/width in cm)',
        });
      }
      const results = rows.map(penguins ? classifyPenguin : classifyIris);
      return send(response, 200, {
        model_name: penguins ? 'penguins' : 'iris',
        outputs: [
          {
            name: 'label',
            datatype: 'BYTES',
            shape: [results.length],
            data: results.map((result) => result.label),
          },
          {
            name: 'probabilities',
            datatype: 'FP32',
            shape: [results.length, 3],
            data: results.flatMap((result) => result.probabilities),
          },
        ],
      });
    }
    send(response, 404, { error: { message: 'not found' } });
  });
}

export async function startDemoUpstream(port = 0, host = '127.0.0.1', options: DemoUpstreamOptions = {}) {
  const server = createDemoUpstream(options);
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  return {
    server,
    url: `http://${host}:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
