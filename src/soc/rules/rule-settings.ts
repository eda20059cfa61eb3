import { z } from 'zod';
import { RampartError } from '../../core/index.ts';
import { type ParsedRule, responseSchema } from './rule-schema.ts';

/** Per-rule settings in soc.yaml: turn shipped rules on/off or change their responses without copying them. */
export const ruleSettingsSchema = z.record(
  z.string(),
  z.strictObject({
    enabled: z.boolean().optional(),
    /** Replaces the rule's responses (e.g. add `{type: revoke_key}` to prompt-injection-burst). */
    responses: z.array(responseSchema).max(8).optional(),
  }),
);

export type RuleSettings = z.output<typeof ruleSettingsSchema>;

/** Apply settings to loaded rules; an id that matches no rule is an error (a typo must not pass silently). */
export function applyRuleSettings(rules: readonly ParsedRule[], settings: RuleSettings = {}): ParsedRule[] {
  const known = new Set(rules.map((rule) => rule.id));
  const unknown = Object.keys(settings).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new RampartError(
      'RAMPART_SOC_RULE_INVALID',
      `ruleSettings names unknown rule(s): ${unknown.join(', ')}`,
    );
  }
  return rules.map((rule) => {
    const setting = settings[rule.id];
    if (!setting) return rule;
    return {
      ...rule,
      ...(setting.enabled === undefined ? {} : { enabled: setting.enabled }),
      ...(setting.responses === undefined ? {} : { responses: setting.responses }),
    };
  });
}
