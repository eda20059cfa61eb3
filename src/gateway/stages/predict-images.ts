import { RampartError, safeJsonParse } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';
import { findImages, isImageContentType, sanitiseImage } from '../predict/image-sanitiser.ts';

/**
 * Predict routes with `images:`: every image in the request (base64 in JSON, or the whole body when
 * its Content-Type is image/*) is decoded and rewritten (median smoothing, bit-depth reduction, JPEG
 * re-encoding) before it goes upstream. A body with no image
 * the stage can find is refused unless the route passes unscanned shapes: an image the sanitiser
 * did not see must not reach the model as if it had.
 */
export async function sanitisePredictImages(_context: GatewayContext, exchange: Exchange): Promise<void> {
  const config = exchange.route.kind === 'predict' ? exchange.route.config.images : undefined;
  if (!config) return;
  if (isImageContentType(exchange.request.headers['content-type'])) {
    // One raw image as the body: rewritten whole, sent with the type of what it became.
    exchange.forwardBody = await sanitiseImage(exchange.body!, config);
    exchange.forwardContentType = config.jpegQuality ? 'image/jpeg' : 'image/png';
    exchange.attrs['predict.images_sanitised'] = 1;
    return;
  }
  let json: unknown;
  try {
    json = safeJsonParse((exchange.forwardBody ?? exchange.body!).toString('utf8'), { maxDepth: 32 });
  } catch {
    json = undefined;
  }
  const images =
    json !== null && typeof json === 'object' && !Array.isArray(json)
      ? findImages(json as Record<string, unknown>)
      : [];
  if (images.length === 0) {
    if (exchange.route.config.unscannedShapes === 'pass') {
      exchange.attrs['predict.images_unchecked'] = true;
      return;
    }
    exchange.decision = 'block';
    throw new RampartError(
      'RAMPART_PREDICT_IMAGE_UNREADABLE',
      'no image found: send base64 images in a KServe v2 BYTES tensor or as {"b64": ...} instances',
    );
  }
  for (const image of images) image.replace(await sanitiseImage(image.bytes, config));
  exchange.forwardBody = Buffer.from(JSON.stringify(json));
  exchange.attrs['predict.images_sanitised'] = images.length;
}
