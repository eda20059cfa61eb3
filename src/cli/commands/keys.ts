import { join, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { loadConfig, RampartError, renderTable } from '../../core/index.ts';
import { ApiKeyStore } from '../../gateway/index.ts';

const storeArgs = {
  'data-dir': {
    type: 'string',
    description: 'Data directory holding keys.db (default: from --config, else .rampart)',
  },
  config: { type: 'string', description: 'Read dataDir from this config file', alias: 'c' },
} as const;

function openStore(args: { 'data-dir'?: string; config?: string }): ApiKeyStore {
  const dataDir = args['data-dir'] ?? (args.config ? loadConfig(args.config).dataDir : '.rampart');
  return new ApiKeyStore(join(resolve(dataDir), 'keys.db'));
}

/** "30d", "12h", "90m" or an ISO date → ISO date. */
export function parseExpiry(value: string, now = Date.now()): string {
  const match = /^(\d+)([dhm])$/.exec(value);
  if (match) {
    const unit = { d: 86_400_000, h: 3_600_000, m: 60_000 }[match[2] as 'd' | 'h' | 'm'];
    return new Date(now + Number(match[1]) * unit).toISOString();
  }
  const time = Date.parse(value);
  if (Number.isNaN(time))
    throw new RampartError(
      'RAMPART_USAGE',
      `--expires must look like 30d, 12h, 90m or an ISO date, not "${value}"`,
    );
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
  run({ args }) {
    const store = openStore(args);
    try {
      const roles = args.roles
        .split(',')
        .map((role) => role.trim())
        .filter(Boolean);
      const created = store.create({
        name: args.name,
        principal: args.principal,
        roles,
        expiresAt: args.expires ? parseExpiry(args.expires) : null,
      });
      if (args.json) {
        process.stdout.write(`${JSON.stringify(created)}\n`);
        return;
      }
      process.stdout.write(
        `Created key ${created.prefix} for ${created.principal} (roles: ${roles.join(', ')})${created.expiresAt ? `, expires ${created.expiresAt}` : ''}.\n\n  ${created.key}\n\nStore it now: it is not shown again.\n`,
      );
    } finally {
      store.close();
    }
  },
});

const list = defineCommand({
  meta: { name: 'list', description: 'List API keys (prefixes only, never secrets).' },
  args: { json: { type: 'boolean', description: 'Print JSON' }, ...storeArgs },
  run({ args }) {
    const store = openStore(args);
    try {
      const keys = store.list();
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
      store.close();
    }
  },
});

const revoke = defineCommand({
  meta: { name: 'revoke', description: 'Revoke a key by id or prefix; the next request with it is refused.' },
  args: {
    key: { type: 'positional', description: 'Key id or prefix (rk_xxxxxxxx)', required: true },
    ...storeArgs,
  },
  run({ args }) {
    const store = openStore(args);
    try {
      const record = store.revoke(args.key);
      if (!record)
        throw new RampartError('RAMPART_NOT_FOUND', `no key with id or prefix "${args.key}"`, {
          hint: 'List keys with `rampart keys list`.',
        });
      process.stdout.write(`Revoked ${record.prefix} (${record.principal}) at ${record.revokedAt}.\n`);
    } finally {
      store.close();
    }
  },
});

export default defineCommand({
  meta: { name: 'keys', description: 'Create, list and revoke gateway API keys.' },
  subCommands: { create, list, revoke },
});
