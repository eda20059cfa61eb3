/**
 * What the gateway's and the SOC's PostgreSQL stores share (pool, schema check, coded error,
 * migrations). A separate entry from `core/index.ts`, which the guard imports: its types name the
 * optional `pg` package, which a guard-only install does not have.
 */
export {
  openPostgresPool,
  type PostgresMigration,
  type PostgresPoolOptions,
  postgresError,
  postgresSchema,
  runPostgresMigrations,
} from './postgres.ts';
