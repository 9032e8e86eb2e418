/**
 * The front door running what the gateway executes (REST and cross-surface fields) from the query
 * plan: its answers are the ones Yoga gives (a GET of the same query is Yoga's to execute, on the
 * same gateway), a result with errors is worded by the one masker as Yoga words it, without running
 * the operation again, and what the door and Yoga execute shares one admission limit. Over loopback
 * HTTP against the sandbox.
 */
import { describe, expect, it } from 'vitest';
import { gql, useHarness, type Harness } from '../helpers/gateway.js';

/** The same query as a GET: the door admits it and Yoga executes it (the door answers POSTs only). */
async function viaYoga(h: Harness, payload: { query: string }, headers: Record<string, string> = {}) {
  const url = `${h.gateway.url}?query=${encodeURIComponent(payload.query)}`;
  const response = await fetch(url, { headers: { authorization: `Bearer ${h.gateway.token}`, ...headers } });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

const COMPOSED = { query: '{ CompanyDetails { name } users(perPage: 3) { total items { email active enrollments { courseId status } } } }' };
const CREATE_USER_ROUTE = 'POST /incoming/api/v1/users';

const accessLine = (h: Harness, reqId: string) =>
  h.logs.map((line) => JSON.parse(line) as Record<string, unknown>).find((line) => line.reqId === reqId && line.msg === 'request');

describe('front door: planned operations', () => {
  const h = useHarness({ sandbox: { users: 30 } });

  it('answers a composed query byte for byte as Yoga\'s door does, in both JSON media types, and says so on the access line', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const lane = await gql(h(), COMPOSED, { headers: { accept, 'x-request-id': `lane-${accept.length}` } });
      const yoga = await viaYoga(h(), COMPOSED, { accept, 'x-request-id': `yoga-${accept.length}` });
      expect(lane.status).toBe(200);
      expect(lane.body.data.users.items).toHaveLength(3);
      expect(lane.text).toBe(yoga.text);
      expect(lane.headers.get('content-type')).toBe(yoga.headers.get('content-type'));
      expect(lane.headers.get('content-type')).toBe(`${accept}; charset=utf-8`);
      expect(lane.headers.get('x-request-id')).toBe(`lane-${accept.length}`);
      expect(accessLine(h(), `lane-${accept.length}`)).toMatchObject({ route: 'yoga', status: 200, lane: true });
      expect(accessLine(h(), `yoga-${accept.length}`)).toMatchObject({ route: 'yoga', status: 200 });
      expect(accessLine(h(), `yoga-${accept.length}`)).not.toHaveProperty('lane');
    }
  });

  it('answers a browser (Origin) at the same door: its CORS headers written by the door, no Yoga request built', async () => {
    const plain = await gql(h(), COMPOSED, { headers: { 'x-request-id': 'lane-plain' } });
    const browser = await gql(h(), COMPOSED, { headers: { origin: 'http://app.example', 'x-request-id': 'lane-browser' } });
    expect(browser.status).toBe(200);
    expect(browser.text).toBe(plain.text);
    expect(browser.headers.get('access-control-allow-origin')).toBe('http://app.example');
    expect(browser.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(plain.headers.get('access-control-allow-origin')).toBeNull();
    expect(accessLine(h(), 'lane-browser')).toMatchObject({ route: 'yoga', status: 200, lane: true });
  });

  it('masks a result with errors with the one masker and stamps the request id, as Yoga\'s door does', async () => {
    const missing = { query: '{ CompanyDetails { name } nobody: user(id: "no-such-user") { email } }' };
    const lane = await gql(h(), missing, { headers: { 'x-request-id': 'lane-err' } });
    const yoga = await viaYoga(h(), missing, { 'x-request-id': 'yoga-err' });
    expect(lane.status).toBe(yoga.status);
    expect(lane.body.data).toEqual(yoga.body.data);
    expect(lane.body.errors).toEqual([{ ...yoga.body.errors[0], extensions: { ...yoga.body.errors[0].extensions, requestId: 'lane-err' } }]);
    expect(lane.body.errors[0]).toMatchObject({ path: ['nobody'], extensions: { code: 'NOT_FOUND', requestId: 'lane-err' } });
    // The lane answered it (no Yoga request built); the tenant failure's details are logged under the id.
    expect(accessLine(h(), 'lane-err')).toMatchObject({ route: 'yoga', status: yoga.status, lane: true });
    expect(h().logs.some((line) => line.includes('"reqId":"lane-err"') && line.includes('tenant call failed'))).toBe(true);
  });

  it('runs a mutation once, even when its result has an error', async () => {
    const tenant = h().sandbox.tenants[0]!;
    h().sandbox.requests.reset();
    // The first field succeeds, the second fails (no such user): the result has an error, and a
    // second run would POST the same user again.
    const res = await gql(h(), {
      query: 'mutation($email: String!) { made: createUser(input: { email: $email, firstName: "Once" }) { email } ghost: deactivateUser(id: "no-such-user") { id } }',
      variables: { email: 'lane.once@example.com' },
    });
    expect(res.status).toBe(200);
    expect(res.body.errors[0]).toMatchObject({ path: ['ghost'], extensions: { code: 'NOT_FOUND' } });
    expect(h().sandbox.requests.count({ route: CREATE_USER_ROUTE })).toBe(1);
    expect(tenant.store.listUsers({ page: 1, perPage: 100 }).users.filter((u) => u.email === 'lane.once@example.com')).toHaveLength(1);
  });
});

describe('front door: one admission limit for what the door and Yoga execute', () => {
  const h = useHarness({ gateway: { maxComposedInFlight: 2, maxComposedQueued: 2, queueTimeoutMs: 300 } });

  it('sheds what the door and Yoga execute against the same in-flight limit', async () => {
    // The REST side is slower than the queue wait: only the requests holding the two slots are served.
    h().sandbox.tenants[0]!.setFaults({ latencyMs: 1_500, path: '/incoming/api/v1' });
    try {
      const composed = { query: '{ users(perPage: 1) { total } }' };
      const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? viaYoga(h(), composed) : gql(h(), composed))));
      const served = results.filter((r) => r.status === 200);
      const shed = results.filter((r) => r.status === 503);
      expect(served).toHaveLength(2);
      expect(shed).toHaveLength(10);
      for (const refused of shed) expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      // Each shed request's line is debug; one warn line reports the shedding (at most every 10 s).
      const lines = h().logs.map((line) => JSON.parse(line) as { level: number; msg: string; route?: string; shed?: number });
      expect(lines.filter((line) => line.msg === 'request' && line.route === 'shed').map((line) => line.level)).toEqual(Array(10).fill(20));
      expect(lines.filter((line) => line.msg.startsWith('at capacity'))).toEqual([expect.objectContaining({ level: 40, shed: 1 })]);
    } finally {
      h().sandbox.tenants[0]!.setFaults(undefined);
    }
  });
});
