import { defineCommand } from 'citty';
import { loadConfig } from '../../gateway/index.ts';
import { createLogger, startGatewayProcess, stopOnSignals } from '../gateway-process.ts';
import {
  isGatewayWorker,
  runWorkers,
  type WorkerListening,
  workerCount,
  workerIndex,
} from '../gateway-workers.ts';

export default defineCommand({
  meta: { name: 'gateway', description: 'Run the inference gateway from a config file (SIGHUP reloads it).' },
  args: {
    config: { type: 'string', description: 'Path to rampart.yaml', default: 'rampart.yaml', alias: 'c' },
    workers: {
      type: 'string',
      description:
        'Worker processes sharing the ports (default: one per core with state.redis, else 1; more than 1 needs state.redis)',
    },
  },
  async run({ args }) {
    const config = loadConfig(args.config);
    if (!isGatewayWorker) {
      const count = workerCount(args.workers, config);
      if (count > 1) return runWorkers(count, createLogger(config.logging.level));
    }
    let running: Awaited<ReturnType<typeof startGatewayProcess>>;
    try {
      running = await startGatewayProcess({
        config,
        reloadConfig: () => loadConfig(args.config),
        forwardToSoc: workerIndex() === 0,
      });
    } catch (error) {
      // The IPC channel would keep a failed worker alive: let it exit once its error is printed.
      if (isGatewayWorker) process.disconnect?.();
      throw error;
    }
    running.logger.info({ url: running.url, admin: running.adminUrl }, 'gateway listening');
    if (isGatewayWorker) {
      const message: WorkerListening = {
        type: 'rampart:listening',
        url: running.url,
        adminUrl: running.adminUrl,
      };
      process.send?.(message);
    } else process.stdout.write(`rampart gateway listening on ${running.url} (admin ${running.adminUrl})\n`);
    stopOnSignals(running.stop, running.logger);
  },
});
