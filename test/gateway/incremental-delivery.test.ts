/**
 * @defer and @stream on the unified graph, over HTTP on loopback against the sandbox with its REST
 * API slowed (sandbox faults limited to REST paths): the tenant's answer comes first, the deferred
 * REST part later, in its own payload; batching holds across deferred fragments; an error stays in
 * its payload; a client that goes away stops the REST calls not yet made; a client that asked for
 * neither multipart/mixed nor SSE gets one complete JSON result.
 */
import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { RosterWithEnrollmentsDocument } from '../../src/generated/operations.js';
import { startHarness, useHarness, type Harness } from '../helpers/gateway.js';
import { waitFor } from '../helpers/wait-for.js';

const REST_LATENCY_MS = 1_000;
const ENROLLMENTS = { route: 'GET /incoming/api/v1/users/:id/enrollments' };
const USER_LIST = { route: 'GET /incoming/api/v1/users' };

/** The tenant's part (no REST call) first; the roster and its enrollments (two REST rounds) deferred. */
const TENANT_FIRST = `query TenantFirst {
  CompanyDetails { name }
  ... @defer(label: "roster") {
    users(perPage: 3) { total items { email enrollments { courseId } } }
  }
}`;

interface Part {
  payload: any;
  /** Enrollment calls the sandbox had received when this payload reached the client. */
  enrollmentCalls: number;
}

