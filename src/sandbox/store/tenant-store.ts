import { randomUUID } from 'node:crypto';
import { SandboxStoreError } from '../errors.js';
import { hashPassword, verifyPassword } from './password.js';
import { DEFAULT_CUSTOM_FIELD_KEYS, seedTenant } from './seed-data.js';
import { ChangeNotifier } from './change-notifier.js';
import { normalizePage, publicUser, replacementFields } from './records.js';
import { SessionTable } from './sessions.js';
import { validateUserInput } from './validate.js';
import type {
  Course,
  Enrollment,
  EnrollmentPage,
  EnrollmentStatus,
  Group,
  PageRequest,
  StoreEvent,
  StoreListener,
  TenantSnapshot,
  User,
  UserPage,
  UserRecord,
} from './types.js';

export interface SeededStoreOptions {
  /** Tenant name (its "subdomain"). */
  name: string;
  /** PRNG seed; the same seed builds the same tenant. */
  seed?: number | string;
  /** Size of the seeded roster. */
  users?: number;
  /** customFields keys configured for the tenant; others are silently dropped on write. */
  customFieldKeys?: readonly string[];
  clock?: () => Date;
}

export interface SnapshotStoreOptions {
  name: string;
  customFieldKeys?: readonly string[];
  clock?: () => Date;
}

export const DEFAULT_SEED = 20240101;
export const DEFAULT_USER_COUNT = 150;

/**
 * One tenant's data, in memory and synchronous. Every mutation validates its input, applies in full
 * or not at all (throwing `SandboxStoreError`), then tells `onChange` listeners what happened.
 * Returned objects are copies: changing them never changes the store.
 */
export class TenantStore {
  readonly name: string;
  readonly customFieldKeys: readonly string[];
  private readonly clock: () => Date;
  private readonly users = new Map<string, UserRecord>();
  private readonly idByEmail = new Map<string, string>();
  private readonly groups = new Map<string, Group>();
  private readonly courses = new Map<string, Course>();
  /** userId -> courseId -> enrollment, in enrollment order. */
  private readonly enrollments = new Map<string, Map<string, Enrollment>>();
  private readonly sessions = new SessionTable();
  private readonly notifier = new ChangeNotifier();
  private readonly service: User;
  /** User ids in roster order; rebuilt lazily after creates and deletes so paging stays O(page). */
  private order: string[] | undefined;

  /** A freshly seeded tenant (deterministic for a given seed, name and size). */
  static seeded(options: SeededStoreOptions): TenantStore {
    const customFieldKeys = options.customFieldKeys ?? DEFAULT_CUSTOM_FIELD_KEYS;
    const data = seedTenant({
      tenant: options.name,
      seed: options.seed ?? DEFAULT_SEED,
      users: options.users ?? DEFAULT_USER_COUNT,
      customFieldKeys,
    });
    return new TenantStore({ name: options.name, customFieldKeys, clock: options.clock }, data);
  }

  /** A tenant restored from a snapshot (the data file). */
  static fromSnapshot(options: SnapshotStoreOptions, data: TenantSnapshot): TenantStore {
    return new TenantStore(options, structuredClone(data));
  }

  private constructor(options: SnapshotStoreOptions, data: TenantSnapshot) {
    this.name = options.name;
    this.customFieldKeys = [...(options.customFieldKeys ?? DEFAULT_CUSTOM_FIELD_KEYS)];
    this.clock = options.clock ?? (() => new Date());
    this.service = data.serviceUser;
    for (const group of data.groups) this.groups.set(group.id, group);
    for (const course of data.courses) this.courses.set(course.id, course);
    for (const user of data.users) {
      this.users.set(user.id, user);
      this.idByEmail.set(user.email.toLowerCase(), user.id);
    }
    for (const enrollment of data.enrollments) this.enrollmentsOf(enrollment.userId).set(enrollment.courseId, enrollment);
  }

