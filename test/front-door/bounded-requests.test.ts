/**
 * Issue 21 items 6 and 7 on the request path: request JSON nested past `TI_GRAPH_MAX_JSON_DEPTH`
 * is refused 400 before it is parsed, at every door, without holding the loop for others (/healthz
 * sampled meanwhile); a local failure is never a tenant failure; and the forwarding path sheds
 * (503 + Retry-After) past its bounded queue instead of queueing without bound in the tenant pool.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startHarness, type Harness } from '../helpers/gateway.js';

const TENANT_ROUTE = 'POST /incoming/api/graphql';
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObject = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** Samples GET /healthz back to back until stopped: how many answered, the slowest in ms. */
function sampleHealth(h: Harness) {
  let stop = false;
  let worst = 0;
  let samples = 0;
  const done = (async () => {
    while (!stop) {
      const started = performance.now();
      await (await fetch(new URL('/healthz', h.gateway.url))).text();
      worst = Math.max(worst, performance.now() - started);
      samples++;
    }
  })();
  return async () => {
    stop = true;
    await done;
    return { worst, samples };
  };
}

describe('bounded request JSON', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h?.close());

  it('refuses a 400,000-deep array in an unused variable with 400 jsonDepth, with and without Origin, while /healthz keeps answering', async () => {
    const body = `{"query":"{ CurrentUser { id } }","variables":{"unused":${nested(400_000)}}}`;
    // What parsing one such body blocks for, on this machine now: the gateway used to do it per request.
    const parseStarted = performance.now();
    JSON.parse(body);
    const parseMs = performance.now() - parseStarted;
    // The gateway runs in this process: the loop's worst delay while it answers is what others waited.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const stop = sampleHealth(h);
    h.sandbox.requests.reset();
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => gql(h, body, { headers: { 'x-request-id': `deep-${i}`, ...(i % 2 ? { origin: 'http://app.example' } : {}) } })),
    );
    const health = await stop();
    loop.disable();
    for (const answer of answers) {
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'jsonDepth', max: 64 });
    }
    expect(h.sandbox.requests.count({ route: TENANT_ROUTE })).toBe(0);
    expect(health.samples).toBeGreaterThan(0);
    // Before: each body was parsed, holding the loop a parse's time (0.3-0.75 s; /healthz up to
    // 1.3 s). Now a byte scan that stops at depth 65: the loop's worst delay stays well under one parse.
    expect(loop.max / 1e6, `worst loop delay vs one parse of ${Math.round(parseMs)} ms`).toBeLessThan(parseMs / 2);
    const line = h.logs.map((l) => JSON.parse(l)).find((l) => l.reqId === 'deep-0' && l.msg === 'request');
    expect(line).toMatchObject({ status: 400, route: 'limit' });
  });

  it('refuses deep JSON in GET variables and in a composed mutation; a bracket inside a string does not count', async () => {
    const url = new URL(h.gateway.url);
    url.searchParams.set('query', 'query Q($v: JSON) { __typename }');
    url.searchParams.set('variables', `{"v":${nestedObject(100)}}`);
    const get = await fetch(url, { headers: { authorization: `Bearer ${h.gateway.token}` } });
    expect(get.status).toBe(400);
    expect((await get.json()).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'jsonDepth' });

    const userId = h.sandbox.tenants[0]!.store.listUsers().users[0]!.id;
    h.sandbox.requests.reset();
    const deep = await gql(h, `{"query":"mutation U($id: ID!, $c: JSON) { updateUser(id: $id, input: { customFields: $c }) { id } }","variables":{"id":"${userId}","c":${nestedObject(5_000)}}}`);
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].extensions.limit).toBe('jsonDepth');
    expect(h.sandbox.requests.count()).toBe(0);

    const brackets = await gql(h, { query: 'query Q($s: String) { users(perPage: 1, email: $s) { total } }', variables: { s: `${'['.repeat(10_000)}@example.com` } });
    expect(brackets.status).toBe(200);
    // Answered by the operation (whatever it makes of the address), not refused at the door.
    expect(brackets.body.errors?.[0]?.extensions?.limit).toBeUndefined();
  });
});

describe('a local failure is not a tenant failure', () => {
  let h: Harness;
  beforeAll(async () => {
    // The bound raised out of the way, so the deep value reaches the resolvers and the REST client.
    h = await startHarness({ env: { TI_GRAPH_MAX_JSON_DEPTH: '10000', TI_RETRY_MAX_ATTEMPTS: '5' } });
  });
  afterAll(() => h?.close());

  it('a customFields value nested 5,000 deep is never reported as NETWORK_ERROR nor retried', async () => {
    const userId = h.sandbox.tenants[0]!.store.listUsers().users[0]!.id;
    h.sandbox.requests.reset();
    const res = await gql(h, `{"query":"mutation U($id: ID!, $c: JSON) { updateUser(id: $id, input: { customFields: $c }) { id } }","variables":{"id":"${userId}","c":{"deep":${nestedObject(5_000)}}}}`);
    const codes = (res.body?.errors ?? []).map((e: any) => e.extensions?.code);
    expect(codes).not.toContain('NETWORK_ERROR');
    expect(codes).not.toContain('UPSTREAM_ERROR');
    expect(JSON.stringify(res.body)).not.toMatch(/could not be reached/);
    // No retries: at most the read and the one write of the merge.
    expect(h.sandbox.requests.count({ method: 'PUT' })).toBeLessThanOrEqual(1);
  });
});

describe('the forwarding path sheds', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ gateway: { maxForwardInFlight: 2, maxForwardQueued: 1, queueTimeoutMs: 300 } });
  });
  afterAll(() => h?.close());

  it('beyond in flight + queue, a tenant-only request is 503 + Retry-After at once (RATE_LIMITED), not queued in the tenant pool', async () => {
    h.sandbox.tenants[0]!.setFaults({ latencyMs: 800 });
    try {
      const started = performance.now();
      const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => gql(h, { query: '{ CurrentUser { id } }' }, { headers: { 'x-request-id': `fwd-${i}` } })));
      const statuses = answers.map((a) => a.status).sort();
      // 2 sent at once, 1 waits (and is shed after 300 ms, the tenant being slower), 3 shed at once.
      expect(statuses.filter((s) => s === 200).length).toBe(2);
      expect(statuses.filter((s) => s === 503).length).toBe(4);
      for (const shed of answers.filter((a) => a.status === 503)) {
        expect(shed.headers.get('retry-after')).toBe('1');
        expect(shed.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      }
      expect(performance.now() - started).toBeLessThan(10_000);
      const shedLines = h.logs.map((l) => JSON.parse(l)).filter((l) => String(l.reqId).startsWith('fwd-') && l.route === 'shed');
      expect(shedLines.length).toBe(4);
    } finally {
      h.sandbox.tenants[0]!.setFaults({});
    }
    // Once the tenant is back, requests are forwarded again.
    expect((await gql(h, { query: '{ CurrentUser { id } }' })).status).toBe(200);
  });
});
