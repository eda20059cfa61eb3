import { defineCommand } from 'citty';
import { loadConfig } from '../../gateway/index.ts';
import { startGatewayProcess, stopOnSignals } from '../gateway-process.ts';

export default defineCommand({
  meta: { name: 'gateway', description: 'Run the inference gateway from a config file (SIGHUP reloads it).' },
  args: {
    config: { type: 'string', description: 'Path to rampart.yaml', default: 'rampart.yaml', alias: 'c' },
  },
  async run({ args }) {
    const config = loadConfig(args.config);
    const running = await startGatewayProcess({ config, reloadConfig: () => loadConfig(args.config) });
    running.logger.info({ url: running.url, admin: running.adminUrl }, 'gateway listening');
    process.stdout.write(`rampart gateway listening on ${running.url} (admin ${running.adminUrl})\n`);
    stopOnSignals(running.stop, running.logger);
  },
});
