/**
 * Every way in meets the same rules: operations over graphql-ws get the per-client rate limit,
 * admission control, an access line with the operation's name and the metrics a POST gets, and
 * open subscriptions are bounded per socket and per client identity (over graphql-ws and SSE
 * alike), with an error that has a code while the socket stays usable. Real loopback HTTP and
 * WebSockets against the sandbox.
 */
import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEventsService, type EventsService } from '../../src/events/index.js';
import { subscribeSse } from '../events/support.js';
import { startHarness, type Harness } from '../helpers/gateway.js';
import { waitFor } from '../helpers/wait-for.js';

const lines = (h: Harness) => h.logs.map((line) => JSON.parse(line) as Record<string, any>);
const wsLines = (h: Harness, operationName?: string) => lines(h).filter((l) => l.msg === 'request' && l.method === 'WS' && (operationName === undefined || l.operationName === operationName || l.op === operationName));

function wsClient(h: Harness, authorization = `Bearer ${h.gateway.token}`): Client {
  return createClient({ url: h.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization } });
}

/**
 * One operation's outcome over graphql-ws: its single result, or the errors it was refused with.
 * (The server completes it: unsubscribing too would make the lazy client count it out twice and
 * close the socket under the other subscriptions.)
 */
function once(client: Client, payload: { query: string; variables?: Record<string, unknown> }): Promise<{ data?: any; errors?: any[] }> {
  return new Promise((resolve) => {
    let settled = false;
    client.subscribe(payload, {
      next: (value) => {
        if (settled) return;
        settled = true;
        resolve(value as { data?: any; errors?: any[] });
      },
      error: (errors) => {
        if (settled) return;
        settled = true;
        resolve({ errors: Array.isArray(errors) ? errors : [errors] });
      },
      complete: () => undefined,
    });
  });
}

/** A long-lived subscription: resolves with its errors if refused, or a handle once the gateway holds it. */
function hold(client: Client, query: string) {
  let failed: any[] | undefined;
  const unsubscribe = client.subscribe({ query }, { next: () => undefined, error: (errors) => void (failed = Array.isArray(errors) ? errors : [errors]), complete: () => undefined });
  return { unsubscribe, failed: () => failed };
}

