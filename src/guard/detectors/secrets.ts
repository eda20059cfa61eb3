import { classRuns, tokenUnit } from '../normalise/class-runs.ts';
import type { Detection } from '../types.ts';
import { shannonEntropy } from './checksums.ts';
import type { Detector, DetectorInput } from './detector.ts';
import { matchPatternRules, type PatternRule } from './pattern-rules.ts';

const escapeLiteral = (literal: string) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every rule's literal prefixes, case-sensitive and not, collected by `containsAny` below. */
const literals = { exact: [] as string[], anyCase: [] as string[] };

/** The text holds one of these literals (a rule's fixed prefix); `ignoreCase`: in any ASCII case. */
const containsAny = (list: string[], ignoreCase = false) => {
  (ignoreCase ? literals.anyCase : literals.exact).push(...list);
  if (!ignoreCase) return (text: string) => list.some((literal) => text.includes(literal));
  const pattern = new RegExp(list.map(escapeLiteral).join('|'), 'i');
  return (text: string) => pattern.test(text);
};

interface SecretRule {
  id: string;
  placeholder: string;
  pattern: RegExp;
  /** Cheap test that the text can hold a match (see PatternRule.prefilter). */
  prefilter: (text: string) => boolean;
  accept?: (match: string) => boolean;
  score?: number;
}

