import { defineCommand } from 'citty';
import { loadConfig } from '../../core/index.ts';

const check = defineCommand({
  meta: { name: 'check', description: 'Validate a config file and list every problem with its field path.' },
  args: { file: { type: 'positional', description: 'Path to rampart.yaml', required: true } },
  run({ args }) {
    const config = loadConfig(args.file);
    process.stdout.write(
      `${args.file}: OK — ${config.routes.length} route(s), ${config.models.length} model(s), ${Object.keys(config.upstreams).length} upstream(s), ${Object.keys(config.roles).length} role(s)\n`,
    );
  },
});

export default defineCommand({
  meta: { name: 'config', description: 'Work with gateway config files.' },
  subCommands: { check },
});
