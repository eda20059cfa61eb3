import { type Finding, type FindingLocation, frameworkIds, type Severity } from '../core/index.ts';

/** What a rule means for the file's verdict: `info` findings never change it. */
export type RuleVerdict = 'malicious' | 'unsafe' | 'info';

export interface ScanRule {
  id: string;
  name: string;
  description: string;
  verdict: RuleVerdict;
  severity: Severity;
  frameworks: string[];
}

const codeExecution = frameworkIds('LLM03:2025', 'AML.T0010.003', 'AML.T0011.000');
const supplyChain = frameworkIds('LLM03:2025', 'AML.T0010.003');
const corrupt = frameworkIds('LLM03:2025', 'AML.T0010.003', 'AML.T0076');

function rule(
  id: string,
  name: string,
  verdict: RuleVerdict,
  severity: Severity,
  frameworks: string[],
  description: string,
): ScanRule {
  return { id, name, description, verdict, severity, frameworks };
}

/** Every rule the model scanner can fire. Ids are stable: SARIF consumers key on them. */
export const scanRules: readonly ScanRule[] = [
  rule(
    'pickle.dangerous-global',
    'PickleDangerousGlobal',
    'malicious',
    'critical',
    codeExecution,
    'A pickle imports or calls a callable that can run code, touch files or the network on load.',
  ),
  rule(
    'pickle.unknown-global',
    'PickleUnknownGlobal',
    'unsafe',
    'medium',
    codeExecution,
    'A pickle imports a callable that is neither on the allowlist nor on the denylist.',
  ),
  rule(
    'pickle.dynamic-call',
    'PickleDynamicCall',
    'unsafe',
    'high',
    codeExecution,
    'A pickle calls a value produced by another call (a call chain whose target is only known at load time).',
  ),
  rule(
    'pickle.extension-code',
    'PickleExtensionCode',
    'unsafe',
    'high',
    codeExecution,
    'A pickle imports through a copyreg extension code (EXT1/EXT2/EXT4), resolved only at load time.',
  ),
  rule(
    'pickle.malformed',
    'PickleMalformed',
    'unsafe',
    'medium',
    corrupt,
    'The pickle stream is malformed or truncated; what came before the error was still analysed.',
  ),
  rule(
    'pickle.globals',
    'PickleGlobals',
    'info',
    'info',
    supplyChain,
    'The allowlisted callables a pickle imports (for review).',
  ),
  rule(
    'archive.path-traversal',
    'ArchivePathTraversal',
    'malicious',
    'high',
    supplyChain,
    'An archive entry name is absolute or climbs out of the extraction directory (zip slip / tar slip).',
  ),
  rule(
    'archive.link',
    'ArchiveLink',
    'unsafe',
    'high',
    supplyChain,
    'An archive holds a symbolic or hard link, which can point extraction outside the target directory.',
  ),
  rule(
    'archive.compression-ratio',
    'ArchiveCompressionRatio',
    'unsafe',
    'high',
    corrupt,
    'An archive entry expands far beyond its compressed size (decompression bomb).',
  ),
  rule(
    'archive.unsupported-compression',
    'ArchiveUnsupportedCompression',
    'unsafe',
    'medium',
    supplyChain,
    'Data is compressed with a codec or codec feature this scanner cannot read (lz4, zstd, an xz filter other than LZMA2, an unknown xz check); it is not known to be safe.',
  ),
  rule(
    'archive.polyglot',
    'ArchivePolyglot',
    'unsafe',
    'high',
    supplyChain,
    'The file is also a valid zip archive (a polyglot): loaders that test for a zip first (torch.load) read a different content than other tools.',
  ),
  rule(
    'archive.malformed',
    'ArchiveMalformed',
    'unsafe',
    'medium',
    corrupt,
    'The archive structure is malformed, inconsistent or beyond the scan limits.',
  ),
  rule(
    'numpy.malformed',
    'NumpyMalformed',
    'unsafe',
    'medium',
    corrupt,
    'The .npy header is malformed or does not match the data that follows.',
  ),
  rule(
    'numpy.object-array',
    'NumpyObjectArray',
    'info',
    'low',
    supplyChain,
    'The .npy holds an object array: its body is a pickle (analysed separately).',
  ),
  rule(
    'safetensors.malformed',
    'SafetensorsMalformed',
    'unsafe',
    'medium',
    corrupt,
    'The safetensors header is invalid: bad length, JSON, dtype or shape.',
  ),
  rule(
    'safetensors.offsets',
    'SafetensorsOffsets',
    'unsafe',
    'high',
    corrupt,
    'Tensor byte ranges overlap, leave gaps, fall outside the data section or disagree with dtype and shape.',
  ),
  rule(
    'safetensors.trailing-data',
    'SafetensorsTrailingData',
    'unsafe',
    'medium',
    corrupt,
    'Bytes follow the last tensor: data no loader reads, a place to hide a payload.',
  ),
  rule(
    'gguf.malformed',
    'GgufMalformed',
    'unsafe',
    'medium',
    corrupt,
    'The GGUF header, metadata or tensor table is invalid or beyond the scan limits.',
  ),
  rule(
    'gguf.template-injection',
    'GgufTemplateInjection',
    'malicious',
    'critical',
    codeExecution,
    'The chat template reaches Python internals (server-side template injection, CVE-2024-34359 class).',
  ),
  rule(
    'tokenizer.template-injection',
    'TokenizerTemplateInjection',
    'malicious',
    'critical',
    codeExecution,
    'The chat template in a tokenizer config reaches Python internals (server-side template injection).',
  ),
  rule(
    'onnx.external-data-traversal',
    'OnnxExternalDataTraversal',
    'malicious',
    'high',
    supplyChain,
    'An ONNX tensor reads external data from an absolute path or one that escapes the model directory.',
  ),
  rule(
    'onnx.custom-domain',
    'OnnxCustomDomain',
    'unsafe',
    'medium',
    supplyChain,
    'The ONNX model uses operators from a custom domain, which need a native library to run.',
  ),
  rule('onnx.malformed', 'OnnxMalformed', 'unsafe', 'medium', corrupt, 'The ONNX protobuf is malformed.'),
  rule(
    'keras.lambda-layer',
    'KerasLambdaLayer',
    'malicious',
    'critical',
    codeExecution,
    'A Keras model holds a Lambda layer: serialized Python code that runs when the model loads.',
  ),
  rule(
    'keras.dangerous-callable',
    'KerasDangerousCallable',
    'malicious',
    'critical',
    codeExecution,
    'A Keras config names a callable on the denylist (os.system, builtins.eval, ...), imported and called on load.',
  ),
  rule(
    'keras.custom-object',
    'KerasCustomObject',
    'unsafe',
    'medium',
    supplyChain,
    'A Keras model refers to a custom class or module outside Keras, imported when the model loads.',
  ),
  rule(
    'keras.malformed',
    'KerasMalformed',
    'unsafe',
    'medium',
    corrupt,
    'The Keras model config is invalid.',
  ),
  rule(
    'savedmodel.code-op',
    'SavedModelCodeOp',
    'malicious',
    'critical',
    codeExecution,
    'A TensorFlow graph calls back into Python (PyFunc, EagerPyFunc, ...), running arbitrary code.',
  ),
  rule(
    'savedmodel.file-op',
    'SavedModelFileOp',
    'unsafe',
    'high',
    supplyChain,
    'A TensorFlow graph reads, writes, lists or deletes files (ReadFile, WriteFile, MatchingFiles, ...).',
  ),
  rule(
    'savedmodel.malformed',
    'SavedModelMalformed',
    'unsafe',
    'medium',
    corrupt,
    'The saved_model.pb protobuf is malformed.',
  ),
  rule(
    'scan.analysis-limit',
    'ScanAnalysisLimit',
    'unsafe',
    'medium',
    supplyChain,
    'Analysis stopped at a resource limit (bytes, stack, memo, opcodes, time, decompressed size or ratio); the rest was not analysed, so the file is not known to be safe.',
  ),
  rule(
    'scan.not-analysable',
    'ScanNotAnalysable',
    'unsafe',
    'medium',
    supplyChain,
    'The file has a model file extension but no format the scanner can analyse (unknown, empty or corrupt content); it is not known to be safe.',
  ),
  rule(
    'scan.read-error',
    'ScanReadError',
    'unsafe',
    'medium',
    supplyChain,
    'The file could not be read or analysed; it is not known to be safe.',
  ),
];

const byId = new Map(scanRules.map((entry) => [entry.id, entry]));

export function scanRule(id: string): ScanRule {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown scan rule: ${id}`);
  return found;
}

/** A Finding for a catalogue rule, with the rule's severity and framework ids. */
export function ruleFinding(
  ruleId: string,
  message: string,
  location?: FindingLocation,
  data?: Record<string, unknown>,
): Finding {
  const entry = scanRule(ruleId);
  return {
    ruleId,
    severity: entry.severity,
    message,
    frameworks: entry.frameworks,
    ...(location ? { location } : {}),
    ...(data ? { data } : {}),
  };
}
