import { importOptional } from '../../core/index.ts';

/**
 * The Sigstore libraries that check certificates, bundles and trusted roots. They are optional
 * peers (a guard-only install stays small, and key signatures need none of them): loaded here, on
 * the first certificate or Sigstore verification, and a missing one is RAMPART_DEPENDENCY_MISSING.
 */
export async function loadSigstore(): Promise<Sigstore> {
  const [core, bundle, verify, chain, specs] = await Promise.all([
    importOptional('@sigstore/core', () => import('@sigstore/core')),
    importOptional('@sigstore/bundle', () => import('@sigstore/bundle')),
    importOptional('@sigstore/verify', () => import('@sigstore/verify')),
    // The chain check at one point in time; the package exports it only through `Verifier`, which
    // needs a timestamp from a log or TSA, and an offline private-CA bundle has none.
    importOptional('@sigstore/verify', () => import('@sigstore/verify/dist/key/certificate.js')),
    importOptional('@sigstore/protobuf-specs', () => import('@sigstore/protobuf-specs')),
  ]);
  return {
    X509Certificate: core.X509Certificate,
    bundleFromJSON: bundle.bundleFromJSON,
    assertBundleV02: bundle.assertBundleV02,
    Bundle: specs.Bundle,
    toSignedEntity: verify.toSignedEntity,
    toTrustMaterial: verify.toTrustMaterial,
    Verifier: verify.Verifier,
    VerificationError: verify.VerificationError,
    verifyCertificateChain: chain.verifyCertificateChain,
    CertificateChainVerifier: chain.CertificateChainVerifier,
    TrustedRoot: specs.TrustedRoot,
  };
}

/** What the certificate checks use from the Sigstore packages (named, so declarations can be emitted). */
export interface Sigstore {
  X509Certificate: typeof import('@sigstore/core').X509Certificate;
  bundleFromJSON: typeof import('@sigstore/bundle').bundleFromJSON;
  assertBundleV02: typeof import('@sigstore/bundle').assertBundleV02;
  Bundle: typeof import('@sigstore/protobuf-specs').Bundle;
  toSignedEntity: typeof import('@sigstore/verify').toSignedEntity;
  toTrustMaterial: typeof import('@sigstore/verify').toTrustMaterial;
  Verifier: typeof import('@sigstore/verify').Verifier;
  VerificationError: typeof import('@sigstore/verify').VerificationError;
  verifyCertificateChain: typeof import('@sigstore/verify/dist/key/certificate.js').verifyCertificateChain;
  CertificateChainVerifier: typeof import('@sigstore/verify/dist/key/certificate.js').CertificateChainVerifier;
  TrustedRoot: typeof import('@sigstore/protobuf-specs').TrustedRoot;
}
export type SigstoreCertificate = InstanceType<Sigstore['X509Certificate']>;
export type TrustMaterial = import('@sigstore/verify').TrustMaterial;
export type CertificateAuthority = TrustMaterial['certificateAuthorities'][number];
