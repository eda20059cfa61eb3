import { createHmac, timingSafeEqual } from 'node:crypto';
import { RampartError } from '../../core/index.ts';

/** The signature header value for a body: `sha256=<hex HMAC-SHA256 of the raw body>`. */
export function signWebhookBody(body: string | Buffer, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Check an `X-Rampart-Signature` header against a received body (constant time). */
export function verifyWebhookSignature(
  body: string | Buffer,
  secret: string,
  header: string | undefined,
): boolean {
  if (!header) return false;
  const expected = Buffer.from(signWebhookBody(body, secret));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export interface WebhookDelivery {
  url: string;
  secret: string;
  /** JSON-serialisable payload; sent as the exact bytes that were signed. */
  payload: unknown;
  deliveryId: string;
  event: string;
  timeoutMs?: number;
}

/** POST a signed JSON payload. Throws RAMPART_SOC_RESPONSE_FAILED on a network error or non-2xx. */
export async function deliverWebhook(delivery: WebhookDelivery): Promise<void> {
  const body = JSON.stringify(delivery.payload);
  let response: Response;
  try {
    response = await fetch(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'rampart-soc',
        'x-rampart-event': delivery.event,
        'x-rampart-delivery': delivery.deliveryId,
        'x-rampart-signature': signWebhookBody(body, delivery.secret),
      },
      body,
      signal: AbortSignal.timeout(delivery.timeoutMs ?? 5000),
    });
    await response.arrayBuffer();
  } catch (error) {
    throw new RampartError('RAMPART_SOC_RESPONSE_FAILED', `webhook to ${new URL(delivery.url).host} failed`, {
      cause: error,
    });
  }
  if (!response.ok) {
    throw new RampartError(
      'RAMPART_SOC_RESPONSE_FAILED',
      `webhook to ${new URL(delivery.url).host} answered HTTP ${response.status}`,
    );
  }
}
