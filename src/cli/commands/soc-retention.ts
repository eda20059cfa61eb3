import { defineCommand } from 'citty';
import { RampartError } from '../../core/index.ts';
import { applyRetention } from '../../soc/index.ts';
import { openStoreFrom, storeArgs } from './soc-store.ts';

/** `rampart soc retention --days 30 [--archive-dir DIR]`: delete (or archive, then delete) old events. */
export default defineCommand({
  meta: { name: 'retention', description: 'Delete or archive events older than N days.' },
  args: {
    days: { type: 'string', description: 'Keep this many days of events', required: true },
    'archive-dir': {
      type: 'string',
      description: 'Archive removed events as JSON lines in this folder first',
    },
    ...storeArgs,
  },
  async run({ args }) {
    const days = Number(args.days);
    if (!Number.isInteger(days) || days < 1)
      throw new RampartError('RAMPART_USAGE', '--days must be a whole number ≥ 1');
    const store = await openStoreFrom(args);
    try {
      const result = await applyRetention(store, {
        days,
        ...(args['archive-dir'] ? { archiveDir: args['archive-dir'] } : {}),
      });
      process.stdout.write(
        `removed ${result.removed} event(s) older than ${days} day(s)${result.archive ? `, archived to ${result.archive}` : ''}\n`,
      );
    } finally {
      await store.close();
    }
  },
});
