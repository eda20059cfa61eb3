import { type KeyObject, X509Certificate } from 'node:crypto';
import { RampartError, safeJsonParse } from '../../core/index.ts';
import {
  type CertificateAuthority,
  loadSigstore,
  type Sigstore,
  type SigstoreCertificate,
  type TrustMaterial,
} from './sigstore.ts';

/** Why a signing certificate was refused (`details.reason` of RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID). */
export type CertificateProblem =
  | 'malformed'
  | 'untrusted'
  | 'expired'
  | 'path-length'
  | 'not-ca'
  | 'ca-signer'
  | 'key-usage'
  | 'critical-extension'
  | 'identity';

function invalid(reason: CertificateProblem, message: string, cause?: unknown): RampartError {
  return new RampartError('RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID', message, {
    details: { reason },
    ...(cause === undefined ? {} : { cause }),
  });
}

/** Read every certificate from PEM text (several blocks allowed) or one DER certificate. */
export function readCertificates(data: string | Buffer): X509Certificate[] {
  const text = typeof data === 'string' ? data : data.toString('latin1');
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  try {
    if (blocks) return blocks.map((block) => new X509Certificate(block));
    return [new X509Certificate(Buffer.from(data))];
  } catch (error) {
    throw invalid('malformed', 'could not read an X.509 certificate (PEM or DER expected)', error);
  }
}

/** Where trust comes from: CA certificates (PEM or DER), or a Sigstore `trusted_root.json`. */
export type TrustSource =
  | { kind: 'anchors'; certificates: string | Buffer | readonly X509Certificate[] }
  | { kind: 'trusted-root'; json: string | Buffer };

/** The signer a verified certificate names. */
export interface CertificateSigner {
  publicKey: KeyObject;
  subject: string;
  issuer: string;
  fingerprint256: string;
  /** The certificate's identity (URI or e-mail subject alternative name), when it has one. */
  identity: string | null;
  /** The OIDC issuer a Fulcio certificate records, when it has one. */
  identityIssuer: string | null;
}

const beginning = new Date(0);
const end = new Date(8_640_000_000_000_000);

async function trustMaterial(sigstore: Sigstore, source: TrustSource): Promise<TrustMaterial> {
  if (source.kind === 'anchors') {
    const certificates = Array.isArray(source.certificates)
      ? (source.certificates as readonly X509Certificate[])
      : readCertificates(source.certificates as string | Buffer);
    if (certificates.length === 0) throw invalid('untrusted', 'no trust anchor (CA certificate) was given');
    return {
      certificateAuthorities: [
        {
          certChain: certificates.map((certificate) => sigstore.X509Certificate.parse(certificate.raw)),
          validFor: { start: beginning, end },
        },
      ],
      timestampAuthorities: [],
      tlogs: [],
      ctlogs: [],
      publicKey: (hint) => {
        throw new RampartError('RAMPART_MODEL_VERIFY_KEY_MISMATCH', `no trusted key ${hint}`);
      },
    };
  }
  const rootInvalid = (message: string, cause?: unknown) =>
    new RampartError('RAMPART_MODEL_VERIFY_TRUST_ROOT_INVALID', `trusted root: ${message}`, {
      ...(cause === undefined ? {} : { cause }),
    });
  let json: unknown;
  try {
    json = safeJsonParse(typeof source.json === 'string' ? source.json : source.json.toString('utf8'), {
      maxDepth: 32,
    });
  } catch (error) {
    throw rootInvalid('not valid JSON', error);
  }
  const record = json as { mediaType?: unknown; certificateAuthorities?: unknown };
  if (typeof record !== 'object' || record === null || typeof record.mediaType !== 'string') {
    throw rootInvalid('not a Sigstore trusted root (no mediaType)');
  }
  if (!record.mediaType.startsWith('application/vnd.dev.sigstore.trustedroot')) {
    throw rootInvalid(`mediaType ${JSON.stringify(record.mediaType)} is not a Sigstore trusted root`);
  }
  let material: TrustMaterial;
  try {
    material = sigstore.toTrustMaterial(sigstore.TrustedRoot.fromJSON(json));
  } catch (error) {
    throw rootInvalid(`could not read its keys and certificates (${(error as Error).message})`, error);
  }
  if (material.certificateAuthorities.length === 0) {
    throw rootInvalid('it lists no certificate authority, so no certificate can chain to it');
  }
  return material;
}

