import { open } from 'node:fs/promises';
import { looksLikeTar } from './formats/archive/tar-reader.ts';
import { looksLikeZip, readZipDirectory } from './formats/archive/zip-reader.ts';
import { BufferSource, type ByteSource, FileSource } from './formats/byte-source.ts';
import { looksLikeGguf } from './formats/gguf.ts';
import { looksLikeHdf5 } from './formats/hdf5.ts';
import { looksLikeNpy } from './formats/numpy.ts';
import { looksLikeOnnx } from './formats/onnx.ts';
import { analysePickle } from './formats/pickle/machine.ts';
import { looksLikeSafetensors } from './formats/safetensors.ts';
import { looksLikeSavedModel } from './formats/savedmodel.ts';
import type { ModelFormat } from './scan-types.ts';

/** Bytes read from the start of a file to recognise its format. */
export const headBytes = 64 * 1024;

/** First opcodes of protocol 0/1 pickles (no PROTO opcode). */
const textPickleStarts = new Set([...'(cil]})NIFLSVUXKJMGTdpgq'].map((char) => char.charCodeAt(0)));
const torchMagic = [0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19];
const joblibMarker = Buffer.from('joblib');

function looksLikePickle(head: Uint8Array, size: number): boolean {
  if (head[0] === 0x80) return (head[1] ?? 0xff) <= 5 && head.length > 2;
  if (!textPickleStarts.has(head[0] ?? 0)) return false;
  const analysis = analysePickle(head);
  return (
    analysis.complete || (head.length < size && analysis.error?.message.startsWith('truncated') === true)
  );
}

/**
 * Recognise a format from its first bytes (magic numbers and structure, never the file name).
 * Zip files come back as 'zip'; `detectFormat` refines them by their member names.
 */
export function sniffFormat(head: Uint8Array, size = head.length): ModelFormat {
  if (looksLikeZip(head)) return 'zip';
  if (looksLikeNpy(head)) return 'numpy-npy';
  if (looksLikeGguf(head)) return 'gguf';
  if (looksLikeHdf5(head)) return 'hdf5';
  if (looksLikeSafetensors(head)) return 'safetensors';
  if (looksLikeTar(head)) return 'tar';
  if (torchMagic.every((byte, index) => head[index] === byte)) return 'pytorch-legacy';
  if (looksLikePickle(head, size)) {
    return Buffer.from(head.buffer, head.byteOffset, head.length).includes(joblibMarker)
      ? 'joblib'
      : 'pickle';
  }
  if (looksLikeOnnx(head)) return 'onnx';
  if (looksLikeSavedModel(head)) return 'tf-savedmodel';
  return 'unknown';
}

/** Sniff, then refine a zip into pytorch-zip, numpy-npz or keras-v3 from its directory. */
export async function detectSourceFormat(source: ByteSource, head: Uint8Array): Promise<ModelFormat> {
  const format = sniffFormat(head, source.size);
  if (format !== 'zip') return format;
  try {
    const names = (await readZipDirectory(source)).map((entry) => entry.name);
    if (names.some((name) => /(^|\/)data\.pkl$/.test(name))) return 'pytorch-zip';
    if (
      names.includes('config.json') &&
      (names.includes('metadata.json') || names.includes('model.weights.h5'))
    )
      return 'keras-v3';
    if (names.length > 0 && names.every((name) => name.endsWith('.npy'))) return 'numpy-npz';
  } catch {
    return 'zip';
  }
  return 'zip';
}

/** The format of a file (by path) or of bytes in memory, recognised by content. */
export async function detectFormat(input: string | Uint8Array): Promise<ModelFormat> {
  if (typeof input !== 'string')
    return detectSourceFormat(new BufferSource(input), input.subarray(0, headBytes));
  const handle = await open(input, 'r');
  try {
    const { size } = await handle.stat();
    const source = new FileSource(handle, size);
    return await detectSourceFormat(source, await source.read(0, headBytes));
  } finally {
    await handle.close();
  }
}
