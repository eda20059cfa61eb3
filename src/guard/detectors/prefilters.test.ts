import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/normalise.ts';
import { matchPatternRules, type PatternRule } from './pattern-rules.ts';
import { piiPatternRules } from './pii.ts';
import { secretPatternRules } from './secrets.ts';

// Things the rules look for (test values, none real), cut at random points below so near misses
// (a card number one digit short, a key prefix alone) are as common as matches.
const fragments = [
  'bob.smith@example.co.uk',
  '+44 20 7946 0958',
  '(555) 123-4567',
  '4111 1111 1111 1111',
  'GB82 WEST 1234 5698 7654 32',
  '123-45-6789',
  '10.0.0.1',
  '2001:db8::8a2e:370:7334',
  'AKIAIOSFODNN7EXAMPLE',
  'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AIzaSyA1234567890abcdefghijklmnopqrstuv',
  `AccountKey=${'Ab3d'.repeat(22)}==`,
  'sig=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789%2B%2Fxyz%3D',
  '-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu\n-----END RSA PRIVATE KEY-----',
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
  'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  'github_pat_11ABCDEFG0123456789_abcdefghijklmnop',
  'xoxb-1234567890-abcdefghijklmnop',
  'https://hooks.slack.com/services/T0000AAAA/B0000BBBB/abcdefghijklmnop12345678',
  'npm_abcdefghijklmnopqrstuvwxyz0123456789',
  'sk_live_abcdefghijklmnop12345678',
  'sk-proj-abc123def456ghi789jkl012mno345',
  'sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345',
  'postgres://admin:s3cretPass@db.internal:5432/app',
  'password: Hunter2Secret9x',
  'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zQ8',
];
const pieceArbitrary = fc.oneof(
  fc.tuple(fc.constantFrom(...fragments), fc.nat(), fc.nat()).map(([fragment, from, to]) => {
    const start = from % (fragment.length + 1);
    return fragment.slice(start, start + 1 + (to % fragment.length));
  }),
  fc.constantFrom(...fragments),
  fc.constantFrom(' ', '.', ':', '-', '=', '@', '\n', 'A', '7', 'the invoice ', 'é'),
);
const textArbitrary = fc.array(pieceArbitrary, { maxLength: 12 }).map((pieces) => pieces.join(''));

const withoutPrefilters = (rules: readonly PatternRule[]) =>
  rules.map(({ prefilter: _prefilter, gate: _gate, ...rule }) => rule);

describe('rule prefilters', () => {
  it('never drop a match: PII and secret findings equal those of the same rules without them', () => {
    const pii = piiPatternRules();
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const input = { original: text, normalised: normalise(text), channel: 'user' as const, context: {} };
        expect(matchPatternRules(input, pii)).toEqual(matchPatternRules(input, withoutPrefilters(pii)));
        expect(matchPatternRules(input, secretPatternRules)).toEqual(
          matchPatternRules(input, withoutPrefilters(secretPatternRules)),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('find every kind in the fragments themselves', () => {
    const text = fragments.join(' \n ');
    const input = { original: text, normalised: normalise(text), channel: 'user' as const, context: {} };
    const found = new Set(
      [...matchPatternRules(input, piiPatternRules()), ...matchPatternRules(input, secretPatternRules)].map(
        (detection) => detection.ruleId,
      ),
    );
    for (const rule of [...piiPatternRules(), ...secretPatternRules]) expect(found).toContain(rule.ruleId);
  });
});
