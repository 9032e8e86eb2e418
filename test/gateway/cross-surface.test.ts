import { beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_PASSWORD, type SandboxTenant } from '../../src/sandbox/index.js';
import { gql, useHarness } from '../helpers/gateway.js';

const GRAPHQL = 'POST /incoming/api/graphql';
const LIST = 'GET /incoming/api/v1/users';
const GET_USER = 'GET /incoming/api/v1/users/:id';
const ENROLLMENTS = 'GET /incoming/api/v1/users/:id/enrollments';

describe('gateway cross-surface queries and per-request deduplication', () => {
  const h = useHarness();
  let tenant: SandboxTenant;
  beforeAll(() => {
    tenant = h().sandbox.tenants[0]!;
  });
  const count = (route: string) => h().sandbox.requests.count({ route });

  it('from the tenant User returned by CreateLearner, reaches REST-only active, groups and enrollments', async () => {
    h().sandbox.requests.reset();
    const res = await gql(h(), {
      query: `mutation { CreateLearner(email: "cross.surface@example.com", firstName: "Cross", lastName: "Surface") {
        email active groups enrollments { courseId } account { email role active }
      } }`,
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.CreateLearner).toEqual({
      email: 'cross.surface@example.com',
      active: true,
      groups: [],
      enrollments: [],
      account: { email: 'cross.surface@example.com', role: 'learner', active: true },
    });
    // One tenant call (the client did not select id: the gateway asked for it), one user read
    // shared by active, groups and account, one enrollments read.
    expect(count(GRAPHQL)).toBe(1);
    expect(count(GET_USER)).toBe(1);
    expect(count(ENROLLMENTS)).toBe(1);
  });

  it('from CurrentUser (a logged-in learner) reaches the enrollments REST holds for them', async () => {
    const learner = tenant.store
      .listUsers({ page: 1, perPage: 100 })
      .users.find((u) => u.active && tenant.store.listEnrollments(u.id).total > 0)!;
    const token = tenant.store.login(learner.email, SANDBOX_PASSWORD);
    const res = await gql(h(), { query: '{ CurrentUser { firstName enrollments { courseId status } } }' }, { headers: { authtoken: token } });
    expect(res.body.errors).toBeUndefined();
    const expected = tenant.store.listEnrollments(learner.id, { perPage: 100 }).enrollments;
    expect(res.body.data.CurrentUser.firstName).toBe(learner.firstName);
    expect(res.body.data.CurrentUser.enrollments).toEqual(expected.map((e) => ({ courseId: e.courseId, status: e.status })));
  });

  it('fetches each REST resource at most once per request, however often the query names it', async () => {
    const [a, b] = tenant.store.listUsers({ page: 1, perPage: 2 }).users;
    h().sandbox.requests.reset();
    const res = await gql(h(), {
      query: `query($a: ID!, $b: ID!) {
        first: user(id: $a) { email enrollments { courseId } }
        again: user(id: $a) { firstName enrollments { status } }
        other: user(id: $b) { email }
        page: users(perPage: 2) { items { id email enrollments { courseId } } }
      }`,
      variables: { a: a!.id, b: b!.id },
    });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.first.email).toBe(a!.email);
    expect(res.body.data.other.email).toBe(b!.email);
    expect(count(LIST)).toBe(1);
    expect(count(GET_USER)).toBe(2);
    expect(count(ENROLLMENTS)).toBe(2);
  });

  it('users(perPage: 100) with enrollments costs 1 list call + 1 enrollments call per user (the REST floor)', async () => {
    h().sandbox.requests.reset();
    const res = await gql(h(), { query: '{ users(perPage: 100) { items { id enrollments { courseId status } } } }' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.users.items).toHaveLength(100);
    expect(count(LIST)).toBe(1);
    expect(count(ENROLLMENTS)).toBe(100);
    expect(count(GET_USER)).toBe(0);
    expect(count(GRAPHQL)).toBe(0);
  });

  it('a REST failure on one user nulls only that field, with its code (partial data)', async () => {
    const [a] = tenant.store.listUsers({ page: 1, perPage: 1 }).users;
    const res = await gql(h(), {
      query: 'query($a: ID!) { known: user(id: $a) { email } missing: user(id: "no-such-user") { email } }',
      variables: { a: a!.id },
    });
    expect(res.body.data.known.email).toBe(a!.email);
    expect(res.body.data.missing).toBeNull();
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors[0]).toMatchObject({ path: ['missing'], extensions: { code: 'NOT_FOUND' } });
  });

  it('one user\'s failing enrollments call nulls only that user\'s enrollments in a roster page (partial data)', async () => {
    const users = tenant.store.listUsers({ page: 1, perPage: 5 }).users;
    const failing = 2;
    // The sandbox answers 503 on this one user's enrollments route only; every other call is untouched.
    tenant.setFaults({ errorRate: 1, path: `/incoming/api/v1/users/${users[failing]!.id}/enrollments` });
    try {
      const res = await gql(h(), { query: '{ users(perPage: 5) { total items { id email enrollments { courseId } } } }' });
      expect(res.status).toBe(200);
      const items = res.body.data.users.items;
      expect(items.map((u: { id: string }) => u.id)).toEqual(users.map((u) => u.id));
      expect(items[failing]).toEqual({ id: users[failing]!.id, email: users[failing]!.email, enrollments: null });
      users.forEach((user, i) => {
        if (i === failing) return;
        const expected = tenant.store.listEnrollments(user.id, { perPage: 100 }).enrollments.map((e) => ({ courseId: e.courseId }));
        expect(items[i].enrollments).toEqual(expected);
      });
      expect(res.body.errors).toHaveLength(1);
      expect(res.body.errors[0]).toMatchObject({ path: ['users', 'items', failing, 'enrollments'], extensions: { code: 'UPSTREAM_ERROR' } });
      expect(res.text).not.toContain(h().sandbox.apiKey);
    } finally {
      tenant.setFaults(undefined);
    }
  });
});
