/**
 * The lifecycle jobs as gateway mutations, end to end: client -> gateway -> REST client -> sandbox.
 */
import { describe, expect, it } from 'vitest';
import type { ClientToken } from '../../src/config/index.js';
import { gql, useHarness } from '../helpers/gateway.js';

const WRITER: ClientToken = { name: 'hr-sync', token: 'writer-token-0123456789', scopes: ['read', 'write'] };
const ADMIN: ClientToken = { name: 'ops', token: 'admin-token-01234567890', scopes: ['admin'] };

const PROVISION = `mutation($input: ProvisionLearnerInput!) {
  provisionLearner(input: $input) {
    outcome userId email enrolled alreadyEnrolled groupsAdded alreadyInGroups
    fieldsChanged { field from to }
    failures { step target code reason }
    user { id email firstName active groups customFields enrollments { courseId } }
  }
}`;

describe('lifecycle mutations on the gateway', () => {
  const h = useHarness({ tokens: [WRITER, ADMIN], env: { TI_CUSTOM_FIELD_KEYS: 'department,employeeId,costCenter,hireDate,manager' } });
  const store = () => h().sandbox.tenants[0]!.store;
  const writes = () => ['POST', 'PUT', 'DELETE'].reduce((n, method) => n + h().sandbox.requests.count({ method }), 0);

  it('provisionLearner creates, then links with nothing written; per-course failures come back as data', async () => {
    const course = store().listCourses().find((c) => c.published)!;
    const draft = store().listCourses().find((c) => !c.published)!;
    const group = store().listGroups()[2]!;
    const input = { email: 'gw.learner@example.com', firstName: 'Gee', customFields: { department: 'Ops' }, courses: [course.id], groups: [group.id] };

    const first = await gql(h(), { query: PROVISION, variables: { input } }, { token: WRITER.token });
    expect(first.body.errors).toBeUndefined();
    const created = first.body.data.provisionLearner;
    expect(created).toMatchObject({ outcome: 'CREATED', email: 'gw.learner@example.com', enrolled: [course.id], groupsAdded: [group.id], failures: [] });
    expect(created.fieldsChanged).toEqual([
      { field: 'firstName', from: null, to: 'Gee' },
      { field: 'customFields.department', from: null, to: 'Ops' },
    ]);
    expect(created.user).toMatchObject({ id: created.userId, firstName: 'Gee', active: true, groups: [group.id], customFields: { department: 'Ops' }, enrollments: [{ courseId: course.id }] });

    h().sandbox.requests.reset();
    const again = await gql(h(), { query: PROVISION, variables: { input: { ...input, courses: [course.id, draft.id] } } }, { token: WRITER.token });
    const linked = again.body.data.provisionLearner;
    expect(linked).toMatchObject({ outcome: 'LINKED', userId: created.userId, alreadyEnrolled: [course.id], alreadyInGroups: [group.id], enrolled: [] });
    expect(linked.failures).toEqual([{ step: 'enroll', target: draft.id, code: 'BAD_USER_INPUT', reason: expect.stringMatching(/publish/) }]);
    expect(h().sandbox.requests.count({ method: 'POST', route: '/incoming/api/v1/users' })).toBe(0);
  });

  it('syncProfile writes only what differs, and refuses an unknown custom-field key with BAD_USER_INPUT', async () => {
    const query = `mutation($input: SyncProfileInput!) { syncProfile(input: $input) { outcome userId changes { field from to } user { lastName customFields } } }`;
    const user = store().listUsers({ perPage: 1000 }).users.find((u) => u.active && Object.keys(u.customFields).length >= 2)!;
    const input = { email: user.email.toUpperCase(), lastName: 'Synced', firstName: null, customFields: { department: 'Gateway' } };
    const res = await gql(h(), { query, variables: { input } }, { token: WRITER.token });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.syncProfile).toEqual({
      outcome: 'UPDATED',
      userId: user.id,
      changes: [
        { field: 'lastName', from: user.lastName, to: 'Synced' },
        ...(user.customFields.department === 'Gateway' ? [] : [{ field: 'customFields.department', from: user.customFields.department, to: 'Gateway' }]),
      ],
      user: { lastName: 'Synced', customFields: { ...user.customFields, department: 'Gateway' } },
    });
    expect(store().getUser(user.id)!.firstName).toBe(user.firstName); // null means "not given", never "clear"

    h().sandbox.requests.reset();
    const unchanged = await gql(h(), { query, variables: { input } }, { token: WRITER.token });
    expect(unchanged.body.data.syncProfile.outcome).toBe('UNCHANGED');
    expect(writes()).toBe(0);

    const bad = await gql(h(), { query, variables: { input: { email: user.email, customFields: { shoeSize: 44 } } } }, { token: WRITER.token });
    expect(bad.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors[0].message).toContain('shoeSize');
  });

  it('deactivateByEmail needs admin, keeps every other field, and is idempotent', async () => {
    const query = `mutation($email: String!) { deactivateByEmail(email: $email) { outcome email userId } }`;
    const user = store().listUsers({ perPage: 1000 }).users.find((u) => u.active)!;
    const refused = await gql(h(), { query, variables: { email: user.email } }, { token: WRITER.token });
    expect(refused.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(store().getUser(user.id)!.active).toBe(true);

    const done = await gql(h(), { query, variables: { email: user.email } }, { token: ADMIN.token });
    expect(done.body.data.deactivateByEmail).toEqual({ outcome: 'DEACTIVATED', email: user.email, userId: user.id });
    expect({ ...store().getUser(user.id)!, updatedAt: '' }).toEqual({ ...user, active: false, updatedAt: '' });
    const again = await gql(h(), { query, variables: { email: user.email } }, { token: ADMIN.token });
    expect(again.body.data.deactivateByEmail.outcome).toBe('ALREADY_INACTIVE');
    const nobody = await gql(h(), { query, variables: { email: 'nobody@example.com' } }, { token: ADMIN.token });
    expect(nobody.body.data.deactivateByEmail).toEqual({ outcome: 'NOT_FOUND', email: 'nobody@example.com', userId: null });
  });
});
