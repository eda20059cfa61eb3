import { z } from 'zod';
import { durationSchema, frameworkEntry, severities } from '../../core/index.ts';

const duration = durationSchema;
const groupBy = z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(4)]);
const threshold = z.number().int().min(1).max(100_000);

export const correlationSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('event_count'),
    group_by: groupBy.optional(),
    window: duration,
    gte: threshold,
  }),
  z.strictObject({
    type: z.literal('value_count'),
    /** A field, or several: the first one an event has is its value (`[attrs.request_id, id]`). */
    field: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(4)]),
    group_by: groupBy.optional(),
    window: duration,
    gte: threshold,
  }),
  z.strictObject({
    type: z.literal('sum'),
    /** One numeric field, or several summed per event (input + output tokens). */
    field: z.union([z.string().min(1), z.array(z.string().min(1)).min(1).max(8)]),
    group_by: groupBy.optional(),
    window: duration,
    gte: z.number().positive(),
  }),
  z.strictObject({
    /**
     * New terms: a value of `field` (e.g. principal) not seen in the group within `history` fires once;
     * values seen during the first `learning` after the group's first event are only recorded.
     */
    type: z.literal('new_value'),
    field: z.string().min(1),
    group_by: groupBy.optional(),
    learning: duration,
    history: duration.default('30d'),
  }),
  z.strictObject({
    type: z.literal('temporal'),
    sequence: z.array(z.string().min(1)).min(2).max(8),
    group_by: groupBy.optional(),
    within: duration,
  }),
]);

export const responseSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('webhook'),
    url: z.url({ protocol: /^https?$/ }),
    /** HMAC-SHA256 key; use ${ENV_VAR} to keep it out of the file. */
    secret: z.string().min(16, 'use a webhook secret of at least 16 characters'),
    timeout: duration.optional(),
  }),
  z.strictObject({
    type: z.literal('revoke_key'),
    /** Where the key id or public prefix is read from (default: attrs.key_id, then attrs.key_prefix). */
    key_field: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal('block'),
    target: z.enum(['principal', 'ip']),
    /**
     * ip blocks: `unauthenticated` (default) refuses only requests from the address that fail to
     * authenticate, so valid principals behind the same NAT or proxy go on; `all` refuses everything.
     */
    scope: z.enum(['all', 'unauthenticated']).default('unauthenticated'),
    ttl: duration,
  }),
  z.strictObject({
    type: z.literal('tighten_limit'),
    requests_per_minute: z.number().int().min(0),
    ttl: duration,
  }),
  z.strictObject({
    /**
     * Append a `revoke` entry to the provenance log of the dataset a data.access write falls in
     * (soc.yaml `datasets:`), so the next `rampart data gate` on it fails until someone re-approves.
     */
    type: z.literal('revoke_approval'),
    /** Who the entry names as revoking (`approvedBy`). */
    by: z.string().min(1).max(256).default('rampart-soc'),
  }),
  z.strictObject({
    /** Harden the principal's answers (each route's `output.degraded`: label only, no logprobs) for `ttl`. */
    type: z.literal('degrade'),
    ttl: duration,
  }),
]);

const selectionMap = z.record(z.string(), z.unknown());

export const ruleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{1,63}$/, 'lower-case letters, digits and dashes'),
  title: z.string().min(1),
  description: z.string().optional(),
  enabled: z.boolean().default(true),
  severity: z.enum(severities),
  frameworks: z
    .array(z.string())
    .default([])
    .superRefine((ids, context) => {
      for (const id of ids) {
        if (!frameworkEntry(id))
          context.addIssue({ code: 'custom', message: `unknown framework id '${id}'` });
      }
    }),
  /** Named selections; `selection:` (one unnamed map or list) is shorthand for `selections: {selection: ...}`. */
  selections: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/), z.union([selectionMap, z.array(selectionMap)]))
    .optional(),
  selection: z.union([selectionMap, z.array(selectionMap)]).optional(),
  condition: z.string().optional(),
  /** Fields that make the dedup key of uncorrelated rules (correlated rules use correlation.group_by). */
  group_by: groupBy.optional(),
  correlation: correlationSchema.optional(),
  /** Repeat detections with the same group key inside this window update one alert (default 1h). */
  dedup_window: duration.default('1h'),
  responses: z.array(responseSchema).max(8).default([]),
});

export type RuleDefinition = z.input<typeof ruleSchema>;
export type ParsedRule = z.output<typeof ruleSchema>;
export type CorrelationSpec = z.output<typeof correlationSchema>;
export type ResponseSpec = z.output<typeof responseSchema>;
