import { z } from 'zod';
import {
  type ConfigProblem,
  deepFreeze,
  gatewayCoreShape,
  loadYamlFile,
  looksLikeExportPath,
  parseYamlConfig,
  routeBaseSchema,
  validateWithSchema,
  type YamlLoadOptions,
} from '../core/index.ts';
import { guardRouteSchema } from '../guard/index.ts';
import { predictImageSchema } from './predict/image-config.ts';
import { predictInputSchema } from './predict/input-config.ts';
import { globMatcher } from './route-table.ts';

/** A route: core's fields plus the guard's `guard:` block (on with the guard's defaults unless `false`). */
export const routeSchema = routeBaseSchema.extend({
  /**
   * Guard scanning for this route (prompt injection, jailbreak, PII, secrets, leaks); `false` turns
   * it off. The guard owns this block: see docs/guard.md.
   */
  guard: guardRouteSchema.prefault({}),
  /** predict routes: the input policy from the training data (docs/classic-ml.md). */
  input: predictInputSchema.optional(),
  /** predict routes: image sanitisers (JPEG re-encoding, bit depth, median); needs the optional package sharp. */
  images: predictImageSchema.optional(),
});

/** The whole gateway config file (rampart.yaml): core's parts composed with the guard's. */
export const gatewayConfigSchema = z
  .object({ ...gatewayCoreShape, routes: z.array(routeSchema).min(1) })
  .strict();

export type GatewayConfig = z.output<typeof gatewayConfigSchema>;
export type GatewayConfigInput = z.input<typeof gatewayConfigSchema>;
export type RouteConfig = GatewayConfig['routes'][number];

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => listOf(value).filter((item) => typeof item === 'string');

/**
 * Cross-reference problems the field schemas cannot see (unknown upstream, duplicate route id,
 * unknown route or model in a role, ...). They read the input as loosely as they can, so they run in
 * the same pass as the schema: `config check` reports every problem of a file at once.
 */
export function gatewayReferenceProblems(input: unknown): ConfigProblem[] {
  if (!isObject(input)) return [];
  const problems: ConfigProblem[] = [];
  const problem = (path: Array<string | number>, message: string) =>
    problems.push({ path: path.join('.'), message });
  const upstreams = new Set(isObject(input.upstreams) ? Object.keys(input.upstreams) : []);
  const models = listOf(input.models).filter(isObject);
  const modelNames = strings(models.map((model) => model.name));
  listOf(input.models).forEach((model, index) => {
    if (isObject(model) && typeof model.upstream === 'string' && !upstreams.has(model.upstream))
      problem(['models', index, 'upstream'], `unknown upstream "${model.upstream}"`);
  });
  const routeIds = new Set<string>();
  listOf(input.routes).forEach((route, index) => {
    if (!isObject(route)) return;
    if (typeof route.id === 'string') {
      if (routeIds.has(route.id)) problem(['routes', index, 'id'], `duplicate route id "${route.id}"`);
      routeIds.add(route.id);
    }
    const routeModels = route.models === undefined ? ['*'] : strings(route.models);
    listOf(route.models).forEach((name, modelIndex) => {
      if (typeof name === 'string' && !modelNames.some(globMatcher([name])))
        problem(['routes', index, 'models', modelIndex], `unknown model "${name}"`);
    });
    if (route.kind === 'predict') {
      if (typeof route.upstream !== 'string' || !upstreams.has(route.upstream))
        problem(['routes', index, 'upstream'], 'predict routes need a known upstream');
      if (routeModels.includes('*'))
        problem(['routes', index, 'models'], 'predict routes name their model(s) explicitly');
    } else {
      if (route.input !== undefined)
        problem(['routes', index, 'input'], 'an input policy applies to predict routes only');
      if (route.images !== undefined)
        problem(['routes', index, 'images'], 'image sanitisers apply to predict routes only');
    }
    if (route.allowExport !== true && typeof route.path === 'string' && looksLikeExportPath(route.path))
      problem(
        ['routes', index, 'path'],
        'this looks like a model-export or file-download path: set allowExport: true to serve it',
      );
  });
  if (isObject(input.roles)) {
    for (const [role, grants] of Object.entries(input.roles)) {
      listOf(grants).forEach((grant, grantIndex) => {
        if (!isObject(grant)) return;
        listOf(grant.routes).forEach((routeId, routeIndex) => {
          if (typeof routeId === 'string' && routeId !== '*' && !routeIds.has(routeId))
            problem(['roles', role, grantIndex, 'routes', routeIndex], `unknown route "${routeId}"`);
        });
      });
    }
  }
  return problems;
}

const gatewayConfigSpec = { schema: gatewayConfigSchema, references: gatewayReferenceProblems };

/** Load, interpolate ${ENV}, validate and deep-freeze a gateway config file. */
export function loadConfig(path: string, options: YamlLoadOptions = {}): Readonly<GatewayConfig> {
  return deepFreeze(loadYamlFile(path, gatewayConfigSpec, options));
}

/** Same as loadConfig, from YAML text. */
export function parseConfig(text: string, options: YamlLoadOptions = {}): Readonly<GatewayConfig> {
  return deepFreeze(parseYamlConfig(text, gatewayConfigSpec, options));
}

/** Validate an already-built object (programmatic use, tests). */
export function validateConfig(input: unknown): Readonly<GatewayConfig> {
  return deepFreeze(validateWithSchema(input, gatewayConfigSpec));
}

const dataDirSchema = z.object({ dataDir: gatewayCoreShape.dataDir });

/** The data directory a gateway config names, reading no other field (its ${SECRETS} need not be set). */
export function loadDataDir(path: string, options: YamlLoadOptions = {}): string {
  return loadYamlFile(path, dataDirSchema, { ...options, only: ['dataDir'] }).dataDir;
}
