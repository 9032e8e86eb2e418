import { createHash } from 'node:crypto';
import { InputError } from '../errors/index.js';
import type { Logger } from '../util/index.js';
import { canonicalJson } from './canonical-json.js';
import type { DedupeStore } from './dedupe-store.js';
import { decodeEnvelope } from './envelope.js';
import { parseTimestamp, type TiEvent } from './event.js';
import {
  TI_SIGNATURE_HEADER,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  verifyStandardWebhook,
  verifyTiSignature,
} from './signature.js';

/**
 * The webhook receiver as a plain fetch handler (`Request` in, `Response` out), so the gateway
 * mounts it as a Yoga plugin and tests can call it over any HTTP server.
 *
 * A delivery is checked in this order, and a rejected one changes nothing:
 *   size (413) -> signatures (401) -> timestamp window (401) -> envelope shape (400)
 *   -> dedupe claim (200 "duplicate", not processed again) -> 202 "accepted".
 * A delivery is a repeat when its `webhook-id` (or envelope `id`) or the SHA-256 of its envelope's
 * canonical JSON (keys sorted, no whitespace: a re-serialised retry is the same event) was seen
 * within the dedupe TTL.
 * An accepted event is published to every instance (over Redis, when configured) before the 202:
 * when that fails (Redis down or hung) the delivery is answered 503, its dedupe claims released, and
 * the sender's retry delivers it. Subscribers never slow the answer (the bus does not wait for them).
 */
export interface WebhookReceiverOptions {
  /** TI_WEBHOOK_SECRET. Without one every delivery is refused (503), as none can be verified. */
  secret: string | undefined;
  dedupe: DedupeStore;
  /**
   * Where accepted events go (the bus, to every instance). Resolves once the event is on its way;
   * a rejection answers the delivery 503 so the sender retries it.
   */
  process: (event: TiEvent) => void | Promise<void>;
  /** Deliveries whose per-attempt timestamp (`webhook-timestamp`) is older or newer than this are refused as replays. Default 5 minutes. */
  toleranceMs?: number;
  /**
   * How old an event may be when the only time is the envelope's `timestamp` (X-TI-Signature alone).
   * That is the EVENT's time, and the vendor re-sends the same event for up to 26.6 h (1 min, 5 min,
   * 30 min, 2 h, 24 h): a 5-minute window would refuse every retry after the second and lose the
   * event. Replays inside this age are caught by the dedupe store, so it must be shorter than
   * `dedupeTtlMs`. Default 27 h. Future timestamps are still held to `toleranceMs`.
   */
  eventAgeLimitMs?: number;
  /** How long a delivery id is remembered. Default 48 h: longer than the vendor's 26.6 h of retries. */
  dedupeTtlMs?: number;
  /** Larger bodies get 413. Default 256 KiB. */
  maxBodyBytes?: number;
  logger?: Logger;
  now?: () => number;
}

export interface WebhookReceiver {
  handle(request: Request): Promise<Response>;
  /** Resolves when every delivery being handed to the bus has been. */
  drain(): Promise<void>;
}

export const DEFAULT_TOLERANCE_MS = 5 * 60_000;
export const DEFAULT_EVENT_AGE_LIMIT_MS = 27 * 3_600_000;
export const DEFAULT_DEDUPE_TTL_MS = 48 * 3_600_000;
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

type Outcome = { status: number; error?: string; message: string; extra?: Record<string, unknown> };

