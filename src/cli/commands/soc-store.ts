import { existsSync } from 'node:fs';
import { RampartError } from '../../core/index.ts';
import { type GatewayConfig, loadConfig } from '../../gateway/index.ts';
import { type EventStore, loadSocConfig, openEventStore, type SocConfig } from '../../soc/index.ts';

/** Flags every `rampart soc` command that reads the store accepts. */
export const storeArgs = {
  config: { type: 'string', description: 'SOC config file (soc.yaml)' },
  store: {
    type: 'string',
    description: 'SQLite file or postgres:// URL (default .rampart/events.db, the gateway’s store)',
  },
} as const;

/** The SOC config from --config, or undefined. */
export function socConfigFrom(args: { config?: string | undefined }): SocConfig | undefined {
  return args.config ? loadSocConfig(args.config) : undefined;
}

/**
 * Open the store named by --store, else the config's, else .rampart/events.db. These commands read
 * an existing store: a SQLite path that does not exist is an error, not a new empty store whose
 * report says "no evidence" (a typo, or a run from another directory).
 */
export function openStoreFrom(args: {
  config?: string | undefined;
  store?: string | undefined;
}): Promise<EventStore> {
  if (args.store && /^postgres(ql)?:\/\//.test(args.store))
    return openEventStore({ backend: 'postgres', url: args.store });
  const store = args.store
    ? ({ backend: 'sqlite', path: args.store } as const)
    : (socConfigFrom(args)?.store ?? ({ backend: 'sqlite', path: '.rampart/events.db' } as const));
  if (store.backend === 'sqlite' && !existsSync(store.path))
    throw new RampartError('RAMPART_IO', `no event store at ${store.path}`, {
      hint: "Pass --store with the events.db in the gateway's data directory (or --config soc.yaml); `rampart up` and `rampart gateway` create it.",
    });
  return openEventStore(store);
}

export function parseTime(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new RampartError('RAMPART_USAGE', `--${flag} must be an ISO 8601 time or date`);
  return date.toISOString();
}

/** `--gateway-config`: the compliance report reads which gateway features are configured from it. */
export const gatewayConfigArgs = {
  'gateway-config': {
    type: 'string',
    description:
      'The gateway config (rampart.yaml): its controls show as configured; without it they read unknown',
  },
} as const;

/** `{ gatewayConfig }` loaded and validated from --gateway-config, or `{}` when the flag is not given. */
export function gatewayConfigFrom(args: { 'gateway-config'?: string | undefined }): {
  gatewayConfig?: GatewayConfig;
} {
  const path = args['gateway-config'];
  return path ? { gatewayConfig: loadConfig(path) } : {};
}
