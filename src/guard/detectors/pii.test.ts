import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/normalise.ts';
import { ibanValid, luhnValid } from './checksums.ts';
import { createPiiDetector } from './pii.ts';

const detector = createPiiDetector();
const detect = (text: string) =>
  detector
    .detect({ original: text, normalised: normalise(text), channel: 'user', context: {} })
    .map((item) => ({
      rule: item.ruleId,
      text: text.slice(item.span.start, item.span.end),
    }));

describe('pii detector', () => {
  it.each([
    ['mail alice.smith+tag@mail.example.co.uk now', 'pii.email', 'alice.smith+tag@mail.example.co.uk'],
    ['call +44 20 7946 0958 today', 'pii.phone', '+44 20 7946 0958'],
    ['ruf an: +49 (30) 123456-78', 'pii.phone', '+49 (30) 123456-78'],
    ['US office (415) 555-2671.', 'pii.phone', '(415) 555-2671'],
    ['0033 1 23 45 67 89 in Paris', 'pii.phone', '0033 1 23 45 67 89'],
    ['card 4111-1111-1111-1111 exp 12/29', 'pii.credit-card', '4111-1111-1111-1111'],
    ['amex 378282246310005', 'pii.credit-card', '378282246310005'],
    ['IBAN GB82 WEST 1234 5698 7654 32 please', 'pii.iban', 'GB82 WEST 1234 5698 7654 32'],
    ['DE89370400440532013000', 'pii.iban', 'DE89370400440532013000'],
    ['ssn 123-45-6789', 'pii.us-ssn', '123-45-6789'],
    ['server 192.168.10.254 is down', 'pii.ip-address', '192.168.10.254'],
    ['v6 at 2001:db8:85a3::8a2e:370:7334 ok', 'pii.ip-address', '2001:db8:85a3::8a2e:370:7334'],
  ])('finds %s', (text, rule, value) => {
    expect(detect(text)).toContainEqual({ rule, text: value });
  });

  it.each([
    ['card number failing Luhn', '4111 1111 1111 1112'],
    ['IBAN with a wrong check digit', 'GB83 WEST 1234 5698 7654 32'],
    ['SSN in a reserved range', '000-12-3456 and 666-12-3456'],
    ['a version number', 'upgrade to 1.2.3 or 10.4.22.1.7'],
    ['an out-of-range IP', '999.10.10.10'],
    ['a time of day', 'meet at 12:30:45'],
    ['math word problem numbers', 'He does 100 pushups, 50 squats and 20 presses: 170 in total.'],
    ['an e-mail-like handle without a domain', 'ping @alice or bob@localhost'],
  ])('ignores %s', (_name, text) => {
    expect(detect(text)).toEqual([]);
  });

  it('finds PII hidden in a base64 payload', () => {
    const encoded = Buffer.from('contact me at hidden.person@example.com').toString('base64');
    expect(detect(`data ${encoded}`).map((item) => item.rule)).toContain('pii.email');
  });
});

describe('checksums', () => {
  it('Luhn accepts valid and rejects altered numbers', () => {
    expect(luhnValid('79927398713')).toBe(true);
    expect(luhnValid('79927398710')).toBe(false);
    expect(luhnValid('')).toBe(false);
  });

  it('IBAN mod-97 checks the country length and checksum', () => {
    expect(ibanValid('FR1420041010050500013M02606')).toBe(true);
    expect(ibanValid('FR1420041010050500013M02607')).toBe(false);
    expect(ibanValid('XX1420041010050500013M02606')).toBe(false);
  });
});
