/**
 * The SDK and the generated operations end to end: a sandbox tenant, the gateway on it, and an app's
 * calls through `createClient` with the typed documents: the roster walk, the seed guide's three
 * scenarios, the cross-surface current user, and the gateway's error codes as GatewayError.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createClient, GatewayError, type GatewayClient } from '../../src/client/index.js';
import {
  AddUserToGroupDocument,
  CreateUserDocument,
  CurrentUserDetailDocument,
  DeactivateByEmailDocument,
  DeactivateUserDocument,
  EnrollUserDocument,
  LoginDocument,
  LogoutDocument,
  ProvisionLearnerDocument,
  RosterDocument,
  SyncProfileDocument,
  UpdateUserProfileDocument,
  UserByEmailDocument,
  UserDetailDocument,
  UserEnrollmentsDocument,
  type UserAccountSummaryFragment,
} from '../../src/generated/operations.js';
import { SANDBOX_PASSWORD, type SandboxTenant } from '../../src/sandbox/index.js';
import { useHarness } from '../helpers/gateway.js';

const harness = useHarness({ sandbox: { users: 60 } });
let client: GatewayClient;
let tenant: SandboxTenant;

beforeAll(() => {
  tenant = harness().sandbox.tenants[0]!;
  client = createClient({ url: harness().gateway.url, token: harness().gateway.token!, retry: { baseDelayMs: 5, maxDelayMs: 50 } });
});

async function rejection(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

function publishedCourseId(): string {
  return tenant.store.listCourses().find((course) => course.published)!.id;
}

describe('SDK through the gateway', () => {
  it('walks the whole roster page by page with Roster', async () => {
    const seen: UserAccountSummaryFragment[] = [];
    let page = 1;
    for (;;) {
      const { users } = await client.request(RosterDocument, { page, perPage: 25 });
      expect(users.pageInfo).toMatchObject({ page, perPage: 25, hasPreviousPage: page > 1 });
      seen.push(...users.items);
      if (!users.pageInfo.hasNextPage) break;
      page++;
    }
    expect(seen).toHaveLength(tenant.store.listUsers({ perPage: 100 }).total);
    expect(new Set(seen.map((u) => u.id)).size).toBe(seen.length);
    expect(page).toBe(3);
  });

  it('scenario 1: provisions a learner, enrolls them and adds them to a group', async () => {
    const courseId = publishedCourseId();
    const group = tenant.store.listGroups().at(-1)!;
    const { createUser } = await client.request(CreateUserDocument, {
      input: { email: 'new.learner@example.com', firstName: 'New', lastName: 'Learner', customFields: { department: 'Sales' } },
    });
    expect(createUser).toMatchObject({ email: 'new.learner@example.com', active: true });

    const { enrollUser } = await client.request(EnrollUserDocument, { userId: createUser.id, courseId });
    expect(enrollUser).toMatchObject({ userId: createUser.id, courseId });
    expect((await client.request(AddUserToGroupDocument, { groupId: group.id, userId: createUser.id })).addUserToGroup).toBe(true);

    const { user } = await client.request(UserDetailDocument, { id: createUser.id });
    expect(user?.groups).toContain(group.id);
    expect(user?.customFields).toEqual({ department: 'Sales' });
    expect(user?.enrollments?.map((e) => e.courseId)).toEqual([courseId]);
    const { userEnrollments } = await client.request(UserEnrollmentsDocument, { userId: createUser.id, page: 1, perPage: 10 });
    expect(userEnrollments.items).toEqual(user?.enrollments);
  });

  it('scenario 2: deactivates a leaver found by email, keeping their enrollments', async () => {
    const leaver = tenant.store.listUsers({ perPage: 100 }).users.find((u) => u.active && u.role !== 'admin')!;
    const enrollmentsBefore = tenant.store.listEnrollments(leaver.id).total;
    const { userByEmail } = await client.request(UserByEmailDocument, { email: leaver.email.toUpperCase() });
    expect(userByEmail?.id).toBe(leaver.id);

    const { deactivateUser } = await client.request(DeactivateUserDocument, { id: userByEmail!.id });
    expect(deactivateUser).toMatchObject({ id: leaver.id, active: false });
    const { user } = await client.request(UserDetailDocument, { id: leaver.id });
    expect(user?.active).toBe(false);
    expect(user?.enrollments).toHaveLength(enrollmentsBefore);
  });

  it('scenario 3: upserts an HR profile, creating when absent and merging customFields when present', async () => {
    const email = 'hr.sync@example.com';
    expect((await client.request(UserByEmailDocument, { email })).userByEmail).toBeNull();
    const { createUser } = await client.request(CreateUserDocument, {
      input: { email, firstName: 'Hana', lastName: 'Rao', customFields: { department: 'Ops', employeeId: 'E-1' } },
    });

    const found = (await client.request(UserByEmailDocument, { email })).userByEmail!;
    const { updateUser } = await client.request(UpdateUserProfileDocument, {
      id: found.id,
      input: { lastName: 'Rao-Smith', customFields: { department: 'Finance' } },
    });
    expect(updateUser).toMatchObject({ id: createUser.id, firstName: 'Hana', lastName: 'Rao-Smith' });
    expect(updateUser.customFields).toEqual({ department: 'Finance', employeeId: 'E-1' });
  });

  it('runs the three scenarios as one gateway mutation each, idempotently', async () => {
    const courseId = publishedCourseId();
    const groupId = tenant.store.listGroups()[1]!.id;
    const input = { email: 'one.shot@example.com', firstName: 'One', lastName: 'Shot', courses: [courseId], groups: [groupId] };
    const first = (await client.request(ProvisionLearnerDocument, { input })).provisionLearner;
    expect(first).toMatchObject({ outcome: 'CREATED', enrolled: [courseId], groupsAdded: [groupId], failures: [] });
    expect(first.user).toMatchObject({ id: first.userId, active: true, groups: [groupId] });
    const again = (await client.request(ProvisionLearnerDocument, { input })).provisionLearner;
    expect(again).toMatchObject({ outcome: 'LINKED', userId: first.userId, enrolled: [], alreadyEnrolled: [courseId], alreadyInGroups: [groupId] });

    const synced = (await client.request(SyncProfileDocument, { input: { email: input.email, lastName: 'Shot-Two', customFields: { costCenter: 'CC-9' } } })).syncProfile;
    expect(synced.outcome).toBe('UPDATED');
    expect(synced.changes.map((change) => change.field).sort()).toEqual(['customFields.costCenter', 'lastName']);
    expect(synced.user).toMatchObject({ lastName: 'Shot-Two', customFields: { costCenter: 'CC-9' } });
    const unchanged = (await client.request(SyncProfileDocument, { input: { email: input.email, lastName: 'Shot-Two' } })).syncProfile;
    expect(unchanged).toMatchObject({ outcome: 'UNCHANGED', changes: [] });

    expect((await client.request(DeactivateByEmailDocument, { email: input.email })).deactivateByEmail).toMatchObject({ outcome: 'DEACTIVATED', userId: first.userId });
    expect((await client.request(DeactivateByEmailDocument, { email: input.email })).deactivateByEmail.outcome).toBe('ALREADY_INACTIVE');
    expect((await client.request(DeactivateByEmailDocument, { email: 'nobody@example.com' })).deactivateByEmail).toMatchObject({ outcome: 'NOT_FOUND', userId: null });
  });

  it('reads a signed-in learner across both surfaces in one request', async () => {
    const learner = tenant.store.listUsers({ perPage: 100 }).users.find((u) => u.active && tenant.store.listEnrollments(u.id).total > 0)!;
    const { Login: authToken } = await client.request(LoginDocument, { email: learner.email, password: SANDBOX_PASSWORD });
    const asLearner = { headers: { authToken } };

    const { CurrentUser } = await client.request(CurrentUserDetailDocument, undefined, asLearner);
    // Profile from the tenant's GraphQL API; active, groups and enrollments from its REST API.
    expect(CurrentUser).toMatchObject({ id: learner.id, email: learner.email, active: true, groups: learner.groups });
    expect(CurrentUser?.enrollments?.map((e) => e.courseId).sort()).toEqual(
      tenant.store.listEnrollments(learner.id, { perPage: 100 }).enrollments.map((e) => e.courseId).sort(),
    );
    expect((await client.request(LogoutDocument, undefined, asLearner)).Logout).toBe(true);
  });

  it('surfaces the gateway codes as GatewayError: NOT_FOUND, CONFLICT (not retried), UNAUTHENTICATED', async () => {
    const missing = await rejection(client.request(UserDetailDocument, { id: 'no-such-user' }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', operationName: 'UserDetail', attempts: 1 });

    const existing = tenant.store.listUsers({ perPage: 1 }).users[0]!;
    const createsBefore = harness().sandbox.requests.count({ method: 'POST', route: '/incoming/api/v1/users' });
    const duplicate = await rejection(client.request(CreateUserDocument, { input: { email: existing.email } }));
    expect(duplicate).toMatchObject({ code: 'CONFLICT', operationName: 'CreateUser', attempts: 1 });
    expect(harness().sandbox.requests.count({ method: 'POST', route: '/incoming/api/v1/users' })).toBe(createsBefore + 1);

    const stranger = createClient({ url: harness().gateway.url, token: 'not-a-token' });
    const refused = await rejection(stranger.request(RosterDocument, { page: 1, perPage: 1 }));
    expect(refused.code).toBe('UNAUTHENTICATED');
    expect(refused.message).not.toContain(harness().sandbox.apiKey);
  });

  it('retries a rate-limited query through the whole stack, boundedly, and never a mutation', async () => {
    // The harness's gateway makes one attempt per tenant call, so the tenant's 429 reaches the SDK.
    tenant.setFaults({ burst429Rate: 1, burst429Length: 1 });
    try {
      harness().sandbox.requests.reset();
      const query = await rejection(client.request(RosterDocument, { page: 1, perPage: 5 }));
      expect(query).toMatchObject({ code: 'RATE_LIMITED', operationName: 'Roster', attempts: 3 });
      expect(harness().sandbox.requests.count({ method: 'GET', route: '/incoming/api/v1/users' })).toBe(3);

      harness().sandbox.requests.reset();
      const mutation = await rejection(client.request(CreateUserDocument, { input: { email: 'limited@example.com' } }));
      expect(mutation).toMatchObject({ code: 'RATE_LIMITED', operationName: 'CreateUser', attempts: 1 });
      expect(harness().sandbox.requests.count({ method: 'POST', route: '/incoming/api/v1/users' })).toBe(1);
    } finally {
      tenant.setFaults(undefined);
    }
    expect((await client.request(RosterDocument, { page: 1, perPage: 5 })).users.items).toHaveLength(5);
  });
});
