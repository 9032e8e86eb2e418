/**
 * The front door's HTTP behaviour, as clients and attackers meet it: media types parsed properly,
 * what the fast path forwards and what it leaves to Yoga, the tenant's 429 in GraphQL shape,
 * oversized bodies that get their 413 (not EPIPE), slow and aborted uploads, connection handling
 * and load shedding. Everything over real loopback HTTP against the sandbox.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventsService, type EventsService } from '../../src/events/index.js';
import { gql, startHarness, type Harness } from '../helpers/gateway.js';

const GRAPHQL_ROUTE = 'POST /incoming/api/graphql';
const TENANT_ONLY = { query: '{ CurrentUser { id email } }' };
const COMPOSED = { query: '{ CurrentUser { id } users(perPage: 1) { total } }' };
const logLines = (h: Harness) => h.logs.map((line) => JSON.parse(line) as Record<string, any>);
const routeOf = (h: Harness, reqId: string) => logLines(h).find((l) => l.reqId === reqId && (l.msg === 'request' || l.msg === 'client aborted the request'))?.route;

/** A raw HTTP/1.1 exchange: what Node's fetch would hide or refuse (both framing headers, Connection). */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; body: string; socketClosed: Promise<void> }>((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'POST', headers: options.headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      const socketClosed = new Promise<void>((closed) => res.socket.once('close', () => closed()));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body, socketClosed }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('front door: media types, negotiation and what the fast path forwards', () => {
  let h: Harness;
  let auth: Record<string, string>;
  beforeAll(async () => {
    h = await startHarness();
    auth = { authorization: `Bearer ${h.gateway.token}` };
  });
  afterAll(() => h.close());

  it('parses the request media type: application/JSON and a quoted UTF-8 charset are JSON; text/json, application/jsonx and latin1 are 415 with no tenant call', async () => {
    for (const [contentType, id] of [['application/JSON', 'mt-upper'], ['Application/Json ; charset="UTF-8"', 'mt-quoted']] as const) {
      const res = await gql(h, TENANT_ONLY, { headers: { 'content-type': contentType, 'x-request-id': id } });
      expect(res.status, contentType).toBe(200);
      expect(res.body.data.CurrentUser.email).toMatch(/@/);
      expect(routeOf(h, id), contentType).toBe('fast');
    }
    h.sandbox.requests.reset();
    for (const contentType of ['text/json', 'application/jsonx', 'application/json; charset=latin1', 'json', 'application/json; charset']) {
      const res = await gql(h, TENANT_ONLY, { headers: { 'content-type': contentType } });
      expect(res.status, contentType).toBe(415);
    }
    expect(h.sandbox.requests.count({ route: GRAPHQL_ROUTE })).toBe(0);
  });

  it('forwards a plain request and a browser\'s alike (the browser\'s answer gets its CORS headers)', async () => {
    h.sandbox.requests.reset();
    const plain = await gql(h, TENANT_ONLY, { headers: { 'x-request-id': 'door-lane' } });
    const browser = await gql(h, TENANT_ONLY, { headers: { origin: 'http://app.example', 'x-request-id': 'door-yoga' } });
    for (const res of [plain, browser]) {
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    }
    expect(browser.text).toBe(plain.text);
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    expect(browser.headers.get('access-control-allow-origin')).toBe('http://app.example');
    expect([plain.headers.get('x-request-id'), browser.headers.get('x-request-id')]).toEqual(['door-lane', 'door-yoga']);
    expect([routeOf(h, 'door-lane'), routeOf(h, 'door-yoga')]).toEqual(['fast', 'fast']);
    expect(h.sandbox.requests.count({ route: GRAPHQL_ROUTE })).toBe(2);
  });

  it('refuses a plain request and a browser\'s alike: one concern words the refusal', async () => {
    const bad = { authorization: 'Bearer not-a-known-token' };
    const plain = await gql(h, TENANT_ONLY, { headers: { ...bad, 'x-request-id': 'refuse-lane' } });
    const browser = await gql(h, TENANT_ONLY, { headers: { ...bad, origin: 'http://app.example', 'x-request-id': 'refuse-yoga' } });
    for (const res of [plain, browser]) {
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
    expect(plain.body.errors[0].message).toBe(browser.body.errors[0].message);
    // A client asking for GraphQL responses gets its refusal as one (Apollo Client 4 then reads the errors).
    const asked = await gql(h, TENANT_ONLY, { headers: { ...bad, accept: 'application/graphql-response+json' } });
    expect([asked.status, asked.headers.get('content-type')]).toEqual([401, 'application/graphql-response+json; charset=utf-8']);
    expect(plain.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(browser.headers.get('access-control-allow-origin')).toBe('http://app.example');
    expect([routeOf(h, 'refuse-lane'), routeOf(h, 'refuse-yoga')]).toEqual(['auth', 'auth']);
  });

  it('answers Accept: application/graphql-response+json with that media type, on the fast path', async () => {
    const res = await gql(h, TENANT_ONLY, { headers: { accept: 'application/graphql-response+json', 'x-request-id': 'acc-gqlr' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(routeOf(h, 'acc-gqlr')).toBe('fast');
    const both = await gql(h, TENANT_ONLY, { headers: { accept: 'application/json, application/graphql-response+json' } });
    expect(both.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('leaves streaming Accept types to Yoga: text/event-stream and multipart/mixed get a stream, an unknown type 406', async () => {
    const sse = await fetch(h.gateway.url, { method: 'POST', headers: { ...auth, 'content-type': 'application/json', accept: 'text/event-stream', 'x-request-id': 'acc-sse' }, body: JSON.stringify(TENANT_ONLY) });
    expect(sse.headers.get('content-type')).toContain('text/event-stream');
    const text = await sse.text();
    expect(text).toContain('event: next');
    expect(text).toContain('"CurrentUser"');
    expect(text).toContain('event: complete');
    expect(routeOf(h, 'acc-sse')).toBe('yoga');

    const multipart = await raw(h.gateway.url, { headers: { ...auth, 'content-type': 'application/json', accept: 'multipart/mixed' }, body: JSON.stringify(TENANT_ONLY) });
    expect(multipart.headers['content-type']).toContain('multipart/mixed');
    expect(multipart.body).toContain('"CurrentUser"');
    // Never both framings (fetch refuses such a response).
    expect(multipart.headers['content-length'] !== undefined && multipart.headers['transfer-encoding'] !== undefined).toBe(false);

    const xml = await gql(h, TENANT_ONLY, { headers: { accept: 'application/xml' } });
    expect(xml.status).toBe(406);
  });

  it('forwards only bodies Yoga would accept unchanged: unknown keys, non-object extensions and bad variables are answered by Yoga, without the tenant', async () => {
    h.sandbox.requests.reset();
    // (documentId is not unknown: it names a trusted document, and with the text alongside the text runs.)
    const unknownKey = await gql(h, { ...TENANT_ONLY, persisted: 'x' });
    expect(unknownKey.status).toBe(400);
    for (const extensions of ['str', 1, true, []]) {
      const res = await gql(h, { ...TENANT_ONLY, extensions });
      expect(res.status, JSON.stringify(extensions)).toBe(400);
    }
    const badVariables = await gql(h, {
      query: 'query Catalog($page: Int!) { CatalogContent(page: $page) { meta { total } } }',
      variables: { page: 'not-a-number' },
    });
    expect(badVariables.body.errors[0].message).toContain('$page');
    expect(badVariables.body.data ?? null).toBeNull();
    expect(h.sandbox.requests.count({ route: GRAPHQL_ROUTE })).toBe(0);
    // Null-valued keys are what Yoga ignores too: still forwarded.
    const nulls = await gql(h, { ...TENANT_ONLY, variables: null, operationName: null, extensions: null }, { headers: { 'x-request-id': 'nulls' } });
    expect(nulls.body.data.CurrentUser.id).toBeTruthy();
    expect(routeOf(h, 'nulls')).toBe('fast');
  });
});

describe('front door: the tenant rate-limiting the fast path', () => {
  const firstLimited = async (h: Harness) => {
    for (let i = 0; i < 3; i++) {
      const res = await gql(h, TENANT_ONLY, { headers: { 'x-request-id': `rl-${i}` } });
      if (res.status === 429) return res;
    }
    throw new Error('the tenant never answered 429');
  };

  it('answers a tenant 429 in GraphQL shape: RATE_LIMITED, Retry-After, extensions.retryAfterMs, not the tenant body', async () => {
    const h = await startHarness();
    try {
      h.sandbox.tenants[0]!.setFaults({ bucket: { perMinute: 1, burst: 1 }, path: '/incoming/api/graphql' });
      const limited = await firstLimited(h);
      // The seed surface sends no hint: the gateway's default of 1 s.
      expect(limited.headers.get('retry-after')).toBe('1');
      expect(limited.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 1_000, requestId: expect.stringMatching(/^rl-/) });
      expect(limited.text).not.toContain('too_many_requests');
    } finally {
      await h.close();
    }
  });

  it('passes the tenant\'s own Retry-After on (the v2 surface sends one)', async () => {
    const h = await startHarness({ env: { TI_PROFILE: 'v2' } });
    try {
      h.sandbox.tenants[0]!.setFaults({ bucket: { perMinute: 1, burst: 1 }, path: '/helium' });
      const limited = await firstLimited(h);
      const seconds = Number(limited.headers.get('retry-after'));
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(limited.body.errors[0].extensions.retryAfterMs).toBeGreaterThan(1_000);
      expect(limited.headers.get('x-ratelimit-limit')).toBe('1');
    } finally {
      await h.close();
    }
  });
});

describe('front door: oversized, slow and aborted bodies', () => {
  let h: Harness;
  let events: EventsService;
  beforeAll(async () => {
    events = createEventsService({ webhookSecret: 'front-door-webhook-secret-0123', orderHoldMs: 0 });
    // Generous header/request deadlines: 300 MB of uploads on a busy 2-core machine must not trip them here.
    h = await startHarness({ events, gateway: { maxRequestBytes: 1_000_000, headersTimeoutMs: 120_000, requestTimeoutMs: 120_000 } });
  });
  afterAll(async () => {
    await h.close();
    await events.close();
  });

  it('30 clients sending 10 MB bodies all read the 413 (GraphQL and webhook), none an EPIPE', async () => {
    const big = JSON.stringify({ query: `{ CurrentUser { id } } # ${'x'.repeat(10 * 1024 * 1024)}` });
    const base = h.gateway.url.replace(/\/graphql$/, '');
    const send = (url: string) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${h.gateway.token}` }, body: big }).then(
        async (res) => ({ status: res.status, text: await res.text() }),
        (error: Error) => ({ status: 0, text: String((error.cause as Error | undefined)?.message ?? error.message) }),
      );
    const results = await Promise.all([
      ...Array.from({ length: 20 }, () => send(h.gateway.url)),
      ...Array.from({ length: 10 }, () => send(`${base}/webhooks/ti`)),
    ]);
    expect(results.map((r) => r.status)).toEqual(Array(30).fill(413));
    expect(results[0]!.text).toContain('1000000-byte limit');
    // Still serving.
    expect((await gql(h, TENANT_ONLY)).status).toBe(200);
  }, 120_000);

  it('closes a socket that sends its headers or its body too slowly', async () => {
    const slow = await startHarness({ gateway: { headersTimeoutMs: 1_000, requestTimeoutMs: 1_500 } });
    const { port } = new URL(slow.gateway.url);
    const closedAfter = (payload: string) =>
      new Promise<number>((resolve) => {
        const started = Date.now();
        const socket = connect(Number(port), '127.0.0.1', () => socket.write(payload));
        socket.on('data', () => {});
        socket.on('error', () => {});
        socket.on('close', () => resolve(Date.now() - started));
      });
    const partialHeaders = 'POST /graphql HTTP/1.1\r\nHost: x\r\n';
    const partialBody = `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${slow.gateway.token}\r\nContent-Length: 100\r\n\r\n{"query":`;
    const [headersMs, bodyMs] = await Promise.all([closedAfter(partialHeaders), closedAfter(partialBody)]);
    // Deadlines of 1 s and 1.5 s, checked every second by Node: closed well before the 30 s default.
    expect(headersMs).toBeLessThan(6_000);
    expect(bodyMs).toBeLessThan(6_000);
    await slow.close();
  });

  it('logs an aborted upload once, at info, as a client abort', async () => {
    const { port } = new URL(h.gateway.url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${h.gateway.token}\r\nX-Request-Id: aborted-upload-1\r\nContent-Length: 1000\r\n\r\n{"query":"{ Curr`);
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 100);
      });
    });
    await expect.poll(() => logLines(h).filter((l) => l.reqId === 'aborted-upload-1').length, { timeout: 15_000 }).toBe(1);
    const [line] = logLines(h).filter((l) => l.reqId === 'aborted-upload-1');
    expect(line).toMatchObject({ level: 30, msg: 'client aborted the request', route: 'aborted' });
    expect(logLines(h).some((l) => l.level >= 50)).toBe(false);
  });
});

describe('front door: connections', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.close());

  it('honours Connection: close from the client, on the fast path and on a Yoga stream', async () => {
    const headers = { authorization: `Bearer ${h.gateway.token}`, 'content-type': 'application/json', connection: 'close' };
    for (const [payload, accept] of [[TENANT_ONLY, 'application/json'], [COMPOSED, 'text/event-stream'], [COMPOSED, 'multipart/mixed']] as const) {
      const res = await raw(h.gateway.url, { headers: { ...headers, accept }, body: JSON.stringify(payload) });
      expect(res.status, accept).toBe(200);
      expect(res.headers.connection, accept).toBe('close');
      await res.socketClosed;
    }
  });

  it('says Connection: close on every response once shutdown starts', async () => {
    h.sandbox.tenants[0]!.setFaults({ latencyMs: 400 });
    const inFlight = raw(h.gateway.url, { headers: { authorization: `Bearer ${h.gateway.token}`, 'content-type': 'application/json' }, body: JSON.stringify(TENANT_ONLY) });
    const composed = raw(h.gateway.url, { headers: { authorization: `Bearer ${h.gateway.token}`, 'content-type': 'application/json' }, body: JSON.stringify(COMPOSED) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const closing = h.gateway.close(5_000);
    const answers = await Promise.all([inFlight, composed]);
    for (const res of answers) {
      expect(res.status).toBe(200);
      expect(res.headers.connection).toBe('close');
    }
    await closing;
    h.sandbox.tenants[0]!.setFaults(undefined);
  });
});

describe('front door: admission control for composed requests', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ gateway: { maxComposedInFlight: 2, maxComposedQueued: 2, queueTimeoutMs: 300 } });
  });
  afterAll(() => h.close());

  it('sheds composed requests beyond in-flight + queue with 503 and Retry-After, while tenant-only requests and health stay fast', async () => {
    // Only the REST side is slow: composed requests pile up, forwarded ones do not.
    h.sandbox.tenants[0]!.setFaults({ latencyMs: 1_500, path: '/incoming/api/v1' });
    try {
      let firstServedAt = Infinity;
      const composed = Array.from({ length: 12 }, () =>
        gql(h, COMPOSED).then((res) => {
          if (res.status === 200) firstServedAt = Math.min(firstServedAt, performance.now());
          return res;
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      const base = h.gateway.url.replace(/\/graphql$/, '');
      const [health, fast] = await Promise.all([fetch(`${base}/healthz`), gql(h, TENANT_ONLY)]);
      const quickDoneAt = performance.now();
      expect(health.status).toBe(200);
      expect(fast.status).toBe(200);
      // Relative, not a wall-clock budget: health and a forwarded query are answered while the
      // admitted composed requests are still waiting on the slow REST side.
      expect(quickDoneAt).toBeLessThan(firstServedAt);
      const results = await Promise.all(composed);
      const shed = results.filter((r) => r.status === 503);
      const served = results.filter((r) => r.status === 200);
      expect(served.length).toBeGreaterThanOrEqual(2);
      expect(shed.length).toBeGreaterThanOrEqual(6);
      expect(served.length + shed.length).toBe(12);
      expect(shed[0]!.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(shed[0]!.body.errors[0].extensions.code).toBe('RATE_LIMITED');
    } finally {
      h.sandbox.tenants[0]!.setFaults(undefined);
    }
  });
});
