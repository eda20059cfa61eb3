import { defineCommand } from 'citty';
import { RampartError } from '../../core/index.ts';
import { toSecurityEvent } from '../../soc/index.ts';
import { checkEventOutput, eventOutputArgs, outputEvents } from '../event-output.ts';
import { exitCodes } from '../render-error.ts';
import { repeatedFlag } from '../repeated-flag.ts';

/** `key=value`; values that read as JSON numbers or booleans become those, the rest stay strings. */
export function parseAttribute(text: string): [string, unknown] {
  const equals = text.indexOf('=');
  if (equals <= 0) {
    throw new RampartError('RAMPART_USAGE', `--attr expects key=value, got '${text}'`, {
      hint: 'e.g. --attr dataset=reviews-v2 --attr epochs=3',
    });
  }
  const key = text.slice(0, equals);
  const raw = text.slice(equals + 1);
  if (raw === 'true' || raw === 'false') return [key, raw === 'true'];
  if (/^-?\d+(\.\d+)?$/.test(raw) && Number.isFinite(Number(raw))) return [key, Number(raw)];
  return [key, raw];
}

/**
 * `rampart soc emit KIND`: one SecurityEvent from a pipeline step that has no Rampart command of
 * its own, e.g. `training.run.started` with the dataset it trains on (the poisoned-data-then-training
 * rule joins it to the dataset gate's result).
 */
export default defineCommand({
  meta: {
    name: 'emit',
    description: 'Send one event from a pipeline step (e.g. training.run.started) to a SOC or a file.',
  },
  args: {
    kind: { type: 'positional', required: true, description: 'Event kind, e.g. training.run.started' },
    source: { type: 'string', default: 'data', description: 'gateway|guard|model|data|redteam|monitor|soc' },
    severity: { type: 'string', description: 'info|low|medium|high|critical (default info)' },
    principal: { type: 'string', description: 'Who ran the step (e.g. the CI job or service account)' },
    model: { type: 'string', description: 'The model concerned' },
    attr: { type: 'string', description: 'key=value attribute (repeatable)' },
    ...eventOutputArgs,
  },
  async run({ args, rawArgs }) {
    if (!args.events && !args['report-to']) {
      throw new RampartError(
        'RAMPART_USAGE',
        'say where the event goes: --report-to SOC_URL and/or --events FILE',
      );
    }
    checkEventOutput(args);
    const event = toSecurityEvent(
      {
        kind: args.kind,
        source: args.source,
        ...(args.severity ? { severity: args.severity } : {}),
        ...(args.principal ? { principal: args.principal } : {}),
        ...(args.model ? { model: args.model } : {}),
        attrs: Object.fromEntries(repeatedFlag(rawArgs, 'attr').map(parseAttribute)),
      },
      'the event',
    );
    await outputEvents([event], args);
    process.stdout.write(`${event.id}\n`);
    process.exitCode = exitCodes.ok;
  },
});
