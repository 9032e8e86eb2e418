import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ConflictError,
  NotFoundError,
  UnauthorizedError,
  UpstreamError,
  ValidationError,
} from '../../src/errors/index.js';
import { createRestClient, type TiRestClient, type TiUser } from '../../src/tenant/index.js';
import { startTestSandbox as startSandbox } from '../helpers/sandbox.js';
import { REST_AUTH_CASES, tenantConfigFor } from '../helpers/rest-client.js';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ users: 150 });
});
afterAll(async () => {
  await sandbox?.close();
});

let serial = 0;
const uniqueEmail = (tag: string) => `${tag}.${process.pid}.${++serial}@example.com`;

describe.each(REST_AUTH_CASES)('REST client, %s', (auth) => {
  let client: TiRestClient;
  const store = () => sandbox.tenants[0]!.store;
  const publishedCourse = () => store().listCourses().find((c) => c.published)!;
  const unpublishedCourse = () => store().listCourses().find((c) => !c.published)!;

  beforeAll(() => {
    client = createRestClient(tenantConfigFor(sandbox, auth));
  });

  it('walks the whole roster with listUsers', async () => {
    const ids: string[] = [];
    for await (const user of client.listUsers()) ids.push(user.id);
    const expected = store().listUsers({ perPage: 100_000 }).users.map((u) => u.id);
    expect(ids).toEqual(expected);
  });

  it('reads one page with its total', async () => {
    const page = await client.listUsersPage({ page: 2, perPage: 10 });
    expect(page.total).toBe(store().userCount);
    expect(page.users.map((u) => u.id)).toEqual(store().listUsers({ page: 2, perPage: 10 }).users.map((u) => u.id));
    // The key went where the profile says: the query string only when configured, the v2 tree for Bearer.
    const last = sandbox.requests.entries().at(-1)!;
    expect(last.tenant).toBe(sandbox.tenants[0]!.name);
    expect(last.route).toBe(auth === 'v2-bearer' ? 'GET /incoming/v2/users' : 'GET /incoming/api/v1/users');
    expect(last.path.includes('apiKey=')).toBe(auth === 'seed-query');
  });

  it('gets a user by id, with the documented fields and no password', async () => {
    const expected = store().listUsers({ perPage: 1 }).users[0]!;
    const user = await client.getUser(expected.id);
    expect(user).toEqual(expected);
    expect(user).not.toHaveProperty('password');
  });

  it('turns an unknown id into a NotFoundError carrying status, method, path and the server message', async () => {
    const error = await client.getUser('no-such-user').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const notFound = error as NotFoundError;
    expect(notFound.status).toBe(404);
    expect(notFound.method).toBe('GET');
    expect(notFound.path).toMatch(/\/users\/no-such-user/);
    expect(notFound.serverMessage).toMatch(/no-such-user/);
    expect(notFound.attempts).toBe(1);
  });

  it('finds a user by email, case-insensitively, and returns undefined for nobody', async () => {
    const someone = store().listUsers({ page: 3, perPage: 1 }).users[0]!;
    expect((await client.findByEmail(someone.email.toUpperCase()))?.id).toBe(someone.id);
    expect(await client.findByEmail(uniqueEmail('nobody'))).toBeUndefined();
  });

  it('creates a user (password write-only) and refuses a duplicate email with a ConflictError', async () => {
    const email = uniqueEmail('create');
    const user = await client.createUser({ email, firstName: 'Ada', lastName: 'Lovelace', password: 'correct horse' });
    expect(user).toMatchObject({ email, firstName: 'Ada', lastName: 'Lovelace', active: true });
    expect(user).not.toHaveProperty('password');
    expect(store().getUser(user.id)?.email).toBe(email);

    const duplicate = await client.createUser({ email: email.toUpperCase() }).catch((e: unknown) => e);
    expect(duplicate).toBeInstanceOf(ConflictError);
    expect((duplicate as ConflictError).status).toBe(409);
    expect((duplicate as ConflictError).serverMessage).toMatch(/already exists/);
  });

  it('reports a 400 as a ValidationError naming the field', async () => {
    const error = await client.createUser({ email: 'not-an-email' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).status).toBe(400);
    expect((error as ValidationError).message).toMatch(/email/);
  });

  it('replaceUser is the raw full replacement: absent fields are reset', async () => {
    const created = await client.createUser({ email: uniqueEmail('replace'), firstName: 'Grace', language: 'en-US', ssoId: 'sso-1' });
    const replaced = await client.replaceUser(created.id, { email: created.email, lastName: 'Hopper' });
    expect(replaced).toMatchObject({ firstName: null, lastName: 'Hopper', language: null, ssoId: null, role: 'learner' });
  });

  it('updateUser changes the named fields and keeps every other one', async () => {
    const group = store().listGroups()[0]!;
    const created = await client.createUser({
      email: uniqueEmail('update'),
      firstName: 'Alan',
      lastName: 'Turing',
      role: 'admin',
      groups: [group.id],
      customFields: { [sandbox.tenants[0]!.customFieldKeys[0]!]: 'x' },
      ssoId: 'sso-turing',
      avatarUrl: 'https://example.com/a.png',
      language: 'en-GB',
    });
    const updated = await client.updateUser(created.id, { firstName: 'Alan M.', active: false });
    const { updatedAt: _a, ...before } = created;
    const { updatedAt: _b, ...after } = updated;
    expect(after).toEqual({ ...before, firstName: 'Alan M.', active: false });
    expect(store().getUser(created.id)).toMatchObject({ firstName: 'Alan M.', active: false, ssoId: 'sso-turing', groups: [group.id] });
  });

  it('deletes a user permanently, enrollments included', async () => {
    const user = await client.createUser({ email: uniqueEmail('delete') });
    await client.enroll(publishedCourse().id, user.id);
    await client.deleteUser(user.id);
    expect(store().getUser(user.id)).toBeUndefined();
    await expect(client.getUser(user.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.listEnrollmentsPage(user.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(client.deleteUser(user.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('adds a user to a group, and reports a missing group as NotFound', async () => {
    const user = await client.createUser({ email: uniqueEmail('group') });
    const group = store().listGroups()[1]!;
    await client.addUserToGroup(group.id, user.id);
    expect((await client.getUser(user.id)).groups).toEqual([group.id]);
    const error = await client.addUserToGroup('no-such-group', user.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).serverMessage).toMatch(/no-such-group/);
  });

  it('enrolls an active user in a published course and lists the enrollments', async () => {
    const user = await client.createUser({ email: uniqueEmail('enroll') });
    const course = publishedCourse();
    const enrollment = await client.enroll(course.id, user.id);
    expect(enrollment).toMatchObject({ courseId: course.id, userId: user.id, status: 'not_started', completedAt: null });
    const listed = [];
    for await (const e of client.listEnrollments(user.id)) listed.push(e);
    expect(listed).toEqual([enrollment]);
    expect(await client.listEnrollmentsPage(user.id)).toMatchObject({ total: 1, page: 1 });
  });

  it('maps enrollment refusals: 409 already enrolled, 422 unpublished course or inactive user, 404 unknown course', async () => {
    const user = await client.createUser({ email: uniqueEmail('refuse') });
    await client.enroll(publishedCourse().id, user.id);
    const again = await client.enroll(publishedCourse().id, user.id).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);

    const unpublished = await client.enroll(unpublishedCourse().id, user.id).catch((e: unknown) => e);
    expect(unpublished).toBeInstanceOf(ValidationError);
    expect((unpublished as ValidationError).status).toBe(422);

    const inactive = await client.createUser({ email: uniqueEmail('inactive'), active: false });
    const refused = await client.enroll(publishedCourse().id, inactive.id).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).serverMessage).toMatch(/inactive/);

    await expect(client.enroll('no-such-course', user.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('turns a wrong key into an UnauthorizedError without echoing the key', async () => {
    const wrongKey = 'wrong-key-0123456789abcdef';
    const wrong = createRestClient(tenantConfigFor({ url: sandbox.url, apiKey: wrongKey }, auth));
    const error = await wrong.listUsersPage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnauthorizedError);
    expect((error as UnauthorizedError).status).toBe(401);
    expect(JSON.stringify({ m: (error as Error).message, ...(error as object) })).not.toContain(wrongKey);
  });

  it('pings: true for a good key, false for a wrong one (GET /ping on v2, a one-user page on the seed tree)', async () => {
    sandbox.requests.reset();
    expect(await client.ping()).toBe(true);
    expect(sandbox.requests.entries()[0]!.route).toBe(auth === 'v2-bearer' ? 'GET /incoming/v2/ping' : 'GET /incoming/api/v1/users');
    const wrong = createRestClient(tenantConfigFor({ url: sandbox.url, apiKey: 'wrong-key-0123456789abcdef' }, auth));
    expect(await wrong.ping()).toBe(false);
  });
});

describe('REST client, tenants on one server', () => {
  it('keeps each key to its own tenant', async () => {
    const two = await startSandbox({ tenants: [{ name: 'acme', users: 5 }, { name: 'globex', users: 7 }] });
    try {
      const acme = createRestClient(tenantConfigFor({ url: two.url, apiKey: two.tenantByName('acme')!.apiKey }));
      const globex = createRestClient(tenantConfigFor({ url: two.url, apiKey: two.tenantByName('globex')!.apiKey }));
      const acmeUsers: TiUser[] = [];
      for await (const u of acme.listUsers()) acmeUsers.push(u);
      expect(acmeUsers).toHaveLength(5);
      expect((await globex.listUsersPage()).total).toBe(7);
      await expect(globex.getUser(acmeUsers[0]!.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await globex.findByEmail(acmeUsers[0]!.email)).toBeUndefined();
    } finally {
      await two.close();
    }
  });
});

describe('REST client, responses that break the contract', () => {
  // The sandbox always honours the contract, so a misbehaving upstream (a captive portal or a
  // misrouted proxy answering 200 with HTML, a body of the wrong shape) is a tiny loopback server.
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url?.includes('/users/lossy')) {
        // A tenant whose PUT loses a field it was sent unchanged (and recomputes another on its own).
        const stored = { id: 'lossy', email: 'l@example.com', firstName: 'L', ssoId: 'sso-l', nickname: 'Elle', lastActiveAt: '1' };
        if (req.method === 'GET') return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ user: stored }));
        let raw = '';
        req.on('data', (chunk) => (raw += chunk));
        req.on('end', () => {
          const { ssoId: _dropped, ...kept } = JSON.parse(raw) as Record<string, unknown>;
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ user: { ...kept, id: 'lossy', lastActiveAt: '2' } }));
        });
        return;
      }
      if (req.url?.includes('/users/wrong-shape')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ user: { id: 7, email: null } }));
      } else {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Please sign in to the Wi-Fi</body></html>');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports an HTML 200 as an UpstreamError, not a crash', async () => {
    const client = createRestClient(tenantConfigFor({ url, apiKey: 'html-key-0123456789' }));
    const error = await client.listUsersPage().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).status).toBe(200);
    expect((error as UpstreamError).message).toMatch(/expected a JSON body, got text\/html/);
  });

  it('reports a JSON body of the wrong shape as an UpstreamError naming where', async () => {
    const client = createRestClient(tenantConfigFor({ url, apiKey: 'html-key-0123456789' }));
    const error = await client.getUser('wrong-shape').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).message).toMatch(/user\.id/);
  });

  it('updateUser reports a field the tenant lost on PUT, naming it (and not the ones it recomputes)', async () => {
    const client = createRestClient(tenantConfigFor({ url, apiKey: 'html-key-0123456789' }));
    const error = await client.updateUser('lossy', { firstName: 'Elle' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).message).toMatch(/changed fields that were sent unchanged: ssoId$/);
  });

  it('refuses a per_page above the API maximum before sending', async () => {
    const client = createRestClient(tenantConfigFor(sandbox));
    await expect(client.listUsersPage({ perPage: 101 })).rejects.toThrow(/perPage must be a whole number from 1 to 100/);
  });
});
