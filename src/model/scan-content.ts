import { headBytes, sniffFormat } from './detect-format.ts';
import { limitFinding, type NestedContext } from './formats/archive/nested.ts';
import { compressionOf, scanCompressed } from './formats/archive/scan-compressed.ts';
import { scanTar } from './formats/archive/scan-tar.ts';
import { scanZip } from './formats/archive/scan-zip.ts';
import { readZipDirectory } from './formats/archive/zip-reader.ts';
import { type ByteSource, FileSource, readAll } from './formats/byte-source.ts';
import { scanGguf } from './formats/gguf.ts';
import { scanHdf5 } from './formats/hdf5.ts';
import { looksLikeTokenizerConfig, scanTokenizerConfig } from './formats/json-config.ts';
import { scanNpy } from './formats/numpy.ts';
import { scanOnnx } from './formats/onnx.ts';
import { pickleWindowBytes } from './formats/pickle/machine.ts';
import { scanPickleFile, scanPickleStream } from './formats/pickle/scan-pickle.ts';
import { scanSafetensors } from './formats/safetensors.ts';
import { scanSavedModel } from './formats/savedmodel.ts';
import type { AnalysisBudget } from './scan-limits.ts';
import { ruleFinding } from './scan-rules.ts';
import type { FormatResult, ModelFormat } from './scan-types.ts';

const kerasConfigMarker = Buffer.from('{"class_name"');

export interface ContentOptions {
  /** The file's limits and what it has used so far. */
  budget: AnalysisBudget;
  /** Unknown content under a model extension is skipped instead of unsafe. */
  allowUnanalysable: boolean;
}

/** Extensions of the model formats this scanner analyses (after a joblib compression suffix). */
const modelExtensions =
  /\.(pkl|pickle|pt|pth|bin|ckpt|joblib|jbl|dill|sav|npy|npz|safetensors|gguf|onnx|keras|h5|hdf5|pb|mar)(\.(gz|z|bz2|xz|lzma|lz4|zst))?$/i;

/** True when a name claims a model format (`model.safetensors`, `clf.pkl.xz`, `dir/pytorch_model.bin`). */
export function hasModelExtension(name: string | undefined): boolean {
  return name !== undefined && modelExtensions.test(name);
}

/**
 * Analyse bytes by content: sniff the format, then run that format's scanner. `name` is the file
 * or member name: content no scanner recognises under a model extension is not analysable (unsafe).
 */
export async function scanContent(
  source: ByteSource,
  detail: string | undefined,
  depth: number,
  options: ContentOptions,
  name?: string,
): Promise<FormatResult & { format: ModelFormat }> {
  const head = await source.read(0, headBytes);
  const sniffed = sniffFormat(head, source.size);
  const { limits } = options.budget;
  const context: NestedContext = {
    detail,
    depth,
    name,
    budget: options.budget,
    scanMember: (member, memberDetail, memberDepth, memberName) =>
      scanContent(member, memberDetail, memberDepth, options, memberName),
  };
  const withDetail = (result: FormatResult): FormatResult => {
    if (!detail) return result;
    for (const finding of result.findings) {
      if (finding.location && finding.location.detail === undefined) finding.location.detail = detail;
    }
    return result;
  };
  let result: FormatResult;
  switch (sniffed) {
    case 'pickle':
    case 'joblib':
    case 'pytorch-legacy': {
      if (source instanceof FileSource && source.size > pickleWindowBytes) {
        // Large pickle files are analysed window by window: memory stays flat.
        const size = Math.min(source.size, limits.maxPickleBytes);
        result = withDetail(
          scanPickleFile(
            { size, read: (offset, length) => source.readSync(offset, length) },
            { limits: options.budget.pickle },
          ),
        );
      } else {
        result = withDetail(
          scanPickleStream(await readAll(source, limits.maxPickleBytes), { limits: options.budget.pickle }),
        );
      }
      if (source.size > limits.maxPickleBytes) {
        result.findings.push(
          limitFinding(
            `pickle stream of ${source.size} bytes exceeds the ${limits.maxPickleBytes}-byte analysis limit (maxPickleBytes)`,
            limits.maxPickleBytes,
            detail,
          ),
        );
      }
      break;
    }
    case 'zip':
      result = await scanZip(source, context);
      break;
    case 'tar':
      result = await scanTar(source, context);
      break;
    case 'numpy-npy':
      result = withDetail(await scanNpy(source, limits.maxPickleBytes, options.budget.pickle));
      break;
    case 'safetensors':
      result = withDetail(await scanSafetensors(source));
      break;
    case 'gguf':
      result = withDetail(await scanGguf(source));
      break;
    case 'onnx':
      result = withDetail(await scanOnnx(source));
      break;
    case 'tf-savedmodel':
      result = withDetail(await scanSavedModel(source));
      break;
    case 'hdf5':
      result = withDetail(await scanHdf5(source));
      break;
    default: {
      const compression = compressionOf(head);
      if (compression) result = await scanCompressed(source, compression, context);
      else if (looksLikeTokenizerConfig(head)) result = withDetail(await scanTokenizerConfig(source));
      else if (Buffer.from(head.buffer, head.byteOffset, head.length).includes(kerasConfigMarker)) {
        // A Keras config outside a .keras/.h5 (config.json, TF-Keras keras_metadata.pb).
        result = { ...withDetail(await scanHdf5(source)), format: 'keras-config' };
      } else result = { findings: [] };
    }
  }
  if (sniffed === 'unknown' && result.format === undefined && result.findings.length === 0) {
    if (hasModelExtension(name) && !options.allowUnanalysable) {
      result.findings.push(
        ruleFinding(
          'scan.not-analysable',
          source.size === 0
            ? 'the file is empty: a model file that holds nothing is not known to be safe'
            : 'no model format recognised in the content of a file with a model extension (unknown, disguised or corrupt data); it is not known to be safe',
          { offset: 0, ...(detail ? { detail } : {}) },
        ),
      );
    }
  }
  if (sniffed !== 'zip' && (await hasZipDirectory(source))) {
    // A polyglot: torch.load and numpy.load test for a zip first and would read this zip instead.
    const inner = await scanZip(source, context);
    result.findings.push(
      ruleFinding(
        'archive.polyglot',
        `the ${sniffed} file is also a zip archive that zip-first loaders read instead`,
        { offset: 0, ...(detail ? { detail } : {}) },
      ),
      ...inner.findings,
    );
    result.globals = [...(result.globals ?? []), ...(inner.globals ?? [])];
  }
  return { ...result, format: result.format ?? sniffed };
}

/** True when the file ends with a zip end-of-central-directory record that lists entries. */
async function hasZipDirectory(source: ByteSource): Promise<boolean> {
  if (source.size < 22) return false;
  const tail = await source.read(Math.max(0, source.size - 65_557), Math.min(source.size, 65_557));
  const buffer = Buffer.from(tail.buffer, tail.byteOffset, tail.length);
  if (buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6])) < 0) return false;
  try {
    return (await readZipDirectory(source)).length > 0;
  } catch {
    return false;
  }
}
