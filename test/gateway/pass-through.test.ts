import { describe, expect, it } from 'vitest';
import { SANDBOX_PASSWORD } from '../../src/sandbox/index.js';
import { gql, startHarness, useHarness, type Harness } from '../helpers/gateway.js';

const GRAPHQL_ROUTE = 'POST /incoming/api/graphql';

/** The same request straight to the sandbox's GraphQL endpoint, for comparison. */
async function direct(h: Harness, payload: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${h.sandbox.url}/incoming/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': h.sandbox.apiKey, ...headers },
    body: JSON.stringify(payload),
  });
  return response.json();
}

describe('gateway pass-through of the tenant GraphQL API', () => {
  const h = useHarness();

  it('answers CurrentUser exactly as the tenant does, in one upstream call', async () => {
    const query = '{ CurrentUser { id email firstName lastName disabled completedCoursesCount } }';
    const expected = await direct(h(), { query });
    h().sandbox.requests.reset();
    const res = await gql(h(), { query });
    expect(res.status).toBe(200);
    expect(res.body).toEqual(expected);
    expect(res.body.data.CurrentUser.email).toMatch(/@/);
    expect(h().sandbox.requests.count({ route: GRAPHQL_ROUTE })).toBe(1);
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('passes CatalogContent (arguments, variables, operation name) through unchanged', async () => {
    const payload = {
      query: 'query Catalog($page: Int!) { CatalogContent(page: $page) { meta { total } contentItems { id title } } }',
      variables: { page: 1 },
      operationName: 'Catalog',
    };
    const expected = await direct(h(), payload);
    const res = await gql(h(), payload);
    expect(res.body).toEqual(expected);
    expect(res.body.data.CatalogContent.meta).toBeDefined();
  });

  it('forwards a batch of tenant operations as one array POST', async () => {
    h().sandbox.requests.reset();
    const res = await gql(h(), [{ query: '{ CurrentUser { id } }' }, { query: '{ CompanyDetails { name subdomain } }' }]);
    expect(res.status).toBe(200);
    expect(Array.isArray(res.body)).toBe(true);
    expect(res.body).toHaveLength(2);
    expect(res.body[0].data.CurrentUser.id).toBeTruthy();
    expect(res.body[1].data.CompanyDetails.subdomain).toBeTruthy();
    expect(h().sandbox.requests.count({ route: GRAPHQL_ROUTE })).toBe(1);
    const entry = h().sandbox.requests.entries().at(-1)!;
    expect(entry.operations).toBe(2);
  });

  it('refuses a batch over the operation limit instead of forwarding it', async () => {
    h().sandbox.requests.reset();
    const res = await gql(h(), Array.from({ length: 21 }, () => ({ query: '{ CurrentUser { id } }' })));
    expect(res.status).toBe(413);
    expect(h().sandbox.requests.count({ route: GRAPHQL_ROUTE })).toBe(0);
  });

  it('runs the real Login and forwards the authToken header, so CurrentUser is the learner', async () => {
    const email = h().sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 5 }).users.find((u) => u.active)!.email;
    const login = await gql(h(), { query: 'mutation($e: String!, $p: String!) { Login(email: $e, password: $p) }', variables: { e: email, p: SANDBOX_PASSWORD } });
    expect(login.body.errors).toBeUndefined();
    const authToken = login.body.data.Login as string;
    const me = await gql(h(), { query: '{ CurrentUser { email } }' }, { headers: { authtoken: authToken } });
    expect(me.body.data.CurrentUser.email).toBe(email);
  });

  it('batches the tenant calls of a mixed batch into one array POST as well', async () => {
    h().sandbox.requests.reset();
    const res = await gql(h(), [{ query: '{ CurrentUser { id } }' }, { query: '{ CompanyDetails { name } }' }, { query: '{ users(perPage: 1) { total } }' }]);
    expect(res.body).toHaveLength(3);
    expect(res.body[2].data.users.total).toBeGreaterThan(0);
    expect(h().sandbox.requests.count({ route: GRAPHQL_ROUTE })).toBe(1);
    expect(h().sandbox.requests.count({ route: 'GET /incoming/api/v1/users' })).toBe(1);
  });
});

describe('gateway with live introspection', () => {
  it('builds its schema from the tenant at start when asked, and serves both surfaces', async () => {
    const h = await startHarness({ gateway: { liveSchema: true } });
    try {
      expect(h.sandbox.requests.count({ route: GRAPHQL_ROUTE })).toBe(1);
      const res = await gql(h, { query: '{ CurrentUser { email } users(perPage: 1) { total } }' });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.users.total).toBeGreaterThan(0);
      expect(h.gateway.schema.getQueryType()!.getFields().CatalogContent).toBeDefined();
    } finally {
      await h.close();
    }
  });
});
