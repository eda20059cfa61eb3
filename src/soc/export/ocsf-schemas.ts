import { z } from 'zod';

/**
 * Zod schemas of the attributes OCSF 1.8 marks `required` for the classes Rampart emits (plus
 * the constraints that make them meaningful: type_uid = class_uid * 100 + activity_id, known
 * severity ids). No OCSF JSON-schema package exists on npm, so these are written from the
 * schema's class and object definitions (ocsf/ocsf-schema: events/*, objects/*, profiles/ai_operation).
 */
const metadata = z
  .object({
    version: z.string().regex(/^1\.8\.\d+$/),
    product: z.object({ vendor_name: z.string().min(1), name: z.string().min(1) }).loose(),
    uid: z.string().optional(),
    profiles: z.array(z.string()).optional(),
  })
  .loose();

const baseEvent = z
  .object({
    activity_id: z.number().int(),
    category_uid: z.number().int(),
    class_uid: z.number().int(),
    type_uid: z.number().int(),
    severity_id: z
      .number()
      .int()
      .refine((value) => [0, 1, 2, 3, 4, 5, 6, 99].includes(value), 'unknown severity_id'),
    time: z.number().int().nonnegative(),
    metadata,
  })
  .loose()
  .refine(
    (event) => event.type_uid === event.class_uid * 100 + event.activity_id,
    'type_uid must be class_uid * 100 + activity_id',
  );

const endpoint = z.object({ ip: z.string().optional(), hostname: z.string().optional() }).loose();
const user = z.object({ name: z.string().optional(), uid: z.string().optional() }).loose();
const findingInfo = z.object({ uid: z.string().min(1), title: z.string().min(1) }).loose();

const classSchemas: Record<number, z.ZodType> = {
  0: z.object({ class_uid: z.literal(0), category_uid: z.literal(0) }).loose(),
  6003: z
    .object({
      class_uid: z.literal(6003),
      category_uid: z.literal(6),
      activity_id: z.union([
        z.literal(0),
        z.literal(1),
        z.literal(2),
        z.literal(3),
        z.literal(4),
        z.literal(99),
      ]),
      actor: z.object({ user: user.optional() }).loose(),
      api: z.object({ operation: z.string().min(1) }).loose(),
      src_endpoint: endpoint,
      // ai_operation profile: ai_model is recommended; when present, name and ai_provider are required.
      ai_model: z
        .object({ name: z.string().min(1), ai_provider: z.string().min(1) })
        .loose()
        .optional(),
    })
    .loose(),
  3002: z
    .object({
      class_uid: z.literal(3002),
      category_uid: z.literal(3),
      user,
    })
    .loose(),
  2004: z
    .object({ class_uid: z.literal(2004), category_uid: z.literal(2), finding_info: findingInfo })
    .loose(),
  2002: z
    .object({
      class_uid: z.literal(2002),
      category_uid: z.literal(2),
      finding_info: findingInfo,
      vulnerabilities: z.array(z.object({}).loose()).min(1),
    })
    .loose(),
  2003: z
    .object({
      class_uid: z.literal(2003),
      category_uid: z.literal(2),
      finding_info: findingInfo,
      compliance: z.object({ standards: z.array(z.string()).min(1) }).loose(),
    })
    .loose(),
  7001: z
    .object({
      class_uid: z.literal(7001),
      category_uid: z.literal(7),
      command_uid: z.string().min(1),
    })
    .loose(),
};

/** Validate an OCSF event against the base event and its class's required attributes. */
export function validateOcsf(event: unknown): { ok: true } | { ok: false; problems: string[] } {
  const problems: string[] = [];
  const base = baseEvent.safeParse(event);
  if (!base.success)
    problems.push(...base.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  const classUid = (event as { class_uid?: unknown })?.class_uid;
  const schema = typeof classUid === 'number' ? classSchemas[classUid] : undefined;
  if (!schema) problems.push(`class_uid: no schema for ${String(classUid)}`);
  else {
    const result = schema.safeParse(event);
    if (!result.success)
      problems.push(...result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
