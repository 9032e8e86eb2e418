import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Webhook signatures, both sides: the sandbox signs with these, the receiver verifies with them.
 *
 * Two schemes travel on one delivery:
 * - the vendor's `X-TI-Signature`: hex HMAC-SHA256 of the raw body with the shared secret;
 * - Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`): base64
 *   HMAC-SHA256 of `${id}.${timestamp}.${body}`, listed as space-separated `v1,<sig>` entries.
 *   A `whsec_`-prefixed secret is base64 after the prefix (the spec's form); any other secret is
 *   used as its UTF-8 bytes, so one TI_WEBHOOK_SECRET serves both schemes.
 *
 * Every comparison is constant-time on equal-length buffers (`crypto.timingSafeEqual`).
 */

export const TI_SIGNATURE_HEADER = 'x-ti-signature';
export const WEBHOOK_ID_HEADER = 'webhook-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature';

/** Hex HMAC-SHA256 of the raw body: the value of `X-TI-Signature`. */
export function signTiBody(rawBody: string | Uint8Array, secret: string): string {
  return createHmac('sha256', secret).update(rawBody).digest('hex');
}

/**
 * Whether `header` is the body's `X-TI-Signature`. Accepts an optional `sha256=` prefix (a common
 * convention some proxies and senders add); anything that is not 64 hex digits is a mismatch.
 */
export function verifyTiSignature(rawBody: Uint8Array, header: string, secret: string): boolean {
  const hex = header.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  const expected = createHmac('sha256', secret).update(rawBody).digest();
  return timingSafeEqual(expected, Buffer.from(hex, 'hex'));
}

function standardWebhooksKey(secret: string): Buffer {
  return secret.startsWith('whsec_') ? Buffer.from(secret.slice('whsec_'.length), 'base64') : Buffer.from(secret, 'utf8');
}

function standardWebhooksDigest(id: string, timestampSeconds: string, rawBody: Uint8Array, secret: string): Buffer {
  return createHmac('sha256', standardWebhooksKey(secret))
    .update(`${id}.${timestampSeconds}.`)
    .update(rawBody)
    .digest();
}

/** The Standard Webhooks headers for one delivery attempt (the timestamp is the attempt's, in seconds). */
export function signStandardWebhook(
  id: string,
  timestampSeconds: number,
  rawBody: string | Uint8Array,
  secret: string,
): Record<string, string> {
  const body = typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody;
  const signature = standardWebhooksDigest(id, String(timestampSeconds), body, secret).toString('base64');
  return {
    [WEBHOOK_ID_HEADER]: id,
    [WEBHOOK_TIMESTAMP_HEADER]: String(timestampSeconds),
    [WEBHOOK_SIGNATURE_HEADER]: `v1,${signature}`,
  };
}

/**
 * Whether any `v1,<base64>` entry of a `webhook-signature` header matches. Several entries are
 * allowed by the spec (secret rotation); other versions are ignored.
 */
export function verifyStandardWebhook(
  id: string,
  timestampSeconds: string,
  signatureHeader: string,
  rawBody: Uint8Array,
  secret: string,
): boolean {
  const expected = standardWebhooksDigest(id, timestampSeconds, rawBody, secret);
  let matched = false;
  for (const entry of signatureHeader.trim().split(/\s+/)) {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) continue;
    const given = Buffer.from(value, 'base64');
    // Check every entry (no early exit) so timing does not tell which one matched.
    if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
  }
  return matched;
}
