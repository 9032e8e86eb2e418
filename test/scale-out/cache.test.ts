/**
 * The REST read cache on two gateway instances sharing one Redis: repeated reads cost the tenant
 * nothing, a signed webhook makes the next read fresh within a second, a write through one
 * instance is seen by the next read on the other, errors are not cached, another tenant's entries
 * are never served, and TI_GRAPH_CACHE_TTL_MS=0 turns it off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { deliver, envelope, SECRET } from '../events/support.js';
import { startInstance, startInstances, type Instance } from './instances.js';
import { keysUnder, sharedRedisUrl, testNamespace } from './redis.js';
import { waitFor } from '../helpers/wait-for.js';

const ROSTER = '{ users(perPage: 25) { items { id enrollments { courseId } } } }';
const USER = 'query ($id: ID!) { user(id: $id) { id firstName lastName } }';

let sandbox: Sandbox;
let namespace: string;
let a!: Instance;
let b!: Instance;
const upstream = () => sandbox.requests.count({ tenant: 'sandbox' });

function env(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    TI_BASE_URL: sandbox.url,
    TI_API_KEY: sandbox.apiKey,
    TI_RETRY_MAX_ATTEMPTS: '1',
    TI_WEBHOOK_SECRET: SECRET,
    TI_GRAPH_CACHE_TTL_MS: '60000',
    // These tests count upstream calls; the warm-up would add its own (test/tenant/cache-*.test.ts has it).
    TI_GRAPH_CACHE_WARM: 'false',
    REDIS_URL: sharedRedisUrl(),
    TI_REDIS_NAMESPACE: namespace,
    ...overrides,
  };
}

beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 60, tenants: [{ name: 'sandbox', users: 60 }, { name: 'other', users: 10 }] });
  namespace = testNamespace('cache');
  [a, b] = (await startInstances(2, env())) as [Instance, Instance];
  // Measured from here: both connected to Redis and their plans compiled (a busy machine is slow at both).
  for (const deadline = Date.now() + 20_000; ![a, b].every((i) => i.access.cache!.stats().connected) && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  for (const instance of [a, b]) await instance.query('{ users(page: 6, perPage: 1) { total } }');
});
afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await sandbox?.close();
});

function firstUser() {
  return sandbox.tenants[0]!.store.listUsers({ page: 2, perPage: 25 }).users[0]!;
}

describe('the REST read cache across instances', () => {
  it('a repeated roster query with enrollments makes no upstream calls after the first, on either instance', async () => {
    const before = upstream();
    const first = await a.query(ROSTER);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.users.items).toHaveLength(25);
    const firstCalls = upstream() - before;
    expect(firstCalls).toBe(26); // the page and 25 users' enrollments

    const afterFirst = upstream();
    for (const instance of [a, b, a]) {
      const again = await instance.query(ROSTER);
      if (process.env['SCALE_DEBUG']) console.log(JSON.stringify([a.access.cache!.stats(), b.access.cache!.stats(), upstream() - afterFirst]));
      expect(again.body).toEqual(first.body);
    }
    expect(sandbox.requests.entries().slice(afterFirst).map((e) => e.path)).toEqual([]);
    expect(upstream() - afterFirst).toBe(0);
    expect(a.access.cache!.stats().store).toBe('redis');
  });

  it('a signed user.updated webhook makes the next read fresh within 1 s', async () => {
    const user = firstUser();
    const before = await b.query(USER, { id: user.id });
    expect(before.body.data.user.firstName).toBe(user.firstName);

    // Changed at the tenant (an admin, another integration): the cache does not know yet.
    const changed = sandbox.tenants[0]!.store.replaceUser(user.id, { ...user, firstName: 'Renamed-By-Admin' });
    expect((await b.query(USER, { id: user.id })).body.data.user.firstName).toBe(user.firstName);

    const sentAt = Date.now();
    const delivered = await deliver(a.webhookUrl, envelope('user.updated', { ...changed }));
    expect(delivered.status).toBe(202);
    let fresh: string | undefined;
    while (Date.now() - sentAt < 1_000) {
      fresh = (await b.query(USER, { id: user.id })).body.data.user.firstName;
      if (fresh === 'Renamed-By-Admin') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(fresh).toBe('Renamed-By-Admin');
    expect(Date.now() - sentAt).toBeLessThan(1_000);
  });

  it('a user.enrolled webhook refreshes that user\'s enrollments only', async () => {
    const store = sandbox.tenants[0]!.store;
    const user = firstUser();
    const course = store.listCourses().find((c) => c.published && !store.getEnrollment(user.id, c.id))!;
    await a.query(ROSTER); // warm (page 1 of the roster)
    const query = 'query ($id: ID!) { user(id: $id) { enrollments { courseId } } }';
    const before = (await a.query(query, { id: user.id })).body.data.user.enrollments.map((e: { courseId: string }) => e.courseId);
    const enrollment = store.enroll(course.id, user.id);
    expect((await a.query(query, { id: user.id })).body.data.user.enrollments).toHaveLength(before.length); // cached

    const rosterCalls = upstream();
    expect((await deliver(b.webhookUrl, envelope('user.enrolled', { ...enrollment }))).status).toBe(202);
    let after: string[] = before;
    await waitFor(
      async () => {
        after = (await a.query(query, { id: user.id })).body.data.user.enrollments.map((e: { courseId: string }) => e.courseId);
        return after.length !== before.length;
      },
      'the enrollment to show through the cache',
      { timeoutMs: 1_000, intervalMs: 0 },
    );
    expect(after).toContain(course.id);
    // The roster pages were not invalidated by an enrollment: page 1 is still served from the cache.
    const callsBefore = upstream();
    await a.query(ROSTER);
    expect(upstream() - callsBefore).toBe(0);
    expect(callsBefore).toBeGreaterThan(rosterCalls);
  });

  it('a write through one instance is visible on the next read from the other', async () => {
    const user = firstUser();
    expect((await b.query(USER, { id: user.id })).body.data.user.lastName).toBe(user.lastName); // cached on B's side (shared)
    const updated = await a.query('mutation ($id: ID!) { updateUser(id: $id, input: { lastName: "Written-Through-A" }) { lastName } }', { id: user.id });
    expect(updated.body.errors).toBeUndefined();
    expect((await b.query(USER, { id: user.id })).body.data.user.lastName).toBe('Written-Through-A');
    // And the lists that name the user: a fresh page, not the cached one.
    const created = await a.query('mutation { createUser(input: { email: "cache.new.hire@example.com", firstName: "New" }) { id } }');
    expect(created.body.errors).toBeUndefined();
    const found = await b.query('{ userByEmail(email: "cache.new.hire@example.com") { id } }');
    expect(found.body.data.userByEmail.id).toBe(created.body.data.createUser.id);
  });

  it('never caches an error: a user that does not exist yet is found once it does', async () => {
    const missing = await a.query(USER, { id: 'not-a-user-yet' });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const calls = upstream();
    await a.query(USER, { id: 'not-a-user-yet' });
    expect(upstream() - calls).toBe(1); // asked the tenant again
  });

  it('never serves another tenant\'s entries, and keeps the key out of Redis', async () => {
    const otherKey = sandbox.tenantByName('other')!.apiKey;
    const other = await startInstance(env({ TI_API_KEY: otherKey }));
    try {
      const mine = await a.query('{ users(perPage: 5) { total items { id } } }');
      const theirs = await other.query('{ users(perPage: 5) { total items { id } } }');
      expect(theirs.body.data.users.total).toBe(10);
      expect(mine.body.data.users.total).toBeGreaterThanOrEqual(60);
      expect(theirs.body.data.users.items).not.toEqual(mine.body.data.users.items);
      const anId = mine.body.data.users.items[0].id;
      expect((await other.query(USER, { id: anId })).body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    } finally {
      await other.stop();
    }
    const keys = (await keysUnder(sharedRedisUrl(), namespace)).join('\n');
    expect(keys).toContain(`${namespace}:cache:`);
    expect(keys).not.toContain(sandbox.apiKey);
    expect(keys).not.toContain(otherKey);
  });

  it('is off with TI_GRAPH_CACHE_TTL_MS=0: every read goes to the tenant', async () => {
    const off = await startInstance(env({ TI_GRAPH_CACHE_TTL_MS: '0', TI_REDIS_NAMESPACE: testNamespace('cache-off') }));
    try {
      expect(off.access.cache).toBeUndefined();
      await off.query(ROSTER);
      const calls = upstream();
      await off.query(ROSTER);
      expect(upstream() - calls).toBe(26);
    } finally {
      await off.stop();
    }
  });
});

describe('the in-memory cache (no REDIS_URL)', () => {
  it('serves repeats from memory, bounded, and a webhook invalidates it', async () => {
    const local = await startInstance(env({ REDIS_URL: undefined, TI_REDIS_NAMESPACE: undefined, TI_GRAPH_CACHE_MAX_ENTRIES: '100' }));
    try {
      expect(local.access.cache!.store).toBe('memory');
      const user = sandbox.tenants[0]!.store.listUsers({ page: 3, perPage: 10 }).users[0]!;
      await local.query(USER, { id: user.id });
      const calls = upstream();
      await local.query(USER, { id: user.id });
      expect(upstream() - calls).toBe(0);
      const changed = sandbox.tenants[0]!.store.replaceUser(user.id, { ...user, firstName: 'Memory-Fresh' });
      expect((await deliver(local.webhookUrl, envelope('user.updated', { ...changed }))).status).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await local.query(USER, { id: user.id })).body.data.user.firstName).toBe('Memory-Fresh');
    } finally {
      await local.stop();
    }
  });
});
