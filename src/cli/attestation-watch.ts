import { createHash } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import type { Logger } from 'pino';
import { sha256File } from '../core/index.ts';
import type { GatewayConfig, RouteAttestation } from '../gateway/index.ts';
import { collectFiles } from '../model/index.ts';
import { attestRoute, type RouteAttest } from './attest-routes.ts';

/** What the watcher needs of the gateway: to replace one route's attestation. */
export interface AttestationTarget {
  setRouteAttestation(routeId: string, result: RouteAttestation, options?: { report?: boolean }): void;
}

/** The attestation a route holds while its checks run again: refused, not reported. */
function pending(reason: string): RouteAttestation {
  return {
    passed: false,
    checks: [{ type: 'recheck', passed: false, detail: `${reason}; the checks are running again` }],
    checkedAt: new Date().toISOString(),
  };
}

/** SHA-256 over every file the checks read (path and content), or a marker when one cannot be read. */
async function filesDigest(attest: RouteAttest): Promise<string> {
  const hash = createHash('sha256');
  const extra = attest.checks.flatMap((check) => [
    ...('signature' in check && check.signature ? [check.signature] : []),
    ...('attestation' in check && check.attestation ? [check.attestation] : []),
  ]);
  try {
    for (const file of [...(await collectFiles([attest.modelPath])), ...extra])
      hash.update(`${file}\0${await sha256File(file)}\n`);
  } catch (error) {
    hash.update(`unreadable\0${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return hash.digest('hex');
}

const settleMs = 200;

/**
 * Keeps one route's attestation current while the gateway runs: a change under its model path
 * (fs.watch, recursive) or a different digest at the periodic re-hash (`recheckIntervalMs`, for
 * changes a watch misses: network file systems, replaced mounts) refuses the route at once and
 * re-runs its checks; the route serves again only when they pass on files that did not change
 * while they ran.
 */
class RouteWatch {
  private generation = 0;
  private running = false;
  private again = false;
  private digest: Promise<string>;
  private watcher: FSWatcher | undefined;
  private readonly timer: NodeJS.Timeout;
  private settle: NodeJS.Timeout | undefined;
  private closed = false;
  /** True from a change until its re-check's result is in. */
  private refusing = false;
  private polling = false;
  /** Set by `attach`, once the results of the checks that ran while watching are in the gateway. */
  private target: AttestationTarget | undefined;
  /** A change seen before `attach`: the results handed in may predate it. */
  private dirty = false;

  constructor(
    private readonly routeId: string,
    private readonly attest: RouteAttest,
    private readonly logger: Logger,
  ) {
    this.digest = filesDigest(attest);
    try {
      this.watcher = watch(attest.modelPath, { recursive: true, persistent: false }, () =>
        this.changed('model files changed'),
      );
      this.watcher.on('error', (error) => {
        logger.warn({ route: routeId, err: error }, 'watching the model files failed; re-hashing only');
        this.watcher?.close();
        this.watcher = undefined;
      });
    } catch (error) {
      logger.warn({ route: routeId, err: error }, 'cannot watch the model files; re-hashing only');
    }
    this.timer = setInterval(() => void this.poll(), attest.recheckIntervalMs);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    // One re-hash at a time (a large model can take longer than the interval), none while refusing.
    if (this.polling || this.refusing || !this.target) return;
    this.polling = true;
    try {
      const now = await filesDigest(this.attest);
      // Compared with the digest of the latest result, which a re-check may have set meanwhile.
      if (!this.closed && !this.refusing && (await this.digest) !== now)
        this.changed('model files differ at the periodic re-hash');
    } finally {
      this.polling = false;
    }
  }

  /** Refuse the route now; re-check once the files have been quiet for a moment. */
  private changed(reason: string): void {
    if (this.closed) return;
    this.generation++;
    if (!this.target) {
      this.dirty = true;
      return;
    }
    if (!this.refusing) {
      this.refusing = true;
      this.logger.warn(
        { route: this.routeId, reason },
        'attested model changed: the route refuses until re-checked',
      );
      this.target?.setRouteAttestation(this.routeId, pending(reason), { report: false });
    }
    if (this.settle) clearTimeout(this.settle);
    this.settle = setTimeout(() => {
      this.settle = undefined;
      void this.recheck();
    }, settleMs);
    this.settle.unref();
  }

  private async recheck(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    const generation = this.generation;
    let result: RouteAttestation;
    let digest = '';
    try {
      digest = await filesDigest(this.attest);
      result = await attestRoute(this.attest);
    } catch (error) {
      // attestRoute turns a check that cannot run into a failed check; this is the last line.
      result = {
        passed: false,
        checks: [{ type: 'recheck', passed: false, detail: `the checks could not run: ${String(error)}` }],
        checkedAt: new Date().toISOString(),
      };
    } finally {
      this.running = false;
    }
    if (this.closed) return;
    // Files that changed while the checks ran: check again; the route stays refused meanwhile.
    if (this.again || generation !== this.generation || this.settle) {
      this.again = false;
      if (!this.settle) void this.recheck();
      return;
    }
    this.digest = Promise.resolve(digest);
    this.refusing = false;
    this.target?.setRouteAttestation(this.routeId, result);
    if (result.passed) this.logger.info({ route: this.routeId }, 'attested model re-checked: passed');
    else
      this.logger.warn({ route: this.routeId, checks: result.checks }, 'attested model re-checked: refused');
  }

  /** Start acting on changes; one seen since the watch began (during the checks) re-checks now. */
  attach(target: AttestationTarget): void {
    this.target = target;
    if (this.dirty) {
      this.dirty = false;
      this.changed('model files changed while the checks ran');
    }
  }

  close(): void {
    this.closed = true;
    this.watcher?.close();
    clearInterval(this.timer);
    if (this.settle) clearTimeout(this.settle);
  }
}

/**
 * Watch every attested route of `config`. Start it before the checks run, then `attach` the
 * gateway once their results are in: a change during the checks is not lost. `close()` stops them
 * all (before a reload or at shutdown).
 */
export function watchAttestedRoutes(
  config: GatewayConfig,
  logger: Logger,
): { attach: (target: AttestationTarget) => void; close: () => void } {
  const watches = config.routes.flatMap((route) =>
    route.attest ? [new RouteWatch(route.id, route.attest, logger)] : [],
  );
  return {
    attach: (target) => {
      for (const routeWatch of watches) routeWatch.attach(target);
    },
    close: () => {
      for (const routeWatch of watches) routeWatch.close();
    },
  };
}
