export { type IncomingEvent, incomingEventSchema, parseEventLines, toSecurityEvent } from './event-schema.ts';
export { parseDuration } from './rules/duration.ts';
export { defaultRules, defaultRulesDirectory, loadRules, parseRules } from './rules/load-rules.ts';
export type { CorrelationSpec, ParsedRule, ResponseSpec, RuleDefinition } from './rules/rule-schema.ts';
export {
  type Detection,
  type RuleStatus,
  RulesEngine,
  type RulesEngineOptions,
} from './rules/rules-engine.ts';
export type { ArchiveResult, EventStore, StorePage } from './store/event-store.ts';
export {
  openSqliteEventStore,
  SqliteEventStore,
  type SqliteEventStoreOptions,
} from './store/sqlite-event-store.ts';
