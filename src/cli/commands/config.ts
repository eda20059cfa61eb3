import { defineCommand } from 'citty';
import { auditPaths } from '../../audit/index.ts';
import { RampartError } from '../../core/index.ts';
import { compileRouteGuards, loadConfig, transportWarnings } from '../../gateway/index.ts';
import { exitCodes, renderCliError } from '../render-error.ts';

const check = defineCommand({
  meta: { name: 'check', description: 'Validate a config file and list every problem with its field path.' },
  args: {
    file: { type: 'positional', description: 'Path to rampart.yaml', required: true },
    strict: { type: 'boolean', description: 'Exit 1 when there are warnings (insecure settings)' },
  },
  async run({ args }) {
    let config: ReturnType<typeof loadConfig>;
    try {
      config = loadConfig(args.file);
      // Each route's guard settings are the guard's own config: compile them as the gateway will, so a
      // bad threshold or pattern fails here and not at start-up.
      compileRouteGuards(config);
    } catch (error) {
      // A file that does not validate is a failed check (exit 1); other errors are exit 2.
      if (!RampartError.is(error) || error.code === 'RAMPART_CONFIG_NOT_FOUND') throw error;
      process.stderr.write(`${renderCliError(error)}\n`);
      process.exitCode = exitCodes.failed;
      return;
    }
    // Settings that load but expose the deployment (clear-text secrets on the network).
    const warnings = transportWarnings(config);
    for (const warning of warnings) process.stderr.write(`warning ${warning.path}: ${warning.message}\n`);
    if (warnings.length > 0 && args.strict) process.exitCode = exitCodes.failed;
    process.stdout.write(
      `${args.file}: OK — ${config.routes.length} route(s), ${config.models.length} model(s), ${Object.keys(config.upstreams).length} upstream(s), ${Object.keys(config.roles).length} role(s)${warnings.length > 0 ? `, ${warnings.length} warning(s)` : ''}\n`,
    );
    // Valid is not the same as safe: show the risky settings `rampart audit` finds (it gates on them; this does not).
    const findings = (await auditPaths([args.file])).files.flatMap((file) => file.findings);
    for (const finding of findings)
      process.stdout.write(
        `  warning ${finding.severity} ${finding.ruleId} (line ${finding.location?.line ?? '?'}): ${String(finding.data?.detail)}\n`,
      );
    if (findings.length > 0)
      process.stdout.write(
        `  \`rampart audit ${args.file}\` explains each and exits 1 on them (docs/deploy.md)\n`,
      );
  },
});

export default defineCommand({
  meta: { name: 'config', description: 'Work with gateway config files.' },
  subCommands: { check },
});
