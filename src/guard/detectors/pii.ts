import { isIPv6 } from 'node:net';
import type { Detection } from '../types.ts';
import { ibanValid, luhnValid } from './checksums.ts';
import type { Detector, DetectorInput } from './detector.ts';
import { matchPatternRules, type PatternRule, type TextProfile } from './pattern-rules.ts';

export type PiiKind = 'email' | 'phone' | 'credit-card' | 'iban' | 'us-ssn' | 'ip-address';
export const piiKinds: readonly PiiKind[] = ['email', 'phone', 'credit-card', 'iban', 'us-ssn', 'ip-address'];

interface PiiRule {
  kind: PiiKind;
  placeholder: string;
  pattern: RegExp;
  /** Whether the text can hold a match at all (see PatternRule.prefilter). */
  prefilter: (text: string, profile: TextProfile) => boolean;
  /** Post-match validation (checksums, digit counts); returns false to drop the match. */
  accept?: (match: string) => boolean;
}

// Every pattern below was reviewed for linear-time matching: quantified groups start with a
// character the preceding class cannot match, and every repetition is bounded.
const rules: PiiRule[] = [
  {
    kind: 'email',
    placeholder: 'EMAIL',
    prefilter: (text) => text.includes('@'),
    pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/g,
    accept: (match) => /\.[A-Za-z]{2,24}$/.test(match),
  },
  {
    kind: 'credit-card',
    placeholder: 'CARD',
    prefilter: (_, profile) => profile.digits >= 13,
    pattern: /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g,
    accept: (match) => {
      const digits = match.replace(/\D/g, '');
      return (
        /^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5|4[4-9])|3(?:0[0-5]|[68])|35)/.test(digits) && luhnValid(digits)
      );
    },
  },
  {
    kind: 'iban',
    placeholder: 'IBAN',
    prefilter: (_, profile) => profile.digits >= 2,
    pattern: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g,
    accept: (match) => ibanValid(match.replace(/ /g, '')),
  },
  {
    kind: 'us-ssn',
    placeholder: 'SSN',
    prefilter: (text, profile) => profile.digits >= 9 && text.includes('-'),
    pattern: /(?<![\d-])(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}(?![\d-])/g,
  },
  {
    kind: 'phone',
    placeholder: 'PHONE',
    prefilter: (_, profile) => profile.digits >= 8,
    // +CC or 00CC then digits and separators (one bounded class run, validated below), or the North
    // American (NNN) NNN-NNNN form.
    pattern:
      /(?<![\w+])(?:\+|00)[1-9][\d ().-]{6,20}\d(?!\w)|(?<![\w(])\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}(?!\w)/g,
    accept: (match) => {
      const digits = match.replace(/\D/g, '').replace(/^00/, '');
      if (/[ .-]{2}/.test(match) || match.split('(').length !== match.split(')').length) return false;
      return digits.length >= 8 && digits.length <= 15;
    },
  },
  {
    kind: 'ip-address',
    placeholder: 'IP',
    prefilter: (text, profile) => profile.digits >= 4 && text.includes('.'),
    pattern:
      /(?<![\d.])(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}(?![\d.]*\d)/g,
  },
  {
    kind: 'ip-address',
    placeholder: 'IP',
    prefilter: (_, profile) => profile.colons >= 2,
    pattern: /(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])/g,
    accept: (match) => match.length >= 3 && match !== '::' && isIPv6(match),
  },
];

export interface PiiOptions {
  kinds?: readonly PiiKind[];
}

/** The pattern rules of the given PII kinds, with their prefilters. */
export function piiPatternRules(kinds: readonly PiiKind[] = piiKinds): PatternRule[] {
  const enabled = new Set(kinds);
  return rules
    .filter((rule) => enabled.has(rule.kind))
    .map((rule) => ({
      ruleId: `pii.${rule.kind}`,
      placeholder: rule.placeholder,
      pattern: rule.pattern,
      prefilter: rule.prefilter,
      message: `${rule.kind} found`,
      ...(rule.accept ? { accept: rule.accept } : {}),
    }));
}

/** Finds e-mail addresses, phone numbers, payment cards, IBANs, US SSNs and IP addresses. */
export function createPiiDetector(options: PiiOptions = {}): Detector {
  const active = piiPatternRules(options.kinds ?? piiKinds);
  return {
    id: 'pii',
    cost: 2,
    detect: (input: DetectorInput): Detection[] => matchPatternRules(input, active),
  };
}
