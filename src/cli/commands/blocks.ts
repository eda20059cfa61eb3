import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineCommand } from 'citty';
import { type ErrorCode, errorCodes, RampartError, renderTable } from '../../core/index.ts';

const adminArgs = {
  'admin-url': {
    type: 'string',
    description: "The gateway's admin API (default http://127.0.0.1:8081, as under rampart up)",
    default: 'http://127.0.0.1:8081',
  },
  'data-dir': {
    type: 'string',
    description:
      'Read the admin token from DATA_DIR/admin-token (default .rampart); RAMPART_ADMIN_TOKEN wins',
    default: '.rampart',
  },
  format: { type: 'string', description: 'table | json', default: 'table' },
} as const;

interface AdminArgs {
  'admin-url': string;
  'data-dir': string;
  format: string;
}

interface BlockRow {
  id: string;
  type: string;
  value: string;
  scope?: string;
  reason: string;
  expiresAt: string;
}

function adminToken(args: AdminArgs): string {
  const fromEnvironment = process.env.RAMPART_ADMIN_TOKEN;
  if (fromEnvironment) return fromEnvironment;
  const path = join(resolve(args['data-dir']), 'admin-token');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read the admin token at ${path}`, {
      cause: error,
      hint: 'Set RAMPART_ADMIN_TOKEN, or pass the data directory `rampart up` printed with --data-dir.',
    });
  }
}

/** One admin API call; a refusal keeps the gateway's own code, an unreachable gateway says where it looked. */
async function admin(args: AdminArgs, method: string, path: string): Promise<unknown> {
  const url = new URL(path, args['admin-url']);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { authorization: `Bearer ${adminToken(args)}` },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot reach the admin API at ${url.origin}`, {
      cause: error,
      hint: 'Start the gateway (`npm start` or `rampart gateway`), or pass its admin address with --admin-url.',
    });
  }
  const text = await response.text();
  if (!response.ok) {
    let code: ErrorCode = 'RAMPART_ADMIN_REFUSED';
    let message = `the admin API answered ${response.status}`;
    try {
      const body = JSON.parse(text) as { error?: { code?: string; message?: string } };
      if (body.error?.code && Object.hasOwn(errorCodes, body.error.code)) code = body.error.code as ErrorCode;
      if (body.error?.message) message = body.error.message;
    } catch {
      // not JSON: keep the status
    }
    throw new RampartError(code, message, {
      status: response.status,
      hint:
        response.status === 401
          ? 'The admin token was refused: use the one in DATA_DIR/admin-token or RAMPART_ADMIN_TOKEN.'
          : 'List the current blocks with `rampart blocks list`.',
    });
  }
  return text ? JSON.parse(text) : undefined;
}

function checkFormat(format: string): void {
  if (format !== 'table' && format !== 'json')
    throw new RampartError('RAMPART_USAGE', `--format must be table or json, not "${format}"`);
}

const list = defineCommand({
  meta: { name: 'list', description: 'List the blocks in force on a running gateway.' },
  args: adminArgs,
  async run({ args }) {
    checkFormat(args.format);
    const { blocks } = (await admin(args, 'GET', '/admin/blocks')) as { blocks: BlockRow[] };
    if (args.format === 'json') {
      process.stdout.write(`${JSON.stringify(blocks, null, 2)}\n`);
      return;
    }
    if (blocks.length === 0) {
      process.stdout.write('no blocks in force\n');
      return;
    }
    process.stdout.write(
      `${renderTable(
        ['ID', 'TYPE', 'VALUE', 'SCOPE', 'UNTIL', 'REASON'],
        blocks.map((block) => [
          block.id,
          block.type,
          block.value,
          block.scope ?? 'all',
          block.expiresAt,
          block.reason,
        ]),
      )}\nLift one with: rampart blocks remove ID\n`,
    );
  },
});

const remove = defineCommand({
  meta: { name: 'remove', description: 'Lift a block now (by its id; --all lifts every block).' },
  args: {
    id: { type: 'positional', required: false, description: 'Block id from `rampart blocks list`' },
    all: { type: 'boolean', default: false, description: 'Lift every block in force' },
    ...adminArgs,
  },
  async run({ args }) {
    checkFormat(args.format);
    if (!args.id === !args.all)
      throw new RampartError('RAMPART_USAGE', 'pass one block id, or --all', {
        hint: 'See the ids with `rampart blocks list`.',
      });
    const ids = args.all
      ? ((await admin(args, 'GET', '/admin/blocks')) as { blocks: BlockRow[] }).blocks.map(
          (block) => block.id,
        )
      : [args.id!];
    for (const id of ids) await admin(args, 'DELETE', `/admin/blocks/${encodeURIComponent(id)}`);
    process.stdout.write(`lifted ${ids.length} block(s)\n`);
  },
});

/** `rampart blocks list | remove`: the blocks a running gateway enforces, through its admin API. */
export default defineCommand({
  meta: { name: 'blocks', description: 'List or lift principal and address blocks on a running gateway.' },
  subCommands: { list, remove },
});
