import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { RampartError, safeJsonParse } from '../core/index.ts';
import type { ProbeResult } from './types.ts';

/** What a state file was started for; resuming it against anything else is refused. */
export interface RunIdentity {
  pack: string;
  version: string;
  target: string;
  seed: string;
}

/**
 * A JSON-lines file of finished probes, so a run cut short (time budget, Ctrl-C, CI timeout) resumes
 * where it stopped. Line 1 is the run's identity; each later line one result. Errored probes are
 * not kept as finished: a resume retries them.
 */
export class RunState {
  private constructor(
    private readonly path: string | undefined,
    readonly finished: Map<string, ProbeResult>,
  ) {}

  static open(path: string | undefined, identity: RunIdentity): RunState {
    if (!path) return new RunState(undefined, new Map());
    if (!existsSync(path)) {
      writeFileSync(path, `${JSON.stringify({ state: 'rampart-redteam', ...identity })}\n`);
      return new RunState(path, new Map());
    }
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    const header = safeJsonParse(lines[0] ?? '{}') as Partial<RunIdentity> & { state?: string };
    const differs = (Object.keys(identity) as (keyof RunIdentity)[]).filter(
      (key) => header[key] !== identity[key],
    );
    if (header.state !== 'rampart-redteam' || differs.length > 0)
      throw new RampartError(
        'RAMPART_REDTEAM_STATE_MISMATCH',
        `${path} belongs to another run (${differs.join(', ') || 'not a state file'} differ)`,
      );
    const finished = new Map<string, ProbeResult>();
    for (const line of lines.slice(1)) {
      let result: ProbeResult;
      try {
        result = safeJsonParse(line) as ProbeResult;
      } catch {
        continue; // a line cut by a crash: that probe runs again
      }
      if (result.outcome !== 'error') finished.set(result.id, result);
    }
    return new RunState(path, finished);
  }

  record(result: ProbeResult): void {
    if (this.path && result.outcome !== 'error') appendFileSync(this.path, `${JSON.stringify(result)}\n`);
  }
}
