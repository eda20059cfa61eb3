import { join } from 'node:path';
import type { EventStore } from './event-store.ts';
import { openSqliteEventStore } from './sqlite-event-store.ts';

/** A store backend the shared test suite runs against. */
export interface StoreBackend {
  name: string;
  available: boolean;
  skipReason: string;
  open(): Promise<EventStore>;
}

let counter = 0;

/** Test helper: the backends the shared store suite runs against (PostgreSQL when a server answers). */
export function storeBackends(directory: string): StoreBackend[] {
  return [
    {
      name: 'sqlite',
      available: true,
      skipReason: '',
      open: async () =>
        openSqliteEventStore({ path: join(directory, `store-${process.pid}-${counter++}.db`) }),
    },
  ];
}
