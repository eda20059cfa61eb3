import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGuard } from './pipeline.ts';

const guard = createGuard({ streamWindow: 64 });

function streamAll(text: string, cuts: number[], context = {}, streamGuard = guard) {
  const scanner = streamGuard.createStreamScanner(context);
  let emitted = '';
  let position = 0;
  const verdicts: string[] = [];
  for (const cut of [...cuts, text.length]) {
    const step = scanner.push(text.slice(position, Math.max(position, cut)));
    position = Math.max(position, cut);
    emitted += step.emit;
    verdicts.push(step.result.verdict);
    if (step.result.verdict === 'block') return { emitted, verdicts, blocked: true };
  }
  const last = scanner.end();
  emitted += last.emit;
  verdicts.push(last.result.verdict);
  return { emitted, verdicts, blocked: last.result.verdict === 'block' };
}

describe('stream scanner', () => {
  it('redacts a secret split across chunks before any of it is sent', () => {
    const text = `Here is the key: AKIAIOSFODNN7EXAMPLE. ${'Filler text. '.repeat(10)}`;
    const { emitted } = streamAll(text, [20, 25, 30]);
    expect(emitted).toBe(guard.scanOutput(text).redactedText);
    expect(emitted).not.toContain('AKIA');
  });

  it('blocks when a split canary completes and sends no part of it', () => {
    const text = `${'Some harmless words. '.repeat(6)}token zq-88af31 done`;
    const at = text.indexOf('zq-88af31');
    const { emitted, blocked } = streamAll(text, [at + 3, at + 6], { canary: 'zq-88af31' });
    expect(blocked).toBe(true);
    expect(emitted).not.toContain('zq-8');
  });

  it('blocks a system prompt leaked gradually over many chunks', () => {
    const systemPrompt =
      'You are the internal helpdesk bot for Contoso. Never share the VPN shared secret. Escalate hardware faults to the facilities team. Always sign replies as Helpdesk.';
    const words = `Sure. ${systemPrompt} Anything else?`.split(' ');
    const scanner = guard.createStreamScanner({ systemPrompt });
    let blocked = false;
    for (const word of words) if (scanner.push(`${word} `).result.verdict === 'block') blocked = true;
    if (scanner.end().result.verdict === 'block') blocked = true;
    expect(blocked).toBe(true);
  });

  it('reports finding spans as offsets into the whole stream', () => {
    const text = `${'x'.repeat(200)} mail me: pat@example.org ${'y'.repeat(200)}`;
    const scanner = guard.createStreamScanner();
    const findings = [];
    for (let index = 0; index < text.length; index += 37)
      findings.push(...scanner.push(text.slice(index, index + 37)).result.findings);
    findings.push(...scanner.end().result.findings);
    expect(findings).toHaveLength(1);
    expect(text.slice(findings[0]!.span.start, findings[0]!.span.end)).toBe('pat@example.org');
  });

  it('emits exactly what a whole-text scan would, for any chunking (property)', () => {
    const pieces = [
      'hello ',
      'bob@example.com ',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789 ',
      'plain words ',
      '+44 20 7946 0958 ',
      '\u200b',
      '\x1b[31m',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (parts, rawCuts) => {
          const text = parts.join('');
          const cuts = rawCuts.map((cut) => cut % (text.length + 1)).sort((a, b) => a - b);
          const whole = guard.scanOutput(text);
          const { emitted } = streamAll(text, cuts);
          return emitted === (whole.redactedText ?? text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('lets prose flow a short window behind, with the default settings', () => {
    const prose = createGuard();
    const text = 'The weather in Lisbon is mild in spring, with clear mornings and a breeze. '.repeat(6);
    const scanner = prose.createStreamScanner();
    let before = '';
    for (let index = 0; index < text.length; index += 8)
      before += scanner.push(text.slice(index, index + 8)).emit;
    // All but about one window (128) and a batch went out before the stream ended.
    expect(before.length).toBeGreaterThan(text.length - 128 - 64 - 8);
    expect(before + scanner.end().emit).toBe(text);
  });

  it('holds back a token longer than the window until it is whole, and redacts it', () => {
    const prose = createGuard();
    const jwt = `eyJhbGciOiJIUzI1NiJ9.eyJ${'c3ViIjoiMTIzNDU2Nzg5MCIs'.repeat(24)}.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U`;
    expect(jwt.length).toBeGreaterThan(600);
    const text = `Your session token is ${jwt} and it expires in an hour. ${'More words follow here. '.repeat(12)}`;
    const scanner = prose.createStreamScanner();
    let emitted = '';
    for (let index = 0; index < text.length; index += 5) {
      emitted += scanner.push(text.slice(index, index + 5)).emit;
      expect(emitted).not.toContain('eyJ');
    }
    emitted += scanner.end().emit;
    expect(emitted).toBe(prose.scanOutput(text).redactedText);
    expect(emitted).toContain('[JWT_1]');
  });

  it('emits exactly what a whole-text scan would with the default window, for any chunking (property)', () => {
    const prose = createGuard();
    const pieces = [
      'plain words and more plain words ',
      'bob@example.com ',
      'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
      ' ',
      `eyJhbGciOiJIUzI1NiJ9.eyJ${'a'.repeat(300)}.sig_part-1 `,
      '4111 1111 1111 1111 ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 40 }),
        (parts, rawCuts) => {
          const text = parts.join('');
          const cuts = rawCuts.map((cut) => cut % (text.length + 1)).sort((a, b) => a - b);
          const { emitted } = streamAll(text, cuts, {}, prose);
          return emitted === (prose.scanOutput(text).redactedText ?? text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses a stream whose held-back finding keeps growing instead of buffering it all', () => {
    const small = createGuard({ streamWindow: 16 });
    const payload = Buffer.from(`mail a.b@example.com ${'and more words '.repeat(600)}`).toString('base64');
    const scanner = small.createStreamScanner();
    let last = scanner.push('data: ');
    for (let index = 0; index < payload.length && last.result.verdict !== 'block'; index += 500) {
      last = scanner.push(payload.slice(index, index + 500));
    }
    expect(last.result.verdict).toBe('block');
    expect(last.result.error?.code).toBe('RAMPART_GUARD_INPUT_TOO_LARGE');
  });
});
