import { beforeAll, describe, expect, it } from 'vitest';
import type { SandboxTenant } from '../../src/sandbox/index.js';
import { gql, useHarness } from '../helpers/gateway.js';

const ACCOUNT = 'id email firstName lastName role groups customFields active language createdAt updatedAt';

describe('gateway REST-backed fields', () => {
  const h = useHarness();
  let tenant: SandboxTenant;
  beforeAll(async () => {
    tenant = h().sandbox.tenants[0]!;
  });

  const run = async (query: string, variables?: Record<string, unknown>) => (await gql(h(), { query, variables })).body;

  it('users: a page with items, total and page info', async () => {
    const body = await run(`{ users(page: 2, perPage: 10) { total pageInfo { page perPage totalPages hasNextPage hasPreviousPage } items { ${ACCOUNT} } } }`);
    expect(body.errors).toBeUndefined();
    const { users } = body.data;
    const expected = tenant.store.listUsers({ page: 2, perPage: 10 });
    expect(users.total).toBe(expected.total);
    expect(users.items.map((u: { id: string }) => u.id)).toEqual(expected.users.map((u) => u.id));
    expect(users.pageInfo).toEqual({ page: 2, perPage: 10, totalPages: Math.ceil(expected.total / 10), hasNextPage: true, hasPreviousPage: true });
  });

  it('users(email:) filters, user(id) and userByEmail find the same account', async () => {
    const someone = tenant.store.listUsers({ page: 1, perPage: 3 }).users[2]!;
    const body = await run(
      `query($id: ID!, $email: String!) {
        byFilter: users(email: $email) { total items { id } }
        byId: user(id: $id) { id email }
        byEmail: userByEmail(email: $email) { id email }
        nobody: userByEmail(email: "nobody@nowhere.example") { id }
      }`,
      { id: someone.id, email: someone.email },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.byFilter).toEqual({ total: 1, items: [{ id: someone.id }] });
    expect(body.data.byId).toEqual({ id: someone.id, email: someone.email });
    expect(body.data.byEmail).toEqual({ id: someone.id, email: someone.email });
    expect(body.data.nobody).toBeNull();
  });

  it('rejects a page size over the REST maximum with BAD_USER_INPUT', async () => {
    const body = await run('{ users(perPage: 101) { total } }');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toContain('perPage');
  });

  it('createUser, updateUser (partial), deactivateUser, reactivateUser, deleteUser', async () => {
    const created = await run(
      `mutation($input: CreateUserAccountInput!) { createUser(input: $input) { ${ACCOUNT} } }`,
      { input: { email: 'gw.created@example.com', firstName: 'Gale', lastName: 'Way', language: 'en-US' } },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data.createUser.id as string;
    expect(created.data.createUser).toMatchObject({ email: 'gw.created@example.com', firstName: 'Gale', active: true });
    expect(tenant.store.getUser(id)?.email).toBe('gw.created@example.com');

    const updated = await run(`mutation($id: ID!) { updateUser(id: $id, input: { firstName: "Gail" }) { firstName lastName language } }`, { id });
    expect(updated.errors).toBeUndefined();
    // Partial: only firstName changed; the full-replacement PUT kept the rest.
    expect(updated.data.updateUser).toEqual({ firstName: 'Gail', lastName: 'Way', language: 'en-US' });

    const cleared = await run(`mutation($id: ID!) { updateUser(id: $id, input: { language: null }) { firstName language } }`, { id });
    expect(cleared.data.updateUser).toEqual({ firstName: 'Gail', language: null });

    const off = await run(`mutation($id: ID!) { deactivateUser(id: $id) { active } }`, { id });
    expect(off.data.deactivateUser.active).toBe(false);
    expect(tenant.store.getUser(id)?.active).toBe(false);
    const on = await run(`mutation($id: ID!) { reactivateUser(id: $id) { active firstName } }`, { id });
    expect(on.data.reactivateUser).toEqual({ active: true, firstName: 'Gail' });

    const refused = await run(`mutation($id: ID!) { deleteUser(id: $id, confirm: false) }`, { id });
    expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors[0].message).toContain('confirm: true');
    expect(tenant.store.getUser(id)).toBeDefined();

    const deleted = await run(`mutation($id: ID!) { deleteUser(id: $id, confirm: true) }`, { id });
    expect(deleted.data.deleteUser).toBe(id);
    expect(tenant.store.getUser(id)).toBeUndefined();
    const gone = await run(`query($id: ID!) { user(id: $id) { id } }`, { id });
    expect(gone.data.user).toBeNull();
    expect(gone.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('updateUser with nothing to change is BAD_USER_INPUT, a duplicate email is CONFLICT', async () => {
    const [a, b] = tenant.store.listUsers({ page: 1, perPage: 2 }).users;
    const empty = await run(`mutation($id: ID!) { updateUser(id: $id, input: {}) { id } }`, { id: a!.id });
    expect(empty.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const dup = await run(`mutation($email: String!) { createUser(input: { email: $email }) { id } }`, { email: b!.email });
    expect(dup.errors[0].extensions.code).toBe('CONFLICT');
    expect(dup.data).toBeNull();
  });

  it('addUserToGroup, userEnrollments and enrollUser', async () => {
    const user = tenant.store.listUsers({ page: 1, perPage: 50 }).users.find((u) => u.active)!;
    const group = tenant.store.listGroups().find((g) => !user.groups.includes(g.id))!;
    const added = await run(`mutation($g: ID!, $u: ID!) { addUserToGroup(groupId: $g, userId: $u) }`, { g: group.id, u: user.id });
    expect(added.data.addUserToGroup).toBe(true);
    expect(tenant.store.getUser(user.id)?.groups).toContain(group.id);

    const course = tenant.store.listCourses().find((c) => c.published && !tenant.store.getEnrollment(user.id, c.id))!;
    const enrolled = await run(`mutation($u: ID!, $c: ID!) { enrollUser(userId: $u, courseId: $c) { userId courseId status } }`, { u: user.id, c: course.id });
    expect(enrolled.data.enrollUser).toEqual({ userId: user.id, courseId: course.id, status: 'not_started' });
    const again = await run(`mutation($u: ID!, $c: ID!) { enrollUser(userId: $u, courseId: $c) { courseId } }`, { u: user.id, c: course.id });
    expect(again.errors[0].extensions.code).toBe('CONFLICT');

    const unpublished = tenant.store.listCourses().find((c) => !c.published);
    if (unpublished) {
      const refused = await run(`mutation($u: ID!, $c: ID!) { enrollUser(userId: $u, courseId: $c) { courseId } }`, { u: user.id, c: unpublished.id });
      expect(refused.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }

    const page = await run(`query($u: ID!) { userEnrollments(userId: $u, perPage: 100) { total items { userId courseId status } pageInfo { hasNextPage } } }`, { u: user.id });
    const expected = tenant.store.listEnrollments(user.id, { perPage: 100 });
    expect(page.data.userEnrollments.total).toBe(expected.total);
    expect(page.data.userEnrollments.items.map((e: { courseId: string }) => e.courseId).sort()).toEqual(expected.enrollments.map((e) => e.courseId).sort());
    expect(page.data.userEnrollments.items.every((e: { userId: string }) => e.userId === user.id)).toBe(true);
  });

  it('a listed account offers only REST fields: tenant-only User fields are not on UserAccount', async () => {
    const res = await gql(h(), { query: '{ users(perPage: 1) { items { id availableCoursesCount } } }' });
    expect(res.body.errors[0].message).toContain('Cannot query field "availableCoursesCount" on type "UserAccount"');
  });
});
