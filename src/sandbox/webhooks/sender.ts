import { randomUUID } from 'node:crypto';
import { encodeEnvelope, signStandardWebhook, signTiBody, TI_SIGNATURE_HEADER } from '../../events/index.js';
import type { Logger } from '../../util/index.js';
import type { StoreEvent, TenantStore } from '../store/index.js';

/**
 * The sandbox's outbound webhooks: every change a tenant's store makes is POSTed, signed, to one
 * URL, with the vendor's delivery behaviour, so the whole loop (tenant change -> webhook ->
 * gateway -> subscriber) runs locally.
 *
 * - Envelope `{ event, timestamp, data }`; `data` is what the REST API returns for the user or
 *   the enrollment; `timestamp` is when the change happened (ISO 8601).
 * - `X-TI-Signature`: hex HMAC-SHA256 of the raw body; plus Standard Webhooks headers
 *   (`webhook-id` is fixed per event across retries, `webhook-timestamp` is the attempt's time).
 * - Retries after a failed attempt (non-2xx, network error or timeout): 1 min, 5 min, 30 min,
 *   2 h, 24 h - five retries, six attempts in all - each attempt bounded by a 30 s timeout.
 *   `timeScale` multiplies every delay and the timeout (0.001 turns 1 min into 60 ms).
 * - Each event is delivered on its own, concurrently, as the vendor does: deliveries can arrive
 *   out of order, and receivers must cope.
 */
export const VENDOR_RETRY_DELAYS_MS: readonly number[] = [60_000, 300_000, 1_800_000, 7_200_000, 86_400_000];
export const VENDOR_TIMEOUT_MS = 30_000;

export interface WebhookSenderOptions {
  /** Where deliveries go, e.g. the gateway's `/webhooks/ti`. */
  url: string;
  /** The tenant's webhook secret (what the receiver has as TI_WEBHOOK_SECRET). */
  secret: string;
  /** Multiplies retry delays and the timeout; 1 (the vendor's real schedule) by default. */
  timeScale?: number;
  /** Overrides the vendor's delays between attempts (before scaling). */
  retryDelaysMs?: readonly number[];
  /** Per-attempt timeout before scaling; never below 250 ms after scaling. */
  timeoutMs?: number;
  /** Only these events are sent (all by default), like the admin portal's event picker. */
  events?: ReadonlyArray<StoreEvent['type']>;
  logger?: Logger;
  fetch?: typeof fetch;
}

export interface DeliveryAttempt {
  /** Epoch ms the attempt started. */
  at: number;
  /** HTTP status, when one came back. */
  status?: number;
  /** Why the attempt failed without a status (timeout, connection refused...). */
  error?: string;
}

export interface WebhookDelivery {
  /** The `webhook-id`, fixed across retries. */
  id: string;
  tenant: string;
  event: StoreEvent['type'];
  /** The exact body sent (identical on every attempt). */
  body: string;
  attempts: DeliveryAttempt[];
  state: 'pending' | 'delivered' | 'failed';
}

export interface WebhookSender {
  /** Starts sending the store's changes; returns the function that stops listening. */
  watch(tenant: string, store: TenantStore): () => void;
  /** Every delivery so far (copies), oldest first. */
  deliveries(): WebhookDelivery[];
  /** Resolves when no delivery is pending (all delivered or given up). */
  idle(): Promise<void>;
  /** Stops retries and aborts attempts in flight. */
  close(): Promise<void>;
}

const MAX_REMEMBERED = 10_000;