/** POSTs a query and reads the multipart/mixed (or JSON) answer part by part as it arrives. */
async function post(h: Harness, body: unknown, accept: string, signal?: AbortSignal): Promise<{ status: number; contentType: string; parts: AsyncGenerator<Part> }> {
  const response = await fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${h.gateway.token}` },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  });
  const contentType = response.headers.get('content-type') ?? '';
  async function* parts(): AsyncGenerator<Part> {
    const snapshot = (payload: unknown): Part => ({ payload, enrollmentCalls: h.sandbox.requests.count(ENROLLMENTS) });
    if (!contentType.startsWith('multipart/mixed')) {
      yield snapshot(await response.json());
      return;
    }
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      // Each part: headers, a blank line, the JSON body, then the next boundary.
      let end: number;
      while ((end = buffer.indexOf('\r\n---', buffer.indexOf('\r\n\r\n'))) >= 0 && buffer.indexOf('\r\n\r\n') >= 0) {
        const start = buffer.indexOf('\r\n\r\n');
        const text = buffer.slice(start + 4, end);
        buffer = buffer.slice(end + 5);
        if (text.trim()) yield snapshot(JSON.parse(text));
      }
    }
  }
  return { status: response.status, contentType, parts: parts() };
}

async function collect(parts: AsyncGenerator<Part>): Promise<Part[]> {
  const all: Part[] = [];
  for await (const part of parts) all.push(part);
  return all;
}

describe('@defer and @stream with the REST API slowed', () => {
  const h = useHarness({ sandbox: { users: 40, faults: { latencyMs: REST_LATENCY_MS, path: '/incoming/api/v1' } } });

  it('sends the tenant answer first and the deferred REST part when its calls return (multipart/mixed)', async () => {
    h().sandbox.requests.reset();
    const answer = await post(h(), { query: TENANT_FIRST }, 'multipart/mixed; deferSpec=20220824, application/json');
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^multipart\/mixed/);
    const parts = await collect(answer.parts);
    const [initial, ...rest] = parts;
    expect(initial!.payload).toEqual({ data: { CompanyDetails: { name: expect.any(String) } }, hasNext: true });
    // The deferred part's REST calls had not even been made when the initial payload arrived.
    expect(initial!.enrollmentCalls).toBe(0);
    const deferred = rest.flatMap((part) => part.payload.incremental ?? []);
    expect(deferred).toEqual([{ data: { users: { total: 40, items: expect.any(Array) } }, path: [], label: 'roster' }]);
    expect(deferred[0].data.users.items).toHaveLength(3);
    for (const item of deferred[0].data.users.items) expect(Array.isArray(item.enrollments)).toBe(true);
    expect(rest.at(-1)!.payload.hasNext).toBe(false);
  });

  it('keeps one REST call per resource across deferred fragments, and one tenant call', async () => {
    h().sandbox.requests.reset();
    // Each row's enrollments in its own deferred fragment, the same user's enrollments asked twice.
    const query = `{
      CurrentUser { email }
      users(perPage: 8) { items { id email ... @defer { enrollments { courseId } } ... @defer(label: "again") { enrollments { status } } } }
    }`;
    const parts = await collect((await post(h(), { query }, 'multipart/mixed')).parts);
    const initial = parts[0]!.payload;
    expect(initial.hasNext).toBe(true);
    expect(initial.data.CurrentUser.email).toMatch(/@/);
    expect(initial.data.users.items).toHaveLength(8);
    for (const item of initial.data.users.items) expect(item.enrollments).toBeUndefined();
    const patches = parts.slice(1).flatMap((part) => part.payload.incremental ?? []);
    expect(patches).toHaveLength(16);
    for (const patch of patches) {
      expect(patch.path).toEqual(['users', 'items', expect.any(Number)]);
      expect(Array.isArray(patch.data.enrollments)).toBe(true);
    }
    // 1 list call + 8 enrollment calls: no N+1, no second call for the second fragment.
    expect(h().sandbox.requests.count(USER_LIST)).toBe(1);
    expect(h().sandbox.requests.count(ENROLLMENTS)).toBe(8);
    expect(h().sandbox.requests.count({ route: '/incoming/api/graphql' }) + h().sandbox.requests.count({ route: '/helium' })).toBe(1);
  });

  it('delivers each deferred fragment when its own REST call returns, not with the slowest', async () => {
    const tenant = h().sandbox.tenants[0]!;
    const rows = tenant.store.listUsers({ page: 1, perPage: 4 }).users;
    const slow = rows[1]!;
    // Only the second row's calls are slow; the rest of REST answers at once.
    tenant.setFaults({ latencyMs: 1_500, path: `/incoming/api/v1/users/${slow.id}/` });
    try {
      const query = `{ users(perPage: 4) { items { id ... @defer { enrollments { courseId } } } } }`;
      const parts = await collect((await post(h(), { query }, 'multipart/mixed')).parts);
      const arrival = (index: number) => parts.findIndex((part) => (part.payload.incremental ?? []).some((patch: any) => patch.path[2] === index));
      expect(parts[0]!.payload.data.users.items.map((item: any) => item.id)).toEqual(rows.map((row) => row.id));
      // Rows 0, 2 and 3 came in payloads before the slow row's.
      for (const fast of [0, 2, 3]) expect(arrival(fast)).toBeLessThan(arrival(1));
      expect(parts.at(-1)!.payload.hasNext).toBe(false);
    } finally {
      tenant.setFaults({ latencyMs: REST_LATENCY_MS, path: '/incoming/api/v1' });
    }
  });

  it('defers cross-surface fields of tenant objects, with paths into the tenant answer', async () => {
    const query = `{ CurrentUser { email ... @defer(label: "rest") { active groups } } }`;
    const parts = await collect((await post(h(), { query }, 'multipart/mixed')).parts);
    expect(parts[0]!.payload.data).toEqual({ CurrentUser: { email: expect.stringMatching(/@/) } });
    const patches = parts.slice(1).flatMap((part) => part.payload.incremental ?? []);
    expect(patches).toHaveLength(1);
    expect(patches[0]).toMatchObject({ path: ['CurrentUser'], label: 'rest' });
    expect(Object.keys(patches[0].data).sort()).toEqual(['active', 'groups']);
  });

  it('a deferred named fragment mixing both surfaces: its tenant fields come with the tenant answer, its REST fields later', async () => {
    const query = `{ CurrentUser { email ...Account @defer(label: "account") } } fragment Account on User { firstName active }`;
    const parts = await collect((await post(h(), { query }, 'multipart/mixed')).parts);
    // The tenant answers in one call (it has no @defer): firstName is already there.
    expect(parts[0]!.payload.data.CurrentUser).toEqual({ email: expect.any(String), firstName: expect.anything() });
    const patches = parts.slice(1).flatMap((part) => part.payload.incremental ?? []);
    // The API key's own user has no REST record: the REST field fails, in this payload, at its
    // path in the response (the cross-surface execution's [p0, 0, 'active'] moved).
    expect(patches).toEqual([
      {
        data: { active: null },
        path: ['CurrentUser'],
        label: 'account',
        errors: [expect.objectContaining({ path: ['CurrentUser', 'active'], extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })],
      },
    ]);
  });

  it('a tenant-only document with @defer: the tenant answers everything in one call, one payload', async () => {
    h().sandbox.requests.reset();
    const query = `{ CurrentUser { email ... @defer { firstName } } }`;
    const answer = await post(h(), { query }, 'multipart/mixed');
    const parts = await collect(answer.parts);
    expect(parts).toHaveLength(1);
    expect(parts[0]!.payload.data.CurrentUser).toEqual({ email: expect.any(String), firstName: expect.anything() });
    expect(parts[0]!.payload.hasNext).not.toBe(true);
    expect(h().sandbox.requests.count({ route: '/incoming/api/graphql' }) + h().sandbox.requests.count({ route: '/helium' })).toBe(1);
  });

  it('streams a list with @stream(initialCount)', async () => {
    const query = `{ users(perPage: 5) { items @stream(initialCount: 2) { email enrollments { courseId } } } }`;
    const parts = await collect((await post(h(), { query }, 'multipart/mixed')).parts);
    expect(parts[0]!.payload.data.users.items).toHaveLength(2);
    const streamed = parts.slice(1).flatMap((part) => part.payload.incremental ?? []);
    const items = streamed.flatMap((part) => part.items);
    expect(items).toHaveLength(3);
    for (const part of streamed) expect(part.path).toEqual(['users', 'items', expect.any(Number)]);
    // Each part's path ends with the index of its first item: together, items 2, 3 and 4.
    const indices = streamed.flatMap((part) => part.items.map((_: unknown, i: number) => part.path[2] + i));
    expect(indices.sort()).toEqual([2, 3, 4]);
  });

  it('puts an error inside a deferred fragment in its payload and delivers the others', async () => {
    const query = `{
      CompanyDetails { name }
      ... @defer(label: "missing") { user(id: "no-such-user") { email } }
      ... @defer(label: "present") { users(perPage: 2) { items { email } } }
    }`;
    const parts = await collect((await post(h(), { query }, 'multipart/mixed')).parts);
    expect(parts[0]!.payload.errors).toBeUndefined();
    expect(parts[0]!.payload.data.CompanyDetails.name).toEqual(expect.any(String));
    const patches = parts.slice(1).flatMap((part) => part.payload.incremental ?? []);
    const missing = patches.find((patch) => patch.label === 'missing');
    const present = patches.find((patch) => patch.label === 'present');
    expect(missing.data).toEqual({ user: null });
    expect(missing.errors).toHaveLength(1);
    expect(missing.errors[0]).toMatchObject({ path: ['user'], extensions: { code: 'NOT_FOUND', requestId: expect.any(String) } });
    // The masked message: not the sandbox's own text.
    expect(missing.errors[0].message).toBe('Not found.');
    expect(present.errors).toBeUndefined();
    expect(present.data.users.items).toHaveLength(2);
  });

  it('masks and stamps an error of the initial payload as on a single result', async () => {
    const query = `{ user(id: "no-such-user") { email } ... @defer { users(perPage: 1) { total } } }`;
    const parts = await collect((await post(h(), { query }, 'multipart/mixed')).parts);
    expect(parts[0]!.payload).toMatchObject({ data: { user: null }, hasNext: true });
    expect(parts[0]!.payload.errors).toEqual([
      { message: 'Not found.', locations: expect.any(Array), path: ['user'], extensions: { code: 'NOT_FOUND', requestId: expect.any(String) } },
    ]);
    expect(parts.slice(1).flatMap((part) => part.payload.incremental ?? [])).toEqual([{ data: { users: { total: 40 } }, path: [] }]);
  });

  it('counts deferred REST calls against the limits, refusing up front as without @defer', async () => {
    h().sandbox.requests.reset();
    const page = (n: number) => `p${n}: users(page: ${n}, perPage: 100) { items { ... @defer { enrollments { courseId } } } }`;
    const answer = await post(h(), { query: `{ ${page(1)} ${page(2)} ${page(3)} }` }, 'multipart/mixed');
    const [only] = await collect(answer.parts);
    expect(only!.payload.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: expect.any(String) });
    expect(h().sandbox.requests.count({})).toBe(0);
  });

  it('answers a client that accepts only JSON with the whole result at once', async () => {
    for (const accept of ['application/json', 'application/graphql-response+json', '*/*']) {
      const answer = await post(h(), { query: TENANT_FIRST }, accept);
      expect(answer.status).toBe(200);
      expect(answer.contentType).toMatch(/json/);
      const [only] = await collect(answer.parts);
      expect(only!.payload.hasNext).toBeUndefined();
      expect(only!.payload.data.CompanyDetails.name).toEqual(expect.any(String));
      expect(only!.payload.data.users.items).toHaveLength(3);
    }
  });

  it('serves the generated RosterWithEnrollments document (deferred enrollments) over SSE', async () => {
    const response = await fetch(h().gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${h().gateway.token}` },
      body: JSON.stringify({ query: print(RosterWithEnrollmentsDocument), variables: { page: 1, perPage: 3 } }),
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = (await response.text()).split('\n\n').filter((block) => block.startsWith('event: next'));
    const payloads = events.map((block) => JSON.parse(block.slice(block.indexOf('data: ') + 6)));
    expect(payloads[0].hasNext).toBe(true);
    expect(payloads[0].data.users.items).toHaveLength(3);
    expect(payloads.slice(1).flatMap((p) => p.incremental ?? []).filter((p: any) => p.label === 'enrollments')).toHaveLength(3);
    expect(payloads.at(-1).hasNext).toBe(false);
  });
});

