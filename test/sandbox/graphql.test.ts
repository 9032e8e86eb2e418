/**
 * The sandbox's GraphQL endpoint over HTTP: store-backed root fields seen from GraphQL and REST
 * alike, deterministic simulated fields, batching, GET, request errors, the complexity limit and
 * older snapshots.
 */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_COST } from '../../src/sandbox/graphql/index.js';
import { SANDBOX_PASSWORD } from '../../src/sandbox/index.js';
import { restCall, startTestSandbox, useSandbox, type Sandbox } from '../helpers/sandbox.js';

interface GraphqlReply {
  status: number;
  body: any;
}

async function graphql(
  sandbox: Sandbox,
  body: unknown,
  options: { headers?: Record<string, string>; path?: string } = {},
): Promise<GraphqlReply> {
  const path = options.path ?? '/incoming/api/graphql';
  const response = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(path === '/incoming/api/graphql' ? { 'x-api-key': sandbox.apiKey } : {}),
      ...options.headers,
    },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

const helium = (sandbox: Sandbox) => `/helium?apiKey=${encodeURIComponent(sandbox.apiKey)}`;

describe('sandbox GraphQL (newest snapshot)', () => {
  const sandbox = useSandbox();

  async function login(email: string, password = SANDBOX_PASSWORD): Promise<GraphqlReply> {
    return graphql(sandbox(), {
      query: 'mutation Login($email: String!, $password: String!) { Login(email: $email, password: $password) }',
      variables: { email, password },
    });
  }

  async function rosterUser(active: boolean): Promise<{ id: string; email: string; firstName: string | null }> {
    const { body } = await restCall(sandbox(), 'GET', '/users?per_page=100');
    const user = body.users.find((u: { active: boolean }) => u.active === active);
    expect(user, `the seeded roster has an ${active ? 'active' : 'inactive'} user`).toBeDefined();
    return user;
  }

  it('CurrentUser is the service user of the key, not flagged as simulated', async () => {
    const { status, body } = await graphql(sandbox(), { query: '{ CurrentUser { id email firstName disabled } }' });
    expect(status).toBe(200);
    const service = sandbox().tenants[0]!.store.serviceUser;
    expect(body.data.CurrentUser).toEqual({ id: service.id, email: service.email, firstName: service.firstName, disabled: false });
    expect(body.extensions?.simulated).toBeUndefined();
  });

  it('Login returns an authToken that makes CurrentUser that user; Logout ends the session', async () => {
    const user = await rosterUser(true);
    const { body: loginBody } = await login(user.email);
    const token = loginBody.data.Login;
    expect(typeof token).toBe('string');

    const me = await graphql(sandbox(), { query: '{ CurrentUser { id email firstName } }' }, { headers: { authToken: token } });
    expect(me.body.data.CurrentUser).toEqual({ id: user.id, email: user.email, firstName: user.firstName });

    const out = await graphql(sandbox(), { query: 'mutation { Logout }' }, { headers: { authToken: token } });
    expect(out.body.data).toEqual({ Logout: true });

    const after = await graphql(sandbox(), { query: '{ CurrentUser { id } }' }, { headers: { authToken: token } });
    expect(after.body.data.CurrentUser).toBeNull();
    expect(after.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const again = await graphql(sandbox(), { query: 'mutation { Logout }' }, { headers: { authToken: token } });
    expect(again.body.data).toEqual({ Logout: false });
  });

  it('Login fails for an inactive user and for a wrong password, with a GraphQL error', async () => {
    const inactive = await rosterUser(false);
    const refused = await login(inactive.email);
    expect(refused.status).toBe(200);
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors[0]).toMatchObject({ path: ['Login'], extensions: { code: 'UNAUTHENTICATED' } });
    expect(refused.body.errors[0].message).toMatch(/deactivated/);

    const active = await rosterUser(true);
    const wrong = await login(active.email, 'not-the-password');
    expect(wrong.body.data).toBeNull();
    expect(wrong.body.errors[0]).toMatchObject({ message: 'Invalid email or password', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('CreateLearner creates a user that REST GET /users?email= returns with the same data', async () => {
    const email = 'grace.hopper.gql@example.com';
    const created = await graphql(sandbox(), {
      query: `mutation Create($email: String!) {
        CreateLearner(email: $email, firstName: "Grace", lastName: "Hopper") { id email firstName lastName name disabled roleKey }
      }`,
      variables: { email },
    });
    expect(created.status).toBe(200);
    const learner = created.body.data.CreateLearner;
    expect(learner).toMatchObject({ email, firstName: 'Grace', lastName: 'Hopper', name: 'Grace Hopper', disabled: false, roleKey: 'learner' });

    const rest = await restCall(sandbox(), 'GET', `/users?email=${encodeURIComponent(email)}`);
    expect(rest.body.total).toBe(1);
    expect(rest.body.users[0]).toMatchObject({ id: learner.id, email, firstName: 'Grace', lastName: 'Hopper', active: true, role: 'learner' });

    const duplicate = await graphql(sandbox(), {
      query: `mutation { CreateLearner(email: "${email}", firstName: "G", lastName: "H") { id } }`,
    });
    expect(duplicate.body.data).toBeNull();
    expect(duplicate.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'email_taken' });
  });

  it('CreateLearners creates each learner; a duplicate nulls only its own item', async () => {
    const existing = await rosterUser(true);
    const { body } = await graphql(sandbox(), {
      query: 'mutation Many($learners: [LearnerInput!]!) { CreateLearners(learners: $learners) { id email } }',
      variables: {
        learners: [
          { email: 'ada.batch@example.com', firstName: 'Ada', lastName: 'Lovelace' },
          { email: existing.email, firstName: 'Dup', lastName: 'Licate' },
          { email: 'alan.batch@example.com', firstName: 'Alan', lastName: 'Turing' },
        ],
      },
    });
    const [ada, dup, alan] = body.data.CreateLearners;
    expect(ada.email).toBe('ada.batch@example.com');
    expect(dup).toBeNull();
    expect(alan.email).toBe('alan.batch@example.com');
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toMatchObject({ path: ['CreateLearners', 1], extensions: { code: 'CONFLICT' } });

    for (const learner of [ada, alan]) {
      const rest = await restCall(sandbox(), 'GET', `/users/${learner.id}`);
      expect(rest.status).toBe(200);
      expect(rest.body.user.email).toBe(learner.email);
    }
  });

  it('CompanyDetails answers with the tenant; its mocked appearance settings are flagged', async () => {
    const { body } = await graphql(sandbox(), { query: '{ CompanyDetails { subdomain name } }' });
    expect(body.data.CompanyDetails.subdomain).toBe(sandbox().tenant);
    expect(body.extensions?.simulated).toBeUndefined();

    const withSettings = await graphql(sandbox(), { query: '{ CompanyDetails { subdomain settings { __typename } } }' });
    expect(withSettings.body.data.CompanyDetails.settings).toEqual({ __typename: 'AppearanceSettings' });
    expect(withSettings.body.extensions).toEqual({ simulated: ['CompanyDetails.settings'] });
  });

  it('mocked fields are deterministic across requests and flagged simulated', async () => {
    const query = '{ CatalogContent(page: 1) { contentItems { id title kind slug } } CurrentUser { id } }';
    const first = await graphql(sandbox(), { query });
    const second = await graphql(sandbox(), { query }, { path: helium(sandbox()) });
    expect(first.status).toBe(200);
    expect(first.body.extensions).toEqual({ simulated: ['CatalogContent'] });
    expect(second.body).toEqual(first.body);
    const items = first.body.data.CatalogContent.contentItems;
    expect(items.length).toBeGreaterThan(0);
    expect(items[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('accepts a JSON array of operations and answers with an array in the same order', async () => {
    const { status, body } = await graphql(sandbox(), [
      { query: '{ CurrentUser { email } }' },
      { query: 'query Named { CompanyDetails { subdomain } }', operationName: 'Named' },
      { query: '{ NoSuchField }' },
    ]);
    expect(status).toBe(200);
    expect(body).toHaveLength(3);
    expect(body[0].data.CurrentUser.email).toBe(sandbox().tenants[0]!.store.serviceUser.email);
    expect(body[1].data.CompanyDetails.subdomain).toBe(sandbox().tenant);
    expect(body[2].data).toBeUndefined();
    expect(body[2].errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('serves queries over GET and refuses mutations over GET', async () => {
    const base = `${sandbox().url}/incoming/api/graphql?apiKey=${encodeURIComponent(sandbox().apiKey)}`;
    const get = await fetch(`${base}&query=${encodeURIComponent('query Q($p: Int!) { CatalogContent(page: $p) { contentItems { id } } }')}&variables=${encodeURIComponent('{"p":1}')}`);
    expect(get.status).toBe(200);
    expect((await get.json()).data.CatalogContent.contentItems.length).toBeGreaterThan(0);

    const mutation = await fetch(`${base}&query=${encodeURIComponent('mutation { Logout }')}`);
    expect(mutation.status).toBe(405);
    expect((await mutation.json()).errors[0].message).toMatch(/POST/);
  });

  it('answers 400 with a GraphQL error body for parse, validation and variable errors', async () => {
    const parse = await graphql(sandbox(), { query: '{ CurrentUser { ' });
    expect(parse.status).toBe(400);
    expect(parse.body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');

    const invalid = await graphql(sandbox(), { query: '{ CurrentUser { notAField } }' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(invalid.body.errors[0].message).toContain('notAField');

    const variables = await graphql(sandbox(), {
      query: 'mutation L($email: String!) { Login(email: $email, password: "x") }',
      variables: {},
    });
    expect(variables.status).toBe(400);
    expect(variables.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');

    const empty = await graphql(sandbox(), {});
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].message).toMatch(/query/);
  });

  it(`refuses a query above ${MAX_QUERY_COST} complexity points before running it`, async () => {
    // 1 point for each CurrentUser and 1 for each id: 501 aliases cost 1,002 points.
    const fields = Array.from({ length: 501 }, (_, i) => `u${i}: CurrentUser { id }`).join(' ');
    const tooComplex = await graphql(sandbox(), { query: `{ ${fields} }` });
    expect(tooComplex.status).toBe(400);
    expect(tooComplex.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(tooComplex.body.errors[0].message).toContain('1002');

    const withinLimit = await graphql(sandbox(), { query: `{ ${fields.split(' u250:')[0]} }` });
    expect(withinLimit.status).toBe(200);
  });

  it('answers introspection queries', async () => {
    const { body } = await graphql(sandbox(), { query: '{ __schema { mutationType { name } } __type(name: "LearnerInput") { name } }' });
    expect(body.data).toEqual({ __schema: { mutationType: { name: 'Mutation' } }, __type: { name: 'LearnerInput' } });
  });
});

describe('sandbox GraphQL serving an older snapshot', () => {
  it('2022-06-01 lacks CreateLearner: the same mutation fails validation there', async () => {
    const sandbox = await startTestSandbox({ schema: '2022-06-01', users: 5 });
    try {
      expect(sandbox.snapshotPath).toMatch(/2022-06-01/);
      const { status, body } = await graphql(sandbox, {
        query: 'mutation { CreateLearner(email: "old@example.com", firstName: "O", lastName: "L") { id } }',
      });
      expect(status).toBe(400);
      expect(body.errors[0].message).toBe('Cannot query field "CreateLearner" on type "Mutation".');
      const still = await graphql(sandbox, { query: '{ CurrentUser { email } }' });
      expect(still.body.data.CurrentUser.email).toBe(sandbox.tenants[0]!.store.serviceUser.email);
    } finally {
      await sandbox.close();
    }
  });
});
