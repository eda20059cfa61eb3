import { createHash } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import { readlink, realpath } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import type { Logger } from 'pino';
import { sha256File } from '../core/index.ts';
import type { GatewayConfig, RouteAttestation } from '../gateway/index.ts';
import { walkModel } from '../model/index.ts';
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

/** What one pass over the files found: their digest, and the folders to watch beyond the model's own. */
interface FilesSnapshot {
  digest: string;
  /**
   * Folder → the entry names in it whose change matters (links and the files they lead to); absent
   * when the walk failed, so that the watches of the last good walk stay (a dangling link restored).
   */
  linkWatches?: Map<string, Set<string>>;
}

function addWatch(watches: Map<string, Set<string>>, path: string): void {
  const names = watches.get(dirname(path)) ?? new Set<string>();
  names.add(basename(path));
  watches.set(dirname(path), names);
}

/** Most hops followed along one chain of links (the kernel's own limit is 40). */
const maxLinkHops = 40;

/**
 * Watch every hop of a chain of links (model/w.bin -> /a/current -> /b/w-v2.bin): re-pointing a link
 * in the middle changes what the model reads as surely as re-pointing the first one, and its folder
 * is neither the model's nor the final file's.
 */
async function addLinkChain(watches: Map<string, Set<string>>, path: string): Promise<void> {
  let current = path;
  for (let hop = 0; hop < maxLinkHops; hop++) {
    let next: string;
    try {
      // Resolve against the folder as it physically is, as the kernel does for "..".
      next = resolve(await realpath(dirname(current)), await readlink(current));
    } catch {
      return; // not a link (the end of the chain), or gone: the digest says so
    }
    addWatch(watches, next);
    current = next;
  }
}

/**
 * SHA-256 over every file the checks read, listed by the walk that verification uses (`walkModel`,
 * following every link, so it reaches every file any check's policy could read): each file's path,
 * the file it resolves to and its content, and each link's own target, so that a re-pointed, new or
 * dangling link changes the digest as a changed file does. A walk or read that fails gives a marker
 * (the route is re-checked, and the check fails with its coded error).
 */
async function filesSnapshot(attest: RouteAttest): Promise<FilesSnapshot> {
  const hash = createHash('sha256');
  const linkWatches = new Map<string, Set<string>>();
  const extra = attest.checks.flatMap((check) => [
    ...('signature' in check && check.signature ? [check.signature] : []),
    ...('attestation' in check && check.attestation ? [check.attestation] : []),
  ]);
  try {
    const tree = await walkModel(attest.modelPath, {
      links: 'follow',
      errorCode: 'RAMPART_MODEL_SCAN_PATH_NOT_FOUND',
      specialFiles: 'list',
    });
    for (const link of tree.links) {
      hash.update(`link\0${link.relativePath}\0${link.target}\0${link.realPath}\n`);
      addWatch(linkWatches, link.absolutePath);
      await addLinkChain(linkWatches, link.absolutePath);
    }
    for (const file of tree.files) {
      // A FIFO or device is never read (it could block the watch); its presence is enough.
      const content = file.special ? 'special' : await sha256File(file.absolutePath);
      hash.update(`file\0${file.relativePath}\0${file.realPath}\0${content}\n`);
      if (file.realPath !== resolve(file.absolutePath)) addWatch(linkWatches, file.realPath);
    }
    for (const file of extra) hash.update(`extra\0${file}\0${await sha256File(file)}\n`);
  } catch (error) {
    hash.update(`unreadable\0${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return { digest: hash.digest('hex') };
  }
  return { digest: hash.digest('hex'), linkWatches };
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
  /**
   * One watcher per folder holding a link or a file reached through one: the recursive watch does
   * not see a link re-pointed in place, nor a target outside the model replaced or rewritten.
   */
  private readonly linkWatchers = new Map<string, { names: string; watcher: FSWatcher }>();
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
    this.digest = this.snapshot();
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
      const now = await this.snapshot();
      // Compared with the digest of the latest result, which a re-check may have set meanwhile.
      if (!this.closed && !this.refusing && (await this.digest) !== now)
        this.changed('model files differ at the periodic re-hash');
    } finally {
      this.polling = false;
    }
  }

  /** Digest the files and watch the folders their links lead through, as they are now. */
  private async snapshot(): Promise<string> {
    const { digest, linkWatches } = await filesSnapshot(this.attest);
    if (linkWatches && !this.closed) this.watchLinks(linkWatches);
    return digest;
  }

  private watchLinks(wanted: Map<string, Set<string>>): void {
    for (const [folder, current] of this.linkWatchers) {
      const names = wanted.get(folder);
      if (names && [...names].sort().join('\0') === current.names) continue;
      current.watcher.close();
      this.linkWatchers.delete(folder);
    }
    for (const [folder, names] of wanted) {
      if (this.linkWatchers.has(folder)) continue;
      try {
        const watcher = watch(folder, { persistent: false }, (_event, name) => {
          if (name === null || names.has(name.toString()))
            this.changed('a symbolic link or its target changed');
        });
        // A folder that goes away: the periodic re-hash still sees it, and re-arms the watch.
        watcher.on('error', () => {
          watcher.close();
          if (this.linkWatchers.get(folder)?.watcher === watcher) this.linkWatchers.delete(folder);
        });
        this.linkWatchers.set(folder, { names: [...names].sort().join('\0'), watcher });
      } catch (error) {
        this.logger.warn(
          { route: this.routeId, err: error, folder },
          'cannot watch a linked folder; re-hashing only',
        );
      }
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
      digest = await this.snapshot();
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
    for (const { watcher } of this.linkWatchers.values()) watcher.close();
    this.linkWatchers.clear();
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