describe('a client that goes away mid-stream', () => {
  it('stops the REST calls of the deferred fragments that were not made yet', async () => {
    // Only per-user calls are slow (the list is not): 40 deferred enrollment calls, at most 10 in flight.
    const latency = 500;
    const h = await startHarness({ sandbox: { users: 40, faults: { latencyMs: latency, path: '/incoming/api/v1/users/' } } });
    try {
      const query = `{ users(perPage: 40) { items { email ... @defer { enrollments { courseId } } } } }`;
      const stop = new AbortController();
      const answer = await post(h, { query }, 'multipart/mixed', stop.signal);
      const first = await answer.parts.next();
      expect(first.value!.payload.data.users.items).toHaveLength(40);
      stop.abort();
      await answer.parts.return(undefined).catch(() => undefined);
      // Long enough for every wave of 10 to have been made had the gateway gone on (4 x latency).
      await new Promise((resolve) => setTimeout(resolve, 6 * latency));
      const made = h.sandbox.requests.count(ENROLLMENTS);
      expect(made).toBeGreaterThan(0);
      expect(made).toBeLessThanOrEqual(20);
      // The gateway is fine afterwards: the same query, read to the end, makes all 40.
      h.sandbox.requests.reset();
      const parts = await collect((await post(h, { query }, 'multipart/mixed')).parts);
      expect(parts.at(-1)!.payload.hasNext).toBe(false);
      await waitFor(() => h.sandbox.requests.count(ENROLLMENTS) === 40, 'all 40 enrollment calls');
    } finally {
      await h.close();
    }
  });
});