  /** Everything the tenant holds, for persistence (includes password hashes). */
  toSnapshot(): TenantSnapshot {
    return structuredClone({
      users: [...this.users.values()],
      groups: [...this.groups.values()],
      courses: [...this.courses.values()],
      enrollments: [...this.enrollments.values()].flatMap((byCourse) => [...byCourse.values()]),
      serviceUser: this.service,
    });
  }

  // ---- change notification -------------------------------------------------------------------

  /** Called after each applied mutation with what happened. Returns the unsubscribe function. */
  onChange(listener: StoreListener): () => void {
    return this.notifier.onChange(listener);
  }

  /** Called after any mutation, including ones with no public event (e.g. progress updates). */
  onMutate(listener: () => void): () => void {
    return this.notifier.onMutate(listener);
  }

  private emit(event: StoreEvent | undefined): void {
    this.notifier.emit(event);
  }

  private now(): string {
    return this.clock().toISOString();
  }

  // ---- users ---------------------------------------------------------------------------------

  /** The user the tenant's API key acts as (not part of the roster). */
  get serviceUser(): User {
    return publicUser(this.service as UserRecord);
  }

  get userCount(): number {
    return this.users.size;
  }

  /** A page of the roster in a stable order; `email` is an exact, case-insensitive filter. */
  listUsers(request: PageRequest & { email?: string } = {}): UserPage {
    const { page, perPage } = normalizePage(request);
    if (request.email !== undefined) {
      const id = this.idByEmail.get(request.email.trim().toLowerCase());
      const matches = id ? [publicUser(this.users.get(id)!)] : [];
      return { users: matches.slice((page - 1) * perPage, page * perPage), total: matches.length };
    }
    this.order ??= [...this.users.keys()];
    const ids = this.order.slice((page - 1) * perPage, page * perPage);
    return { users: ids.map((id) => publicUser(this.users.get(id)!)), total: this.order.length };
  }

  getUser(id: string): User | undefined {
    const record = this.users.get(id);
    return record ? publicUser(record) : undefined;
  }

  /** @throws SandboxStoreError not_found */
  requireUser(id: string): User {
    return publicUser(this.record(id));
  }

  getUserByEmail(email: string): User | undefined {
    const id = this.idByEmail.get(email.trim().toLowerCase());
    return id ? publicUser(this.users.get(id)!) : undefined;
  }

  /**
   * Creates a user. `email` is required, valid and unique (case-insensitive); unknown customFields
   * keys are silently dropped, as the tenant does.
   * @throws SandboxStoreError invalid (400), conflict (409), unprocessable (422, unknown group)
   */
  createUser(input: unknown): User {
    const valid = validateUserInput(input, true);
    const email = valid.email!;
    this.assertEmailFree(email, undefined);
    this.assertGroupsExist(valid.groups);
    const now = this.now();
    const record: UserRecord = {
      id: randomUUID(),
      ...replacementFields(valid, this.customFieldKeys),
      email,
      createdAt: now,
      updatedAt: now,
      passwordHash: valid.password !== undefined ? hashPassword(valid.password) : null,
    };
    this.users.set(record.id, record);
    this.idByEmail.set(email.toLowerCase(), record.id);
    this.order = undefined;
    const user = publicUser(record);
    this.emit({ type: 'user.created', at: now, data: user });
    return publicUser(record);
  }

  /**
   * PUT semantics: full replacement. `email` and `password` keep their value when absent; every
   * other writable field absent from the input goes back to its create-time default. id,
   * createdAt and updatedAt are system-managed and ignored if sent.
   * @throws SandboxStoreError not_found, invalid, conflict, unprocessable
   */
  replaceUser(id: string, input: unknown): User {
    const current = this.record(id);
    const valid = validateUserInput(input, false);
    const email = valid.email ?? current.email;
    if (email.toLowerCase() !== current.email.toLowerCase()) this.assertEmailFree(email, id);
    this.assertGroupsExist(valid.groups);
    const now = this.now();
    const record: UserRecord = {
      id,
      ...replacementFields(valid, this.customFieldKeys),
      email,
      createdAt: current.createdAt,
      updatedAt: now,
      passwordHash: valid.password !== undefined ? hashPassword(valid.password) : current.passwordHash,
    };
    this.idByEmail.delete(current.email.toLowerCase());
    this.idByEmail.set(email.toLowerCase(), id);
    this.users.set(id, record);
    this.emit({ type: 'user.updated', at: now, data: publicUser(record) });
    return publicUser(record);
  }