export function createWebhookReceiver(options: WebhookReceiverOptions): WebhookReceiver {
  const toleranceMs = options.toleranceMs ?? DEFAULT_TOLERANCE_MS;
  const dedupeTtlMs = options.dedupeTtlMs ?? DEFAULT_DEDUPE_TTL_MS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const eventAgeLimitMs = options.eventAgeLimitMs ?? DEFAULT_EVENT_AGE_LIMIT_MS;
  if (eventAgeLimitMs >= dedupeTtlMs) {
    // Otherwise a replay older than the dedupe memory but younger than the age limit would be processed twice.
    throw new InputError(`eventAgeLimitMs (${eventAgeLimitMs}) must be shorter than dedupeTtlMs (${dedupeTtlMs})`, 'eventAgeLimitMs');
  }
  const now = options.now ?? Date.now;
  const pending = new Set<Promise<boolean>>();

  /** Hands the event on, tracked so `drain` can wait for it; false when it could not be. */
  async function processNow(event: TiEvent): Promise<boolean> {
    const job = Promise.resolve()
      .then(() => options.process(event))
      .then(
        () => true,
        (error: unknown) => {
          // The bus said why once (its breaker's transition); a line per refused delivery would flood.
          options.logger?.debug({ err: (error as Error)?.message, event: event.name }, 'webhook: could not publish the event');
          return false;
        },
      );
    pending.add(job);
    try {
      return await job;
    } finally {
      pending.delete(job);
    }
  }

  /**
   * Standard Webhooks stamp each attempt, so that stamp gets the tight replay window. The envelope's
   * timestamp is the event's own time, which retries keep: it may be as old as the vendor's retry span.
   */
  function staleness(attemptAtMs: number | undefined, eventAtMs: number | undefined): string | undefined {
    const at = now();
    if (attemptAtMs !== undefined) {
      return Math.abs(at - attemptAtMs) > toleranceMs
        ? `delivery timestamp is outside the ${Math.round(toleranceMs / 1000)} s window (replayed or clock skew)`
        : undefined;
    }
    if (eventAtMs === undefined) return undefined;
    if (eventAtMs - at > toleranceMs) return `event timestamp is more than ${Math.round(toleranceMs / 1000)} s in the future (clock skew)`;
    if (at - eventAtMs > eventAgeLimitMs) {
      return `event timestamp is older than ${Math.round(eventAgeLimitMs / 3_600_000)} h, past the sender's retry schedule (replayed)`;
    }
    return undefined;
  }

  async function receive(request: Request): Promise<Outcome> {
    if (request.method !== 'POST') {
      return { status: 405, error: 'method_not_allowed', message: 'webhooks are delivered with POST' };
    }
    const declared = Number(request.headers.get('content-length') ?? Number.NaN);
    if (declared > maxBodyBytes) return tooLarge(maxBodyBytes);
    const body = await readCapped(request, maxBodyBytes);
    if (!body) return tooLarge(maxBodyBytes);

    if (!options.secret) {
      return { status: 503, error: 'not_configured', message: 'webhook receiver has no secret: set TI_WEBHOOK_SECRET' };
    }
    const verdict = verifySignatures(request.headers, body, options.secret);
    if (verdict.problem) return { status: 401, error: 'invalid_signature', message: verdict.problem };

    const text = new TextDecoder().decode(body);
    const decoded = decodeEnvelope(text);
    const stale = staleness(verdict.timestampMs, decoded.status === 'malformed' ? undefined : parseTimestamp(decoded.envelope.timestamp));
    if (stale) return { status: 401, error: 'stale_timestamp', message: stale };
    if (decoded.status === 'malformed') return { status: 400, error: 'malformed', message: decoded.problem };

    // Both keys are claimed: the sender's id (retries keep it) and the envelope's hash (a retry
    // resends the same event, perhaps re-serialised), so a delivery repeated with or without its id
    // is still a repeat. The envelope parsed (it is not malformed); absurdly deep ones hash as bytes.
    const canonical = canonicalJson(JSON.parse(text));
    const keys = [`sha256:${createHash('sha256').update(canonical ?? body).digest('hex')}`];
    const id = verdict.webhookId ?? decoded.envelope.id;
    if (id !== undefined) keys.push(`id:${id}`);
    const claims = await Promise.allSettled(keys.map((key) => options.dedupe.claim(key, dedupeTtlMs)));
    // Not acknowledged, so the sender retries once the store (or the bus) is back: the keys this
    // attempt did claim are released, or that retry would be taken for a repeat and the event lost.
    const releaseClaims = async () => {
      const claimed = keys.filter((_, i) => {
        const claim = claims[i]!;
        return claim.status === 'fulfilled' && claim.value;
      });
      await Promise.allSettled(claimed.map((key) => options.dedupe.release(key)));
    };
    const failed = claims.find((c): c is PromiseRejectedResult => c.status === 'rejected');
    if (failed) {
      // Debug: Redis being down is said once by its breaker, not once per delivery.
      options.logger?.debug({ err: (failed.reason as Error)?.message }, 'webhook: dedupe store unavailable');
      await releaseClaims();
      return { status: 503, error: 'unavailable', message: 'dedupe store unavailable; retry later' };
    }
    const first = claims.every((c) => (c as PromiseFulfilledResult<boolean>).value);
    if (!first) return { status: 200, message: 'duplicate delivery; already processed', extra: { status: 'duplicate' } };
    if (decoded.status === 'unmodeled') {
      return { status: 202, message: `event "${decoded.envelope.event}" is not published by ti-graph`, extra: { status: 'ignored' } };
    }
    if (!(await processNow(decoded.event))) {
      await releaseClaims();
      return { status: 503, error: 'unavailable', message: 'event could not be published to every instance; retry later' };
    }
    return { status: 202, message: 'accepted', extra: { status: 'accepted', event: decoded.event.name } };
  }

  return {
    async handle(request) {
      const outcome = await receive(request);
      if (outcome.status === 503 && outcome.error === 'unavailable') {
        options.logger?.debug({ status: outcome.status, error: outcome.error }, `webhook refused: ${outcome.message}`);
      } else if (outcome.status >= 400) {
        options.logger?.warn({ status: outcome.status, error: outcome.error }, `webhook refused: ${outcome.message}`);
      }
      const payload = outcome.error
        ? { error: outcome.error, message: outcome.message }
        : { message: outcome.message, ...outcome.extra };
      // After a 413 the rest of the body was never read: the connection cannot be reused.
      const headers = outcome.status === 413 ? { connection: 'close' } : undefined;
      return Response.json(payload, { status: outcome.status, headers });
    },
    async drain() {
      while (pending.size) await Promise.all([...pending]);
    },
  };
}

