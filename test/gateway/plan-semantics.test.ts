/**
 * The query plan's own guarantees, over HTTP on loopback against the sandbox: one tenant request
 * per operation, plans cached per document, the documents left to stitching (and that they still
 * answer), REST fan-out issued for every collected parent at once under the cap, and the one place
 * the plan deliberately differs from stitched execution (where stitching departs from the spec).
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { GATEWAY_EXTENSIONS, startGateway, type GatewayRestClient, type RunningGateway } from '../../src/gateway/index.js';
import { createQueryPlanner, type QueryPlanner } from '../../src/gateway/plan/index.js';
import { loadSnapshotSchema } from '../../src/gateway/index.js';
import { composeGatewaySchema } from '../../src/gateway/compose.js';
import { SANDBOX_PASSWORD } from '../../src/sandbox/index.js';
import { createRestClient } from '../../src/tenant/index.js';
import { createLogger } from '../../src/util/index.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';

const GRAPHQL = 'POST /incoming/api/graphql';
const LIST = 'GET /incoming/api/v1/users';
const ENROLLMENTS = 'GET /incoming/api/v1/users/:id/enrollments';

/** The real REST client, with every enrollments call's start and end recorded. */
function recordingRest(rest: GatewayRestClient) {
  const calls: Array<{ started: number; ended?: number }> = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const wrapped: GatewayRestClient = {
    ...rest,
    async listEnrollmentsPage(...args: Parameters<GatewayRestClient['listEnrollmentsPage']>) {
      const call: { started: number; ended?: number } = { started: performance.now() };
      calls.push(call);
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await rest.listEnrollmentsPage(...args);
      } finally {
        inFlight -= 1;
        call.ended = performance.now();
      }
    },
  };
  return { rest: wrapped, calls, maxInFlight: () => maxInFlight, reset: () => ((calls.length = 0), (maxInFlight = 0)) };
}

