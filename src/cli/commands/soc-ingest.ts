import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { RampartError } from '../../core/index.ts';
import { type AccessLogFormat, accessLogFormats, parseAccessLog } from '../../soc/index.ts';
import { checkEventOutput, eventOutputArgs, outputEvents } from '../event-output.ts';
import { exitCodes } from '../render-error.ts';

/**
 * `rampart soc ingest --format s3-access|cloudtrail|gcs-audit FILE`: object-store and cloud audit
 * logs as `data.access` events, sent to a SOC (--report-to) and/or appended to a file (--events).
 */
export default defineCommand({
  meta: {
    name: 'ingest',
    description: 'Turn S3 access logs, CloudTrail or GCS audit logs into data.access events for the SOC.',
  },
  args: {
    file: { type: 'positional', required: true, description: 'Log file' },
    format: { type: 'string', required: true, description: accessLogFormats.join('|') },
    ...eventOutputArgs,
  },
  async run({ args }) {
    if (!(accessLogFormats as readonly string[]).includes(args.format))
      throw new RampartError(
        'RAMPART_USAGE',
        `--format must be one of ${accessLogFormats.join(', ')}, got ${args.format}`,
      );
    if (!args.events && !args['report-to'])
      throw new RampartError(
        'RAMPART_USAGE',
        'say where the events go: --report-to SOC_URL and/or --events FILE',
      );
    checkEventOutput(args);
    let text: string;
    try {
      text = readFileSync(args.file, 'utf8');
    } catch (error) {
      throw new RampartError('RAMPART_IO', `could not read the log ${args.file}`, { cause: error });
    }
    const events = parseAccessLog(args.format as AccessLogFormat, text);
    await outputEvents(events, args);
    process.stdout.write(`${events.length} data.access event(s) from ${args.file}\n`);
    process.exitCode = exitCodes.ok;
  },
});