function tooLarge(maxBodyBytes: number): Outcome {
  return { status: 413, error: 'too_large', message: `body exceeds ${maxBodyBytes} bytes` };
}

/** The raw body, or undefined as soon as it grows past the cap (the rest is left unread). */
async function readCapped(request: Request, maxBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop reading and leave the rest to the server. Neither cancel() nor releaseLock(): on a
      // Node request both end the body's async iterator, which destroys the request stream, and a
      // destroyed request can no longer be drained; the socket then stays open with unread bytes
      // in it and the client's next request on it hangs. The gateway's front door drains what a
      // refusal left unread, then closes the connection.
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

interface SignatureVerdict {
  problem?: string;
  webhookId?: string;
  timestampMs?: number;
}

/**
 * At least one scheme must be present, and every scheme present must verify: a delivery with a
 * valid Standard Webhooks signature and a wrong `X-TI-Signature` is refused.
 */
function verifySignatures(headers: Headers, body: Uint8Array, secret: string): SignatureVerdict {
  const ti = headers.get(TI_SIGNATURE_HEADER);
  const id = headers.get(WEBHOOK_ID_HEADER);
  const timestamp = headers.get(WEBHOOK_TIMESTAMP_HEADER);
  const signature = headers.get(WEBHOOK_SIGNATURE_HEADER);
  const standard = [id, timestamp, signature].filter((h) => h !== null).length;

  if (ti === null && standard === 0) {
    return { problem: 'unsigned: send X-TI-Signature (hex HMAC-SHA256 of the body) or Standard Webhooks headers' };
  }
  if (ti !== null && !verifyTiSignature(body, ti, secret)) {
    return { problem: 'X-TI-Signature does not match the body' };
  }
  if (standard === 0) return {};
  if (standard < 3 || !id || !timestamp || !signature) {
    return { problem: 'incomplete Standard Webhooks headers: webhook-id, webhook-timestamp and webhook-signature go together' };
  }
  if (!/^\d{1,12}$/.test(timestamp)) return { problem: 'webhook-timestamp must be Unix seconds' };
  if (!verifyStandardWebhook(id, timestamp, signature, body, secret)) {
    return { problem: 'webhook-signature does not match' };
  }
  return { webhookId: id, timestampMs: Number(timestamp) * 1000 };
}
