/**
 * Entities, not responses: a user record that arrives in any answer (a roster page, a lookup by
 * email, a write's result) serves `getUser` and `findByEmail` afterwards; a user's enrollments are
 * one entry that serves every page. `call` is cached per the endpoint table, and each write
 * invalidates what the table declares. On Redis, one instance's answers serve the other's reads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidatedScopes, cacheScope } from '../../src/tenant/cache/index.js';
import { ENDPOINTS, ENDPOINT_NAMES, type EndpointDefinition } from '../../src/tenant/rest/index.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { waitFor } from '../helpers/wait-for.js';
import { sharedRedisUrl, testNamespace } from '../scale-out/redis.js';
import { openCachedAccess, ROUTES, upstreamCalls, type CachedAccess } from './cache-support.js';

let sandbox: Sandbox;
let access: CachedAccess;

beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 40 });
  access = openCachedAccess(sandbox);
});
afterAll(async () => {
  await access?.close();
  await sandbox?.close();
});

const store = () => sandbox.tenants[0]!.store;

describe('entities from any answer', () => {
  it('a roster page serves getUser and findByEmail for every user on it, with no further call', async () => {
    const page = await access.rest.listUsersPage({ page: 2, perPage: 10 });
    expect(page.users).toHaveLength(10);
    const before = upstreamCalls(sandbox);
    for (const user of page.users) {
      expect(await access.rest.getUser(user.id)).toEqual(user);
      expect(await access.rest.findByEmail(user.email.toUpperCase())).toEqual(user);
    }
    expect(upstreamCalls(sandbox) - before).toBe(0);
  });

  it('a lookup by email serves getUser, and getUser serves the lookup by email', async () => {
    const [first, second] = store().listUsers({ page: 4, perPage: 2 }).users;
    const found = await access.rest.findByEmail(first!.email);
    const byId = await access.rest.getUser(second!.id);
    const before = upstreamCalls(sandbox);
    expect(await access.rest.getUser(first!.id)).toEqual(found);
    expect(await access.rest.findByEmail(second!.email)).toEqual(byId);
    expect(upstreamCalls(sandbox) - before).toBe(0);
  });

  it("a write's result serves the next read, and the user's old email no longer finds it", async () => {
    const created = await access.rest.createUser({ email: 'entity-new@example.test', firstName: 'New' });
    let before = upstreamCalls(sandbox);
    expect(await access.rest.getUser(created.id)).toEqual(created);
    expect(upstreamCalls(sandbox) - before).toBe(0);

    const updated = await access.rest.updateUser(created.id, { email: 'entity-renamed@example.test', lastName: 'Renamed' });
    before = upstreamCalls(sandbox);
    expect(await access.rest.getUser(created.id)).toEqual(updated);
    expect(await access.rest.findByEmail('entity-renamed@example.test')).toEqual(updated);
    expect(upstreamCalls(sandbox) - before).toBe(0);
    // The pointer from the old email is checked against the user's entry: asked of the tenant.
    expect(await access.rest.findByEmail('entity-new@example.test')).toBeUndefined();
    expect(upstreamCalls(sandbox) - before).toBe(1);
  });

  it("one call holds all of a user's enrollments: every page of them is served from it", async () => {
    const user = store().listUsers({ page: 1, perPage: 40 }).users.find((u) => store().listEnrollments(u.id, { perPage: 100 }).enrollments.length >= 3)!;
    const all = store().listEnrollments(user.id, { perPage: 100 }).enrollments;
    const before = upstreamCalls(sandbox, ROUTES.enrollments);
    const first = await access.rest.listEnrollmentsPage(user.id, { page: 1, perPage: 2 });
    const second = await access.rest.listEnrollmentsPage(user.id, { page: 2, perPage: 2 });
    const viaCall = await access.rest.call('listEnrollments', { params: { id: user.id }, query: { page: 1, per_page: 100 } });
    const walked: string[] = [];
    for await (const enrollment of access.rest.listEnrollments(user.id)) walked.push(enrollment.courseId);
    expect(upstreamCalls(sandbox, ROUTES.enrollments) - before).toBe(1);
    expect([...first.enrollments, ...second.enrollments].map((e) => e.courseId)).toEqual(all.slice(0, 4).map((e) => e.courseId));
    expect(first.total).toBe(all.length);
    expect(viaCall.enrollments.map((e) => e.courseId)).toEqual(all.map((e) => e.courseId));
    expect(walked).toEqual(all.map((e) => e.courseId));
  });
});

describe('call, per the endpoint table', () => {
  it('reads through the cache and invalidates what each write declares', async () => {
    const user = store().listUsers({ page: 3, perPage: 1 }).users[0]!;
    const read = await access.rest.call('getUser', { params: { id: user.id } });
    let before = upstreamCalls(sandbox);
    expect((await access.rest.call('getUser', { params: { id: user.id } })).user).toEqual(read.user);
    expect(await access.rest.getUser(user.id)).toEqual(read.user);
    expect(upstreamCalls(sandbox) - before).toBe(0);

    // A write through `call` (the documented extension point): what the table says it changes is read anew.
    const { id: _id, createdAt: _c, updatedAt: _u, ...writable } = read.user as Record<string, unknown>;
    const replaced = await access.rest.call('replaceUser', { params: { id: user.id }, body: { ...writable, lastName: 'Via-Call' } as never });
    expect(replaced.user.lastName).toBe('Via-Call');
    before = upstreamCalls(sandbox);
    expect((await access.rest.getUser(user.id)).lastName).toBe('Via-Call'); // the write's result, remembered
    expect(upstreamCalls(sandbox) - before).toBe(0);

    const enrollmentsBefore = (await access.rest.listEnrollmentsPage(user.id)).enrollments.length;
    const course = store().listCourses().find((c) => c.published && !store().getEnrollment(user.id, c.id))!;
    await access.rest.call('enroll', { params: { courseId: course.id }, body: { userId: user.id } });
    expect((await access.rest.listEnrollmentsPage(user.id)).enrollments).toHaveLength(enrollmentsBefore + 1);
  });

  it('every write declares what it invalidates, each name filled from its path or its body', () => {
    for (const name of ENDPOINT_NAMES) {
      const endpoint: EndpointDefinition = ENDPOINTS[name];
      if (endpoint.method === 'GET') continue;
      expect(endpoint.invalidates, name).toBeDefined();
      const pathNames = [...endpoint.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
      const bodyNames = Object.keys((endpoint.request as { shape?: object } | undefined)?.shape ?? {});
      for (const template of endpoint.invalidates!) {
        const named = /\{([^}]+)\}/.exec(template)?.[1];
        if (named) expect([...pathNames, ...bodyNames], `${name}: ${template}`).toContain(named);
      }
    }
    expect(invalidatedScopes(ENDPOINTS.addUserToGroup, { params: { groupId: 'g1' }, body: { userId: 'u 1' } })).toEqual([cacheScope.user('u 1'), cacheScope.lists]);
    expect(invalidatedScopes(ENDPOINTS.deleteUser, { params: { id: 'u2' } })).toEqual([cacheScope.user('u2'), cacheScope.lists, cacheScope.enrollments('u2')]);
  });
});

describe('on Redis', () => {
  it("one instance's roster page serves the other's getUser; a write through one is seen by the other", async () => {
    const env = { REDIS_URL: sharedRedisUrl(), TI_REDIS_NAMESPACE: testNamespace('entities') };
    const a = openCachedAccess(sandbox, env);
    const b = openCachedAccess(sandbox, env);
    try {
      const page = await a.rest.listUsersPage({ page: 3, perPage: 10 });
      const before = upstreamCalls(sandbox);
      for (const user of page.users) expect(await b.rest.getUser(user.id)).toEqual(user);
      expect(await b.rest.findByEmail(page.users[0]!.email)).toEqual(page.users[0]);
      expect(upstreamCalls(sandbox) - before).toBe(0);
      expect(b.cache!.stats().store).toBe('redis');

      const updated = await a.rest.updateUser(page.users[1]!.id, { lastName: 'Written-On-A' });
      expect(await b.rest.getUser(page.users[1]!.id)).toEqual(updated);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('concurrent misses on two instances make one call between them, and the roster warm-up runs once', async () => {
    const tenant = await startTestSandbox({ users: 230 });
    const env = { REDIS_URL: sharedRedisUrl(), TI_REDIS_NAMESPACE: testNamespace('single-flight'), TI_GRAPH_CACHE_WARM: 'true' };
    const a = openCachedAccess(tenant, env);
    const b = openCachedAccess(tenant, env);
    try {
      await waitFor(() => a.cache!.stats().warmQueue + b.cache!.stats().warmQueue === 0 && upstreamCalls(tenant, ROUTES.users) >= 3, 'the roster warm-up');
      await new Promise((resolve) => setTimeout(resolve, 300)); // a duplicate page load would have shown by now
      expect(upstreamCalls(tenant, ROUTES.users)).toBe(3);

      const user = tenant.tenants[0]!.store.listUsers({ perPage: 1 }).users[0]!;
      const before = upstreamCalls(tenant, ROUTES.enrollments);
      const answers = await Promise.all([...Array.from({ length: 5 }, () => a.rest.listEnrollmentsPage(user.id)), ...Array.from({ length: 5 }, () => b.rest.listEnrollmentsPage(user.id))]);
      expect(new Set(answers.map((p) => JSON.stringify(p))).size).toBe(1);
      expect(upstreamCalls(tenant, ROUTES.enrollments) - before).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await tenant.close();
    }
  });
});
