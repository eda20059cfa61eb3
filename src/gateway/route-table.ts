import { looksLikeExportPath, type RouteKind } from '../core/index.ts';
import type { GatewayConfig, RouteConfig } from './config.ts';
import { normaliseRequestPath, subPathMatcher } from './request-path.ts';

export interface CompiledRoute {
  readonly config: RouteConfig;
  readonly id: string;
  readonly kind: RouteKind;
  readonly method: 'GET' | 'POST';
  /** True when the route serves a prefix (`/predict/*`). */
  readonly prefix: boolean;
  readonly path: string;
  readonly allowsModel: (model: string) => boolean;
  /** Prefix routes: whether a sub-path is on the route's `subPaths` allowlist. */
  readonly allowsSubPath: (subPath: string) => boolean;
  readonly maxBodyBytes: number;
  readonly maxPromptChars: number;
}

export interface RouteMatch {
  route: CompiledRoute;
  subPath: string;
}

export type RouteLookup =
  | { found: RouteMatch }
  | { error: 'RAMPART_ROUTE_NOT_FOUND' | 'RAMPART_METHOD_NOT_ALLOWED' | 'RAMPART_PATH_FORBIDDEN' };

/** Glob with `*` only; compiled once. */
export function globMatcher(patterns: readonly string[]): (value: string) => boolean {
  if (patterns.includes('*')) return () => true;
  const exact = new Set(patterns.filter((pattern) => !pattern.includes('*')));
  const globs = patterns
    .filter((pattern) => pattern.includes('*'))
    .map((pattern) => new RegExp(`^${pattern.split('*').map(escapeRegExp).join('.*')}$`));
  return (value) => exact.has(value) || globs.some((glob) => glob.test(value));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** Routes compiled once per config: exact paths in a Map, prefixes checked longest first. */
export class RouteTable {
  private readonly exact = new Map<string, CompiledRoute>();
  private readonly prefixes: CompiledRoute[] = [];
  /** Every route, in config order. */
  readonly all: CompiledRoute[] = [];

  constructor(config: GatewayConfig) {
    for (const route of config.routes) {
      const prefix = route.path.endsWith('/*');
      const compiled: CompiledRoute = {
        config: route,
        id: route.id,
        kind: route.kind,
        method: route.kind === 'models' ? 'GET' : 'POST',
        prefix,
        path: prefix ? route.path.slice(0, -2) : route.path,
        allowsModel: globMatcher(route.models),
        allowsSubPath: subPathMatcher(route.subPaths),
        maxBodyBytes: route.limits?.maxBodyBytes ?? config.limits.maxBodyBytes,
        maxPromptChars: route.limits?.maxPromptChars ?? config.limits.maxPromptChars,
      };
      this.all.push(compiled);
      if (prefix) this.prefixes.push(compiled);
      else this.exact.set(compiled.path, compiled);
    }
    this.prefixes.sort((a, b) => b.path.length - a.path.length);
  }

  /**
   * Match on the normalised path (see normaliseRequestPath). A prefix route serves its own path
   * and only the sub-paths on its allowlist; export-looking paths are refused unless allowed.
   */
  lookup(method: string, rawUrl: string): RouteLookup {
    const queryStart = rawUrl.indexOf('?');
    const path = normaliseRequestPath(queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart));
    if (path === undefined) return { error: 'RAMPART_PATH_FORBIDDEN' };
    const match = this.match(path);
    if (!match) {
      return looksLikeExportPath(path)
        ? { error: 'RAMPART_PATH_FORBIDDEN' }
        : { error: 'RAMPART_ROUTE_NOT_FOUND' };
    }
    if (match.subPath) {
      if (!match.route.allowsSubPath(match.subPath)) return { error: 'RAMPART_PATH_FORBIDDEN' };
      if (!match.route.config.allowExport && looksLikeExportPath(match.subPath)) {
        return { error: 'RAMPART_PATH_FORBIDDEN' };
      }
    }
    if (method !== match.route.method) return { error: 'RAMPART_METHOD_NOT_ALLOWED' };
    return { found: match };
  }

  private match(path: string): RouteMatch | undefined {
    const exact = this.exact.get(path);
    if (exact) return { route: exact, subPath: '' };
    for (const route of this.prefixes) {
      if (path === route.path) return { route, subPath: '' };
      if (path.startsWith(`${route.path}/`)) return { route, subPath: path.slice(route.path.length) };
    }
    return undefined;
  }
}
