import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors/index.js';
import { deactivateByEmail, provisionLearner, syncProfile } from '../../src/lifecycle/index.js';
import { createRestClient, type TiRestClient } from '../../src/tenant/index.js';
import { tenantConfigFor } from '../helpers/rest-client.js';
import { useSandbox } from '../helpers/sandbox.js';

const sandbox = useSandbox({ users: 60 });
const tenant = () => sandbox().tenants[0]!;
const store = () => tenant().store;
const client = (): TiRestClient =>
  createRestClient(tenantConfigFor(sandbox(), 'seed-header', { customFieldKeys: [...tenant().customFieldKeys] }));

let serial = 0;
const newEmail = (tag: string) => `${tag}.${++serial}@lifecycle.example.com`;
const writes = () => ['POST', 'PUT', 'DELETE'].reduce((n, method) => n + sandbox().requests.count({ method }), 0);
const published = () => store().listCourses().filter((c) => c.published);
const unpublished = () => store().listCourses().find((c) => !c.published)!;
const groupIds = () => store().listGroups().map((g) => g.id);

describe('provisionLearner', () => {
  it('creates the learner, adds the groups, enrolls the courses; a second run creates nothing', async () => {
    const email = newEmail('new');
    const [c1, c2] = published();
    const [, g1, g2] = groupIds();
    const input = { email, firstName: 'Ada', lastName: 'Lovelace', customFields: { department: 'R&D' }, courses: [c1!.id, c2!.id], groups: [g1!, g2!] };

    const first = await provisionLearner(client(), input);
    expect(first).toMatchObject({ outcome: 'created', enrolled: [c1!.id, c2!.id], alreadyEnrolled: [], groupsAdded: [g1, g2], failures: [] });
    const stored = store().getUserByEmail(email)!;
    expect(stored).toMatchObject({ id: first.userId, firstName: 'Ada', lastName: 'Lovelace', active: true, customFields: { department: 'R&D' } });
    expect(stored.groups).toEqual(expect.arrayContaining([g1, g2]));
    expect(store().listEnrollments(stored.id).enrollments.map((e) => e.courseId).sort()).toEqual([c1!.id, c2!.id].sort());

    sandbox().requests.reset();
    const again = await provisionLearner(client(), { ...input, email: email.toUpperCase() });
    expect(again).toMatchObject({ outcome: 'linked', userId: first.userId, enrolled: [], alreadyEnrolled: [c1!.id, c2!.id], groupsAdded: [], alreadyInGroups: [g1, g2] });
    expect(writes()).toBe(0);
    expect(sandbox().requests.count({ route: '/incoming/api/v1/users', method: 'POST' })).toBe(0);
    expect(store().listUsers({ email }).total).toBe(1);
  });

  it('links an existing user without touching the profile', async () => {
    const existing = store().listUsers({ perPage: 1000 }).users.find((u) => u.active)!;
    const before = store().getUser(existing.id)!;
    const result = await provisionLearner(client(), { email: existing.email, firstName: 'Someone Else', courses: [], groups: [] });
    expect(result).toMatchObject({ outcome: 'linked', userId: existing.id, fieldsChanged: [] });
    expect(store().getUser(existing.id)).toEqual(before);
  });

  it('reports an unpublished course and a missing group per target, and does the rest', async () => {
    const email = newEmail('partial');
    const draft = unpublished();
    const ok = published()[0]!;
    const result = await provisionLearner(client(), { email, courses: [draft.id, ok.id], groups: ['no-such-group', groupIds()[1]!] });
    expect(result.outcome).toBe('created');
    expect(result.enrolled).toEqual([ok.id]);
    expect(result.groupsAdded).toEqual([groupIds()[1]]);
    expect(result.failures).toEqual([
      expect.objectContaining({ step: 'add-to-group', target: 'no-such-group', code: 'NOT_FOUND' }),
      expect.objectContaining({ step: 'enroll', target: draft.id, code: 'BAD_USER_INPUT', reason: expect.stringMatching(/publish/i) }),
    ]);
    expect(store().getEnrollment(result.userId, draft.id)).toBeUndefined();
  });

  it('never enrolls an inactive user unless asked to reactivate', async () => {
    const inactive = store().listUsers({ perPage: 1000 }).users.find((u) => !u.active)!;
    const course = published().find((c) => !store().getEnrollment(inactive.id, c.id))!;

    sandbox().requests.reset();
    const refused = await provisionLearner(client(), { email: inactive.email, courses: [course.id] });
    expect(refused.enrolled).toEqual([]);
    expect(refused.failures).toEqual([expect.objectContaining({ step: 'enroll', target: course.id, reason: expect.stringMatching(/inactive/) })]);
    expect(sandbox().requests.count({ method: 'POST' })).toBe(0);

    const before = store().getUser(inactive.id)!;
    const reactivated = await provisionLearner(client(), { email: inactive.email, active: true, courses: [course.id] });
    expect(reactivated).toMatchObject({ outcome: 'linked', fieldsChanged: [{ field: 'active', from: false, to: true }], enrolled: [course.id], failures: [] });
    const after = store().getUser(inactive.id)!;
    expect({ ...after, updatedAt: '' }).toEqual({ ...before, active: true, updatedAt: '' });
  });
});

