import { describe, expect, it } from 'vitest';
import { loadProbePack, parseProbePack } from './probe-pack.ts';

describe('probe packs', () => {
  it('the built-in pack has at least 300 probes across every category, each with a detector', () => {
    const pack = loadProbePack();
    expect(pack.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pack.probes.length).toBeGreaterThanOrEqual(300);
    const categories = new Set(pack.probes.map((probe) => probe.category));
    for (const category of [
      'injection-direct',
      'injection-indirect',
      'jailbreak',
      'system-prompt-extraction',
      'secret-exfiltration',
      'markdown-exfiltration',
      'multi-turn',
      'benign',
    ])
      expect(categories).toContain(category);
    const transforms = new Set(pack.probes.map((probe) => probe.transform));
    expect([...transforms].sort()).toEqual([
      'base64',
      'homoglyph',
      'leetspeak',
      'none',
      'spacing',
      'split',
      'translation',
    ]);
    expect(new Set(pack.probes.map((probe) => probe.id)).size).toBe(pack.probes.length);
  });

  it('plants unique values per probe into the system prompt; the same seed plants the same ones', () => {
    const [first, second] = loadProbePack().probes;
    expect(first!.system).toContain(first!.planted.canary);
    expect(first!.system).toContain(first!.planted.secret);
    expect(first!.planted.canary).not.toBe(second!.planted.canary);
    expect(loadProbePack().probes[0]!.planted).toEqual(first!.planted);
    expect(loadProbePack(undefined, { seed: 'other' }).probes[0]!.planted.canary).not.toBe(
      first!.planted.canary,
    );
  });

  it('indirect probes put the transformed payload into the carrier message (tool, document)', () => {
    const probe = loadProbePack().probes.find((entry) => entry.id === 'indirect.tool.order-status+base64')!;
    expect(probe.turns[0]!.map((message) => message.role)).toEqual(['user', 'tool']);
    expect(probe.turns[0]![1]!.content).toContain('base64');
    const multi = loadProbePack(undefined, { categories: ['multi-turn'] }).probes;
    expect(multi.every((entry) => entry.turns.length >= 2)).toBe(true);
  });

  it('a bad pack is refused with every problem and its path', () => {
    const bad =
      'pack: x\nversion: 1\nsystem: s\ndefaults: { transforms: [rot13] }\nprobes: [{ id: A, category: c }]\n';
    try {
      parseProbePack(bad, 'bad.yaml');
      expect.unreachable();
    } catch (error) {
      expect((error as { code: string }).code).toBe('RAMPART_REDTEAM_PACK_INVALID');
      expect((error as Error).message).toMatch(/version/);
      expect((error as Error).message).toMatch(/defaults\.transforms/);
      expect((error as Error).message).toMatch(/probes\.0\.id/);
    }
    expect(() => loadProbePack(undefined, { categories: ['nope'] })).toThrow(
      expect.objectContaining({ code: 'RAMPART_USAGE' }),
    );
  });
});
