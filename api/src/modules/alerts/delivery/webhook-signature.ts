import { createHmac } from 'node:crypto';

export const TIMESTAMP_HEADER = 'x-checkmark-timestamp';
export const SIGNATURE_HEADER = 'x-checkmark-signature';
export const DELIVERY_HEADER = 'x-checkmark-delivery';

/** `sha256=<hex HMAC-SHA256(secret, "<unix seconds>.<raw body>")>` over the exact bytes sent. */
export function webhookSignature(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex')}`;
}