export function createWebhookSender(options: WebhookSenderOptions): WebhookSender {
  const scale = options.timeScale ?? 1;
  if (!(scale > 0)) throw new RangeError(`webhooks.timeScale must be a positive number, got ${scale}`);
  const delays = (options.retryDelaysMs ?? VENDOR_RETRY_DELAYS_MS).map((ms) => ms * scale);
  const timeoutMs = Math.max(250, (options.timeoutMs ?? VENDOR_TIMEOUT_MS) * scale);
  const doFetch = options.fetch ?? globalThis.fetch;
  const wanted = options.events ? new Set(options.events) : undefined;
  const log: WebhookDelivery[] = [];
  const pending = new Set<WebhookDelivery>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const inFlight = new Set<AbortController>();
  let idleWaiters: Array<() => void> = [];
  let closed = false;

  function settle(delivery: WebhookDelivery, state: 'delivered' | 'failed'): void {
    delivery.state = state;
    pending.delete(delivery);
    if (pending.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      waiters.forEach((wake) => wake());
    }
  }

  async function attempt(delivery: WebhookDelivery): Promise<void> {
    if (closed) return;
    const started = Date.now();
    const record: DeliveryAttempt = { at: started };
    delivery.attempts.push(record);
    const abort = new AbortController();
    inFlight.add(abort);
    const timer = setTimeout(() => abort.abort(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
    try {
      const response = await doFetch(options.url, {
        method: 'POST',
        body: delivery.body,
        signal: abort.signal,
        headers: {
          'content-type': 'application/json',
          'user-agent': 'ti-graph-sandbox-webhooks/1',
          'x-ti-tenant': delivery.tenant,
          [TI_SIGNATURE_HEADER]: signTiBody(delivery.body, options.secret),
          ...signStandardWebhook(delivery.id, Math.floor(started / 1000), delivery.body, options.secret),
        },
      });
      record.status = response.status;
      await response.body?.cancel().catch(() => {});
    } catch (error) {
      record.error = abort.signal.aborted ? String((abort.signal.reason as Error)?.message ?? 'aborted') : (error as Error).message;
    } finally {
      clearTimeout(timer);
      inFlight.delete(abort);
    }
    if (closed) return settle(delivery, 'failed');
    if (record.status !== undefined && record.status >= 200 && record.status < 300) return settle(delivery, 'delivered');

    const retry = delivery.attempts.length - 1;
    if (retry >= delays.length) {
      options.logger?.warn({ id: delivery.id, event: delivery.event, attempts: delivery.attempts.length }, 'sandbox webhook: giving up');
      return settle(delivery, 'failed');
    }
    options.logger?.debug(
      { id: delivery.id, event: delivery.event, status: record.status, error: record.error, retryInMs: delays[retry] },
      'sandbox webhook: attempt failed, will retry',
    );
    const next = setTimeout(() => {
      timers.delete(next);
      void attempt(delivery);
    }, delays[retry]);
    next.unref?.();
    timers.add(next);
  }

  function send(tenant: string, event: StoreEvent): void {
    if (closed || (wanted && !wanted.has(event.type))) return;
    const delivery: WebhookDelivery = {
      id: `msg_${randomUUID().replace(/-/g, '')}`,
      tenant,
      event: event.type,
      body: encodeEnvelope(event.type, event.at, event.data),
      attempts: [],
      state: 'pending',
    };
    log.push(delivery);
    if (log.length > MAX_REMEMBERED) log.splice(0, log.length - MAX_REMEMBERED);
    pending.add(delivery);
    void attempt(delivery);
  }

  return {
    watch(tenant, store) {
      return store.onChange((event) => send(tenant, event));
    },
    deliveries() {
      return log.map((d) => ({ ...d, attempts: d.attempts.map((a) => ({ ...a })) }));
    },
    idle() {
      return pending.size === 0 ? Promise.resolve() : new Promise((resolve) => idleWaiters.push(resolve));
    },
    async close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      for (const abort of inFlight) abort.abort(new Error('sandbox closing'));
      for (const delivery of [...pending]) settle(delivery, 'failed');
    },
  };
}

/**
 * Sends the changes of every tenant of a running sandbox. Closing the returned sender also stops
 * listening to the stores.
 */
export function attachWebhookSender(
  sandbox: { tenants: ReadonlyArray<{ name: string; store: TenantStore }> },
  options: WebhookSenderOptions,
): WebhookSender {
  const sender = createWebhookSender(options);
  const stops = sandbox.tenants.map((tenant) => sender.watch(tenant.name, tenant.store));
  return {
    ...sender,
    async close() {
      for (const stop of stops) stop();
      await sender.close();
    },
  };
}
