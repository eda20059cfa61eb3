import { closeSync, fsyncSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SecurityEvent } from '../../core/index.ts';
import { RampartError } from '../../core/index.ts';
import type { ArchiveResult } from './event-store.ts';

export interface ArchiveSteps {
  /** The next chunk of events to archive after `afterSequence`, in sequence order, with the last sequence. */
  next(afterSequence: string): Promise<{ events: SecurityEvent[]; lastSequence: string } | undefined>;
  /** Delete the archived events up to and including `throughSequence`. */
  remove(throughSequence: string): Promise<void>;
}

/** Append chunks to a JSON-lines file, fsync, and only then delete them: an archived event is never lost. */
export async function archiveInChunks(path: string, steps: ArchiveSteps): Promise<ArchiveResult> {
  mkdirSync(dirname(path), { recursive: true });
  let descriptor: number;
  try {
    descriptor = openSync(path, 'a');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot open archive file ${path}`, { cause: error });
  }
  let archived = 0;
  try {
    let after = '0';
    for (;;) {
      const chunk = await steps.next(after);
      if (!chunk || chunk.events.length === 0) break;
      writeSync(descriptor, chunk.events.map((event) => `${JSON.stringify(event)}\n`).join(''));
      fsyncSync(descriptor);
      await steps.remove(chunk.lastSequence);
      after = chunk.lastSequence;
      archived += chunk.events.length;
    }
  } finally {
    closeSync(descriptor);
  }
  return { archived, path };
}