  /**
   * Permanent: the user, their enrollments and their login sessions are gone.
   * @throws SandboxStoreError not_found
   */
  deleteUser(id: string): User {
    const record = this.record(id);
    this.users.delete(id);
    this.idByEmail.delete(record.email.toLowerCase());
    this.enrollments.delete(id);
    this.sessions.endAllOf(id);
    this.order = undefined;
    const user = publicUser(record);
    this.emit({ type: 'user.deleted', at: this.now(), data: user });
    return user;
  }

  // ---- groups --------------------------------------------------------------------------------

  listGroups(): Group[] {
    return [...this.groups.values()].map((g) => ({ ...g }));
  }

  getGroup(id: string): Group | undefined {
    const group = this.groups.get(id);
    return group ? { ...group } : undefined;
  }

  /**
   * Idempotent: adding a member twice succeeds and changes nothing.
   * @throws SandboxStoreError not_found (group first, then user)
   */
  addUserToGroup(groupId: string, userId: string): User {
    if (!this.groups.has(groupId)) {
      throw new SandboxStoreError('not_found', 'group_not_found', `Group ${groupId} does not exist`, 'groupId');
    }
    const record = this.record(userId);
    if (record.groups.includes(groupId)) return publicUser(record);
    const now = this.now();
    record.groups = [...record.groups, groupId];
    record.updatedAt = now;
    this.emit({ type: 'user.updated', at: now, data: publicUser(record) });
    return publicUser(record);
  }

  // ---- courses and enrollments ---------------------------------------------------------------

  listCourses(): Course[] {
    return [...this.courses.values()].map((c) => ({ ...c }));
  }

  getCourse(id: string): Course | undefined {
    const course = this.courses.get(id);
    return course ? { ...course } : undefined;
  }

  /** @throws SandboxStoreError not_found */
  listEnrollments(userId: string, request: PageRequest = {}): EnrollmentPage {
    this.record(userId);
    const { page, perPage } = normalizePage(request);
    const all = [...(this.enrollments.get(userId)?.values() ?? [])];
    return { enrollments: all.slice((page - 1) * perPage, page * perPage).map((e) => ({ ...e })), total: all.length };
  }

  getEnrollment(userId: string, courseId: string): Enrollment | undefined {
    const enrollment = this.enrollments.get(userId)?.get(courseId);
    return enrollment ? { ...enrollment } : undefined;
  }

  /**
   * Enrolls an active user in a published course.
   * @throws SandboxStoreError not_found (course, user), unprocessable (unpublished course, inactive
   *   user), conflict (already enrolled)
   */
  enroll(courseId: string, userId: string): Enrollment {
    const course = this.courses.get(courseId);
    if (!course) throw new SandboxStoreError('not_found', 'course_not_found', `Course ${courseId} does not exist`, 'courseId');
    const user = this.record(userId);
    if (!course.published) {
      throw new SandboxStoreError('unprocessable', 'course_unpublished', `Course ${courseId} is not published; only published courses accept enrollments`, 'courseId');
    }
    if (!user.active) {
      throw new SandboxStoreError('unprocessable', 'user_inactive', `User ${userId} is inactive; activate the user before enrolling`, 'userId');
    }
    const byCourse = this.enrollmentsOf(userId);
    if (byCourse.has(courseId)) {
      throw new SandboxStoreError('conflict', 'already_enrolled', `User ${userId} is already enrolled in course ${courseId}`, 'userId');
    }
    const now = this.now();
    const enrollment: Enrollment = { userId, courseId, status: 'not_started', enrolledAt: now, completedAt: null };
    byCourse.set(courseId, enrollment);
    this.emit({ type: 'user.enrolled', at: now, data: { ...enrollment } });
    return { ...enrollment };
  }