describe('graphql-ws meets the rules a POST meets', () => {
  let h: Harness;
  let events: EventsService;
  beforeAll(async () => {
    events = createEventsService({ webhookSecret: 'every-door-webhook-secret-0123', orderHoldMs: 0 });
    h = await startHarness({
      events,
      gateway: { maxSubscriptionsPerSocket: 2, maxSubscriptionsPerClient: 3, maxComposedInFlight: 1, maxComposedQueued: 0, queueTimeoutMs: 1_000, metrics: { port: 0, host: '127.0.0.1' } },
    });
  });
  afterAll(async () => {
    await h?.close();
    await events?.close();
  });

  it('an operation gets an access line (method WS, its name, its own request id) and is counted by the metrics', async () => {
    const client = wsClient(h);
    try {
      const result = await once(client, { query: 'query WsNamed { users(perPage: 1) { total } }' });
      expect(result.errors).toBeUndefined();
      expect(result.data.users.total).toBeGreaterThan(0);
      await waitFor(() => wsLines(h, 'WsNamed').length === 1, 'the access line');
      const line = wsLines(h, 'WsNamed')[0]!;
      expect(line).toMatchObject({ status: 200, route: 'yoga', path: '/graphql' });
      expect(line.reqId).toMatch(/^[0-9a-f-]{36}$/);
      const metrics = await (await fetch(h.gateway.metricsUrl!)).text();
      expect(metrics).toMatch(/ti_graph_operation_duration_seconds_count\{operation="WsNamed",route="composed"\} 1/);
    } finally {
      await client.dispose();
    }
  });

  it('a refused connection is logged (401, route auth)', async () => {
    const client = createClient({ url: h.gateway.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {}, connectionParams: { authorization: 'Bearer nope' } });
    const code = await new Promise<number>((resolve) => client.on('closed', (event) => resolve((event as { code: number }).code)));
    expect(code).toBe(4401);
    await client.dispose();
    await waitFor(() => lines(h).some((l) => l.method === 'WS' && l.status === 401 && l.route === 'auth'), 'the refused connection\'s line');
  });

  it('admission control: beyond in-flight + queue an operation is shed with RATE_LIMITED, and the socket stays usable', async () => {
    const client = wsClient(h);
    try {
      h.sandbox.tenants[0]!.setFaults({ latencyMs: 600 });
      const [a, b] = await Promise.all([once(client, { query: '{ users(perPage: 1) { total } }' }), once(client, { query: '{ users(perPage: 2) { total } }' })]);
      h.sandbox.tenants[0]!.setFaults({});
      const shed = [a, b].filter((r) => r.errors);
      expect(shed).toHaveLength(1);
      expect(shed[0]!.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(shed[0]!.errors![0].message).toMatch(/capacity/);
      expect((await once(client, { query: '{ users(perPage: 1) { total } }' })).data.users.total).toBeGreaterThan(0);
      expect(lines(h).some((l) => l.method === 'WS' && l.route === 'shed' && l.status === 503)).toBe(true);
    } finally {
      h.sandbox.tenants[0]!.setFaults({});
      await client.dispose();
    }
  });

  it('subscriptions are bounded per socket and per client identity, over graphql-ws and SSE; the socket stays usable and a freed slot is reusable', async () => {
    const query = 'subscription { userEvents { type userId } }';
    const first = wsClient(h);
    const second = wsClient(h);
    try {
      const admitted = () => wsLines(h).filter((l) => l.route === 'yoga' && l.status === 200).length;
      const before = admitted();
      // One at a time: this gateway admits one operation at once (the admission test above).
      const held = [hold(first, query)];
      await waitFor(() => admitted() === before + 1, 'a subscription held');
      held.push(hold(first, query));
      await waitFor(() => admitted() === before + 2, 'two subscriptions held');
      const third = await once(first, { query });
      expect(third.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'subscriptionsPerSocket', max: 2 });
      // The socket is still usable: a query runs on it.
      expect((await once(first, { query: '{ CurrentUser { id } }' })).data.CurrentUser.id).toBeTruthy();
      // A second socket of the same client: one more (3 in all), then the client's bound.
      const other = hold(second, query);
      await waitFor(() => admitted() === before + 4, 'the third subscription held');
      const overClient = await once(second, { query });
      expect(overClient.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'subscriptionsPerClient', max: 3 });
      // SSE counts against the same client.
      const sse = await subscribeSse(h.gateway.url, 'subscription SseWatch { userEvents { type userId } }', {}, { authorization: `Bearer ${h.gateway.token}` });
      const refused = await sse.next();
      expect((refused.errors as any[])[0].extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'subscriptionsPerClient' });
      sse.close();
      // SSE's access line names its operation too.
      expect(lines(h).some((l) => l.msg === 'request' && l.method === 'POST' && l.operationName === 'SseWatch')).toBe(true);
      // Completing one frees its slot for the next subscribe.
      held[0]!.unsubscribe();
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = hold(first, query);
      await waitFor(() => admitted() === before + 5, 'the subscription in the freed slot');
      expect(again.failed()).toBeUndefined();
      expect(held[1]!.failed()).toBeUndefined();
      expect(other.failed()).toBeUndefined();
    } finally {
      await first.dispose();
      await second.dispose();
    }
  });

  it('a graphql-ws message nested deeper than the JSON bound closes the socket (4400) before it is parsed; the gateway goes on', async () => {
    const socket = new WebSocket(h.gateway.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    socket.send(`{"type":"connection_init","payload":{"x":${deep}}}`);
    expect(await closed).toBe(4400);
    const client = wsClient(h);
    try {
      expect((await once(client, { query: '{ CurrentUser { id } }' })).data.CurrentUser.id).toBeTruthy();
    } finally {
      await client.dispose();
    }
  });
});

describe('graphql-ws: the per-client rate limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { TI_GRAPH_CLIENT_RATE: '60/min,3' } });
  });
  afterAll(() => h?.close());

  it('each operation takes one request from the client rate: the fourth of a burst of 3 is RATE_LIMITED, the socket stays open', async () => {
    const client = wsClient(h);
    try {
      const results = [];
      for (let i = 0; i < 4; i++) results.push(await once(client, { query: '{ CurrentUser { id } }' }));
      expect(results.slice(0, 3).every((r) => r.data?.CurrentUser?.id)).toBe(true);
      expect(results[3]!.errors![0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(results[3]!.errors![0].extensions.retryAfterMs).toBeGreaterThan(0);
      // A second later the bucket has a token again, on the same socket.
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      expect((await once(client, { query: '{ CurrentUser { id } }' })).data.CurrentUser.id).toBeTruthy();
      expect(lines(h).some((l) => l.method === 'WS' && l.route === 'rate' && l.status === 429)).toBe(true);
    } finally {
      await client.dispose();
    }
  });
});
