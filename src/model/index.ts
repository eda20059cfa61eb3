// Public API of rampart/model. Two sections, each owned by one part of the domain.

// --- scan (formats, pickle machine, verdicts) ---

// --- signing (OpenSSF model-signing sign/verify, ML-BOM) ---
export { type BundleJson, type ParsedBundle, parseBundle } from './signing/bundle.ts';
export { readCertificates, verifyCertificateChain } from './signing/certificate.ts';
export { publicKeyHint, readPrivateKey, readPublicKey } from './signing/keys.ts';
export {
  defaultShardSize,
  type Manifest,
  type ManifestEntry,
  type SerializationDescription,
  type SerializeOptions,
  serializeModel,
} from './signing/serialize.ts';
export { defaultSignaturePath, type SignOptions, type SignResult, signModel } from './signing/sign.ts';
export { buildStatement, type ParsedStatement, parseStatement } from './signing/statement.ts';
export {
  compareManifests,
  type ManifestDifference,
  type VerifyOptions,
  type VerifyResult,
  verifyModel,
} from './signing/verify.ts';
