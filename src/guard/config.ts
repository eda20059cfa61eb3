import { z } from 'zod';
import { RampartError, zodProblems } from '../core/index.ts';
import { builtInTopics } from './detectors/topic-lexicons.ts';
import { modelStageSchema } from './model-stage/config.ts';
import type { channels } from './types.ts';

const channelSchema = z.enum(['user', 'system', 'assistant', 'tool', 'output']);
const actionSchema = z.enum(['flag', 'redact', 'block']);

interface ScannerDefaults {
  enabled?: boolean;
  action: 'flag' | 'redact' | 'block';
  threshold: number;
  channels: Array<(typeof channels)[number]>;
}

/** The policy fields every scanner has. */
function policyShape(defaults: ScannerDefaults) {
  return {
    enabled: z.boolean().default(defaults.enabled ?? true),
    action: actionSchema.default(defaults.action),
    /** Scores at or above this take `action`. */
    threshold: z.number().min(0).max(1).default(defaults.threshold),
    /** Scores at or above this (and below `threshold`) are flagged. Defaults to `threshold`. */
    flagThreshold: z.number().min(0).max(1).optional(),
    channels: z.array(channelSchema).default(defaults.channels),
  };
}

function scannerSchema(defaults: ScannerDefaults) {
  return z.object(policyShape(defaults)).strict().prefault({});
}

const textChannels: ScannerDefaults['channels'] = ['user', 'system', 'assistant', 'tool', 'output'];

export const customPatternSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes'),
    /** RE2 syntax (linear-time engine): no backreferences or lookaround. */
    pattern: z.string().min(1).max(2000),
    placeholder: z
      .string()
      .regex(/^[A-Z][A-Z0-9_]{0,31}$/)
      .optional(),
    caseInsensitive: z.boolean().default(false),
  })
  .strict();

export const customTopicSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'lower-case letters, digits and dashes'),
    /** Words and phrases, matched whole and case-insensitively; the last word also matches its inflections. */
    keywords: z.array(z.string().trim().min(2).max(200)).min(1).max(1_000),
    /** Sentences this category must catch: checked when the config loads. */
    examples: z.array(z.string().min(1).max(2_000)).max(100).default([]),
  })
  .strict();