describe('deactivateByEmail', () => {
  it('PUTs active: false keeping every other field, then is a no-op', async () => {
    const user = store().listUsers({ perPage: 1000 }).users.find((u) => u.active && u.ssoId && Object.keys(u.customFields).length > 2 && u.groups.length > 1)!;
    const enrollmentsBefore = store().listEnrollments(user.id).total;
    sandbox().requests.reset();
    const result = await deactivateByEmail(client(), user.email.toUpperCase());
    expect(result).toEqual({ email: user.email, userId: user.id, outcome: 'deactivated' });
    expect(sandbox().requests.count({ method: 'PUT' })).toBe(1);
    expect(sandbox().requests.count({ method: 'DELETE' })).toBe(0);
    const after = store().getUser(user.id)!;
    expect({ ...after, updatedAt: '' }).toEqual({ ...user, active: false, updatedAt: '' });
    expect(store().listEnrollments(user.id).total).toBe(enrollmentsBefore);

    sandbox().requests.reset();
    expect((await deactivateByEmail(client(), user.email)).outcome).toBe('already-inactive');
    expect(writes()).toBe(0);
  });

  it('reports an unknown email and deletes only when asked', async () => {
    expect(await deactivateByEmail(client(), newEmail('ghost'))).toMatchObject({ outcome: 'not-found', userId: undefined });
    const email = newEmail('gone');
    const { userId } = await provisionLearner(client(), { email });
    expect(await deactivateByEmail(client(), email, { delete: true })).toEqual({ email, userId, outcome: 'deleted' });
    expect(store().getUser(userId)).toBeUndefined();
  });
});

describe('syncProfile', () => {
  it('updates only the changed fields, custom fields key by key', async () => {
    const user = store().listUsers({ perPage: 1000 }).users.find((u) => u.active && Object.keys(u.customFields).length >= 3)!;
    const keys = Object.keys(user.customFields);
    const changedKey = keys[0]!;
    const result = await syncProfile(client(), {
      email: user.email,
      firstName: user.firstName!, // unchanged
      lastName: 'Renamed',
      customFields: { [changedKey]: 'New Value', [keys[1]!]: user.customFields[keys[1]!] },
    });
    expect(result.outcome).toBe('updated');
    expect(result.changes).toEqual([
      { field: 'lastName', from: user.lastName, to: 'Renamed' },
      { field: `customFields.${changedKey}`, from: user.customFields[changedKey], to: 'New Value' },
    ]);
    const after = store().getUser(user.id)!;
    expect({ ...after, updatedAt: '' }).toEqual({
      ...user,
      lastName: 'Renamed',
      customFields: { ...user.customFields, [changedKey]: 'New Value' },
      updatedAt: '',
    });

    sandbox().requests.reset();
    const again = await syncProfile(client(), { email: user.email, lastName: 'Renamed', customFields: { [changedKey]: 'New Value' } });
    expect(again).toMatchObject({ outcome: 'unchanged', changes: [] });
    expect(writes()).toBe(0);
  });

  it('creates the user when missing', async () => {
    const email = newEmail('hire');
    const result = await syncProfile(client(), { email, firstName: 'Grace', language: 'en-GB', customFields: { employeeId: 'E1' } });
    expect(result.outcome).toBe('created');
    expect(store().getUserByEmail(email)).toMatchObject({ firstName: 'Grace', language: 'en-GB', customFields: { employeeId: 'E1' } });
  });

  it('refuses an unknown custom-field key before writing anything', async () => {
    const user = store().listUsers({ perPage: 1 }).users[0]!;
    sandbox().requests.reset();
    const error = await syncProfile(client(), { email: user.email, lastName: 'X', customFields: { shoeSize: '42' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/shoeSize/);
    expect(writes()).toBe(0);
    expect(store().getUser(user.id)).toEqual(user);
  });

  it('reports a custom field the tenant dropped silently when the keys are not configured', async () => {
    const unchecked = createRestClient(tenantConfigFor(sandbox(), 'seed-header', { customFieldKeys: undefined }));
    const email = newEmail('dropped');
    const error = await syncProfile(unchecked, { email, customFields: { shoeSize: '42', department: 'Ops' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/silently dropped customFields "shoeSize"/);
    expect(store().getUserByEmail(email)?.customFields).toEqual({ department: 'Ops' });
  });
});
