import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../../test/support/data-fixtures.ts';
import {
  appendLogEntry,
  decidingEntry,
  standingApprovals,
  verifyLogFile,
  verifyLogText,
} from './provenance-log.ts';

function logWith(entries: number): { path: string; lines: string[] } {
  const path = join(temporaryDirectory(), 'provenance.jsonl');
  for (let index = 0; index < entries; index++) {
    appendLogEntry(path, {
      action: 'approve',
      rootDigest: String(index).repeat(64).slice(0, 64),
      approvedBy: `user${index}`,
      version: `v${index}`,
      time: '2026-01-01T00:00:00.000Z',
    });
  }
  return { path, lines: readFileSync(path, 'utf8').trimEnd().split('\n') };
}

describe('provenance log', () => {
  it('chains entries: each holds the hash of the one before', () => {
    const { path } = logWith(3);
    const result = verifyLogFile(path);
    expect(result.ok).toBe(true);
    expect(result.entries.map((entry) => entry.sequence)).toEqual([0, 1, 2]);
    expect(result.entries[1]!.previous).toBe(result.entries[0]!.hash);
    expect(result.head).toBe(result.entries[2]!.hash);
  });

  it('detects an edited line and names it', () => {
    const { lines } = logWith(4);
    lines[2] = lines[2]!.replace('user2', 'mallory');
    expect(verifyLogText(lines.join('\n')).problem).toMatchObject({ line: 3 });
  });

  it('detects a deleted line and names the first line after the gap', () => {
    const { lines } = logWith(4);
    lines.splice(1, 1);
    expect(verifyLogText(lines.join('\n')).problem).toMatchObject({ line: 2 });
  });

  it('detects reordering', () => {
    const { lines } = logWith(4);
    [lines[1], lines[2]] = [lines[2]!, lines[1]!];
    expect(verifyLogText(lines.join('\n')).problem?.line).toBe(2);
  });

  it('a line that does not parse is a failed check, not a crash', () => {
    const { lines } = logWith(2);
    expect(verifyLogText(`${lines[0]}\n{oops\n`).problem).toMatchObject({
      line: 2,
      message: 'not valid JSON',
    });
  });

  it('never appends to a broken log', () => {
    const { path, lines } = logWith(2);
    writeFileSync(path, `${lines[1]}\n`);
    expect(() =>
      appendLogEntry(path, { action: 'approve', rootDigest: 'a'.repeat(64), approvedBy: 'x' }),
    ).toThrowError(expect.objectContaining({ code: 'RAMPART_DATA_LOG_INVALID' }));
  });

  it('property: arbitrary text never throws, it is ok or names a line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = verifyLogText(text);
        return result.ok || (result.problem !== undefined && result.problem.line >= 1);
      }),
      { numRuns: 300 },
    );
  });

  it('property: changing any one character of a valid log is detected at or before its line', () => {
    const { lines } = logWith(3);
    const text = `${lines.join('\n')}\n`;
    fc.assert(
      fc.property(
        fc.nat({ max: text.length - 2 }),
        fc.constantFrom('0', '1', 'a', 'x', '"', ' ', '}'),
        (at, char) => {
          if (text[at] === char || text[at] === '\n') return true;
          const changed = text.slice(0, at) + char + text.slice(at + 1);
          const result = verifyLogText(changed);
          if (result.ok) {
            // Only a change that keeps the same JSON value (e.g. whitespace between tokens) may pass.
            return JSON.stringify(result.entries) === JSON.stringify(verifyLogText(text).entries);
          }
          const line = text.slice(0, at).split('\n').length;
          return result.problem!.line <= line;
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a revoke with evidence is chained like any entry and ends the standing approval of its root digest', () => {
    const { path } = logWith(2);
    const [first, second] = verifyLogFile(path).entries;
    expect(standingApprovals(verifyLogFile(path).entries).map((entry) => entry.version)).toEqual([
      'v1',
      'v0',
    ]);
    appendLogEntry(path, {
      action: 'revoke',
      rootDigest: first!.rootDigest,
      approvedBy: 'rampart-soc',
      evidence: { alertId: 'a-1', ruleId: 'approved-dataset-write', principal: 'mallory', object: 'x.csv' },
    });
    appendLogEntry(path, {
      action: 'note',
      rootDigest: first!.rootDigest,
      approvedBy: 'bob',
      note: 'looking',
    });
    const after = verifyLogFile(path);
    expect(after.ok).toBe(true);
    expect(standingApprovals(after.entries).map((entry) => entry.rootDigest)).toEqual([second!.rootDigest]);
    expect(decidingEntry(after.entries, first!.rootDigest)).toMatchObject({
      action: 'revoke',
      sequence: 2,
      evidence: { alertId: 'a-1', principal: 'mallory' },
    });
    // Editing the evidence breaks the chain like editing any other field.
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    lines[2] = lines[2]!.replace('mallory', 'someone');
    expect(verifyLogText(lines.join('\n')).problem).toMatchObject({ line: 3 });
  });

  it('a later approve of the same root digest restores its standing', () => {
    const { path } = logWith(1);
    const [first] = verifyLogFile(path).entries;
    appendLogEntry(path, { action: 'revoke', rootDigest: first!.rootDigest, approvedBy: 'soc' });
    expect(standingApprovals(verifyLogFile(path).entries)).toEqual([]);
    appendLogEntry(path, { action: 'approve', rootDigest: first!.rootDigest, approvedBy: 'alice' });
    expect(standingApprovals(verifyLogFile(path).entries).map((entry) => entry.sequence)).toEqual([2]);
  });
});