  /**
   * Moves an enrollment along; reaching `completed` stamps completedAt and emits course.completed.
   * @throws SandboxStoreError not_found (no such enrollment)
   */
  setEnrollmentStatus(userId: string, courseId: string, status: EnrollmentStatus): Enrollment {
    const enrollment = this.enrollments.get(userId)?.get(courseId);
    if (!enrollment) {
      throw new SandboxStoreError('not_found', 'enrollment_not_found', `User ${userId} is not enrolled in course ${courseId}`);
    }
    const wasCompleted = enrollment.status === 'completed';
    const now = this.now();
    enrollment.status = status;
    enrollment.completedAt = status === 'completed' ? (wasCompleted ? enrollment.completedAt : now) : null;
    this.emit(status === 'completed' && !wasCompleted ? { type: 'course.completed', at: now, data: { ...enrollment } } : undefined);
    return { ...enrollment };
  }

  completeCourse(userId: string, courseId: string): Enrollment {
    return this.setEnrollmentStatus(userId, courseId, 'completed');
  }

  // ---- login sessions ------------------------------------------------------------------------

  /**
   * Checks the credentials and opens a session; the token is what GraphQL `Login` returns and
   * what the `authToken` header carries.
   * @throws SandboxStoreError unauthenticated (wrong credentials, no password set, inactive user)
   */
  login(email: string, password: string): string {
    const id = this.idByEmail.get(String(email).trim().toLowerCase());
    const record = id ? this.users.get(id) : undefined;
    // The same answer for "no such user" and "wrong password": a login form must not reveal which.
    if (!record || !record.passwordHash || !verifyPassword(String(password), record.passwordHash)) {
      throw new SandboxStoreError('unauthenticated', 'invalid_credentials', 'Invalid email or password');
    }
    if (!record.active) {
      throw new SandboxStoreError('unauthenticated', 'user_inactive', 'This user is deactivated and cannot log in');
    }
    return this.sessions.open(record.id);
  }

  /** Ends a session; false when the token was not a live session. */
  logout(token: string): boolean {
    return this.sessions.end(token);
  }

  /** The user behind a session token; undefined if unknown, deleted or deactivated since. */
  userForToken(token: string): User | undefined {
    const id = this.sessions.userIdFor(token);
    const record = id ? this.users.get(id) : undefined;
    return record && record.active ? publicUser(record) : undefined;
  }

  // ---- internals -----------------------------------------------------------------------------

  private record(id: string): UserRecord {
    const record = this.users.get(id);
    if (!record) throw new SandboxStoreError('not_found', 'user_not_found', `User ${id} does not exist`, 'id');
    return record;
  }

  private enrollmentsOf(userId: string): Map<string, Enrollment> {
    let byCourse = this.enrollments.get(userId);
    if (!byCourse) {
      byCourse = new Map();
      this.enrollments.set(userId, byCourse);
    }
    return byCourse;
  }

  private assertEmailFree(email: string, exceptId: string | undefined): void {
    const owner = this.idByEmail.get(email.toLowerCase());
    if (owner !== undefined && owner !== exceptId) {
      throw new SandboxStoreError('conflict', 'email_taken', `A user with email ${email} already exists`, 'email');
    }
  }

  private assertGroupsExist(groups: string[] | undefined): void {
    const missing = groups?.find((g) => !this.groups.has(g));
    if (missing !== undefined) {
      throw new SandboxStoreError('unprocessable', 'group_not_found', `Group ${missing} does not exist`, 'groups');
    }
  }

}
