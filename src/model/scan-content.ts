import { headBytes, sniffFormat } from './detect-format.ts';
import type { NestedContext } from './formats/archive/nested.ts';
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
import { ruleFinding } from './scan-rules.ts';
import type { FormatResult, ModelFormat } from './scan-types.ts';

const kerasConfigMarker = Buffer.from('{"class_name"');

export interface ContentOptions {
  maxPickleBytes: number;
}

/** Analyse bytes by content: sniff the format, then run that format's scanner. */
export async function scanContent(
  source: ByteSource,
  detail: string | undefined,
  depth: number,
  options: ContentOptions,
): Promise<FormatResult & { format: ModelFormat }> {
  const head = await source.read(0, headBytes);
  const sniffed = sniffFormat(head, source.size);
  const context: NestedContext = {
    detail,
    depth,
    maxPickleBytes: options.maxPickleBytes,
    scanMember: (member, memberDetail, memberDepth) =>
      scanContent(member, memberDetail, memberDepth, options),
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
        const size = Math.min(source.size, options.maxPickleBytes);
        result = withDetail(
          scanPickleFile({ size, read: (offset, length) => source.readSync(offset, length) }),
        );
      } else {
        result = withDetail(scanPickleStream(await readAll(source, options.maxPickleBytes)));
      }
      if (source.size > options.maxPickleBytes) {
        result.findings.push(
          ruleFinding(
            'pickle.scan-limit',
            `pickle stream of ${source.size} bytes exceeds the ${options.maxPickleBytes}-byte analysis limit; the rest was not analysed`,
            { offset: options.maxPickleBytes, ...(detail ? { detail } : {}) },
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
      result = withDetail(await scanNpy(source, options.maxPickleBytes));
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
        const found = withDetail(await scanHdf5(source));
        result = found.findings.length > 0 ? { ...found, format: 'keras-config' } : found;
      } else result = { findings: [] };
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
