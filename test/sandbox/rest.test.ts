import { describe, expect, it } from 'vitest';
import { useSandbox, type Sandbox } from '../helpers/sandbox.js';

interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

/** A REST tree and how its key travels. */
const TREES = [
  { name: 'seed tree (X-API-Key)', base: '/incoming/api/v1', auth: (key: string) => ({ headers: { 'x-api-key': key }, query: '' }) },
  { name: 'v2 tree (Bearer)', base: '/incoming/v2', auth: (key: string) => ({ headers: { authorization: `Bearer ${key}` }, query: '' }) },
] as const;

const sandbox = useSandbox({ users: 150 });

function caller(tree: (typeof TREES)[number]) {
  return async (method: string, path: string, body?: unknown): Promise<Reply> => {
    const s = sandbox();
    const { headers } = tree.auth(s.apiKey);
    const response = await fetch(`${s.url}${tree.base}${path}`, {
      method,
      headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
  };
}

let serial = 0;
const uniqueEmail = (tag: string) => `${tag}.${++serial}.${Date.now()}@example.com`;
const store = (s: Sandbox) => s.tenants[0]!.store;
const expectError = (reply: Reply, status: number, error: string) => {
  expect(reply.status).toBe(status);
  expect(reply.body).toEqual({ error, message: expect.any(String) });
  expect(reply.body.message.length).toBeGreaterThan(5);
};

describe.each(TREES)('$name', (tree) => {
  const call = caller(tree);

  describe('GET /users', () => {
    it('returns the first 25 users and the true total by default', async () => {
      const reply = await call('GET', '/users');
      expect(reply.status).toBe(200);
      expect(Object.keys(reply.body).sort()).toEqual(['total', 'users']);
      expect(reply.body.users).toHaveLength(25);
      expect(reply.body.total).toBe(store(sandbox()).userCount);
      expect(reply.body.users[0]).toEqual(store(sandbox()).listUsers().users[0]);
      for (const user of reply.body.users) {
        expect(user).not.toHaveProperty('password');
        expect(user).not.toHaveProperty('passwordHash');
      }
    });

    it('pages with page and per_page; a page past the end is empty with the true total', async () => {
      const second = await call('GET', '/users?page=2&per_page=10');
      expect(second.body.users.map((u: any) => u.id)).toEqual(store(sandbox()).listUsers({ page: 2, perPage: 10 }).users.map((u) => u.id));
      const past = await call('GET', '/users?page=999&per_page=50');
      expect(past.status).toBe(200);
      expect(past.body.users).toEqual([]);
      expect(past.body.total).toBe(store(sandbox()).userCount);
    });

    it('clamps per_page above 100 to 100', async () => {
      const reply = await call('GET', '/users?per_page=500');
      expect(reply.status).toBe(200);
      expect(reply.body.users).toHaveLength(100);
    });

    it.each([
      ['per_page=0', 'invalid_per_page'],
      ['per_page=abc', 'invalid_per_page'],
      ['page=0', 'invalid_page'],
      ['page=two', 'invalid_page'],
      ['page=-1', 'invalid_page'],
    ])('refuses %s with 400', async (query, code) => {
      expectError(await call('GET', `/users?${query}`), 400, code);
    });

    it('filters by email, exact and case-insensitive', async () => {
      const target = store(sandbox()).listUsers({ page: 3 }).users[4]!;
      const reply = await call('GET', `/users?email=${encodeURIComponent(target.email.toUpperCase())}`);
      expect(reply.body).toEqual({ users: [target], total: 1 });
      const partial = await call('GET', `/users?email=${encodeURIComponent(target.email.slice(1))}`);
      expect(partial.body).toEqual({ users: [], total: 0 });
      expectError(await call('GET', '/users?email='), 400, 'invalid_email');
    });
  });

  describe('GET /users/:id', () => {
    it('returns {user} or 404', async () => {
      const target = store(sandbox()).listUsers().users[7]!;
      expect(await call('GET', `/users/${target.id}`)).toMatchObject({ status: 200, body: { user: target } });
      expectError(await call('GET', '/users/no-such-id'), 404, 'user_not_found');
    });
  });

  describe('POST /users', () => {
    it('creates a user: 201 {user}, system fields set, password never returned', async () => {
      const email = uniqueEmail('create');
      const reply = await call('POST', '/users', { email, firstName: 'John', lastName: 'Smith', password: 'hunter2hunter2', id: 'mine', createdAt: '2000-01-01T00:00:00.000Z' });
      expect(reply.status).toBe(201);
      const user = reply.body.user;
      expect(user).toMatchObject({ email, firstName: 'John', lastName: 'Smith', active: true, role: 'learner', groups: [], customFields: {} });
      expect(user.id).not.toBe('mine');
      expect(user.createdAt).not.toBe('2000-01-01T00:00:00.000Z');
      expect(user.updatedAt).toBe(user.createdAt);
      expect(user).not.toHaveProperty('password');
      expect(JSON.stringify(reply.body)).not.toContain('hunter2');
      expect(store(sandbox()).getUser(user.id)).toEqual(user);
      expect(typeof store(sandbox()).login(email, 'hunter2hunter2')).toBe('string');
    });

    it('requires a valid email (400) and refuses a duplicate, whatever its case (409 with a message)', async () => {
      expectError(await call('POST', '/users', { firstName: 'No Email' }), 400, 'email_required');
      expectError(await call('POST', '/users', { email: 'not an email' }), 400, 'invalid_email');
      expectError(await call('POST', '/users', { email: uniqueEmail('x'), active: 'yes' }), 400, 'invalid_active');
      const existing = store(sandbox()).listUsers().users[0]!;
      const dup = await call('POST', '/users', { email: existing.email.toUpperCase() });
      expectError(dup, 409, 'email_taken');
      expect(dup.body.message).toContain('already exists');
    });

    it('silently drops customFields keys the tenant has not configured', async () => {
      const reply = await call('POST', '/users', { email: uniqueEmail('cf'), customFields: { department: 'Sales', favouriteColour: 'teal' } });
      expect(reply.status).toBe(201);
      expect(reply.body.user.customFields).toEqual({ department: 'Sales' });
    });

    it('answers malformed JSON with 400', async () => {
      expectError(await call('POST', '/users', '{"email": '), 400, 'invalid_json');
      expectError(await call('POST', '/users', '[1,2]'), 400, 'invalid_body');
    });
  });

  describe('PUT /users/:id', () => {
    it('is full replacement: absent writable fields are reset, email and password kept, system fields ignored', async () => {
      const group = store(sandbox()).listGroups()[2]!;
      const email = uniqueEmail('put');
      const created = (
        await call('POST', '/users', {
          email,
          firstName: 'Jane',
          lastName: 'Doe',
          password: 'original-pass',
          role: 'manager',
          groups: [group.id],
          customFields: { department: 'Support', employeeId: 'E1' },
          ssoId: 'okta|1',
          avatarUrl: 'https://example.com/a.png',
          language: 'de-DE',
        })
      ).body.user;
      const reply = await call('PUT', `/users/${created.id}`, { firstName: 'Jonathan', active: false, id: 'other', createdAt: '1999-01-01T00:00:00.000Z' });
      expect(reply.status).toBe(200);
      expect(reply.body.user).toEqual({
        id: created.id,
        email,
        firstName: 'Jonathan',
        lastName: null,
        role: 'learner',
        groups: [],
        customFields: {},
        active: false,
        ssoId: null,
        avatarUrl: null,
        language: null,
        createdAt: created.createdAt,
        updatedAt: expect.any(String),
      });
      expect(Date.parse(reply.body.user.updatedAt)).toBeGreaterThanOrEqual(Date.parse(created.updatedAt));
      // The password survived (it was absent), but an inactive user cannot log in.
      expect(() => store(sandbox()).login(email, 'original-pass')).toThrow(/deactivated/);
      await call('PUT', `/users/${created.id}`, { firstName: 'Jonathan' });
      expect(typeof store(sandbox()).login(email, 'original-pass')).toBe('string');
    });

    it('404s an unknown id, 409s an email that belongs to someone else, 400s bad fields', async () => {
      expectError(await call('PUT', '/users/nobody', { firstName: 'X' }), 404, 'user_not_found');
      const [a, b] = store(sandbox()).listUsers().users;
      expectError(await call('PUT', `/users/${a!.id}`, { email: b!.email }), 409, 'email_taken');
      expectError(await call('PUT', `/users/${a!.id}`, { language: 'not a tag!' }), 400, 'invalid_language');
      expectError(await call('PUT', `/users/${a!.id}`, { groups: ['no-such-group'] }), 422, 'group_not_found');
      expect(store(sandbox()).getUser(a!.id)).toEqual(a);
    });
  });

  describe('DELETE /users/:id', () => {
    it('deletes permanently and drops the user\'s enrollments', async () => {
      const course = store(sandbox()).listCourses().find((c) => c.published)!;
      const user = (await call('POST', '/users', { email: uniqueEmail('del') })).body.user;
      expect((await call('POST', `/courses/${course.id}/enrollments`, { userId: user.id })).status).toBe(201);
      expect((await call('GET', `/users/${user.id}/enrollments`)).body.total).toBe(1);
      expect(await call('DELETE', `/users/${user.id}`)).toMatchObject({ status: 200, body: { success: true } });
      expectError(await call('GET', `/users/${user.id}`), 404, 'user_not_found');
      expectError(await call('GET', `/users/${user.id}/enrollments`), 404, 'user_not_found');
      expect(store(sandbox()).getEnrollment(user.id, course.id)).toBeUndefined();
      expectError(await call('DELETE', `/users/${user.id}`), 404, 'user_not_found');
    });
  });

  describe('POST /groups/:groupId/users', () => {
    it('adds a member idempotently; a missing group or user is a 404; userId is required', async () => {
      const group = store(sandbox()).listGroups()[3]!;
      const user = (await call('POST', '/users', { email: uniqueEmail('grp') })).body.user;
      expect(await call('POST', `/groups/${group.id}/users`, { userId: user.id })).toMatchObject({ status: 200, body: { success: true } });
      expect(await call('POST', `/groups/${group.id}/users`, { userId: user.id })).toMatchObject({ status: 200, body: { success: true } });
      expect((await call('GET', `/users/${user.id}`)).body.user.groups).toEqual([group.id]);
      expectError(await call('POST', '/groups/grp-missing/users', { userId: user.id }), 404, 'group_not_found');
      expectError(await call('POST', `/groups/${group.id}/users`, { userId: 'nobody' }), 404, 'user_not_found');
      expectError(await call('POST', `/groups/${group.id}/users`, {}), 400, 'user_id_required');
    });
  });

  describe('enrollments', () => {
    it('GET /users/:id/enrollments pages {enrollments, total}', async () => {
      const s = store(sandbox());
      const user = s.listUsers({ perPage: 150 }).users.find((u) => s.listEnrollments(u.id).total >= 3)!;
      const all = s.listEnrollments(user.id).enrollments;
      const reply = await call('GET', `/users/${user.id}/enrollments`);
      expect(reply).toMatchObject({ status: 200, body: { enrollments: all, total: all.length } });
      const page2 = await call('GET', `/users/${user.id}/enrollments?page=2&per_page=2`);
      expect(page2.body).toEqual({ enrollments: all.slice(2, 4), total: all.length });
      expectError(await call('GET', `/users/${user.id}/enrollments?per_page=0`), 400, 'invalid_per_page');
    });

    it('POST /courses/:courseId/enrollments: 201 for an active user in a published course, else the documented error', async () => {
      const s = store(sandbox());
      const published = s.listCourses().find((c) => c.published)!;
      const draft = s.listCourses().find((c) => !c.published)!;
      const user = (await call('POST', '/users', { email: uniqueEmail('enr') })).body.user;
      const inactive = (await call('POST', '/users', { email: uniqueEmail('off'), active: false })).body.user;

      const reply = await call('POST', `/courses/${published.id}/enrollments`, { userId: user.id });
      expect(reply.status).toBe(201);
      expect(reply.body.enrollment).toEqual({ userId: user.id, courseId: published.id, status: 'not_started', enrolledAt: expect.any(String), completedAt: null });
      expectError(await call('POST', `/courses/${published.id}/enrollments`, { userId: user.id }), 409, 'already_enrolled');
      expectError(await call('POST', '/courses/no-course/enrollments', { userId: user.id }), 404, 'course_not_found');
      const unpublished = await call('POST', `/courses/${draft.id}/enrollments`, { userId: user.id });
      expectError(unpublished, 422, 'course_unpublished');
      expect(unpublished.body.message).toMatch(/not published/);
      const off = await call('POST', `/courses/${published.id}/enrollments`, { userId: inactive.id });
      expectError(off, 422, 'user_inactive');
      expect(off.body.message).toMatch(/inactive/);
      expectError(await call('POST', `/courses/${published.id}/enrollments`, { userId: 'nobody' }), 404, 'user_not_found');
      expectError(await call('POST', `/courses/${published.id}/enrollments`, {}), 400, 'user_id_required');
    });
  });

  it('404s unknown routes and 405s a wrong method with Allow', async () => {
    expectError(await call('GET', '/nothing-here'), 404, 'not_found');
    const reply = await call('PATCH', '/users/abc', { firstName: 'x' });
    expectError(reply, 405, 'method_not_allowed');
    expect(reply.headers.get('allow')).toContain('PUT');
  });
});

describe('GET /incoming/v2/ping', () => {
  it('says the key is valid, and exists only on the v2 tree', async () => {
    const s = sandbox();
    const ping = await fetch(`${s.url}/incoming/v2/ping`, { headers: { authorization: `Bearer ${s.apiKey}` } });
    expect(ping.status).toBe(200);
    expect(await ping.json()).toEqual({ valid: true });
    const seed = await fetch(`${s.url}/incoming/api/v1/ping`, { headers: { 'x-api-key': s.apiKey } });
    expect(seed.status).toBe(404);
  });
});

describe('both trees share one tenant', () => {
  it('a user created on the seed tree is read on the v2 tree', async () => {
    const seedCall = caller(TREES[0]);
    const v2Call = caller(TREES[1]);
    const user = (await seedCall('POST', '/users', { email: uniqueEmail('shared') })).body.user;
    expect((await v2Call('GET', `/users/${user.id}`)).body.user).toEqual(user);
  });
});