describe('query plan', () => {
  let sandbox: Sandbox;
  let gateway: RunningGateway;
  let recorder: ReturnType<typeof recordingRest>;
  const post = async (payload: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}`, ...headers },
      body: JSON.stringify(payload),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const count = (route: string) => sandbox.requests.count({ route });

  beforeAll(async () => {
    sandbox = await startTestSandbox({ users: 60 });
    const config = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_RETRY_MAX_ATTEMPTS: '1' });
    recorder = recordingRest(createRestClient(config.tenant!));
    gateway = await startGateway({
      gateway: { ...config.gateway, port: 0, tokens: [] },
      tenant: config.tenant!,
      rest: recorder.rest,
      restConcurrency: 10,
      logLevel: 'warn',
    });
  });
  afterAll(async () => {
    await gateway?.close(500);
    await sandbox?.close();
  });

  it('answers a mixed query with one tenant request and one REST list call', async () => {
    sandbox.requests.reset();
    const res = await post({ query: '{ CompanyDetails { name subdomain } users(perPage: 25) { total items { email active } } }' });
    expect(res.body.errors).toBeUndefined();
    const store = sandbox.tenants[0]!.store;
    const page = store.listUsers({ page: 1, perPage: 25 });
    expect(res.body.data.users).toEqual({ total: page.total, items: page.users.map((u) => ({ email: u.email, active: u.active })) });
    expect(res.body.data.CompanyDetails.subdomain).toBeTruthy();
    expect(Object.keys(res.body.data)).toEqual(['CompanyDetails', 'users']);
    expect(count(GRAPHQL)).toBe(1);
    expect(count(LIST)).toBe(1);
  });

  it('sends several tenant root fields and the cross-surface keys as ONE tenant request', async () => {
    const learner = sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 60 }).users.find((u) => u.active)!;
    sandbox.requests.reset();
    const res = await post({
      query: `query Q($withCompany: Boolean = true) {
        me: CurrentUser { email active ...Rest }
        CompanyDetails @include(if: $withCompany) { name }
        board: UserEarnedBadgeBoard { earnedBadges { user { __typename enrollments { courseId } } } }
      }
      fragment Rest on User { groups account { email } }`,
    });
    expect(res.status).toBe(200);
    expect(count(GRAPHQL)).toBe(1);
    // The service user behind the API key has no REST record: its REST fields fail with NOT_FOUND
    // at their own paths, the tenant fields around them keep their data.
    expect(res.body.data.me.email).toBeTruthy();
    expect(res.body.data.me).toMatchObject({ active: null, groups: null, account: null });
    expect(Object.keys(res.body.data.me)).toEqual(['email', 'active', 'groups', 'account']);
    const paths = res.body.errors.map((e: { path: unknown[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['me.active', 'me.groups', 'me.account', 'board.earnedBadges.0.user.enrollments']));
    expect(res.body.errors.every((e: { extensions: { code: string } }) => e.extensions.code === 'NOT_FOUND')).toBe(true);
    expect(res.body.data.board.earnedBadges[0].user).toEqual({ __typename: 'User', enrollments: null });
    expect(learner).toBeDefined();
  });

  it('issues the enrollments of every collected user at once, at most 10 in flight', async () => {
    // 60 ms per REST call: level-by-level fetching would show as calls starting after others ended.
    sandbox.tenants[0]!.setFaults({ latencyMs: 60, path: '/incoming/api/v1/users/' });
    try {
      recorder.reset();
      sandbox.requests.reset();
      const res = await post({ query: '{ users(perPage: 25) { items { enrollments { courseId status } } } }' });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.users.items).toHaveLength(25);
      expect(count(LIST)).toBe(1);
      expect(count(ENROLLMENTS)).toBe(25);
      expect(recorder.maxInFlight()).toBe(10);
      // The first ten start together (before any of them has ended): the page's users are all known at once.
      const first = recorder.calls.slice(0, 10);
      expect(Math.max(...first.map((c) => c.started))).toBeLessThan(Math.min(...first.map((c) => c.ended!)));

      // Cross-surface, nested: the tenant's users at two depths get their enrollments in one wave.
      recorder.reset();
      await post({ query: '{ UserBookmarks { user { enrollments { courseId } } bookmarks { user { enrollments { courseId } } } } }' });
      expect(recorder.calls.length).toBeGreaterThan(2);
      const wave = recorder.calls.slice(0, Math.min(10, recorder.calls.length));
      expect(Math.max(...wave.map((c) => c.started))).toBeLessThan(Math.min(...wave.map((c) => c.ended!)));
    } finally {
      sandbox.tenants[0]!.setFaults(undefined);
    }
  });

  it('answers batches, each operation planned on its own', async () => {
    sandbox.requests.reset();
    const res = await post([
      { query: '{ users(perPage: 2) { total } }' },
      { query: 'query Named { CompanyDetails { name } u: users(perPage: 1) { items { email } } }', operationName: 'Named' },
    ]);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body[0].data.users.total).toBe(60);
    expect(res.body[1].data.u.items).toHaveLength(1);
    expect(res.body[1].data.CompanyDetails.name).toBeTruthy();
  });

  it('still answers what it leaves to stitched execution (introspection, mixed-surface mutations)', async () => {
    const introspection = await post({ query: '{ __type(name: "UserAccount") { name } users(perPage: 1) { total } }' });
    expect(introspection.body).toEqual({ data: { __type: { name: 'UserAccount' }, users: { total: 60 } } });
    const mixed = await post({
      query: 'mutation { CreateLearner(email: "plan.mixed@example.com", firstName: "P", lastName: "M") { email active } createUser(input: { email: "plan.rest@example.com" }) { email } }',
    });
    expect(mixed.body.errors).toBeUndefined();
    expect(mixed.body.data).toEqual({ CreateLearner: { email: 'plan.mixed@example.com', active: true }, createUser: { email: 'plan.rest@example.com' } });
  });

  it('answers the spec, not stitching, for one leaf selected twice under differing @include', async () => {
    // Stitching answers null for `retinaLogo` here; graphql-js (the tenant) and the plan answer its value.
    const query = '{ CompanyDetails { settings { retinaLogo @include(if: false) font retinaLogo @include(if: true) } } users(perPage: 1) { total } }';
    const planned = await post({ query });
    const direct = await fetch(`${sandbox.url}/incoming/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': sandbox.apiKey },
      body: JSON.stringify({ query: '{ CompanyDetails { settings { retinaLogo font } } }' }),
    }).then((r) => r.json() as Promise<any>);
    expect(planned.body.data.CompanyDetails.settings).toEqual({ retinaLogo: direct.data.CompanyDetails.settings.retinaLogo, font: direct.data.CompanyDetails.settings.font });
    expect(planned.body.data.CompanyDetails.settings.retinaLogo).not.toBeNull();
  });
  it('still fetches the key a cross-surface field needs when the client skips its own id', async () => {
    // Stitching sends the client's `id @include(if: false)` as is and the resolver gets no id
    // (INTERNAL); the plan asks for the key unconditionally.
    const learner = sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 60 }).users.find((u) => u.active)!;
    const token = sandbox.tenants[0]!.store.login(learner.email, SANDBOX_PASSWORD);
    const res = await post({ query: '{ CurrentUser { id @include(if: false) email active } }' }, { authtoken: token });
    expect(res.body).toEqual({ data: { CurrentUser: { email: learner.email, active: true } } });
  });
});

