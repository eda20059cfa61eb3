import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGuard } from './pipeline.ts';
import type { Channel } from './types.ts';

const guard = createGuard({ maxChars: 50_000 });
const allChannels: Channel[] = ['user', 'system', 'assistant', 'tool', 'output'];

/** Fails when one scan takes longer than `limitMs`: catastrophic backtracking would blow far past it. */
function scanWithin(text: string, limitMs: number) {
  for (const channel of allChannels) {
    const started = performance.now();
    const result = guard.scanText(text, channel, {
      canary: 'cnry-0000',
      systemPrompt: 'You are a test bot. Be brief.',
    });
    const elapsed = performance.now() - started;
    if (elapsed > limitMs)
      throw new Error(`scan on ${channel} took ${elapsed.toFixed(1)} ms for ${text.length} chars`);
    expect(['allow', 'flag', 'redact', 'block']).toContain(result.verdict);
  }
}

const pathological = [
  'a'.repeat(40_000),
  '@'.repeat(40_000),
  'a@'.repeat(20_000),
  '['.repeat(40_000),
  '!['.repeat(20_000),
  '](http://'.repeat(4_000),
  '-----BEGIN PRIVATE KEY-----'.repeat(1_000),
  'eyJ'.repeat(10_000),
  'eyJhbGciOi.'.repeat(3_000),
  '1 '.repeat(20_000),
  '1-'.repeat(20_000),
  '+1 '.repeat(13_000),
  '00'.repeat(20_000),
  ':'.repeat(40_000),
  'a:'.repeat(20_000),
  '%41'.repeat(13_000),
  'A'.repeat(39_999),
  '\x1b['.repeat(20_000),
  '\x1b]'.repeat(20_000),
  '<img '.repeat(8_000),
  'ignore '.repeat(5_000),
  'postgres://a:'.repeat(3_000),
  '\u200b'.repeat(40_000),
  '\ud800'.repeat(40_000),
  'x'.repeat(10_000) + '\u0000'.repeat(10_000),
];

describe('bad input', () => {
  it('scans an empty text as allow', () => {
    expect(guard.scanText('', 'user')).toEqual({ verdict: 'allow', findings: [], scores: {} });
    expect(guard.scanInput([]).verdict).toBe('allow');
  });

  it('refuses a text over maxChars with a coded error, quickly', () => {
    const started = performance.now();
    const result = guard.scanText('z'.repeat(5_000_000), 'user');
    expect(performance.now() - started).toBeLessThan(50);
    expect(result.error?.code).toBe('RAMPART_GUARD_INPUT_TOO_LARGE');
    expect(result.verdict).toBe('block');
  });

  it('refuses too many messages with a coded error', () => {
    const small = createGuard({ maxMessages: 3 });
    expect(
      small.scanInput(Array.from({ length: 4 }, () => ({ role: 'user' as const, content: 'hi' }))).error
        ?.code,
    ).toBe('RAMPART_GUARD_INPUT_TOO_LARGE');
  });

  it('refuses deeply nested message content without recursing', () => {
    let nested: unknown = 'x';
    for (let depth = 0; depth < 10_000; depth++) nested = { content: nested };
    const result = guard.scanInput([{ role: 'user', content: nested as string }]);
    expect(result.error?.code).toBe('RAMPART_GUARD_INPUT_INVALID');
    expect(guard.scanInput([{ role: 'wizard' as never, content: 'x' }]).error?.code).toBe(
      'RAMPART_GUARD_INPUT_INVALID',
    );
    expect(guard.scanInput([null as never]).error?.code).toBe('RAMPART_GUARD_INPUT_INVALID');
    expect(guard.scanText(42 as never, 'user').error?.code).toBe('RAMPART_GUARD_INPUT_INVALID');
  });

  it('refuses a text with more findings than maxFindingsPerScanner', () => {
    const text = Array.from({ length: 1_200 }, (_, index) => `user${index}@example.com`).join(' ');
    const result = guard.scanText(text, 'user');
    expect(result.verdict).toBe('block');
    expect(result.findings.at(-1)!.ruleId).toBe('pii.too-many-findings');
  });

  it('scans binary data and lone surrogates without throwing', () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 131) % 256)).toString(
      'latin1',
    );
    scanWithin(binary, 1_000);
    scanWithin('ok \ud800 \udfff \ud83d end', 1_000);
  });

  it.each(pathological.map((text) => [text.slice(0, 16), text]))('stays linear on %j…', (_name, text) => {
    scanWithin(text, 2_000);
  });

  it('stays bounded on random and adversarial strings (property)', () => {
    const alphabet = fc.constantFrom(
      'a',
      '@',
      '.',
      '-',
      ':',
      '[',
      ']',
      '(',
      ')',
      '!',
      '/',
      '=',
      '%',
      '4',
      '1',
      ' ',
      '\n',
      'eyJ',
      'AKIA',
      'ghp_',
      'ignore ',
      'previous ',
      '\u200b',
      '\x1b[',
      'https://',
      '![',
      '](',
      '\ud800',
      'é',
      'я',
      '忽略',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 400 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        (tokens, noise) => {
          scanWithin(tokens.join('') + noise, 500);
        },
      ),
      { numRuns: 60 },
    );
  });
});
