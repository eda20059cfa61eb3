import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RampartError } from '../core/index.ts';
import type { EventStore } from './store/event-store.ts';

export interface RetentionOptions {
  days: number;
  /** Archive to `<archiveDir>/events-<cutoff date>.jsonl` before deleting; delete only when absent. */
  archiveDir?: string;
  now?: Date;
}

/** Apply the retention policy once: returns how many events were removed (and archived). */
export async function applyRetention(
  store: EventStore,
  options: RetentionOptions,
): Promise<{ removed: number; archive?: string }> {
  const now = options.now ?? new Date();
  const cutoff = new Date(now.getTime() - options.days * 86_400_000);
  if (options.archiveDir) {
    try {
      mkdirSync(options.archiveDir, { recursive: true });
    } catch (error) {
      throw new RampartError('RAMPART_IO', `cannot create the archive folder ${options.archiveDir}`, {
        cause: error,
        hint: 'Pass a folder this user can write (--archive-dir, or retention.archiveDir in soc.yaml); nothing was deleted.',
      });
    }
    const path = join(options.archiveDir, `events-before-${cutoff.toISOString().slice(0, 10)}.jsonl`);
    const result = await store.archiveOlderThan(cutoff, path);
    return { removed: result.archived, archive: path };
  }
  return { removed: await store.deleteOlderThan(cutoff) };
}
