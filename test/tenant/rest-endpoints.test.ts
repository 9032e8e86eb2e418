import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TiGraphError } from '../../src/errors/index.js';
import { restFields } from '../../src/gateway/rest-fields/index.js';
import { userRoutes, v2Routes } from '../../src/sandbox/rest/index.js';
import { createRestClient, ENDPOINT_NAMES, ENDPOINTS, expandPath, type TiRestClient } from '../../src/tenant/index.js';
import { gql, useHarness } from '../helpers/gateway.js';
import { tenantConfigFor } from '../helpers/rest-client.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';

/**
 * The endpoint table is the one spelling of every REST path, and ids become path segments only
 * through it: validated (`.`, `..`, empty, slashes and control characters are BAD_USER_INPUT with
 * no request sent) and percent-encoded, so no id can steer a call to another route.
 */
const SEED = '/incoming/api/v1';
const sandboxTemplate = (path: string) => path.replace(/\{([^}]+)\}/g, ':$1');

describe('the endpoint table', () => {
  it('drives the sandbox routes: every endpoint is served under its own template, v2-only ones on v2 only', () => {
    for (const name of ENDPOINT_NAMES) {
      const endpoint = ENDPOINTS[name];
      const concrete = endpoint.path.replace(/\{[^}]+\}/g, 'x1');
      const onV2 = v2Routes().lookup(endpoint.method, concrete);
      expect(onV2.kind, name).toBe('match');
      if (onV2.kind === 'match') expect(onV2.match.template).toBe(sandboxTemplate(endpoint.path));
      const onSeed = userRoutes().lookup(endpoint.method, concrete);
      expect(onSeed.kind === 'match', name).toBe(!('profiles' in endpoint) || (endpoint.profiles as readonly string[]).includes('v1'));
    }
  });

  it('gives the gateway fields their scopes: the delete endpoint and the deactivate policy need admin, nothing else does', () => {
    expect(restFields.scopes).toEqual({ 'Mutation.deactivateUser': 'admin', 'Mutation.deleteUser': 'admin' });
  });

  it('expandPath encodes each parameter as one segment and refuses the ones that cannot be', () => {
    expect(expandPath('/groups/{groupId}/users', { groupId: 'a b?c#d%e' })).toBe('/groups/a%20b%3Fc%23d%25e/users');
    expect(expandPath('/users/{id}', { id: '..x' })).toBe('/users/..x');
    for (const bad of ['', '.', '..', 'a/b', '/', 'a\\b', 'a\u0000b', 'line\nbreak', '\u007f', '\ud800']) {
      expect(() => expandPath('/users/{id}', { id: bad }), JSON.stringify(bad)).toThrowError(
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'id' }),
      );
    }
  });
});

describe('ids in REST paths (issue #14, path traversal)', () => {
  let sandbox: Sandbox;
  let client: TiRestClient;
  let userId: string;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ users: 5 });
    // One attempt: a 404 or 422 is final anyway, and a property run must not wait on retries.
    client = createRestClient(tenantConfigFor(sandbox, 'seed-header', { retry: { ...tenantConfigFor(sandbox).retry, maxAttempts: 1 } }));
    userId = sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).users[0]!.id;
  });
  afterAll(async () => {
    await sandbox?.close();
  });

  /** Ids an attacker would try, mixed with arbitrary strings (any code point, lone surrogates too). */
  const hostileId = fc.oneof(
    fc.constantFrom('', '.', '..', '/', '../users', '..%2F', '%2e%2e', '%2E', '.%2e', '?', '#', '%', '\\', '..\\', ' ', '\t', '\u0000', 'a/..', 'users'),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.array(fc.constantFrom('.', '/', '\\', '%', '2', 'e', 'F', '?', '#', 'a', '\n'), { maxLength: 8 }).map((cs) => cs.join('')),
  );

  const calls: Array<{ route: string; run: (id: string) => Promise<unknown> }> = [
    { route: `GET ${SEED}/users/:id`, run: (id) => client.getUser(id) },
    { route: `DELETE ${SEED}/users/:id`, run: (id) => client.deleteUser(id) },
    { route: `GET ${SEED}/users/:id/enrollments`, run: (id) => client.listEnrollmentsPage(id, { perPage: 1 }) },
    { route: `POST ${SEED}/groups/:groupId/users`, run: (id) => client.addUserToGroup(id, userId) },
    { route: `POST ${SEED}/courses/:courseId/enrollments`, run: (id) => client.enroll(id, userId) },
  ];

  it('for any string id: either BAD_USER_INPUT and no request, or exactly one request to the intended route', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, fc.constantFrom(...calls), async (id, call) => {
        sandbox.requests.reset();
        const error = await call.run(id).then(
          () => undefined,
          (e: unknown) => e,
        );
        const total = sandbox.requests.count();
        if (error instanceof TiGraphError && error.code === 'BAD_USER_INPUT' && total === 0) return;
        expect(total).toBe(1);
        expect(sandbox.requests.count({ route: call.route })).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses ".", "..", empty, slashes and control characters before sending anything', async () => {
    for (const id of ['', '.', '..', 'a/b', '../users', 'a\\b', 'x\u0001', 'x\r\n']) {
      for (const call of calls) {
        sandbox.requests.reset();
        await expect(call.run(id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
        expect(sandbox.requests.count()).toBe(0);
      }
    }
  });
});

describe('ids in REST paths through the gateway', () => {
  const h = useHarness({ sandbox: { users: 5 } });

  it('the attacks of issue #14 are BAD_USER_INPUT with no REST call (they reached user create, /enrollments, the users collection)', async () => {
    const userId = h().sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).users[0]!.id;
    const attacks = [
      { query: 'mutation($u: ID!) { addUserToGroup(groupId: "..", userId: $u) }', variables: { u: userId } },
      { query: '{ userEnrollments(userId: "..") { total } }' },
      { query: 'mutation { deleteUser(id: ".", confirm: true) }' },
      { query: '{ user(id: "../users") { id } }' },
    ];
    for (const attack of attacks) {
      h().sandbox.requests.reset();
      const res = await gql(h(), attack);
      expect(res.body.errors?.[0]?.extensions?.code, attack.query).toBe('BAD_USER_INPUT');
      expect(h().sandbox.requests.count({ route: `${SEED}/users` })).toBe(0);
      expect(h().sandbox.requests.count()).toBe(0);
    }
  });
});
