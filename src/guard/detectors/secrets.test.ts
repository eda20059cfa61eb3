import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalise } from '../normalise/normalise.ts';
import { createSecretsDetector } from './secrets.ts';

const detector = createSecretsDetector();
const detect = (text: string) =>
  detector
    .detect({ original: text, normalised: normalise(text), channel: 'user', context: {} })
    .map((item) => ({
      rule: item.ruleId,
      text: text.slice(item.span.start, item.span.end),
    }));

const privateKey = generateKeyPairSync('ec', { namedCurve: 'P-256' })
  .privateKey.export({ type: 'pkcs8', format: 'pem' })
  .toString();
const jwtPart = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = `${jwtPart({ alg: 'HS256', typ: 'JWT' })}.${jwtPart({ sub: '1234567890', name: 'Jane' })}.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`;

describe('secrets detector', () => {
  it.each([
    ['secrets.aws-access-key', 'AKIAIOSFODNN7EXAMPLE'],
    ['secrets.aws-secret-key', 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['secrets.gcp-api-key', 'AIzaSyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW'],
    ['secrets.github-token', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['secrets.github-token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv'],
    ['secrets.slack-token', 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp'],
    ['secrets.npm-token', 'npm_abcdefghijklmnopqrstuvwxyz0123456789'],
    ['secrets.connection-string', 'postgres://app:s3cr3t-Pa55@db.internal:5432'],
    ['secrets.connection-string', 'mongodb+srv://admin:hunter2hunter2@cluster0.example.net'],
    ['secrets.jwt', jwt],
    ['secrets.private-key', privateKey.trim()],
    ['secrets.azure-storage-key', `AccountKey=${'Ab1+'.repeat(21)}Ab==`],
    ['secrets.high-entropy-token', 'Zx9Qm2Lr7Tk4Wv8Bn3Hc6Jd1Fg5Sa0Pe'],
  ])('finds %s', (rule, secret) => {
    expect(detect(`here it is: ${secret} thanks`)).toContainEqual({ rule, text: secret });
  });

  it.each([
    ['prose', 'The quick brown fox jumps over the lazy dog, again and again and again.'],
    ['a sha256 digest', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['a UUID', '123e4567-e89b-12d3-a456-426614174000'],
    ['an identifier', 'const internationalizationConfigurationLoader = createLoader();'],
    ['a connection string without a password', 'postgres://db.internal:5432/app'],
  ])('ignores %s', (_name, text) => {
    expect(detect(text)).toEqual([]);
  });
});
