/**
 * Test support for the events tests: the gateway with events, built as `ti-graph serve` builds it
 * (`createEventsService`, then `startGateway({ events })`, which mounts `POST /webhooks/ti` and
 * serves the subscriptions over SSE and graphql-ws on /graphql), signed deliveries, and an SSE reader.
 */
import { readServerSentEvents } from '../../src/client/index.js';
import { userEvent } from '../../src/events/event.js';
import {
  createEventsService,
  signStandardWebhook,
  signTiBody,
  type EventBus,
  type EventsService,
  type EventsServiceOptions,
  type TiEvent,
} from '../../src/events/index.js';
import { startHarness, type Harness, type HarnessOptions } from '../helpers/gateway.js';
import type { Sandbox } from '../helpers/sandbox.js';

export const SECRET = 'test-webhook-secret-0123456789';

export interface EventsServer {
  graphqlUrl: string;
  webhookUrl: string;
  /** The gateway's development token (every scope): subscriptions need a client token, webhooks do not. */
  token: string;
  service: EventsService;
  harness: Harness;
  /** `subscribeSse` on this gateway with its token. */
  subscribe(query: string, variables?: Record<string, unknown>): Promise<SseSubscription>;
  close(): Promise<void>;
}

export interface EventsServerOptions extends Partial<EventsServiceOptions> {
  /** The tenant the gateway fronts; by default a small sandbox of its own. */
  sandbox?: Sandbox;
  /** Gateway settings over the defaults (e.g. `metrics`). */
  gateway?: HarnessOptions['gateway'];
}

export async function startEventsServer(options: EventsServerOptions = {}): Promise<EventsServer> {
  const { sandbox, gateway, ...serviceOptions } = options;
  const service = createEventsService({ webhookSecret: SECRET, orderHoldMs: 0, ...serviceOptions });
  let harness: Harness;
  try {
    harness = await startHarness({ ...(sandbox ? { running: sandbox } : { sandbox: { users: 1 } }), events: service, ...(gateway ? { gateway } : {}) });
  } catch (error) {
    await service.close();
    throw error;
  }
  const graphqlUrl = harness.gateway.url;
  const token = harness.gateway.token!;
  return {
    graphqlUrl,
    webhookUrl: graphqlUrl.replace(/\/graphql$/, '/webhooks/ti'),
    token,
    service,
    harness,
    subscribe: (query, variables = {}) => subscribeSse(graphqlUrl, query, variables, { authorization: `Bearer ${token}` }),
    // As serve shuts down: the gateway first (it completes the subscriptions), then the events.
    async close() {
      await harness.close();
      await service.close();
    },
  };
}

export interface DeliveryOptions {
  secret?: string;
  /** Sign with X-TI-Signature (default true). */
  ti?: boolean;
  /** Add Standard Webhooks headers with this id (and `timestampSeconds`, default now). */
  standardId?: string;
  timestampSeconds?: number;
  headers?: Record<string, string>;
}

export function signedHeaders(body: string, options: DeliveryOptions = {}): Record<string, string> {
  const secret = options.secret ?? SECRET;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.ti !== false) headers['x-ti-signature'] = signTiBody(body, secret);
  if (options.standardId) {
    Object.assign(
      headers,
      signStandardWebhook(options.standardId, options.timestampSeconds ?? Math.floor(Date.now() / 1000), body, secret),
    );
  }
  return { ...headers, ...options.headers };
}

export async function deliver(url: string, body: string, options: DeliveryOptions = {}) {
  const response = await fetch(url, { method: 'POST', body, headers: signedHeaders(body, options) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export function envelope(event: string, data: Record<string, unknown>, timestamp: string | number = new Date().toISOString()) {
  return JSON.stringify({ event, timestamp, data });
}

let userSeq = 0;
/** A user as the sandbox's REST API returns it. */
export function sampleUser(overrides: Record<string, unknown> = {}) {
  userSeq += 1;
  const now = new Date().toISOString();
  return {
    id: `u-${process.pid}-${userSeq}`,
    email: `learner${userSeq}@example.com`,
    firstName: 'Ada',
    lastName: 'Lovelace',
    role: 'learner',
    groups: [],
    customFields: {},
    active: true,
    ssoId: null,
    avatarUrl: null,
    language: 'en-US',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** A GraphQL subscription read over Yoga's SSE (`Accept: text/event-stream`). */
export interface SseSubscription {
  /** The next `data` payload, or a rejection after `timeoutMs`. */
  next(timeoutMs?: number): Promise<{ data?: Record<string, any>; errors?: unknown[] }>;
  /** Payloads received so far and not yet taken by `next`. */
  readonly buffered: number;
  /** How the stream ended: the server completed it, or the connection failed. */
  readonly ended: Promise<'complete' | 'error'>;
  close(): void;
}

export async function subscribeSse(
  graphqlUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<SseSubscription> {
  const abort = new AbortController();
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`SSE subscription failed: ${response.status} ${await response.text()}`);
  const queue: Array<{ data?: Record<string, any>; errors?: unknown[] }> = [];
  const waiters: Array<() => void> = [];
  let failure: unknown;
  const ended = (async (): Promise<'complete' | 'error'> => {
    try {
      for await (const message of readServerSentEvents(response.body!)) {
        // `event: complete` closes the stream; its data is empty.
        if (message.data) queue.push(JSON.parse(message.data));
        waiters.splice(0).forEach((wake) => wake());
      }
    } catch (error) {
      if (!abort.signal.aborted) failure = error;
      waiters.splice(0).forEach((wake) => wake());
      return 'error';
    }
    waiters.splice(0).forEach((wake) => wake());
    return 'complete';
  })();
  return {
    get buffered() {
      return queue.length;
    },
    ended,
    async next(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        if (failure) throw failure;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no subscription event within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return queue.shift()!;
    },
    close() {
      abort.abort();
    },
  };
}

const PROBE_PREFIX = 'probe-';

/** The next payload's event that is not a liveness probe (see `untilLive`). */
export async function nextEvent(subscription: SseSubscription, timeoutMs = 10_000): Promise<Record<string, any>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const payload = await subscription.next(Math.max(1, deadline - Date.now()));
    if (payload.errors) throw new Error(`subscription error: ${JSON.stringify(payload.errors)}`);
    const event = Object.values(payload.data ?? {})[0] as Record<string, any> | undefined;
    if (!event) throw new Error(`unexpected payload ${JSON.stringify(payload)}`);
    if (!String(event.userId).startsWith(PROBE_PREFIX)) return event;
  }
}

/**
 * Resolves once `subscription` is live: publishes probe events through `bus` until one comes out
 * of the subscription. With Redis this also proves the round trip. The probe is a user.created by
 * default; pass `probe` for a subscription that filters those out. `nextEvent` skips probes.
 */
export async function untilLive(
  bus: EventBus,
  subscription: SseSubscription,
  probe: (userId: string) => TiEvent = (userId) =>
    userEvent('user.created', sampleUser({ id: userId, email: 'probe@example.com' }), new Date().toISOString(), 'webhook'),
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const userId = `${PROBE_PREFIX}${Date.now()}`;
  for (;;) {
    bus.publish(probe(userId));
    try {
      const payload = await subscription.next(100);
      const event = Object.values(payload.data ?? {})[0] as { userId?: string } | undefined;
      if (event?.userId === userId) return;
    } catch {
      if (Date.now() > deadline) throw new Error('subscription did not become live');
    }
  }
}
