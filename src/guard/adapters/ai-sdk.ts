import { RampartError } from '../../core/index.ts';
import type { Guard } from '../pipeline.ts';
import type { GuardMessage, MessageRole, ScanContext, ScanResult } from '../types.ts';

/*
 * Vercel AI SDK language-model middleware, typed structurally (the `ai` package is not a runtime
 * dependency). Matches LanguageModelV3Middleware: `transformParams` scans the prompt, `wrapGenerate`
 * scans the generated text, `wrapStream` scans text deltas incrementally.
 */

interface PromptPart {
  type: string;
  text?: string;
  output?: { type: string; value?: unknown };
}

interface PromptMessage {
  role: string;
  content: string | PromptPart[];
}

interface CallParams {
  prompt: PromptMessage[];
}

interface GenerateResult {
  content: Array<{ type: string; text?: string }>;
}

interface StreamPart {
  type: string;
  delta?: string;
  id?: string;
}

interface StreamResult<Part extends StreamPart> {
  stream: ReadableStream<Part>;
}

export interface GuardMiddleware {
  readonly specificationVersion: 'v3';
  transformParams<Params extends CallParams>(options: {
    type: 'generate' | 'stream';
    params: Params;
  }): Promise<Params>;
  wrapGenerate<Params extends CallParams, Result extends GenerateResult>(options: {
    doGenerate: () => PromiseLike<Result>;
    params: Params;
  }): Promise<Result>;
  wrapStream<Params extends CallParams, Part extends StreamPart, Result extends StreamResult<Part>>(options: {
    doStream: () => PromiseLike<Result>;
    params: Params;
  }): Promise<Result>;
}

export interface GuardMiddlewareOptions {
  guard: Guard;
  /** Request context (canary, system prompt, allowed hosts) for a call. */
  context?: (params: { prompt: unknown }) => ScanContext;
  /** Called with every scan result that is not `allow` (log it, emit an event); never changes the outcome. */
  onResult?: (result: ScanResult, stage: 'input' | 'output') => void;
  /** Treat `flag` as `block` (default false). */
  blockOnFlag?: boolean;
}

const roles = new Set<MessageRole>(['system', 'user', 'assistant', 'tool', 'developer']);

/** Where each scanned text came from, so redactions can be written back. */
type Origin = { message: number; part?: number; field: 'content' | 'text' | 'output' };

function flatten(prompt: PromptMessage[]): { messages: GuardMessage[]; origins: Origin[] } {
  const messages: GuardMessage[] = [];
  const origins: Origin[] = [];
  prompt.forEach((message, messageIndex) => {
    const role = (roles.has(message.role as MessageRole) ? message.role : 'user') as MessageRole;
    if (typeof message.content === 'string') {
      messages.push({ role, content: message.content });
      origins.push({ message: messageIndex, field: 'content' });
      return;
    }
    message.content.forEach((part, partIndex) => {
      if ((part.type === 'text' || part.type === 'reasoning') && typeof part.text === 'string') {
        messages.push({ role, content: part.text });
        origins.push({ message: messageIndex, part: partIndex, field: 'text' });
      } else if (part.type === 'tool-result') {
        const output = part.output;
        const value =
          output?.type === 'text'
            ? output.value
            : output?.value !== undefined
              ? JSON.stringify(output.value)
              : undefined;
        if (typeof value === 'string') {
          messages.push({ role: 'tool', content: value });
          origins.push({ message: messageIndex, part: partIndex, field: 'output' });
        }
      }
    });
  });
  return { messages, origins };
}

function blockedError(result: ScanResult, stage: string): RampartError {
  if (result.error) return result.error;
  return new RampartError('RAMPART_GUARD_BLOCKED', `the ${stage} was blocked by the guard`, {
    details: result.findings.map((finding) => ({
      scanner: finding.scanner,
      ruleId: finding.ruleId,
      span: finding.span,
    })),
  });
}

