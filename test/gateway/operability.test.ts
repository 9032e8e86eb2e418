import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait-for.js';
import { gql, startHarness, useHarness } from '../helpers/gateway.js';

describe('gateway health, readiness, request ids and shutdown', () => {
  const h = useHarness();
  const base = () => h().gateway.url.replace(/\/graphql$/, '');

  it('/healthz answers without a token', async () => {
    const res = await fetch(`${base()}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz probes the tenant cheaply', async () => {
    h().sandbox.requests.reset();
    const res = await fetch(`${base()}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
    expect(h().sandbox.requests.count({ route: 'POST /incoming/api/graphql' })).toBe(1);
  });

  it('echoes a client request id and logs it with the request', async () => {
    const res = await gql(h(), { query: '{ users(perPage: 1) { total } }' }, { headers: { 'x-request-id': 'req-abc-123' } });
    expect(res.headers.get('x-request-id')).toBe('req-abc-123');
    const line = h().logs.map((l) => JSON.parse(l)).find((l) => l.reqId === 'req-abc-123' && l.msg === 'request');
    expect(line).toMatchObject({ method: 'POST', path: '/graphql', status: 200, route: 'yoga' });
    const fast = await gql(h(), { query: '{ CurrentUser { id } }' }, { headers: { 'x-request-id': 'req-fast-1' } });
    expect(fast.headers.get('x-request-id')).toBe('req-fast-1');
    expect(h().logs.map((l) => JSON.parse(l)).find((l) => l.reqId === 'req-fast-1')).toMatchObject({ route: 'fast' });
  });

  it('answers browsers (an Origin) on the fast path with the same CORS headers Yoga sends', async () => {
    const origin = { origin: 'http://app.example.test', 'x-request-id': 'req-cors-1' };
    const fast = await gql(h(), { query: '{ CurrentUser { id } }' }, { headers: origin });
    const viaYoga = await gql(h(), { query: '{ users(perPage: 1) { total } }' }, { headers: { ...origin, 'x-request-id': 'req-cors-2' } });
    expect(h().logs.map((l) => JSON.parse(l)).find((l) => l.reqId === 'req-cors-1')).toMatchObject({ route: 'fast' });
    for (const name of ['access-control-allow-origin', 'access-control-allow-credentials']) {
      expect(fast.headers.get(name), name).toBe(viaYoga.headers.get(name));
    }
    expect(fast.headers.get('access-control-allow-origin')).toBe('http://app.example.test');
    expect(fast.headers.get('vary')).toContain('Origin');
    const refused = await gql(h(), { query: '{ CurrentUser { id } }' }, { token: null, headers: origin });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://app.example.test');
  });

  it('finishes in-flight requests on close, then refuses new ones', async () => {
    h().sandbox.tenants[0]!.setFaults({ latencyMs: 300 });
    h().sandbox.requests.reset();
    const inFlight = gql(h(), { query: '{ users(perPage: 2) { total } }' });
    // Close once the request is inside the gateway and waiting on the (slowed) tenant.
    await waitFor(() => h().sandbox.requests.count({ route: 'GET /incoming/api/v1/users' }) === 1, 'the REST call to reach the tenant');
    const closing = h().gateway.close(5_000);
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.body.data.users.total).toBeGreaterThan(0);
    await closing;
    await expect(fetch(`${base()}/healthz`)).rejects.toThrow();
    h().sandbox.tenants[0]!.setFaults(undefined);
  });
});

describe('gateway readiness when the tenant is gone', () => {
  it('/readyz answers 503 while /healthz stays 200', async () => {
    const h = await startHarness();
    try {
      const base = h.gateway.url.replace(/\/graphql$/, '');
      await h.sandbox.close();
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(503);
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
    } finally {
      await h.gateway.close(1_000);
    }
  });
});
