import { describe, expect, it } from 'vitest';
import { defaultRules } from './load-rules.ts';
import { applyRuleSettings, ruleSettingsSchema } from './rule-settings.ts';

describe('rule settings', () => {
  it('turns shipped rules off and replaces their responses', () => {
    const settings = ruleSettingsSchema.parse({
      'model-extraction': { enabled: false },
      'prompt-injection-burst': { responses: [{ type: 'revoke_key' }] },
    });
    const rules = applyRuleSettings(defaultRules(), settings);
    expect(rules.find((rule) => rule.id === 'model-extraction')?.enabled).toBe(false);
    expect(rules.find((rule) => rule.id === 'prompt-injection-burst')?.responses).toEqual([
      { type: 'revoke_key' },
    ]);
    expect(rules.find((rule) => rule.id === 'auth-key-stuffing')?.responses).toEqual([
      { type: 'block', target: 'ip', scope: 'unauthenticated', ttl: '30m' },
    ]);
    expect(defaultRules().find((rule) => rule.id === 'model-extraction')?.enabled).toBe(true);
  });

  it('refuses settings for a rule that does not exist, and bad responses', () => {
    expect(() =>
      applyRuleSettings(defaultRules(), { 'prompt-injection-brust': { enabled: false } }),
    ).toThrowError(expect.objectContaining({ code: 'RAMPART_SOC_RULE_INVALID' }));
    expect(ruleSettingsSchema.safeParse({ x: { responses: [{ type: 'delete_model' }] } }).success).toBe(
      false,
    );
  });
});
