import type pg from 'pg';

/** What a shared gateway store changes: each has a version counter bumped in the same transaction. */
export type ChangeTopic = 'keys' | 'controls';

/** What GET /readyz and the metrics show of the gateway's PostgreSQL store. */
export interface StoreStatus {
  backend: 'postgres';
  available: boolean;
  /** When `available` last changed (ISO time). */
  since: string;
}

/** Whether the shared store answers, and a callback on each change (the change feed's polls decide). */
export interface StoreHealth {
  status(): StoreStatus;
  onAvailability(listener: (available: boolean, reason?: string) => void): void;
}

const pollIntervalMs = 500;

/**
 * Tells this gateway when another one changed keys or controls in PostgreSQL: LISTEN on the
 * schema's channel for the news within milliseconds, and a poll of the version counters every
 * 500 ms for what a lost notification or a dropped LISTEN connection would miss. So a revoke, block
 * or override made on any gateway applies on every other within 1 s.
 */
export class PostgresChangeFeed implements StoreHealth {
  private readonly versions = new Map<ChangeTopic, string>();
  private readonly listeners = new Map<ChangeTopic, () => Promise<void>>();
  private listenClient: pg.PoolClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  /** Polls failed in a row (the database is unreachable or refusing). */
  private failures = 0;
  private closed = false;
  private availableNow = true;
  private since = Date.now();
  private readonly availabilityListeners: Array<(available: boolean, reason?: string) => void> = [];

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    /** NOTIFY channel, e.g. rampart_gateway_changes. */
    private readonly channel: string,
    private readonly onError: (error: unknown) => void,
  ) {}
  // LISTEN holds one pooled connection for the life of the feed (store.postgres.maxConnections >= 2).

  status(): StoreStatus {
    return { backend: 'postgres', available: this.availableNow, since: new Date(this.since).toISOString() };
  }

  /** Called with `false` when a poll fails after one succeeded, and `true` when one succeeds again. */
  onAvailability(listener: (available: boolean, reason?: string) => void): void {
    this.availabilityListeners.push(listener);
  }

  private setAvailable(available: boolean, reason?: string): void {
    if (available === this.availableNow || this.closed) return;
    this.availableNow = available;
    this.since = Date.now();
    for (const listener of this.availabilityListeners) listener(available, reason);
  }

  /** Call `refresh` whenever `topic` changes elsewhere. Register before `start`. */
  on(topic: ChangeTopic, refresh: () => Promise<void>): void {
    this.listeners.set(topic, refresh);
  }

  /** Read the versions (the caller has loaded the state already), LISTEN, and poll from now on. */
  async start(): Promise<void> {
    await this.poll(false);
    this.timer = setInterval(() => void this.poll(), pollIntervalMs);
    this.timer.unref();
  }

  /** Bump a topic's version and notify the other gateways, inside the caller's transaction. */
  static async announce(
    client: pg.PoolClient,
    schema: string,
    channel: string,
    topic: ChangeTopic,
  ): Promise<void> {
    await client.query(`UPDATE ${schema}.state_versions SET version = version + 1 WHERE topic = $1`, [topic]);
    await client.query('SELECT pg_notify($1, $2)', [channel, topic]);
  }

  private async listen(): Promise<void> {
    const client = await this.pool.connect();
    client.on('notification', (message) => {
      const refresh = this.listeners.get(message.payload as ChangeTopic);
      refresh?.().catch(this.onError);
    });
    client.on('error', () => {
      // The poll keeps changes flowing; LISTEN is tried again on the next poll.
      client.release(true);
      if (this.listenClient === client) this.listenClient = undefined;
    });
    await client.query(`LISTEN ${this.channel}`);
    this.listenClient = client;
  }

  private async poll(refresh = true): Promise<void> {
    if (this.polling || this.closed) return;
    this.polling = true;
    try {
      const { rows } = await this.pool.query<{ topic: ChangeTopic; version: string }>(
        `SELECT topic, version::text AS version FROM ${this.schema}.state_versions`,
      );
      for (const { topic, version } of rows) {
        if (this.versions.get(topic) === version) continue;
        this.versions.set(topic, version);
        if (refresh) await this.listeners.get(topic)?.();
      }
      if (!this.listenClient && !this.closed) await this.listen();
      this.failures = 0;
      this.setAvailable(true);
    } catch (error) {
      this.setAvailable(false, describe(error));
      // Reported on the first failed poll and then once a minute, not twice a second.
      if (this.failures++ % 120 === 0) this.onError(error);
    } finally {
      this.polling = false;
    }
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    this.listenClient?.release(true);
    this.listenClient = undefined;
  }
}

/** A short reason for logs and events: the driver's message, never a connection string. */
function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\w+:\/\/\S+/g, '[url]').slice(0, 120);
}
