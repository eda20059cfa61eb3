import { writeFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { RampartError } from '../../core/index.ts';
import {
  applyRuleSettings,
  buildComplianceReport,
  complianceFrameworks,
  defaultRules,
  loadRules,
  RulesEngine,
  renderComplianceHtml,
  renderCompliancePdf,
} from '../../soc/index.ts';
import {
  gatewayConfigArgs,
  gatewayConfigFrom,
  openStoreFrom,
  parseTime,
  socConfigFrom,
  storeArgs,
} from './soc-store.ts';

/** `rampart soc report --framework owasp-llm --from 2026-01-01 --format html --out report.html` */
export default defineCommand({
  meta: {
    name: 'report',
    description: 'Compliance report: each control, the Rampart feature covering it, and evidence.',
  },
  args: {
    framework: { type: 'string', description: complianceFrameworks.join(' | '), required: true },
    from: { type: 'string', description: 'Start of the period (ISO 8601; default 30 days ago)' },
    to: { type: 'string', description: 'End of the period (ISO 8601; default now)' },
    format: { type: 'string', description: 'html | json | pdf', default: 'html' },
    out: { type: 'string', description: 'Write to this file instead of stdout' },
    ...storeArgs,
    ...gatewayConfigArgs,
  },
  async run({ args }) {
    if (args.format !== 'html' && args.format !== 'json' && args.format !== 'pdf') {
      throw new RampartError('RAMPART_USAGE', '--format must be html, json or pdf');
    }
    if (args.format === 'pdf' && !args.out && process.stdout.isTTY) {
      throw new RampartError(
        'RAMPART_USAGE',
        'a PDF is binary: write it with --out report.pdf (or redirect stdout)',
      );
    }
    const config = socConfigFrom(args);
    const loaded = config && config.rules.length > 0 ? loadRules(config.rules) : defaultRules();
    const rules = config ? applyRuleSettings(loaded, config.ruleSettings) : loaded;
    const store = await openStoreFrom(args);
    try {
      const from = parseTime(args.from, 'from');
      const to = parseTime(args.to, 'to');
      const report = await buildComplianceReport({
        store,
        framework: args.framework,
        rules: new RulesEngine(rules).status(),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(config ? { responses: config.gateway !== undefined } : {}),
        ...gatewayConfigFrom(args),
      });
      const text =
        args.format === 'json'
          ? `${JSON.stringify(report, null, 2)}\n`
          : args.format === 'pdf'
            ? await renderCompliancePdf(report)
            : renderComplianceHtml(report);
      if (args.out) {
        try {
          writeFileSync(args.out, text);
        } catch (error) {
          throw new RampartError('RAMPART_IO', `cannot write ${args.out}`, { cause: error });
        }
        const summary = report.summary;
        process.stdout.write(
          `${report.title}: ${summary.controls} controls, ${summary.covered} covered with evidence, ${summary.enabled} enabled, ${summary.unknown} unknown, ${summary.available} available, ${summary.notCovered} not covered -> ${args.out}\n`,
        );
      } else process.stdout.write(text);
    } finally {
      await store.close();
    }
  },
});
