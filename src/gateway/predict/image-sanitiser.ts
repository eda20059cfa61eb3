import { importOptional, RampartError } from '../../core/index.ts';
import type { PredictImageConfig } from './image-config.ts';

type Sharp = typeof import('sharp').default;
let sharpModule: Promise<Sharp> | undefined;
const loadSharp = () => {
  sharpModule ??= importOptional('sharp', () => import('sharp').then((module) => module.default));
  return sharpModule;
};

/**
 * True when a Content-Type header names an image (`image/png`, `image/jpeg; q=...`): the body is one
 * raw image, not JSON.
 */
export function isImageContentType(contentType: string | undefined): boolean {
  return /^\s*image\/[a-z0-9.+-]+\s*(;|$)/i.test(contentType ?? '');
}

/** True when the bytes start like a JPEG, PNG, GIF or WebP file. */
export function looksLikeImage(bytes: Buffer): boolean {
  return (
    (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) ||
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) ||
    bytes.subarray(0, 4).toString('latin1') === 'GIF8' ||
    (bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
      bytes.subarray(8, 12).toString('latin1') === 'WEBP')
  );
}

/**
 * Decode an image and rewrite it: median smoothing, bit-depth reduction (each channel quantised to
 * 2^bits levels), then JPEG at `jpegQuality` (else PNG). An image that cannot be decoded, or is larger
 * than `maxPixels`, is RAMPART_PREDICT_IMAGE_UNREADABLE: it is refused, never passed on unchanged.
 */
export async function sanitiseImage(bytes: Buffer, config: PredictImageConfig): Promise<Buffer> {
  const sharp = await loadSharp();
  try {
    let image = sharp(bytes, { limitInputPixels: config.maxPixels, failOn: 'error' });
    if (config.median) image = image.median(config.median);
    if (config.bitDepth && config.bitDepth < 8) {
      const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
      const step = 255 / (2 ** config.bitDepth - 1);
      for (let index = 0; index < data.length; index++)
        data[index] = Math.round(Math.round(data[index]! / step) * step);
      image = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
    }
    return await (config.jpegQuality ? image.jpeg({ quality: config.jpegQuality }) : image.png()).toBuffer();
  } catch (error) {
    throw new RampartError(
      'RAMPART_PREDICT_IMAGE_UNREADABLE',
      'an image in the request could not be decoded',
      {
        cause: error,
      },
    );
  }
}

/**
 * Every image in a predict body: strings of KServe v2 BYTES tensors that decode (base64) to an image,
 * and TF Serving `{"b64": "..."}` objects anywhere under `instances`. Each comes with a setter that
 * puts the rewritten image back (base64) in place.
 */
export function findImages(
  json: Record<string, unknown>,
): Array<{ bytes: Buffer; replace: (next: Buffer) => void }> {
  const found: Array<{ bytes: Buffer; replace: (next: Buffer) => void }> = [];
  const consider = (value: string, replace: (next: string) => void, always: boolean) => {
    const bytes = Buffer.from(value, 'base64');
    if (always || looksLikeImage(bytes))
      found.push({ bytes, replace: (next) => replace(next.toString('base64')) });
  };
  if (Array.isArray(json.inputs)) {
    for (const tensor of json.inputs as Array<Record<string, unknown>>) {
      if (tensor?.datatype !== 'BYTES' || !Array.isArray(tensor.data)) continue;
      const data = tensor.data as unknown[];
      data.forEach((value, index) => {
        if (typeof value === 'string') consider(value, (next) => (data[index] = next), false);
      });
    }
  }
  const walk = (value: unknown, depth: number) => {
    if (depth > 16 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    const object = value as Record<string, unknown>;
    if (typeof object.b64 === 'string') consider(object.b64, (next) => (object.b64 = next), true);
    for (const [key, item] of Object.entries(object)) if (key !== 'b64') walk(item, depth + 1);
  };
  walk(json.instances, 0);
  return found;
}