/** Object identifiers of the extensions whose meaning the checks here honour. */
const understoodExtensions = new Set([
  '2.5.29.14', // subject key identifier
  '2.5.29.15', // key usage
  '2.5.29.17', // subject alternative name
  '2.5.29.19', // basic constraints
  '2.5.29.35', // authority key identifier
  '2.5.29.37', // extended key usage
]);
const codeSigning = '1.3.6.1.5.5.7.3.3';
const anyExtendedKeyUsage = '2.5.29.37.0';
const fulcioIssuerV1 = '1.3.6.1.4.1.57264.1.1';
const fulcioIssuerV2 = '1.3.6.1.4.1.57264.1.8';

function describe(certificate: SigstoreCertificate): string {
  const text = (new X509Certificate(certificate.root.toDER()).subject ?? '').replaceAll('\n', ', ');
  return text === '' ? 'the certificate with an empty subject' : text;
}

/**
 * What the path check of @sigstore/verify leaves to its caller, for the signing certificate: a CA
 * certificate must not sign (a leaf whose key usage allows signing certificates, or a CA leaf with
 * no key usage to restrict it), and the leaf must allow signing. Checked before the chain, so the
 * reason given is the leaf's own.
 */
function checkLeaf(leaf: SigstoreCertificate): void {
  const keyUsage = leaf.extKeyUsage;
  if (keyUsage?.keyCertSign || (leaf.extBasicConstraints?.isCA && keyUsage === undefined)) {
    throw invalid(
      'ca-signer',
      `the signing certificate (${describe(leaf)}) is a CA certificate: a CA's key may sign certificates, not models`,
    );
  }
  const extendedUsage = new X509Certificate(leaf.root.toDER()).keyUsage;
  const allowsCodeSigning =
    extendedUsage?.includes(codeSigning) || extendedUsage?.includes(anyExtendedKeyUsage) || false;
  if (keyUsage !== undefined && !keyUsage.digitalSignature) {
    throw invalid(
      'key-usage',
      'the signing certificate may not be used for signatures (no digitalSignature usage)',
    );
  }
  if (extendedUsage !== undefined && !allowsCodeSigning) {
    throw invalid(
      'key-usage',
      'the signing certificate may not be used for code signing (extended key usage)',
    );
  }
  if (keyUsage === undefined && extendedUsage === undefined) {
    throw invalid('key-usage', 'the signing certificate states no key usage that allows signing');
  }
}

/** No certificate of the path may carry a critical extension we do not understand (RFC 5280 4.2). */
function checkPath(path: readonly SigstoreCertificate[]): void {
  const leaf = path[0]!;
  for (const certificate of path) {
    for (const extension of certificate.extensions) {
      const oid = extension.subs[0]!.toOID();
      if (!understoodExtensions.has(oid) && certificate.extension(oid)?.critical) {
        throw invalid(
          'critical-extension',
          `${certificate === leaf ? 'the signing certificate' : `CA certificate ${describe(certificate)}`} has a critical extension ${oid} that Rampart does not understand`,
        );
      }
    }
  }
}

/** Map a @sigstore/verify chain failure onto a reason people can act on. */
function chainFailure(sigstore: Sigstore, error: unknown, time: Date): RampartError {
  if (RampartError.is(error)) return error;
  const inner = error instanceof sigstore.VerificationError && error.cause ? error.cause : error;
  const message = inner instanceof Error ? inner.message : String(inner);
  if (/expired|not valid/.test(message)) {
    return invalid('expired', `a certificate of the chain is not valid at ${time.toISOString()}`, error);
  }
  if (/path length/.test(message)) {
    return invalid(
      'path-length',
      'the chain is longer than a CA allows (basic constraints path length exceeded)',
      error,
    );
  }
  if (/not a CA/.test(message)) {
    return invalid('not-ca', 'an intermediate certificate of the chain is not a CA certificate', error);
  }
  return invalid(
    'untrusted',
    `the signing certificate does not chain to a trusted CA valid at ${time.toISOString()}`,
    error,
  );
}

/**
 * Add the bundle's intermediates to each trusted CA's chain, one at a time and only once each
 * chains to that CA, so the final check sees the whole path (and its length limits) while an
 * untrusted certificate in the bundle never becomes a trust anchor.
 */
function withIntermediates(
  sigstore: Sigstore,
  authorities: readonly CertificateAuthority[],
  intermediates: readonly SigstoreCertificate[],
  time: Date,
): CertificateAuthority[] {
  if (intermediates.length === 0) return [...authorities];
  return authorities.map((authority) => {
    let chain = [...authority.certChain];
    let pending = [...intermediates];
    while (pending.length > 0) {
      const next = pending.find((candidate) => {
        try {
          new sigstore.CertificateChainVerifier({
            trustedCerts: chain,
            untrustedCert: candidate,
            timestamp: time,
          }).verify();
          return true;
        } catch (error) {
          // A sound path outside its validity: keep it, so the final check reports the expiry.
          return /not valid or expired/.test((error as Error).message);
        }
      });
      if (next === undefined) break;
      chain = [next, ...chain];
      pending = pending.filter((candidate) => candidate !== next);
    }
    return { ...authority, certChain: chain };
  });
}

