// Public API of rampart/model. Two sections, each owned by one part of the domain.
// biome-ignore-all assist/source/organizeImports: exports are grouped by owner, sorted within each section

// --- scan (formats, pickle machine, verdicts) ---
export { detectFormat, sniffFormat } from './detect-format.ts';
export {
  analysePickle,
  type PickleAnalysis,
  type PickleCall,
  type PickleGlobal,
} from './formats/pickle/machine.ts';
export { allowedGlobals, classifyGlobal, type GlobalClass } from './policy.ts';
export { collectFiles, scanFile, scanPaths, verdictOf, worstVerdict } from './scan.ts';
export {
  type LinkPolicy,
  type ModelFile,
  type ModelLink,
  type ModelTree,
  type WalkModelOptions,
  walkModel,
} from './model-files.ts';
export {
  MODEL_SCAN_PREDICATE_TYPE,
  type ModelScanPredicate,
  type ScanAttestationResult,
  signScanAttestation,
  verifyScanAttestation,
} from './scan-attestation.ts';
export { scanReportToEvents } from './scan-events.ts';
export { defaultScanLimits, type ScanLimits } from './scan-limits.ts';
export { verifyResultToEvent } from './verify-event.ts';
export { type RuleVerdict, type ScanRule, scanRule, scanRules } from './scan-rules.ts';
export { type ScanSarifOptions, scanReportToSarif } from './scan-sarif.ts';
export type {
  FormatResult,
  ModelFormat,
  ScannedFile,
  ScanOptions,
  ScanReport,
  ScanSummary,
  Verdict,
} from './scan-types.ts';

// --- signing (OpenSSF model-signing sign/verify, ML-BOM) ---
export { type BomOptions, type BomScanner, buildModelBom, type CycloneDxBom } from './bom.ts';
export { type BundleJson, type ParsedBundle, parseBundle } from './signing/bundle.ts';
export { type CertificateProblem, readCertificates, verifyCertificateChain } from './signing/certificate.ts';
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
export {
  agreement,
  binomialUpperTail,
  buildClassifierFingerprint,
  buildLlmFingerprint,
  type Classifier,
  type ClassifierFingerprint,
  type Completer,
  checkFingerprint,
  type FingerprintCheck,
  type FingerprintSuspect,
  fingerprintAgreement,
  httpClassifier,
  httpCompleter,
  type LlmFingerprint,
  labelsOfAnswer,
  type ModelFingerprint,
  parseFingerprint,
} from './fingerprint.ts';
export {
  DATA_LINEAGE_PREDICATE_TYPE,
  type DataGateChain,
  type DataGateChainOptions,
  dataLineagePath,
  readAttestationFiles,
  verifyDataGateChain,
  verifyModelDataGate,
} from './signing/data-lineage.ts';
