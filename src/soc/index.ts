export type { ArchiveResult, EventStore } from './store/event-store.ts';
export {
  openSqliteEventStore,
  SqliteEventStore,
  type SqliteEventStoreOptions,
} from './store/sqlite-event-store.ts';
