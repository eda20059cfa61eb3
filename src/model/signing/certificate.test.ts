import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rampartErrorOf } from './_expect-error.ts';
import { verifyCertificateChain } from './certificate.ts';
import { signModel } from './sign.ts';
import { verifyModel } from './verify.ts';

// Certificate checks that the hand-written chain walk skipped, each on a small PKI made here with
// the openssl command line (keys never leave the temporary folder).
const scratch = mkdtempSync(join(tmpdir(), 'rampart-certificates-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const day = 86_400_000;
let serial = 1;

interface Issued {
  name: string;
  certificate: string; // PEM path
  key: string; // PEM path
}

function openssl(args: string[]): void {
  execFileSync('openssl', args, { stdio: 'pipe', timeout: 20_000 });
}

/** A certificate for `name`, self-signed when `issuer` is absent, with the given X.509v3 extensions. */
function issue(name: string, extensions: string[], issuer?: Issued, days = 30): Issued {
  const key = join(scratch, `${name}.key`);
  const certificate = join(scratch, `${name}.pem`);
  const request = join(scratch, `${name}.csr`);
  const config = join(scratch, `${name}.cnf`);
  // A CA names its key in the certificates it issues (openssl x509 -req adds no identifier by itself).
  const identifiers = ['subjectKeyIdentifier=hash', ...(issuer ? ['authorityKeyIdentifier=keyid'] : [])];
  writeFileSync(config, `[v3]\n${[...identifiers, ...extensions].join('\n')}\n`);
  openssl([
    'req',
    '-new',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    key,
    '-out',
    request,
    '-subj',
    `/CN=${name}`,
  ]);
  openssl([
    'x509',
    '-req',
    '-in',
    request,
    ...(issuer ? ['-CA', issuer.certificate, '-CAkey', issuer.key] : ['-key', key]),
    '-set_serial',
    String(serial++),
    '-days',
    String(days),
    '-extfile',
    config,
    '-extensions',
    'v3',
    '-out',
    certificate,
  ]);
  return { name, certificate, key };
}

const caExtensions = (pathLength?: number) => [
  `basicConstraints=critical,CA:TRUE${pathLength === undefined ? '' : `,pathlen:${pathLength}`}`,
  'keyUsage=critical,keyCertSign,cRLSign',
];
const leafExtensions = [
  'basicConstraints=critical,CA:FALSE',
  'keyUsage=critical,digitalSignature',
  'extendedKeyUsage=codeSigning',
];

const pem = (issued: Issued) => readFileSync(issued.certificate);
const der = (issued: Issued) => new X509Certificate(pem(issued)).raw;

const root = issue('root', caExtensions());
const intermediate = issue('intermediate', caExtensions(0), root);
const leaf = issue('leaf', leafExtensions, intermediate);

let models = 0;
/** A one-file model signed in certificate mode with `signer`'s key and the chain `chain`. */
async function signedModel(signer: Issued, chain: Issued[]): Promise<string> {
  const directory = join(scratch, `model-${models++}`);
  mkdirSync(directory);
  writeFileSync(join(directory, 'weights.bin'), 'weights');
  await signModel(directory, {
    privateKey: readFileSync(signer.key),
    certificateChain: Buffer.concat(chain.map(pem)),
  });
  return directory;
}

/** A Sigstore trusted_root.json with one certificate authority (chain: intermediates, then the root). */
function trustedRoot(
  chain: Issued[],
  validFor: { start: string; end?: string } = { start: '2000-01-01T00:00:00Z' },
) {
  return JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [
      {
        subject: { organization: 'rampart-test', commonName: chain[0]!.name },
        uri: 'https://ca.rampart.test',
        certChain: { certificates: chain.map((issued) => ({ rawBytes: der(issued).toString('base64') })) },
        validFor,
      },
    ],
    ctlogs: [],
    timestampAuthorities: [],
  });
}

