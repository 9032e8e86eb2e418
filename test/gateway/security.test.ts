import { beforeAll, describe, expect, it } from 'vitest';
import type { ClientToken } from '../../src/config/index.js';
import { gql, useHarness } from '../helpers/gateway.js';
import { STOREFRONT_RECENT_CONTENT } from '../cost/documents.js';

const READER: ClientToken = { name: 'dashboard', token: 'reader-token-0123456789', scopes: ['read'] };
const WRITER: ClientToken = { name: 'hr-sync', token: 'writer-token-0123456789', scopes: ['read', 'write'] };
const ADMIN: ClientToken = { name: 'ops', token: 'admin-token-01234567890', scopes: ['admin'] };

describe('gateway client tokens and scopes', () => {
  const h = useHarness({ tokens: [READER, WRITER, ADMIN] });
  let userId: string;
  beforeAll(async () => {
    userId = h().sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 1 }).users[0]!.id;
  });

  it('mints no development token when tokens are configured', () => {
    expect(h().gateway.token).toBeUndefined();
  });

  it('refuses a request with no token or an unknown token (401, UNAUTHENTICATED)', async () => {
    for (const token of [null, 'not-a-configured-token-123']) {
      const res = await gql(h(), { query: '{ CurrentUser { id } }' }, { token });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
      expect(res.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });

  it('a read token queries both surfaces but cannot mutate either', async () => {
    const ok = await gql(h(), { query: '{ CurrentUser { id } users(perPage: 1) { total } }' }, { token: READER.token });
    expect(ok.body.errors).toBeUndefined();
    const tenantOnly = await gql(h(), { query: '{ CurrentUser { id } }' }, { token: READER.token });
    expect(tenantOnly.body.data.CurrentUser.id).toBeTruthy();

    const forbidden = [
      'mutation { createUser(input: { email: "reader.made@example.com" }) { id } }',
      'mutation { CreateLearner(email: "reader.learner@example.com", firstName: "R", lastName: "L") { id } }',
      `mutation { deactivateUser(id: "${userId}") { active } }`,
      `mutation { deleteUser(id: "${userId}", confirm: true) }`,
    ];
    for (const query of forbidden) {
      const res = await gql(h(), { query }, { token: READER.token });
      expect(res.body.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      expect(res.body.data ?? null).toBeNull();
    }
    const store = h().sandbox.tenants[0]!.store;
    expect(store.getUserByEmail('reader.made@example.com')).toBeUndefined();
    expect(store.getUserByEmail('reader.learner@example.com')).toBeUndefined();
    expect(store.getUser(userId)?.active).toBeDefined();
  });

  it('the same forwarded body is judged per client: a writer\'s tenant mutation does not open the door for a reader', async () => {
    // Byte-identical bodies: the gateway caches the fast-path decision by body text, never the client's scopes.
    const body = JSON.stringify({ query: 'mutation M($e: String!) { CreateLearner(email: $e, firstName: "W", lastName: "R") { id } }', variables: { e: 'same.body@example.com' } });
    const writer = await gql(h(), body, { token: WRITER.token, headers: { 'x-request-id': 'same-body-writer' } });
    expect(writer.body.data.CreateLearner.id).toBeTruthy();
    expect(h().logs.map((l) => JSON.parse(l)).find((l) => l.reqId === 'same-body-writer')).toMatchObject({ route: 'fast' });
    const store = h().sandbox.tenants[0]!.store;
    const created = store.getUserByEmail('same.body@example.com');
    expect(created).toBeDefined();
    store.deleteUser(created!.id);
    const reader = await gql(h(), body, { token: READER.token });
    expect(reader.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(store.getUserByEmail('same.body@example.com')).toBeUndefined();
  });

  it('a write token creates and updates, but deactivate and delete need admin', async () => {
    const created = await gql(h(), { query: 'mutation { createUser(input: { email: "writer.made@example.com" }) { id } }' }, { token: WRITER.token });
    expect(created.body.errors).toBeUndefined();
    const id = created.body.data.createUser.id;
    for (const query of [`mutation { deactivateUser(id: "${id}") { active } }`, `mutation { deleteUser(id: "${id}", confirm: true) }`]) {
      const res = await gql(h(), { query }, { token: WRITER.token });
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(res.body.errors[0].message).toContain('"admin" scope');
    }
    const store = h().sandbox.tenants[0]!.store;
    expect(store.getUser(id)?.active).toBe(true);

    const deactivated = await gql(h(), { query: `mutation { deactivateUser(id: "${id}") { active } }` }, { token: ADMIN.token });
    expect(deactivated.body.data.deactivateUser.active).toBe(false);
    const deleted = await gql(h(), { query: `mutation { deleteUser(id: "${id}", confirm: true) }` }, { token: ADMIN.token });
    expect(deleted.body.data.deleteUser).toBe(id);
    expect(store.getUser(id)).toBeUndefined();
  });

  it('introspection and GraphiQL are on in development', async () => {
    const res = await gql(h(), { query: '{ __schema { queryType { name } } }' }, { token: READER.token });
    expect(res.body.data.__schema.queryType.name).toBe('Query');
    const page = await fetch(h().gateway.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('YogaGraphiQL');
  });

  it('never leaks the tenant key or a client token into the logs', () => {
    const all = h().logs.join('');
    expect(all.length).toBeGreaterThan(0);
    for (const secret of [h().sandbox.apiKey, READER.token, WRITER.token, ADMIN.token]) expect(all).not.toContain(secret);
  });
});

describe('gateway limits and production mode', () => {
  const h = useHarness({ gateway: { maxDepth: 3, maxCost: 60, maxRequestBytes: 2_048, production: true } });

  it('refuses a query deeper than the limit, on the REST and the tenant side alike', async () => {
    const rest = await gql(h(), { query: '{ users { items { enrollments { courseId } } } }' });
    expect(rest.body.errors[0].message).toContain('depth limit of 3');
    const tenantOnly = await gql(h(), { query: '{ CurrentUser { activeLicense { parentLicense { id } } } }' });
    expect(tenantOnly.body.errors[0].message).toContain('depth limit of 3');
    h().sandbox.requests.reset();
    const shallow = await gql(h(), { query: '{ users(perPage: 1) { total } }' });
    expect(shallow.body.errors).toBeUndefined();
  });

  it('refuses a query whose tenant part is over the points limit (TI_GRAPH_MAX_COST), calling no one', async () => {
    h().sandbox.requests.reset();
    // 76 points at the tenant, over this gateway's 60.
    const res = await gql(h(), { query: STOREFRONT_RECENT_CONTENT });
    expect(res.body.errors[0].message).toMatch(/cost limit of 60 points exceeded, found 76/i);
    expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'points', max: 60, found: 76 });
    // REST-backed fields are priced in REST calls, not points: two user lists pass.
    const fields = 'id email firstName lastName role groups active language ssoId avatarUrl createdAt updatedAt';
    const rest = await gql(h(), { query: `{ a: users(perPage: 2) { items { ${fields} } } b: users(perPage: 2) { items { ${fields} } } }` });
    expect(rest.body.errors).toBeUndefined();
    expect(h().sandbox.requests.count({ route: '/helium' }) + h().sandbox.requests.count({ route: '/incoming/api/graphql' })).toBe(0);
  });

  it('answers 413 to a body over the size limit, declared or streamed', async () => {
    const big = JSON.stringify({ query: `{ CurrentUser { id } } # ${'x'.repeat(4_000)}` });
    const declared = await gql(h(), big);
    expect(declared.status).toBe(413);
    expect(declared.body.errors[0].message).toContain('2048-byte limit');
    const chunks = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const streamed = await fetch(h().gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${h().gateway.token}` },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
  });

  it('turns introspection and GraphiQL off in production', async () => {
    const res = await gql(h(), { query: '{ __schema { queryType { name } } }' });
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors[0].message).toMatch(/introspection/i);
    const typeQuery = await gql(h(), { query: '{ __type(name: "User") { name } }' });
    expect(typeQuery.body.errors[0].message).toMatch(/introspection/i);
    const page = await fetch(h().gateway.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(h().gateway.graphiql).toBeUndefined();
  });
});