/** Creates AI SDK middleware: `wrapLanguageModel({ model, middleware: guardMiddleware({ guard }) })`. */
export function guardMiddleware(options: GuardMiddlewareOptions): GuardMiddleware {
  const { guard } = options;
  const stops = (result: ScanResult) =>
    result.verdict === 'block' || (options.blockOnFlag === true && result.verdict === 'flag');
  const report = (result: ScanResult, stage: 'input' | 'output') => {
    if (result.verdict !== 'allow' || result.error) options.onResult?.(result, stage);
  };
  return {
    specificationVersion: 'v3',
    async transformParams({ params }) {
      const { messages, origins } = flatten(params.prompt);
      const result = guard.scanInput(messages, options.context?.(params));
      report(result, 'input');
      if (stops(result)) throw blockedError(result, 'prompt');
      if (!result.redactedMessages) return params;
      const prompt = params.prompt.map((message) => ({
        ...message,
        content:
          typeof message.content === 'string'
            ? message.content
            : message.content.map((part) => ({ ...part })),
      }));
      result.redactedMessages.forEach((redacted, index) => {
        const origin = origins[index]!;
        const target = prompt[origin.message]!;
        if (origin.field === 'content') target.content = redacted.content;
        else if (Array.isArray(target.content)) {
          const part = target.content[origin.part!]!;
          if (origin.field === 'text') part.text = redacted.content;
          else if (redacted.content !== messages[index]!.content)
            part.output = { type: 'text', value: redacted.content };
        }
      });
      return { ...params, prompt } as typeof params;
    },
    async wrapGenerate({ doGenerate, params }) {
      const generated = await doGenerate();
      if (!Array.isArray(generated.content)) return generated;
      const context = options.context?.(params) ?? {};
      const content = [];
      for (const part of generated.content) {
        if (part.type !== 'text' || typeof part.text !== 'string') {
          content.push(part);
          continue;
        }
        const result = guard.scanOutput(part.text, context);
        report(result, 'output');
        if (stops(result)) throw blockedError(result, 'response');
        content.push(result.redactedText !== undefined ? { ...part, text: result.redactedText } : part);
      }
      return { ...generated, content } as typeof generated;
    },
    async wrapStream<Params extends CallParams, Part extends StreamPart, Result extends StreamResult<Part>>({
      doStream,
      params,
    }: {
      doStream: () => PromiseLike<Result>;
      params: Params;
    }): Promise<Result> {
      const streamed = await doStream();
      const context = options.context?.(params) ?? {};
      const scanners = new Map<string, ReturnType<Guard['createStreamScanner']>>();
      let stopped = false;
      const scannerFor = (id: string) => {
        let scanner = scanners.get(id);
        if (!scanner) {
          scanner = guard.createStreamScanner(context);
          scanners.set(id, scanner);
        }
        return scanner;
      };
      const errorPart = (result: ScanResult) =>
        ({ type: 'error', error: blockedError(result, 'response') }) as unknown as Part;
      const transform = new TransformStream<Part, Part>({
        transform(part, controller) {
          if (stopped) return;
          const stop = (result: ScanResult) => {
            stopped = true;
            controller.enqueue(errorPart(result));
            controller.terminate();
          };
          if (part.type === 'text-delta' && typeof part.delta === 'string') {
            const step = scannerFor(part.id ?? '').push(part.delta);
            report(step.result, 'output');
            if (stops(step.result)) return stop(step.result);
            if (step.emit !== '') controller.enqueue({ ...part, delta: step.emit });
            return;
          }
          if (part.type === 'text-end') {
            const step = scannerFor(part.id ?? '').end();
            scanners.delete(part.id ?? '');
            report(step.result, 'output');
            if (stops(step.result)) return stop(step.result);
            if (step.emit !== '')
              controller.enqueue({ type: 'text-delta', id: part.id ?? '', delta: step.emit } as Part);
          }
          controller.enqueue(part);
        },
        flush(controller) {
          if (stopped) return;
          for (const [id, scanner] of scanners) {
            const step = scanner.end();
            if (stops(step.result)) {
              controller.enqueue(errorPart(step.result));
              return;
            }
            if (step.emit !== '') controller.enqueue({ type: 'text-delta', id, delta: step.emit } as Part);
          }
        },
      });
      return { ...streamed, stream: streamed.stream.pipeThrough(transform) };
    },
  };
}