/** Rewrite a certificate-mode bundle as a keyless-style v0.3 bundle: the leaf alone, no chain. */
function asSingleCertificate(directory: string): void {
  const path = join(directory, 'model.sig');
  const bundle = JSON.parse(readFileSync(path, 'utf8'));
  const [first] = bundle.verificationMaterial.x509CertificateChain.certificates;
  bundle.verificationMaterial = { certificate: first, tlogEntries: [] };
  writeFileSync(path, JSON.stringify(bundle));
}

async function reasonOf(promise: Promise<unknown>): Promise<{ code: string; reason: unknown }> {
  const error = await rampartErrorOf(promise);
  return { code: error.code, reason: (error.details as { reason?: unknown } | undefined)?.reason };
}

const refused = (reason: string) => ({ code: 'RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID', reason });

describe('certificate-mode signatures against CA certificates', () => {
  it('a leaf signed by an intermediate under the trusted root verifies', async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    await expect(verifyModel(directory, { trustAnchors: pem(root) })).resolves.toMatchObject({
      signer: { kind: 'certificate', subject: 'CN=leaf', issuer: 'CN=intermediate' },
    });
  });

  it('a chain longer than a CA allows is refused (path length)', async () => {
    // The intermediate allows no CA below it (pathlen:0); a sub-CA signs the leaf anyway.
    const subCa = issue('sub-ca', caExtensions(), intermediate);
    const deepLeaf = issue('deep-leaf', leafExtensions, subCa);
    const directory = await signedModel(deepLeaf, [deepLeaf, subCa, intermediate]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root) }))).toEqual(
      refused('path-length'),
    );
  });

  it('a root whose path length allows no intermediate refuses a chain through one', async () => {
    const strictRoot = issue('strict-root', caExtensions(0));
    const middle = issue('middle', caExtensions(), strictRoot);
    const signer = issue('middle-leaf', leafExtensions, middle);
    const directory = await signedModel(signer, [signer, middle]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(strictRoot) }))).toEqual(
      refused('path-length'),
    );
  });

  it('a CA certificate used as the signer is refused', async () => {
    const caSigner = issue(
      'ca-signer',
      ['basicConstraints=critical,CA:TRUE', 'keyUsage=critical,keyCertSign,digitalSignature'],
      intermediate,
    );
    const directory = await signedModel(caSigner, [caSigner, intermediate]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root) }))).toEqual(refused('ca-signer'));
  });

  it('a CA leaf with no key usage to restrict it is refused', async () => {
    const unrestricted = issue('unrestricted-ca', ['basicConstraints=critical,CA:TRUE'], intermediate);
    const directory = await signedModel(unrestricted, [unrestricted, intermediate]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root) }))).toEqual(refused('ca-signer'));
  });

  it('the trusted root itself as the signer is refused', async () => {
    const directory = await signedModel(root, [root]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root) }))).toEqual(refused('ca-signer'));
  });

  it('an unknown critical extension on the leaf is refused', async () => {
    const odd = issue(
      'odd-leaf',
      [...leafExtensions, '1.3.6.1.4.1.55555.1=critical,ASN1:UTF8String:must-understand'],
      intermediate,
    );
    const directory = await signedModel(odd, [odd, intermediate]);
    const error = await rampartErrorOf(verifyModel(directory, { trustAnchors: pem(root) }));
    expect(error.details).toEqual({ reason: 'critical-extension' });
    expect(error.message).toContain('1.3.6.1.4.1.55555.1');
  });

  it('an unknown critical extension on an intermediate is refused', async () => {
    const oddCa = issue('odd-ca', [...caExtensions(), '1.3.6.1.4.1.55555.2=critical,ASN1:NULL'], root);
    const signer = issue('odd-ca-leaf', leafExtensions, oddCa);
    const directory = await signedModel(signer, [signer, oddCa]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root) }))).toEqual(
      refused('critical-extension'),
    );
  });

  it('the same extension marked non-critical is accepted', async () => {
    const mild = issue(
      'mild-leaf',
      [...leafExtensions, '1.3.6.1.4.1.55555.1=ASN1:UTF8String:may-ignore'],
      intermediate,
    );
    const directory = await signedModel(mild, [mild, intermediate]);
    await expect(verifyModel(directory, { trustAnchors: pem(root) })).resolves.toMatchObject({
      signer: { kind: 'certificate' },
    });
  });

  it('a leaf whose key usage does not allow signatures is refused', async () => {
    const encipher = issue(
      'encipher-leaf',
      ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,keyAgreement'],
      intermediate,
    );
    const directory = await signedModel(encipher, [encipher, intermediate]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root) }))).toEqual(refused('key-usage'));
  });

  it('an intermediate that is not a CA is refused', async () => {
    const notCa = issue(
      'not-ca',
      ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature,keyCertSign'],
      root,
    );
    const signer = issue('not-ca-leaf', leafExtensions, notCa);
    const directory = await signedModel(signer, [signer, notCa]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root) }))).toEqual(refused('not-ca'));
  });

  it('a certificate checked after it expired is refused', async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    const later = new Date(Date.now() + 40 * day);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root), now: later }))).toEqual(
      refused('expired'),
    );
  });

  it('a short-lived leaf that expired before the CA did is refused', async () => {
    const brief = issue('brief-leaf', leafExtensions, intermediate, 1);
    const directory = await signedModel(brief, [brief, intermediate]);
    const afterLeaf = new Date(Date.now() + 3 * day);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(root), now: afterLeaf }))).toEqual(
      refused('expired'),
    );
  });

  it('a chain to another root is refused, and so is a self-signed intermediate planted in the bundle', async () => {
    const otherRoot = issue('other-root', caExtensions());
    const directory = await signedModel(leaf, [leaf, intermediate]);
    expect(await reasonOf(verifyModel(directory, { trustAnchors: pem(otherRoot) }))).toEqual(
      refused('untrusted'),
    );

    // A forged CA named like the real intermediate, self-signed: the bundle may list it, it stays untrusted.
    const forged = issue('intermediate-forged', caExtensions());
    const forgedLeaf = issue('forged-leaf', leafExtensions, forged);
    const forgedModel = await signedModel(forgedLeaf, [forgedLeaf, forged]);
    expect(await reasonOf(verifyModel(forgedModel, { trustAnchors: pem(root) }))).toEqual(
      refused('untrusted'),
    );
  });

  it('verifyCertificateChain applies the same checks to a chain of DER certificates', async () => {
    await expect(
      verifyCertificateChain([der(leaf), der(intermediate)], [new X509Certificate(pem(root))]),
    ).resolves.toMatchObject({
      subject: 'CN=leaf',
    });
    const error = await rampartErrorOf(verifyCertificateChain([der(root)], [new X509Certificate(pem(root))]));
    expect(error.details).toEqual({ reason: 'ca-signer' });
  });
});