export const guardConfigSchema = z
  .object({
    /** Texts longer than this (UTF-16 units, per text) are refused with RAMPART_GUARD_INPUT_TOO_LARGE. */
    maxChars: z.number().int().positive().max(10_000_000).default(200_000),
    /** At most this many messages per `scanInput` call. */
    maxMessages: z.number().int().positive().max(100_000).default(1_000),
    /** Path of the classifier weights (default: the shipped prompt-injection.model.json). */
    modelPath: z.string().min(1).optional(),
    /**
     * At most this many findings per scanner and text; beyond it the text is blocked (fail closed),
     * which keeps pathological inputs (thousands of escape sequences) cheap to refuse.
     */
    maxFindingsPerScanner: z.number().int().min(1).max(100_000).default(1_000),
    /** What happens when a scanner throws or the input cannot be scanned: fail closed by default. */
    onError: z.enum(['block', 'flag', 'allow']).default('block'),
    /** Keep scanning after the first block to collect every finding. */
    collectAll: z.boolean().default(false),
    /** Include matched text in findings. */
    captureText: z.boolean().default(false),
    /** Hosts that output images and links may point to. */
    allowedHosts: z.array(z.string().min(1)).default([]),
    /**
     * How many texts found clean (no finding, no error) are remembered per guard, so a system prompt
     * sent with every request, or the earlier turns of a conversation, are not scanned again. Only
     * used when the caller gives a `cacheScope` (the gateway uses the API key); 0 turns it off.
     */
    cleanCacheEntries: z.number().int().min(0).max(1_000_000).default(1_024),
    /**
     * How many characters the stream scanner holds back so a match split across chunks is seen whole;
     * a whitespace-free run still arriving (a key, a JWT, a URL) is held back whole as well.
     */
    streamWindow: z.number().int().min(16).max(65_536).default(128),
    normalise: z
      .object({
        decode: z.boolean().default(true),
        maxDecodeDepth: z.number().int().min(0).max(4).default(2),
      })
      .strict()
      .prefault({}),
    scanners: z
      .object({
        invisibleText: scannerSchema({ action: 'redact', threshold: 0.5, channels: ['output'] }),
        pii: z
          .object({
            ...policyShape({ action: 'redact', threshold: 0.5, channels: textChannels }),
            kinds: z
              .array(z.enum(['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address']))
              .optional(),
          })
          .strict()
          .prefault({}),
        secrets: z
          .object({
            ...policyShape({ action: 'redact', threshold: 0.5, channels: textChannels }),
            entropy: z.boolean().default(true),
          })
          .strict()
          .prefault({}),
        customPatterns: z
          .object({
            ...policyShape({ action: 'redact', threshold: 0.5, channels: textChannels }),
            patterns: z.array(customPatternSchema).max(256).default([]),
          })
          .strict()
          .prefault({}),
        injectionRules: z
          .object({
            ...policyShape({ action: 'block', threshold: 0.7, channels: ['user', 'tool'] }),
            /**
             * A rule's block stands only when the classifier's attack probability for the text is at
             * least this; below it the rule flags. Chosen with the classifier's threshold by the
             * trainer (leave-one-author-out, see the model card). 0 = every rule match blocks alone.
             * Without the classifier (promptInjection disabled) rules always block alone.
             */
            classifierGate: z.number().min(0).max(1).default(0.2),
            /**
             * When at least this many different rules block the same text, they block whatever the
             * classifier says (independent evidence: on the authored hard negatives two distinct rules
             * match 0.13% of texts, on their attacks 8.4%). Chosen with the gate by the trainer.
             * 0 = the gate applies however many rules match.
             */
            gateBypassRules: z.number().int().min(0).max(20).default(3),
          })
          .strict()
          .prefault({}),
        // Blocks at the threshold the trainer chose with the rule gate (leave-one-author-out over the
        // authored training sets, benign FPR <= 1% there, on the hand-written development sets and on
        // dev.jsonl; see the model card); flags the band below it, down to the calibrated midpoint.
        promptInjection: z
          .object({
            ...policyShape({ action: 'block', threshold: 0.85, channels: ['user', 'tool'] }),
            flagThreshold: z.number().min(0).max(1).default(0.5),
          })
          .strict()
          .prefault({}),
        canary: scannerSchema({ action: 'block', threshold: 0.5, channels: ['output'] }),
        systemPromptLeak: scannerSchema({ action: 'block', threshold: 0.5, channels: ['output'] }),
        exfilLinks: scannerSchema({ action: 'redact', threshold: 0.5, channels: ['output'] }),
        /** Harmful content and denied topics: off until `deny` lists a category. */
        topics: z
          .object({
            ...policyShape({ action: 'block', threshold: 0.5, channels: ['user', 'output'] }),
            action: z.enum(['flag', 'block']).default('block'),
            deny: z
              .array(z.union([z.enum(builtInTopics), customTopicSchema]))
              .max(64)
              .default([]),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    /**
     * A model you bring (local ONNX classifier or an LLM judge), asked only when the fast path's
     * prompt-injection score falls in its uncertain band. Scans that use it are asynchronous.
     */
    modelStage: modelStageSchema.optional(),
  })
  .strict();

/**
 * A gateway route's `guard:` block: `false` turns scanning off; otherwise the guard config above
 * plus how the route uses it. Validated when the gateway config loads, with dotted paths.
 */
export const guardRouteSchema = z.union([
  z.literal(false),
  guardConfigSchema.extend({
    /** Scan model responses too (non-streaming and SSE, incrementally). */
    scanOutput: z.boolean().default(true),
    /** Plant a per-request canary in the system prompt and block a response that repeats it. */
    canary: z.boolean().default(false),
    /** The system prompt your application uses: responses that reproduce it are a leak. */
    systemPrompt: z.string().max(100_000).optional(),
  }),
]);

export type GuardConfig = z.input<typeof guardConfigSchema>;
export type GuardRouteConfig = z.output<typeof guardRouteSchema>;
export type ResolvedGuardConfig = z.output<typeof guardConfigSchema>;

/** Validates a guard config and fills in defaults; every problem is listed with its dotted path. */
export function resolveGuardConfig(config: GuardConfig = {}): ResolvedGuardConfig {
  const parsed = guardConfigSchema.safeParse(config);
  if (!parsed.success) {
    throw new RampartError('RAMPART_GUARD_CONFIG_INVALID', 'guard config is invalid', {
      details: zodProblems(parsed.error, config),
    });
  }
  return parsed.data;
}
