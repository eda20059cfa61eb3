import { open, readFile, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { RampartError, uuidv7 } from '../core/index.ts';
import {
  type ConfigMetadata,
  licenseEntry,
  licenseFromModelCard,
  licenseFromText,
  readConfigMetadata,
  readGgufMetadata,
  readSafetensorsMetadata,
  type WeightsMetadata,
} from './bom-metadata.ts';
import { scanPaths } from './scan.ts';
import { type Manifest, serializeModel } from './signing/serialize.ts';
import { rootDigest } from './signing/statement.ts';

/** The part of a scan report the BOM uses (the scan side's `scanPaths` result). */
export interface BomScanReport {
  files: Array<{ path: string; format: string; verdict: string; findings: unknown[] }>;
  summary: { verdict: string };
}

export type BomScanner = (paths: string[], options: { hash?: boolean }) => Promise<BomScanReport>;

export interface BomOptions {
  /** Include the security scan verdict (default true). */
  scan?: boolean;
  /** Scanner to use (default: this domain's `scanPaths`). */
  scanner?: BomScanner;
  /** Hashing progress, as for signing. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  workers?: number;
  /** Fixed timestamp/serial for reproducible output (tests). */
  timestamp?: Date;
  serialNumber?: string;
}

interface Property {
  name: string;
  value: string;
}

export interface CycloneDxComponent {
  type: 'file' | 'machine-learning-model';
  'bom-ref': string;
  name: string;
  hashes?: Array<{ alg: 'SHA-256'; content: string }>;
  licenses?: Array<ReturnType<typeof licenseEntry>>;
  modelCard?: Record<string, unknown>;
  properties?: Property[];
}

export interface CycloneDxBom {
  bomFormat: 'CycloneDX';
  specVersion: '1.6';
  serialNumber: string;
  version: 1;
  metadata: {
    timestamp: string;
    tools: { components: Array<{ type: 'application'; name: string; version: string }> };
    component: CycloneDxComponent;
    properties?: Property[];
  };
  components: CycloneDxComponent[];
  dependencies: Array<{ ref: string; dependsOn: string[] }>;
}

/** Formats sniffed from the first bytes when no scan runs (the scan's own format wins). */
async function sniffFormat(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const { bytesRead } = await handle.read(head, 0, 16, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.subarray(0, 4).toString('latin1') === 'GGUF') return 'gguf';
    if (bytes.length >= 9 && bytes[8] === 0x7b && bytes.readBigUInt64LE(0) < 100_000_000n)
      return 'safetensors';
    if (bytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))) return 'zip';
    if (bytes.subarray(0, 8).equals(Buffer.from('\x89HDF\r\n\x1a\n', 'latin1'))) return 'hdf5';
    if (bytes.subarray(0, 6).equals(Buffer.from('\x93NUMPY', 'latin1'))) return 'numpy-npy';
    if (bytes[0] === 0x80 && bytes[1] !== undefined && bytes[1] >= 2 && bytes[1] <= 5) return 'pickle';
    if (path.endsWith('.onnx')) return 'onnx';
    if (bytes[0] === 0x7b || bytes[0] === 0x5b) return 'json';
    return 'unknown';
  } finally {
    await handle.close();
  }
}

const frameworks: Record<string, string> = {
  pickle: 'pytorch',
  'pytorch-zip': 'pytorch',
  'pytorch-legacy': 'pytorch',
  joblib: 'scikit-learn',
  'numpy-npy': 'numpy',
  'numpy-npz': 'numpy',
  gguf: 'llama.cpp (ggml)',
  onnx: 'onnx',
  'keras-v3': 'keras',
  hdf5: 'keras',
  'tf-savedmodel': 'tensorflow',
};

function frameworkOf(format: string, config: ConfigMetadata | null): string | undefined {
  if (format === 'safetensors') return config?.transformersVersion ? 'transformers (pytorch)' : 'safetensors';
  return frameworks[format];
}

async function findLicense(
  root: string,
  isDirectory: boolean,
  config: ConfigMetadata | null,
  weights: WeightsMetadata[],
) {
  const tryRead = async (name: string) =>
    isDirectory
      ? readFile(join(root, name), 'utf8').then(
          (text) => text.slice(0, 65536),
          () => undefined,
        )
      : undefined;
  const readme = await tryRead('README.md');
  const fromCard = readme === undefined ? undefined : licenseFromModelCard(readme);
  if (fromCard) return { license: fromCard, source: 'README.md' };
  if (config?.license) return { license: config.license, source: 'config.json' };
  const fromWeights = weights.find((metadata) => metadata.license)?.license;
  if (fromWeights) return { license: fromWeights, source: 'gguf general.license' };
  for (const name of ['LICENSE', 'LICENSE.txt', 'LICENSE.md', 'COPYING']) {
    const text = await tryRead(name);
    const found = text === undefined ? undefined : licenseFromText(text);
    if (found) return { license: found, source: name };
  }
  return null;
}

function defined(properties: Array<[string, string | number | boolean | undefined]>): Property[] {
  return properties
    .filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined)
    .map(([name, value]) => ({ name, value: String(value) }));
}

/**
 * Build a CycloneDX 1.6 ML-BOM for a model directory (or file): one `file` component per file
 * with its SHA-256, format and framework; a `machine-learning-model` component for the model with
 * architecture and parameter count read from config.json, GGUF metadata and safetensors headers;
 * the licence if the model card, config or a LICENSE file names one; and the scan verdict.
 */