describe('query planner (plans, cache, fallbacks)', () => {
  let planner: QueryPlanner;
  beforeAll(() => {
    const tenantSchema = loadSnapshotSchema();
    const composed = composeGatewaySchema({ tenantSchema, extensions: GATEWAY_EXTENSIONS });
    planner = createQueryPlanner({
      schema: composed.schema,
      tenantSchema,
      extensions: GATEWAY_EXTENSIONS,
      extensionFields: composed.extensionFields,
      tenantBatch: () => Promise.reject(new Error('not called')),
      logger: createLogger({ name: 'test', level: 'silent' }),
      cacheSize: 2,
    });
  });

  it('prints the tenant part once: no gateway fields, the key added, fragments and used variables carried', () => {
    const document = parse(`query Q($n: Int = 3, $full: Boolean!) {
      users(perPage: $n) { total }
      CurrentUser { firstName ...Cross @include(if: $full) }
    }
    fragment Cross on User { active enrollments { courseId } lastName }`);
    const plan = planner.plan(document, 'Q');
    expect(plan.kind).toBe('plan');
    if (plan.kind !== 'plan') return;
    const tenantQuery = plan.tenant!.query;
    expect(tenantQuery).not.toMatch(/users|active|enrollments/);
    expect(tenantQuery).toContain('query Q($full: Boolean!)');
    expect(tenantQuery).toMatch(/fragment Cross on User \{\s*lastName\s*id\s*\}/);
    expect(plan.tenant!.bodyPrefix).toBe(`{"query":${JSON.stringify(tenantQuery)},"operationName":"Q"`);
    expect(plan.gatewayRoots!.keys).toEqual(new Set(['users']));
    expect(plan.crossSurface!.points.map((p) => p.path)).toEqual([[{ key: 'CurrentUser' }]]);
    // Cached: the same plan object for the same document and operation.
    expect(planner.plan(document, 'Q')).toBe(plan);
  });

  it('keeps a bounded number of documents (LRU)', () => {
    const docs = ['{ users { total } }', '{ user(id: "1") { id } }', '{ userByEmail(email: "a@b.c") { id } }'].map((q) => parse(q));
    const first = planner.plan(docs[0]!, undefined);
    planner.plan(docs[1]!, undefined);
    planner.plan(docs[2]!, undefined);
    expect(planner.plan(docs[0]!, undefined)).not.toBe(first);
  });

  it('leaves to stitched execution what it does not handle, saying why', () => {
    const reasons: Record<string, string> = {
      'subscription { userEvents { __typename } }': 'subscription',
      '{ __schema { queryType { name } } users { total } }': 'introspection',
      'mutation { CreateLearner(email: "a@b.c", firstName: "a", lastName: "b") { id } deleteUser(id: "1", confirm: true) }': 'a mutation with root fields on both surfaces',
      'mutation { a: CreateLearner(email: "a@b.c", firstName: "a", lastName: "b") { active } b: CreateLearner(email: "b@b.c", firstName: "a", lastName: "b") { id } }':
        'several tenant mutations with cross-surface fields (the REST reads must follow each one)',
      '{ CurrentUser { tigKey_id: id active } }': "alias tigKey_id is the planner's",
      '{ CurrentUser { nope } }': 'invalid document',
    };
    for (const [query, reason] of Object.entries(reasons)) {
      const plan = planner.plan(parse(query), undefined);
      expect(plan, query).toEqual({ kind: 'fallback', reason });
    }
  });
});