// Reviewed for linear time: each pattern is literal prefixes plus bounded or delimiter-terminated
// character-class runs; no quantified group can match the same text two ways.
const rules: SecretRule[] = [
  {
    id: 'aws-access-key',
    placeholder: 'AWS_KEY',
    prefilter: containsAny(['AKIA', 'ASIA', 'ABIA', 'ACCA']),
    pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g,
  },
  {
    id: 'aws-secret-key',
    placeholder: 'AWS_SECRET',
    prefilter: containsAny(['aws'], true),
    pattern:
      /\baws_?(?:secret_?access_?key|secret_?key)\b["']?\s{0,4}[:=]\s{0,4}["']?[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi,
  },
  {
    id: 'gcp-api-key',
    placeholder: 'GCP_KEY',
    prefilter: containsAny(['AIza']),
    pattern: /\bAIza[0-9A-Za-z_-]{35}(?![0-9A-Za-z_-])/g,
  },
  {
    id: 'azure-storage-key',
    placeholder: 'AZURE_KEY',
    prefilter: containsAny(['AccountKey=']),
    pattern: /\bAccountKey=[A-Za-z0-9+/]{80,100}={0,2}/g,
  },
  {
    id: 'azure-sas-token',
    placeholder: 'AZURE_SAS',
    prefilter: containsAny(['sig=']),
    pattern: /\bsig=[A-Za-z0-9%+/]{40,120}={0,2}(?:%3D){0,2}/g,
    accept: (match) => /%2B|%2F|%3D|[+/]/.test(match),
  },
  {
    id: 'private-key',
    placeholder: 'PRIVATE_KEY',
    prefilter: containsAny(['-----BEGIN ']),
    pattern:
      /-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----[A-Za-z0-9+/=\s:,-]{0,16384}?(?:-----END (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----|$)/g,
  },
  {
    id: 'jwt',
    placeholder: 'JWT',
    prefilter: containsAny(['eyJ']),
    pattern: /\beyJ[A-Za-z0-9_-]{8,4096}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{0,1024}/g,
  },
  {
    id: 'github-token',
    placeholder: 'GITHUB_TOKEN',
    prefilter: containsAny(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_']),
    pattern: /\bgh[pousr]_[A-Za-z0-9]{36,255}\b/g,
  },
  {
    id: 'github-token',
    placeholder: 'GITHUB_TOKEN',
    prefilter: containsAny(['github_pat_']),
    pattern: /\bgithub_pat_[A-Za-z0-9_]{22,255}\b/g,
  },
  {
    id: 'slack-token',
    placeholder: 'SLACK_TOKEN',
    prefilter: containsAny(['xox']),
    pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,250}/g,
  },
  {
    id: 'slack-webhook',
    placeholder: 'SLACK_WEBHOOK',
    prefilter: containsAny(['hooks.slack.com']),
    pattern:
      /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_]{6,20}\/[A-Za-z0-9_]{6,20}\/[A-Za-z0-9_]{16,40}/g,
  },
  {
    id: 'npm-token',
    placeholder: 'NPM_TOKEN',
    prefilter: containsAny(['npm_']),
    pattern: /\bnpm_[A-Za-z0-9]{36}\b/g,
  },
  {
    id: 'stripe-key',
    placeholder: 'STRIPE_KEY',
    prefilter: containsAny(['k_live_', 'k_test_']),
    pattern: /\b[rs]k_(?:live|test)_[A-Za-z0-9]{16,128}\b/g,
  },
  {
    id: 'openai-key',
    placeholder: 'OPENAI_KEY',
    prefilter: containsAny(['sk-']),
    pattern: /\bsk-(?:proj-|svcacct-)?[A-Za-z0-9_-]{20,200}\b/g,
    accept: (match) => /\d/.test(match) && /[A-Za-z]/.test(match) && !match.startsWith('sk-ant-'),
  },
  {
    id: 'anthropic-key',
    placeholder: 'ANTHROPIC_KEY',
    prefilter: containsAny(['sk-ant-']),
    pattern: /\bsk-ant-[A-Za-z0-9_-]{20,200}\b/g,
  },
  {
    id: 'connection-string',
    placeholder: 'CONNECTION_STRING',
    prefilter: containsAny(['://']),
    pattern:
      /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|jdbc:[a-z]{2,12}):\/\/[^\s:@/]{1,256}:[^\s@/]{1,256}@[^\s/?#]{1,256}/gi,
  },
  {
    id: 'password-assignment',
    placeholder: 'PASSWORD',
    prefilter: containsAny(['password', 'passwd', 'pwd', 'secret', 'key', 'token'], true),
    pattern:
      /\b(?:password|passwd|pwd|secret|api_?key|access_?token|auth_?token)["']?\s{0,4}[:=]\s{0,4}["']?[^\s"']{8,128}/gi,
    accept: (match) => {
      const value = match
        .split(/[:=]\s*["']?/)
        .slice(1)
        .join('');
      return /\d/.test(value) && /[A-Za-z]/.test(value) && shannonEntropy(value) >= 3;
    },
    score: 0.8,
  },
];

/** Candidate high-entropy tokens: maximal runs of 24 to 512 of [A-Za-z0-9+/_=-]. */
const tokenCandidates = (text: string, found: (start: number, end: number) => void) =>
  classRuns(text, tokenUnit, 24, found, 512);

function looksLikeGeneratedToken(token: string): boolean {
  if (!/[a-z]/.test(token) || !/[A-Z]/.test(token) || !/\d/.test(token)) return false;
  if (/^[A-Za-z]+[_-]?[A-Za-z]+$/.test(token)) return false;
  return shannonEntropy(token) >= 4.3;
}

export interface SecretsOptions {
  /** Also report long random-looking tokens (default true). */
  entropy?: boolean;
}

const entropyRule: PatternRule = {
  ruleId: 'secrets.high-entropy-token',
  placeholder: 'SECRET',
  find: tokenCandidates,
  message: 'high-entropy token found',
  accept: looksLikeGeneratedToken,
  score: 0.6,
};

/**
 * All keyed rules' literals in two union patterns: one search per text tells whether it can hold any
 * keyed secret at all, which most prompts cannot, before any rule's own prefilter runs.
 */
const exactUnion = new RegExp(literals.exact.map(escapeLiteral).join('|'));
const anyCaseUnion = new RegExp(literals.anyCase.map(escapeLiteral).join('|'), 'i');
const mayHoldKeyedSecret = (text: string) => exactUnion.test(text) || anyCaseUnion.test(text);

const patternRules: PatternRule[] = rules.map((rule) => ({
  ruleId: `secrets.${rule.id}`,
  placeholder: rule.placeholder,
  pattern: rule.pattern,
  gate: mayHoldKeyedSecret,
  prefilter: rule.prefilter,
  message: `${rule.id} found`,
  ...(rule.accept ? { accept: rule.accept } : {}),
  ...(rule.score !== undefined ? { score: rule.score } : {}),
}));

/** Every secret rule, the high-entropy one last, with their prefilters. */
export const secretPatternRules: readonly PatternRule[] = [...patternRules, entropyRule];

/** Finds cloud keys, private key blocks, JWTs, GitHub/Slack/npm tokens, connection strings and random tokens. */
export function createSecretsDetector(options: SecretsOptions = {}): Detector {
  const active = (options.entropy ?? true) ? [...secretPatternRules] : patternRules;
  return {
    id: 'secrets',
    cost: 3,
    detect: (input: DetectorInput): Detection[] => matchPatternRules(input, active),
  };
}