function signerOf(leaf: SigstoreCertificate): CertificateSigner {
  const node = new X509Certificate(leaf.root.toDER());
  const issuerV2 = leaf.extension(fulcioIssuerV2)?.valueObj.subs[0]?.value.toString('utf8');
  const issuerV1 = leaf.extension(fulcioIssuerV1)?.value.toString('utf8');
  return {
    publicKey: node.publicKey,
    subject: (node.subject ?? '').replaceAll('\n', ', '),
    issuer: (node.issuer ?? '').replaceAll('\n', ', '),
    fingerprint256: node.fingerprint256,
    identity: leaf.subjectAltName ?? null,
    identityIssuer: issuerV2 ?? issuerV1 ?? null,
  };
}

export interface CertificateBundleOptions {
  trust: TrustSource;
  /** When the certificates must be valid, for a bundle without a log or TSA timestamp (default now). */
  now?: Date | undefined;
  /** The signer's identity (certificate URI or e-mail); required for a Fulcio (keyless) certificate. */
  identity?: string | undefined;
  /** The OIDC issuer of that identity; required for a Fulcio (keyless) certificate. */
  identityIssuer?: string | undefined;
  /** Whether the bundle's DSSE envelope verifies with a key (the caller knows the pre-1.0 encodings). */
  signatureVerifies(key: KeyObject): boolean;
}

function checkIdentity(signer: CertificateSigner, options: CertificateBundleOptions): void {
  const keyless = signer.identityIssuer !== null;
  if (keyless && (options.identity === undefined || options.identityIssuer === undefined)) {
    throw new RampartError(
      'RAMPART_USAGE',
      `the bundle carries a keyless (Fulcio) certificate for ${signer.identity ?? 'an unnamed identity'} issued through ${signer.identityIssuer}: name the signer you trust with --identity and --identity-provider`,
    );
  }
  if (options.identity !== undefined && signer.identity !== options.identity) {
    throw invalid(
      'identity',
      `the signing certificate names ${JSON.stringify(signer.identity)}, not the expected identity ${JSON.stringify(options.identity)}`,
    );
  }
  if (options.identityIssuer !== undefined && signer.identityIssuer !== options.identityIssuer) {
    throw invalid(
      'identity',
      `the signing certificate's identity was issued by ${JSON.stringify(signer.identityIssuer)}, not by ${JSON.stringify(options.identityIssuer)}`,
    );
  }
}

/**
 * Verify the signer of a Sigstore bundle that carries a certificate (a certificate chain in
 * certificate mode, or a keyless Fulcio certificate) with @sigstore/bundle and @sigstore/verify.
 *
 * - Trust without transparency logs or TSAs (CA certificates, or a private trusted_root.json): the
 *   chain must be valid at `now`; a bundle that relies on a log is unsupported there.
 * - A trusted root with logs or TSAs (Sigstore public good): the full Sigstore check, each
 *   timestamp and log entry verified, the chain valid at the signing time.
 *
 * Either way the path's length limits, CA flags and validity are the library's checks, and
 * `checkPath` adds CA-as-signer, key usage and unknown critical extensions.
 */