describe('keyless-style bundles (one certificate) against a trusted_root.json file', () => {
  it('a leaf certificate that chains to the trusted root CA verifies offline', async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    asSingleCertificate(directory);
    const result = await verifyModel(directory, { trustedRoot: trustedRoot([intermediate, root]) });
    expect(result.signer).toMatchObject({ kind: 'certificate', subject: 'CN=leaf', identityIssuer: null });
  });

  it('a certificate-chain bundle verifies against the trusted root as well', async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    await expect(verifyModel(directory, { trustedRoot: trustedRoot([root]) })).resolves.toMatchObject({
      signer: { kind: 'certificate' },
    });
  });

  it('a trusted root of another CA is refused', async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    asSingleCertificate(directory);
    const otherRoot = issue('other-root-2', caExtensions());
    expect(await reasonOf(verifyModel(directory, { trustedRoot: trustedRoot([otherRoot]) }))).toEqual(
      refused('untrusted'),
    );
  });

  it("a CA outside the trusted root's validity window is not trusted", async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    asSingleCertificate(directory);
    const expired = trustedRoot([intermediate, root], {
      start: '2000-01-01T00:00:00Z',
      end: '2001-01-01T00:00:00Z',
    });
    expect(await reasonOf(verifyModel(directory, { trustedRoot: expired }))).toEqual(refused('untrusted'));
  });

  it('path length, CA-as-signer and expiry are enforced through a trusted root too', async () => {
    const subCa = issue('sub-ca-2', caExtensions(), intermediate);
    const deepLeaf = issue('deep-leaf-2', leafExtensions, subCa);
    const deep = await signedModel(deepLeaf, [deepLeaf, subCa]);
    asSingleCertificate(deep);
    expect(
      await reasonOf(verifyModel(deep, { trustedRoot: trustedRoot([subCa, intermediate, root]) })),
    ).toEqual(refused('path-length'));

    const caSigner = await signedModel(intermediate, [intermediate]);
    asSingleCertificate(caSigner);
    expect(await reasonOf(verifyModel(caSigner, { trustedRoot: trustedRoot([root]) }))).toEqual(
      refused('ca-signer'),
    );

    const directory = await signedModel(leaf, [leaf, intermediate]);
    asSingleCertificate(directory);
    const later = new Date(Date.now() + 40 * day);
    expect(
      await reasonOf(verifyModel(directory, { trustedRoot: trustedRoot([intermediate, root]), now: later })),
    ).toEqual(refused('expired'));
  });

  it('a Fulcio-style certificate needs the identity and its issuer, and must match them', async () => {
    const fulcio = issue(
      'fulcio-leaf',
      [
        ...leafExtensions,
        'subjectAltName=critical,email:builder@example.com',
        '1.3.6.1.4.1.57264.1.8=ASN1:UTF8String:https://issuer.example.com',
      ],
      intermediate,
    );
    const directory = await signedModel(fulcio, [fulcio, intermediate]);
    asSingleCertificate(directory);
    const trust = trustedRoot([intermediate, root]);
    expect((await rampartErrorOf(verifyModel(directory, { trustedRoot: trust }))).code).toBe('RAMPART_USAGE');
    await expect(
      verifyModel(directory, {
        trustedRoot: trust,
        identity: 'builder@example.com',
        identityIssuer: 'https://issuer.example.com',
      }),
    ).resolves.toMatchObject({
      signer: { identity: 'builder@example.com', identityIssuer: 'https://issuer.example.com' },
    });
    expect(
      await reasonOf(
        verifyModel(directory, {
          trustedRoot: trust,
          identity: 'intruder@example.com',
          identityIssuer: 'https://issuer.example.com',
        }),
      ),
    ).toEqual(refused('identity'));
  });

  it('a changed payload fails the signature check after the chain passed', async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    asSingleCertificate(directory);
    const path = join(directory, 'model.sig');
    const bundle = JSON.parse(readFileSync(path, 'utf8'));
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64')
      .toString('utf8')
      .replace('weights.bin', 'weights.bim');
    bundle.dsseEnvelope.payload = Buffer.from(payload).toString('base64');
    writeFileSync(path, JSON.stringify(bundle));
    expect(
      (await rampartErrorOf(verifyModel(directory, { trustedRoot: trustedRoot([intermediate, root]) }))).code,
    ).toBe('RAMPART_MODEL_VERIFY_SIGNATURE_INVALID');
  });

  it('a file that is not a trusted root is RAMPART_MODEL_VERIFY_TRUST_ROOT_INVALID', async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    for (const text of [
      'not json',
      '{"mediaType":"application/json"}',
      JSON.stringify({ ...JSON.parse(trustedRoot([root])), certificateAuthorities: [] }),
    ]) {
      expect((await rampartErrorOf(verifyModel(directory, { trustedRoot: text }))).code).toBe(
        'RAMPART_MODEL_VERIFY_TRUST_ROOT_INVALID',
      );
    }
  });

  it('more than one trust source at once is a usage error', async () => {
    const directory = await signedModel(leaf, [leaf, intermediate]);
    const error = await rampartErrorOf(
      verifyModel(directory, { trustAnchors: pem(root), trustedRoot: trustedRoot([root]) }),
    );
    expect(error.code).toBe('RAMPART_USAGE');
  });
});
