import { type ArgsDef, type CommandDef, defineCommand, renderUsage, runCommand } from 'citty';
import { dependencyMissing, missingOptionalPackage, type RampartError } from '../core/index.ts';
import { cliExitCode, exitCodes, forStream, renderCliError } from './render-error.ts';

/** Commands whose code could not load because an optional package is missing, with the error to show. */
const unavailable = new WeakMap<CommandDef, RampartError>();

/**
 * Load a subcommand file. When an optional package it needs is not installed (an app installed
 * `rampart` for the guard only), `--help` still lists the command and running it reports
 * RAMPART_DEPENDENCY_MISSING with the install command, instead of a module-resolution stack trace.
 */
async function loadCommand<Args extends ArgsDef>(
  name: string,
  load: () => Promise<CommandDef<Args>>,
): Promise<CommandDef<Args>> {
  try {
    return await load();
  } catch (error) {
    const missing = missingOptionalPackage(error);
    if (missing === undefined) throw error;
    const reason = dependencyMissing(missing, error);
    const command = defineCommand({ meta: { name, description: `(not installed) ${reason.hint}` } });
    unavailable.set(command, reason);
    return command as CommandDef<Args>;
  }
}

/**
 * The `rampart` command. Each domain registers one lazily-loaded subcommand file in
 * ./commands/<domain>.ts; add yours to this list.
 */
export const main = defineCommand({
  meta: { name: 'rampart', version: '0.1.0', description: 'Protect AI workloads end to end.' },
  subCommands: {
    guard: () => loadCommand('guard', () => import('./commands/guard.ts').then((module) => module.default)),
    up: () => loadCommand('up', () => import('./commands/up.ts').then((module) => module.default)),
    gateway: () =>
      loadCommand('gateway', () => import('./commands/gateway.ts').then((module) => module.default)),
    keys: () => loadCommand('keys', () => import('./commands/keys.ts').then((module) => module.default)),
    blocks: () =>
      loadCommand('blocks', () => import('./commands/blocks.ts').then((module) => module.default)),
    config: () =>
      loadCommand('config', () => import('./commands/config.ts').then((module) => module.default)),
    model: () => loadCommand('model', () => import('./commands/model.ts').then((module) => module.default)),
    soc: () => loadCommand('soc', () => import('./commands/soc.ts').then((module) => module.default)),
    data: () => loadCommand('data', () => import('./commands/data.ts').then((module) => module.default)),
    redteam: () =>
      loadCommand('redteam', () => import('./commands/redteam.ts').then((module) => module.default)),
    monitor: () =>
      loadCommand('monitor', () => import('./commands/monitor.ts').then((module) => module.default)),
    'verify-response': () =>
      loadCommand('verify-response', () =>
        import('./commands/verify-response.ts').then((module) => module.default),
      ),
    audit: () => loadCommand('audit', () => import('./commands/audit.ts').then((module) => module.default)),
    train: () => loadCommand('train', () => import('./commands/train.ts').then((module) => module.default)),
  },
});

async function findSubCommand(command: CommandDef, rawArgs: string[]): Promise<[CommandDef, CommandDef?]> {
  const subCommands =
    typeof command.subCommands === 'function' ? await command.subCommands() : await command.subCommands;
  const name = rawArgs.find((arg) => !arg.startsWith('-'));
  if (subCommands && name && name in subCommands) {
    const entry = subCommands[name]!;
    const sub = (typeof entry === 'function' ? await entry() : await entry) as CommandDef;
    const [found, parent] = await findSubCommand(sub, rawArgs.slice(rawArgs.indexOf(name) + 1));
    return [found, parent ?? command];
  }
  return [command];
}

/**
 * The first `--option` the command does not declare (citty would ignore it, so a typo such as
 * `--fail-om high` silently ran with the default), or undefined. Values after `--` are not options.
 */
export async function unknownOption(command: CommandDef, rawArgs: string[]): Promise<string | undefined> {
  const args = (typeof command.args === 'function' ? await command.args() : await command.args) ?? {};
  const known = new Set<string>(['help', 'version']);
  for (const [name, definition] of Object.entries(
    args as Record<string, { type?: string; alias?: string | string[] }>,
  )) {
    if (definition.type === 'positional') continue;
    const camel = name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
    const kebab = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    for (const form of [name, camel, kebab]) {
      known.add(form);
      if (definition.type === 'boolean') known.add(`no-${form}`);
    }
    for (const alias of [definition.alias ?? []].flat()) known.add(alias);
  }
  for (const arg of rawArgs) {
    if (arg === '--') break;
    if (!arg.startsWith('--')) continue;
    const name = arg.slice(2).split('=')[0]!;
    if (!known.has(name)) return `--${name}`;
  }
  return undefined;
}

/**
 * A reader that stops early (`rampart soc export | head -1`) closes the pipe: that ends the
 * command quietly, as it does for other Unix tools, instead of an EPIPE stack trace. Nothing
 * after the failed write runs, so a cursor file is not moved past what the reader got.
 */
function endQuietlyOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(
      `error RAMPART_IO: cannot write to standard output (${error.code ?? error.message})\n`,
    );
    process.exit(exitCodes.error);
  });
}

export async function runCli(rawArgs: string[]): Promise<void> {
  endQuietlyOnClosedPipe();
  if (rawArgs.length === 1 && (rawArgs[0] === '--version' || rawArgs[0] === '-v')) {
    process.stdout.write('0.1.0\n');
    return;
  }
  try {
    if (rawArgs.length === 0 || rawArgs.includes('--help') || rawArgs.includes('-h')) {
      const [command, parent] = await findSubCommand(main, rawArgs);
      process.stdout.write(`${forStream(await renderUsage(command, parent), process.stdout)}\n`);
      return;
    }
    const [command] = await findSubCommand(main, rawArgs);
    const missing = unavailable.get(command);
    if (missing) throw missing;
    const unknown = await unknownOption(command, rawArgs);
    if (unknown) {
      const error = new Error(`unknown option ${unknown}`);
      error.name = 'CLIError';
      throw error;
    }
    await runCommand(main, { rawArgs });
  } catch (error) {
    const isUsage = (error as { name?: string }).name === 'CLIError';
    if (isUsage) {
      const [command, parent] = await findSubCommand(main, rawArgs);
      process.stderr.write(
        `${forStream(await renderUsage(command, parent), process.stderr)}\n\nerror RAMPART_USAGE: ${(error as Error).message}\n`,
      );
      process.exitCode = exitCodes.error;
    } else {
      const missing = missingOptionalPackage(error);
      const shown = missing ? dependencyMissing(missing, error) : error;
      process.stderr.write(`${forStream(renderCliError(shown), process.stderr)}\n`);
      process.exitCode = cliExitCode(shown);
    }
  }
}
