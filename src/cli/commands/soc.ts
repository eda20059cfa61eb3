import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { countNoun, RampartError, renderTable } from '../../core/index.ts';
import { type Detection, defaultRules, loadRules, parseEventLines, RulesEngine } from '../../soc/index.ts';
import { exitCodes } from '../render-error.ts';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read ${path}`, { cause: error });
  }
}

function describeGroup(detection: Detection): string {
  const parts = Object.entries(detection.group).map(([field, value]) => `${field}=${value || '-'}`);
  return parts.length > 0 ? parts.join(' ') : '-';
}

const rulesTest = defineCommand({
  meta: { name: 'test', description: 'Replay a JSON-lines event file through rules and show what fires.' },
  args: {
    rules: {
      type: 'positional',
      description: 'Rule file or folder (default: the built-in rules)',
      required: false,
    },
    events: { type: 'string', description: 'JSON-lines file of events', required: true },
    format: { type: 'enum', options: ['table', 'json'], description: 'table | json', default: 'table' },
  },
  run({ args }) {
    const rules = args.rules ? loadRules([args.rules]) : defaultRules();
    const engine = new RulesEngine(rules);
    const events = parseEventLines(readText(args.events), args.events);
    const detections = engine.evaluateAll(events);
    if (args.format === 'json') {
      const out = detections.map(({ trigger, responses, ...rest }) => ({
        ...rest,
        triggerEventId: trigger.id,
      }));
      process.stdout.write(`${JSON.stringify({ events: events.length, detections: out }, null, 2)}\n`);
    } else {
      process.stdout.write(
        `${countNoun(events.length, 'event')}, ${countNoun(rules.length, 'rule')}, ${countNoun(detections.length, 'detection')}\n`,
      );
      if (detections.length > 0) {
        process.stdout.write(
          `${renderTable(
            ['time', 'rule', 'severity', 'group', 'events', 'trigger'],
            detections.map((detection) => [
              detection.time,
              detection.ruleId,
              detection.severity,
              describeGroup(detection),
              String(detection.count),
              detection.trigger.id,
            ]),
          )}\n`,
        );
      }
    }
    process.exitCode = exitCodes.ok;
  },
});

const rulesList = defineCommand({
  meta: { name: 'list', description: 'List rules with their correlation, responses and framework ids.' },
  args: {
    rules: {
      type: 'positional',
      description: 'Rule file or folder (default: the built-in rules)',
      required: false,
    },
  },
  run({ args }) {
    const engine = new RulesEngine(args.rules ? loadRules([args.rules]) : defaultRules());
    process.stdout.write(
      `${renderTable(
        ['rule', 'severity', 'enabled', 'correlation', 'responses', 'frameworks'],
        engine
          .status()
          .map((rule) => [
            rule.id,
            rule.severity,
            rule.enabled ? 'yes' : 'no',
            rule.correlation,
            rule.responses.join(', ') || '-',
            rule.frameworks.join(' '),
          ]),
      )}\n`,
    );
  },
});

/** `rampart soc ...`: the SOC's rules, server, report and export commands. */
// A named constant, not `export default defineCommand(...)`: TypeScript 5.9 does not rewrite the
// `.ts` of dynamic imports inside an `export default` expression, and dist/ would import `.ts` files.
const soc = defineCommand({
  meta: { name: 'soc', description: 'Detection rules, alerts, compliance reports and SIEM export.' },
  subCommands: {
    serve: () => import('./soc-serve.ts').then((module) => module.default),
    report: () => import('./soc-report.ts').then((module) => module.default),
    export: () => import('./soc-export.ts').then((module) => module.default),
    retention: () => import('./soc-retention.ts').then((module) => module.default),
    emit: () => import('./soc-emit.ts').then((module) => module.default),
    ingest: () => import('./soc-ingest.ts').then((module) => module.default),
    rules: defineCommand({
      meta: { name: 'rules', description: 'List and test detection rules.' },
      subCommands: { test: rulesTest, list: rulesList },
    }),
  },
});

export default soc;