export async function verifyCertificateBundle(
  bundleJson: unknown,
  options: CertificateBundleOptions,
): Promise<CertificateSigner> {
  const sigstore = await loadSigstore();
  let bundle: ReturnType<Sigstore['bundleFromJSON']>;
  let entity: ReturnType<Sigstore['toSignedEntity']>;
  try {
    const candidate = sigstore.Bundle.fromJSON(bundleJson);
    if (candidate.verificationMaterial?.content?.$case === 'x509CertificateChain') {
      // model_signing's certificate mode writes a chain under the v0.3 media type, which v0.3
      // reserves for a single certificate: check it by the v0.2 rules that allow a chain.
      (sigstore.assertBundleV02 as (value: unknown) => void)(candidate);
      bundle = candidate as typeof bundle;
    } else {
      bundle = sigstore.bundleFromJSON(bundleJson);
    }
    entity = sigstore.toSignedEntity(bundle);
  } catch (error) {
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_BUNDLE_INVALID',
      `signature bundle: ${(error as Error).message}`,
      { cause: error },
    );
  }
  if (entity.key.$case !== 'certificate') {
    throw invalid(
      'untrusted',
      'the bundle holds no certificate: it was signed with a bare key, verify it with --key',
    );
  }
  const leaf = entity.key.certificate;
  const material = await trustMaterial(sigstore, options.trust);
  checkLeaf(leaf);
  const content = bundle.verificationMaterial.content;
  const intermediates =
    content.$case === 'x509CertificateChain'
      ? content.x509CertificateChain.certificates
          .slice(1)
          .map((certificate) => sigstore.X509Certificate.parse(Buffer.from(certificate.rawBytes)))
      : [];
  const transparency = material.tlogs.length > 0 || material.timestampAuthorities.length > 0;

  if (!transparency) {
    if (entity.tlogEntries.length > 0 || entity.timestamps.length > 0) {
      throw new RampartError(
        'RAMPART_MODEL_VERIFY_UNSUPPORTED',
        'unsupported: the bundle relies on a transparency log or timestamp authority (keyless Sigstore), and the trust given lists none: pass a trusted_root.json that lists them with --trusted-root',
      );
    }
    const time = options.now ?? new Date();
    let path: SigstoreCertificate[];
    try {
      path = sigstore.verifyCertificateChain(
        time,
        leaf,
        withIntermediates(sigstore, material.certificateAuthorities, intermediates, time),
      );
    } catch (error) {
      throw chainFailure(sigstore, error, time);
    }
    checkPath(path);
    const signer = signerOf(path[0]!);
    checkIdentity(signer, options);
    if (!options.signatureVerifies(signer.publicKey)) {
      throw new RampartError(
        'RAMPART_MODEL_VERIFY_SIGNATURE_INVALID',
        'the signature in the bundle does not verify with the signing certificate',
      );
    }
    return signer;
  }

  // Signing times the bundle claims; the Verifier below checks each of them before trusting it.
  const times = entity.timestamps.map((timestamp) =>
    timestamp.$case === 'transparency-log'
      ? new Date(Number(timestamp.tlogEntry.integratedTime) * 1000)
      : timestamp.timestamp.signingTime,
  );
  const authorities =
    times[0] === undefined
      ? material.certificateAuthorities
      : withIntermediates(sigstore, material.certificateAuthorities, intermediates, times[0]);
  const verifier = new sigstore.Verifier(
    { ...material, certificateAuthorities: authorities },
    {
      tlogThreshold: material.tlogs.length > 0 ? 1 : 0,
      ctlogThreshold: material.ctlogs.length > 0 ? 1 : 0,
      timestampThreshold: 1,
    },
  );
  // The bundle's own signature content (digests, signature bytes for the log entry), with the
  // signature check swapped for ours, which also knows model_signing 0.2's pre-1.0 encoding.
  const signature = Object.assign(Object.create(entity.signature) as typeof entity.signature, {
    verifySignature: (key: KeyObject) => options.signatureVerifies(key),
  });
  try {
    verifier.verify({ ...entity, signature });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === 'SIGNATURE_ERROR') {
      throw new RampartError(
        'RAMPART_MODEL_VERIFY_SIGNATURE_INVALID',
        'the signature in the bundle does not verify with the signing certificate',
        { cause: error },
      );
    }
    if (code === 'CERTIFICATE_ERROR' && !/SCT/.test((error as Error).message)) {
      throw chainFailure(sigstore, error, times[0] ?? new Date());
    }
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_TRANSPARENCY_INVALID',
      `the bundle's transparency evidence does not verify against the trusted root: ${(error as Error).message}`,
      { cause: error },
    );
  }
  for (const time of times) {
    checkPath(sigstore.verifyCertificateChain(time, leaf, authorities));
  }
  const signer = signerOf(leaf);
  checkIdentity(signer, options);
  return signer;
}

/**
 * Check that `chain` (leaf first, then intermediates, as a bundle lists them) leads to one of the
 * trust anchors at `now`, with the checks of `verifyCertificateBundle`. Returns the leaf.
 */
export async function verifyCertificateChain(
  chainDer: readonly Buffer[],
  anchors: readonly X509Certificate[],
  now: Date = new Date(),
): Promise<X509Certificate> {
  const sigstore = await loadSigstore();
  let chain: SigstoreCertificate[];
  try {
    chain = chainDer.map((der) => sigstore.X509Certificate.parse(Buffer.from(der)));
  } catch (error) {
    throw invalid('malformed', 'a certificate of the chain could not be parsed', error);
  }
  const leaf = chain[0];
  if (!leaf) throw invalid('malformed', 'the chain holds no certificate');
  const material = await trustMaterial(sigstore, { kind: 'anchors', certificates: anchors });
  checkLeaf(leaf);
  let path: SigstoreCertificate[];
  try {
    path = sigstore.verifyCertificateChain(
      now,
      leaf,
      withIntermediates(sigstore, material.certificateAuthorities, chain.slice(1), now),
    );
  } catch (error) {
    throw chainFailure(sigstore, error, now);
  }
  checkPath(path);
  return new X509Certificate(leaf.root.toDER());
}
