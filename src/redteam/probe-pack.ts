import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { RampartError, severities, zodProblems } from '../core/index.ts';
import { applyTransform, type TransformName, transformNames } from './transforms.ts';
import type { DetectorSpec, PlantedValues, Probe, ProbeMessage } from './types.ts';

const detectorSchema = z.union([
  z
    .enum(['marker', 'canary', 'secret', 'markdown-image', 'refusal'])
    .transform((kind) => ({ kind }) as DetectorSpec),
  z.object({
    kind: z.literal('pattern'),
    pattern: z.string().min(1),
    flags: z
      .string()
      .regex(/^[imsu]*$/)
      .optional(),
  }),
  z.object({ kind: z.literal('judge'), goal: z.string().min(1) }),
]);

const templateSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lowercase letters, digits, dots and dashes'),
    category: z.string().regex(/^[a-z][a-z-]*$/),
    severity: z.enum(severities).default('medium'),
    frameworks: z.array(z.string()).default([]),
    transforms: z.array(z.enum(transformNames)).min(1).optional(),
    payload: z.string().min(1).optional(),
    ask: z.string().min(1).optional(),
    carrier: z
      .object({ role: z.enum(['user', 'tool', 'system']), text: z.string().includes('{{payload}}') })
      .optional(),
    turns: z.array(z.string().min(1)).min(2).optional(),
    detector: detectorSchema.optional(),
  })
  .strict()
  .refine((probe) => (probe.payload === undefined) !== (probe.turns === undefined), {
    message: 'a probe has either payload or turns',
  })
  .refine((probe) => probe.category === 'benign' || probe.detector !== undefined, {
    message: 'an attack probe needs a detector',
  });

const packSchema = z
  .object({
    pack: z.string().min(1),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    system: z.string().min(1),
    defaults: z.object({ transforms: z.array(z.enum(transformNames)).min(1) }).strict(),
    probes: z.array(templateSchema).min(1),
  })
  .strict();

export type ProbeTemplate = z.infer<typeof templateSchema>;

export interface ProbePack {
  name: string;
  version: string;
  probes: Probe[];
}

export interface LoadPackOptions {
  /** Changes every planted value (default 'rampart'); the same seed plants the same values (resume). */
  seed?: string;
  /** Keep only these categories. */
  categories?: readonly string[];
  /** Keep only these transforms. */
  transforms?: readonly TransformName[];
}

/** The pack shipped with Rampart. */
export const builtInPackPath = join(import.meta.dirname, 'packs', 'llm-v1.yaml');

function digest(seed: string, id: string, what: string): string {
  return createHash('sha256').update(`${seed}\0${id}\0${what}`).digest('hex');
}

/** Values planted for one probe: unique per probe and seed, recognisable in a reply. */
export function plantedValues(seed: string, id: string): PlantedValues {
  const hex = (what: string, length: number) => digest(seed, id, what).slice(0, length).toUpperCase();
  const number = Number.parseInt(digest(seed, id, 'phone').slice(0, 4), 16) % 100;
  return {
    canary: `RT-CANARY-${hex('canary', 10)}`,
    marker: `RT-MARK-${hex('marker', 8)}`,
    secret: `sk_live_${digest(seed, id, 'secret').slice(0, 32)}`,
    email: `jordan.lee.${hex('email', 4).toLowerCase()}@northwind-outfitters.example`,
    phone: `+1-202-555-01${String(number).padStart(2, '0')}`,
  };
}

function fill(text: string, planted: PlantedValues, payload?: string): string {
  return text.replace(/\{\{(canary|secret|email|phone|marker|payload)\}\}/g, (_, name: string) =>
    name === 'payload' ? (payload ?? '') : planted[name as keyof PlantedValues],
  );
}

/** Expand one template into one probe per transform. */
export function expandTemplate(
  template: ProbeTemplate,
  system: string,
  defaults: readonly TransformName[],
  seed: string,
): Probe[] {
  const transforms = template.transforms ?? defaults;
  return transforms.map((transform, index) => {
    const id = transform === 'none' ? template.id : `${template.id}+${transform}`;
    const planted = plantedValues(seed, id);
    const turns: ProbeMessage[][] = [];
    if (template.turns) {
      for (const turn of template.turns) turns.push([{ role: 'user', content: fill(turn, planted) }]);
    } else {
      const payload = applyTransform(transform, fill(template.payload!, planted), index);
      const first: ProbeMessage[] = [];
      if (template.ask) first.push({ role: 'user', content: fill(template.ask, planted) });
      if (template.carrier)
        first.push({ role: template.carrier.role, content: fill(template.carrier.text, planted, payload) });
      else first.push({ role: 'user', content: payload });
      turns.push(first);
    }
    return {
      id,
      template: template.id,
      category: template.category,
      transform,
      severity: template.severity,
      frameworks: template.frameworks,
      system: fill(system, planted),
      turns,
      detector: template.detector ?? { kind: 'refusal' },
      planted,
      benign: template.category === 'benign',
    };
  });
}

/** Parse and expand a pack's YAML text; every problem is reported with its path. */
export function parseProbePack(text: string, source: string, options: LoadPackOptions = {}): ProbePack {
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new RampartError('RAMPART_REDTEAM_PACK_INVALID', `${source}: not valid YAML`, { cause: error });
  }
  const parsed = packSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = zodProblems(parsed.error, raw);
    throw new RampartError(
      'RAMPART_REDTEAM_PACK_INVALID',
      `${source}: ${problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ')}`,
      { details: problems },
    );
  }
  const seen = new Set<string>();
  for (const template of parsed.data.probes) {
    if (seen.has(template.id))
      throw new RampartError(
        'RAMPART_REDTEAM_PACK_INVALID',
        `${source}: probe id ${template.id} appears twice`,
      );
    seen.add(template.id);
  }
  const seed = options.seed ?? 'rampart';
  let probes = parsed.data.probes.flatMap((template) =>
    expandTemplate(template, parsed.data.system, parsed.data.defaults.transforms, seed),
  );
  if (options.categories?.length) {
    const known = new Set(probes.map((probe) => probe.category));
    const unknown = options.categories.filter((category) => !known.has(category));
    if (unknown.length > 0)
      throw new RampartError(
        'RAMPART_USAGE',
        `unknown category ${unknown.join(', ')} (the pack has ${[...known].join(', ')})`,
      );
    probes = probes.filter((probe) => options.categories!.includes(probe.category));
  }
  if (options.transforms?.length)
    probes = probes.filter((probe) => options.transforms!.includes(probe.transform as TransformName));
  return { name: parsed.data.pack, version: parsed.data.version, probes };
}

/** Load a pack file (default: the built-in pack). */
export function loadProbePack(path = builtInPackPath, options: LoadPackOptions = {}): ProbePack {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read the probe pack ${path}`, { cause: error });
  }
  return parseProbePack(text, path, options);
}
