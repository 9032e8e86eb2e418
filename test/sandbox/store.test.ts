import { describe, expect, it } from 'vitest';
import { SandboxStoreError } from '../../src/sandbox/index.js';
import { SANDBOX_PASSWORD, TenantStore, type StoreEvent } from '../../src/sandbox/store/index.js';

function rejection(fn: () => unknown): SandboxStoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SandboxStoreError) return error;
    throw error;
  }
  throw new Error('expected a SandboxStoreError');
}

describe('TenantStore seeding', () => {
  it('is deterministic for a seed and keeps user N stable across roster sizes', () => {
    const a = TenantStore.seeded({ name: 'acme', seed: 7 });
    const b = TenantStore.seeded({ name: 'acme', seed: 7 });
    const big = TenantStore.seeded({ name: 'acme', seed: 7, users: 1000 });
    expect(a.listUsers({ perPage: 150 })).toEqual(b.listUsers({ perPage: 150 }));
    expect(big.listUsers({ perPage: 150 }).users).toEqual(a.listUsers({ perPage: 150 }).users);
    expect(a.listUsers().total).toBe(150);
    expect(TenantStore.seeded({ name: 'other', seed: 7 }).listUsers().users[0]!.id).not.toBe(a.listUsers().users[0]!.id);
  });

  it('has groups, published and unpublished courses, and enrollments in every state', () => {
    const store = TenantStore.seeded({ name: 'acme' });
    expect(store.listGroups().length).toBeGreaterThan(3);
    const courses = store.listCourses();
    expect(courses.some((c) => c.published)).toBe(true);
    expect(courses.some((c) => !c.published)).toBe(true);
    const statuses = new Set<string>();
    for (const user of store.listUsers({ perPage: 150 }).users) {
      for (const e of store.listEnrollments(user.id, { perPage: 100 }).enrollments) statuses.add(e.status);
    }
    expect([...statuses].sort()).toEqual(['completed', 'in_progress', 'not_started']);
  });

  it('builds 10,000 users with unique ids and emails', () => {
    const store = TenantStore.seeded({ name: 'big', users: 10_000 });
    const page = store.listUsers({ perPage: 10_000 });
    expect(page.total).toBe(10_000);
    expect(new Set(page.users.map((u) => u.id)).size).toBe(10_000);
    expect(new Set(page.users.map((u) => u.email)).size).toBe(10_000);
  });
});

describe('TenantStore users', () => {
  it('creates, replaces (full replacement) and deletes, emitting events', () => {
    const store = TenantStore.seeded({ name: 'acme', users: 3 });
    const events: StoreEvent[] = [];
    store.onChange((e) => events.push(e));
    const group = store.listGroups()[1]!;
    const created = store.createUser({
      email: 'New.Person@Example.com',
      firstName: 'New',
      lastName: 'Person',
      password: 'correct horse',
      groups: [group.id],
      customFields: { department: 'Sales', shoeSize: 44 },
      language: 'en-GB',
    });
    expect(created).not.toHaveProperty('password');
    expect(created).not.toHaveProperty('passwordHash');
    expect(created.customFields).toEqual({ department: 'Sales' });
    expect(store.getUserByEmail('new.person@example.com')?.id).toBe(created.id);
    expect(rejection(() => store.createUser({ email: 'NEW.person@example.com' })).errorCode).toBe('email_taken');

    const replaced = store.replaceUser(created.id, { firstName: 'Renamed', id: 'ignored', createdAt: '1999-01-01T00:00:00Z' });
    expect(replaced).toMatchObject({
      id: created.id,
      email: created.email,
      firstName: 'Renamed',
      lastName: null,
      groups: [],
      customFields: {},
      language: null,
      role: 'learner',
      active: true,
      createdAt: created.createdAt,
    });
    // password kept when absent
    expect(typeof store.login('new.person@example.com', 'correct horse')).toBe('string');

    store.deleteUser(created.id);
    expect(store.getUser(created.id)).toBeUndefined();
    expect(events.map((e) => e.type)).toEqual(['user.created', 'user.updated', 'user.deleted']);
  });

  it('validates input with messages naming the field', () => {
    const store = TenantStore.seeded({ name: 'acme', users: 1 });
    expect(rejection(() => store.createUser({})).errorCode).toBe('email_required');
    const bad = rejection(() => store.createUser({ email: 'not-an-email' }));
    expect(bad.reason).toBe('invalid');
    expect(bad.message).toMatch(/^email: /);
    expect(rejection(() => store.createUser({ email: 'a@b.co', active: 'yes' })).field).toBe('active');
    expect(rejection(() => store.createUser({ email: 'a@b.co', groups: ['nope'] })).errorCode).toBe('group_not_found');
    expect(store.userCount).toBe(1);
  });

  it('logs seeded users in with the sandbox password; inactive users cannot log in', () => {
    const store = TenantStore.seeded({ name: 'acme', users: 50 });
    const users = store.listUsers({ perPage: 50 }).users;
    const active = users.find((u) => u.active)!;
    const token = store.login(active.email, SANDBOX_PASSWORD);
    expect(store.userForToken(token)?.id).toBe(active.id);
    expect(rejection(() => store.login(active.email, 'wrong-password')).errorCode).toBe('invalid_credentials');
    store.replaceUser(active.id, { active: false });
    expect(store.userForToken(token)).toBeUndefined();
    expect(rejection(() => store.login(active.email, SANDBOX_PASSWORD)).errorCode).toBe('user_inactive');
    expect(store.logout(token)).toBe(true);
  });
});

describe('TenantStore enrollments', () => {
  it('enforces published course, active user, no duplicates; completion emits course.completed', () => {
    const store = TenantStore.seeded({ name: 'acme', users: 0 });
    const events: string[] = [];
    store.onChange((e) => events.push(e.type));
    const published = store.listCourses().find((c) => c.published)!;
    const draft = store.listCourses().find((c) => !c.published)!;
    const user = store.createUser({ email: 'learner@example.com' });
    const inactive = store.createUser({ email: 'gone@example.com', active: false });
    expect(rejection(() => store.enroll('nope', user.id)).errorCode).toBe('course_not_found');
    expect(rejection(() => store.enroll(published.id, 'nope')).errorCode).toBe('user_not_found');
    expect(rejection(() => store.enroll(draft.id, user.id)).reason).toBe('unprocessable');
    expect(rejection(() => store.enroll(published.id, inactive.id)).errorCode).toBe('user_inactive');
    expect(store.enroll(published.id, user.id)).toMatchObject({ status: 'not_started', completedAt: null });
    expect(rejection(() => store.enroll(published.id, user.id)).reason).toBe('conflict');
    const done = store.completeCourse(user.id, published.id);
    expect(done.completedAt).not.toBeNull();
    expect(events).toEqual(['user.created', 'user.created', 'user.enrolled', 'course.completed']);
    store.deleteUser(user.id);
    const again = store.createUser({ email: 'learner@example.com' });
    expect(store.listEnrollments(again.id).total).toBe(0);
  });
});
