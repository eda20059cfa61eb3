import { z } from 'zod';
import { RampartError, zodProblems } from '../../core/index.ts';
import type { EventStore } from './event-store.ts';
import { openPostgresEventStore } from './postgres-event-store.ts';
import { openSqliteEventStore } from './sqlite-event-store.ts';

/** `soc.store` in the config: SQLite by default, PostgreSQL when a fleet reports to one SOC. */
export const storeConfigSchema = z.discriminatedUnion('backend', [
  z.strictObject({ backend: z.literal('sqlite'), path: z.string().min(1) }),
  z.strictObject({
    backend: z.literal('postgres'),
    /** postgres://user:password@host:5432/database (use ${ENV} for the password). */
    url: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL'),
    schema: z
      .string()
      .regex(/^[a-z_][a-z0-9_]{0,62}$/)
      .optional(),
    maxConnections: z.number().int().min(1).max(100).optional(),
  }),
]);

export type StoreConfig = z.input<typeof storeConfigSchema>;

/** Open the store the configuration selects. */
export async function openEventStore(config: StoreConfig): Promise<EventStore> {
  const result = storeConfigSchema.safeParse(config);
  if (!result.success) {
    throw new RampartError('RAMPART_CONFIG_INVALID', 'soc.store is not valid', {
      details: zodProblems(result.error, config).map((problem) => ({
        ...problem,
        path: `soc.store.${problem.path}`,
      })),
    });
  }
  const parsed = result.data;
  if (parsed.backend === 'sqlite') return openSqliteEventStore({ path: parsed.path });
  return openPostgresEventStore({
    connectionString: parsed.url,
    ...(parsed.schema ? { schema: parsed.schema } : {}),
    ...(parsed.maxConnections ? { maxConnections: parsed.maxConnections } : {}),
  });
}