export async function buildModelBom(modelPath: string, options: BomOptions = {}): Promise<CycloneDxBom> {
  const root = resolve(modelPath);
  const rootStats = await stat(root).catch((error: unknown) => {
    throw new RampartError(
      'RAMPART_MODEL_BOM_PATH_INVALID',
      `${modelPath} does not exist or cannot be read`,
      {
        cause: error,
      },
    );
  });
  const isDirectory = rootStats.isDirectory();
  let manifest: Manifest;
  try {
    manifest = await serializeModel(root, {
      ignorePaths: ['model.sig'],
      ...(options.workers === undefined ? {} : { workers: options.workers }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    });
  } catch (error) {
    if (RampartError.is(error) && error.code === 'RAMPART_MODEL_SIGN_PATH_INVALID') {
      throw new RampartError('RAMPART_MODEL_BOM_PATH_INVALID', error.message, { cause: error });
    }
    throw error;
  }
  const fileOf = (path: string) => (path === '.' ? root : join(root, path));

  const scanner = options.scan === false ? undefined : (options.scanner ?? scanPaths);
  const scanned = new Map<string, BomScanReport['files'][number]>();
  let scanVerdict: string | undefined;
  if (scanner) {
    const report = await scanner([root], { hash: false });
    for (const file of report.files) scanned.set(resolve(root, file.path), file);
    scanVerdict = report.summary.verdict;
  }

  const config = isDirectory ? await readConfigMetadata(join(root, 'config.json')) : null;
  const components: CycloneDxComponent[] = [];
  const weights: WeightsMetadata[] = [];
  for (const entry of manifest.entries) {
    const absolute = fileOf(entry.path);
    const scan = scanned.get(absolute);
    const format = scan?.format && scan.format !== 'unknown' ? scan.format : await sniffFormat(absolute);
    let metadata: WeightsMetadata | null = null;
    if (format === 'safetensors') metadata = await readSafetensorsMetadata(absolute);
    else if (format === 'gguf') metadata = await readGgufMetadata(absolute);
    if (metadata) weights.push(metadata);
    const name = entry.path === '.' ? basename(root) : entry.path;
    components.push({
      type: 'file',
      'bom-ref': `file:${name}`,
      name,
      hashes: [{ alg: 'SHA-256', content: entry.digest }],
      properties: defined([
        ['rampart:format', format],
        ['rampart:framework', frameworkOf(format, config)],
        ['rampart:sizeBytes', (await stat(absolute)).size],
        ['rampart:parameterCount', metadata?.parameterCount],
        ['rampart:tensorCount', metadata?.tensorCount],
        ['rampart:dtypes', metadata?.dtypes?.join(',')],
        ['rampart:gguf.architecture', metadata?.architecture],
        ['rampart:gguf.contextLength', metadata?.contextLength],
        ['rampart:gguf.hasChatTemplate', metadata?.format === 'gguf' ? metadata.hasChatTemplate : undefined],
        ['rampart:scan.verdict', scanner ? (scan?.verdict ?? 'not-scanned') : undefined],
        ['rampart:scan.findings', scan ? scan.findings.length : undefined],
      ]),
    });
  }

  const safetensorsParameters = weights
    .filter((metadata) => metadata.format === 'safetensors')
    .reduce((sum, metadata) => sum + (metadata.parameterCount ?? 0), 0);
  const ggufParameters = Math.max(
    0,
    ...weights
      .filter((metadata) => metadata.format === 'gguf')
      .map((metadata) => metadata.parameterCount ?? 0),
  );
  const parameterCount = safetensorsParameters || ggufParameters || undefined;
  const gguf = weights.find((metadata) => metadata.format === 'gguf');
  const architectureFamily = config?.modelType ?? gguf?.architecture;
  const modelArchitecture = config?.architectures?.[0] ?? gguf?.architecture;
  const license = await findLicense(root, isDirectory, config, weights);

  const modelName = gguf?.name ?? basename(root);
  const modelRef = `model:${basename(root)}`;
  const modelParameters: Record<string, unknown> = {};
  if (architectureFamily) modelParameters.architectureFamily = architectureFamily;
  if (modelArchitecture) modelParameters.modelArchitecture = modelArchitecture;
  const modelCardProperties = defined([
    ['rampart:parameterCount', parameterCount],
    ['rampart:hiddenSize', config?.hiddenSize ?? gguf?.embeddingLength],
    ['rampart:layerCount', config?.layerCount ?? gguf?.layerCount],
    ['rampart:contextLength', config?.contextLength ?? gguf?.contextLength],
    ['rampart:vocabSize', config?.vocabSize],
    ['rampart:torchDtype', config?.torchDtype],
  ]);
  const model: CycloneDxComponent = {
    type: 'machine-learning-model',
    'bom-ref': modelRef,
    name: modelName,
    ...(license ? { licenses: [licenseEntry(license.license)] } : {}),
    modelCard: {
      ...(Object.keys(modelParameters).length > 0 ? { modelParameters } : {}),
      ...(modelCardProperties.length > 0 ? { properties: modelCardProperties } : {}),
    },
    properties: defined([
      ['rampart:files', manifest.entries.length],
      // Equals the subject digest of an OpenSSF model signature made with default options.
      ['rampart:openssf-model-signing.rootDigest', rootDigest(manifest.entries)],
      ['rampart:license.source', license?.source],
      ['rampart:scan.verdict', scanVerdict ?? (options.scan === false ? undefined : 'not-scanned')],
    ]),
  };

  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: options.serialNumber ?? `urn:uuid:${uuidv7()}`,
    version: 1,
    metadata: {
      timestamp: (options.timestamp ?? new Date()).toISOString(),
      tools: { components: [{ type: 'application', name: 'rampart', version: '0.1.0' }] },
      component: model,
    },
    components,
    dependencies: [
      { ref: modelRef, dependsOn: components.map((component) => component['bom-ref']) },
      ...components.map((component) => ({ ref: component['bom-ref'], dependsOn: [] })),
    ],
  };
}
