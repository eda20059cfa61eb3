import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { durationExamples, durationMilliseconds, RampartError, renderTable } from '../../core/index.ts';
import {
  ApiKeyStore,
  announceKeyRevocation,
  type KeyStore,
  loadStoreSettings,
  openGatewayStore,
} from '../../gateway/index.ts';

const storeArgs = {
  'data-dir': {
    type: 'string',
    description: 'Data directory holding keys.db (default: from --config, else .rampart)',
  },
  config: {
    type: 'string',
    description: 'Read dataDir (or store.postgres) from this config file',
    alias: 'c',
  },
} as const;

/**
 * The key store in the data directory. `create` makes it on first use; `list` and `revoke` need an
 * existing one, so a mistyped --data-dir is an error rather than an empty list or a lost revocation.
 */
async function openStore(
  args: { 'data-dir'?: string; config?: string },
  options: { create: boolean },
  settings = args.config ? loadStoreSettings(args.config) : undefined,
): Promise<KeyStore> {
  // A config with store.postgres: the keys every gateway of the deployment shares.
  if (settings?.store.postgres && !args['data-dir']) {
    const shared = await openGatewayStore(settings);
    const { keys } = shared;
    return {
      check: (presented, now) => keys.check(presented, now),
      create: (input) => keys.create(input),
      list: () => keys.list(),
      get: (idOrPrefix) => keys.get(idOrPrefix),
      revoke: (idOrPrefix) => keys.revoke(idOrPrefix),
      close: () => shared.close(),
    };
  }
  const dataDir = args['data-dir'] ?? settings?.dataDir ?? '.rampart';
  const path = join(resolve(dataDir), 'keys.db');
  if (!options.create && !existsSync(path))
    throw new RampartError('RAMPART_IO', `no key store at ${path}`, {
      hint: "Pass the gateway's data directory with --data-dir (or its config with --config); `rampart keys create` makes the store.",
    });
  try {
    return new ApiKeyStore(path);
  } catch (error) {
    throw RampartError.is(error)
      ? error
      : new RampartError('RAMPART_IO', `cannot open the key store ${path}`, {
          cause: error,
          hint: 'Pass a data directory (not a file) that this user can write with --data-dir.',
        });
  }
}

/** A duration from now ("30d", "12h", "90m", the grammar of every config file) or an ISO date → ISO date. */
export function parseExpiry(value: string, now = Date.now()): string {
  const relative = durationMilliseconds(value);
  if (relative !== undefined) return new Date(now + relative).toISOString();
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new RampartError(
      'RAMPART_USAGE',
      `--expires must be a duration (${durationExamples}) or an ISO date, not "${value}"`,
    );
  if (time <= now)
    throw new RampartError('RAMPART_USAGE', `--expires ${value} is in the past: the key would never work`);
  return new Date(time).toISOString();
}

const create = defineCommand({
  meta: { name: 'create', description: 'Create an API key (printed once; only its hash is stored).' },
  args: {
    principal: { type: 'string', description: 'Who the key acts as', required: true },
    roles: { type: 'string', description: 'Comma-separated roles from the config', required: true },
    name: { type: 'string', description: 'A label for people', default: 'api key' },
    expires: { type: 'string', description: 'Lifetime (30d, 12h) or ISO date' },
    json: { type: 'boolean', description: 'Print JSON' },
    ...storeArgs,
  },
  async run({ args }) {
    const roles = args.roles
      .split(',')
      .map((role) => role.trim())
      .filter(Boolean);
    if (roles.length === 0)
      throw new RampartError(
        'RAMPART_USAGE',
        '--roles needs at least one role from the config, e.g. --roles analyst',
      );
    const expiresAt = args.expires ? parseExpiry(args.expires) : null;
    const store = await openStore(args, { create: true });
    try {
      const created = await store.create({
        name: args.name,
        principal: args.principal,
        roles,
        expiresAt,
      });
      if (args.json) {
        process.stdout.write(`${JSON.stringify(created)}\n`);
        return;
      }
      process.stdout.write(
        `Created key ${created.prefix} for ${created.principal} (roles: ${roles.join(', ')})${created.expiresAt ? `, expires ${created.expiresAt}` : ''}.\n\n  ${created.key}\n\nStore it now: it is not shown again.\n`,
      );
    } finally {
      await store.close();
    }
  },
});

const list = defineCommand({
  meta: { name: 'list', description: 'List API keys (prefixes only, never secrets).' },
  args: { json: { type: 'boolean', description: 'Print JSON' }, ...storeArgs },
  async run({ args }) {
    const store = await openStore(args, { create: false });
    try {
      const keys = await store.list();
      if (args.json) {
        process.stdout.write(`${JSON.stringify(keys)}\n`);
        return;
      }
      const now = Date.now();
      const status = (key: (typeof keys)[number]) =>
        key.revokedAt ? 'revoked' : key.expiresAt && Date.parse(key.expiresAt) <= now ? 'expired' : 'active';
      process.stdout.write(
        `${renderTable(
          ['prefix', 'principal', 'roles', 'name', 'status', 'created', 'expires'],
          keys.map((key) => [
            key.prefix,
            key.principal,
            key.roles.join(','),
            key.name,
            status(key),
            key.createdAt,
            key.expiresAt ?? '-',
          ]),
        )}\n`,
      );
    } finally {
      await store.close();
    }
  },
});

const revoke = defineCommand({
  meta: { name: 'revoke', description: 'Revoke a key by id or prefix; the next request with it is refused.' },
  args: {
    key: { type: 'positional', description: 'Key id or prefix (rk_xxxxxxxx)', required: true },
    ...storeArgs,
  },
  async run({ args }) {
    const settings = args.config ? loadStoreSettings(args.config) : undefined;
    const store = await openStore(args, { create: false }, settings);
    try {
      const record = await store.revoke(args.key);
      if (!record)
        throw new RampartError('RAMPART_NOT_FOUND', `no key with id or prefix "${args.key}"`, {
          hint: 'List keys with `rampart keys list`.',
        });
      process.stdout.write(`Revoked ${record.prefix} (${record.principal}) at ${record.revokedAt}.\n`);
      // With shared state, every instance hears of it within 1 s, whatever key store it reads.
      const redis = settings?.state.redis;
      if (redis && record.revokedAt) {
        await announceKeyRevocation(redis, record.id, record.revokedAt);
        process.stdout.write('Announced to every gateway sharing state.redis.\n');
      }
    } finally {
      await store.close();
    }
  },
});

export default defineCommand({
  meta: { name: 'keys', description: 'Create, list and revoke gateway API keys.' },
  subCommands: { create, list, revoke },
});
