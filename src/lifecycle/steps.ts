/**
 * The building blocks every lifecycle job is made of: add to groups, enroll in courses, deactivate.
 * Each is idempotent (what is already true is reported, not redone) and reports per-target failures
 * instead of throwing, so one unpublished course does not stop the others.
 */
import { ConflictError, TiGraphError, UpstreamError, ValidationError, type ErrorCode } from '../errors/index.js';
import type { CreateUserInput, RequestOptions, TiUser } from '../tenant/index.js';
import type { LifecycleClient } from './client.js';

/** One thing that could not be done, with the typed error's code and message. */
export interface StepFailure {
  step: 'create' | 'update' | 'deactivate' | 'enroll' | 'add-to-group';
  /** The course or group id, for enroll and add-to-group. */
  target?: string;
  code: ErrorCode;
  reason: string;
}

export function failureFrom(step: StepFailure['step'], error: unknown, target?: string): StepFailure {
  if (!(error instanceof TiGraphError)) throw error; // a bug, not an outcome: let it surface
  return { step, ...(target !== undefined ? { target } : {}), code: error.code, reason: error.message };
}

export interface GroupsOutcome {
  added: string[];
  alreadyMember: string[];
  failures: StepFailure[];
}

/** Adds the user to each group they are not in yet (per `user.groups`). A missing group is a failure for that group only. */
export async function addToGroups(
  client: LifecycleClient,
  user: Pick<TiUser, 'id' | 'groups'>,
  groups: readonly string[],
  options: RequestOptions = {},
): Promise<GroupsOutcome> {
  const outcome: GroupsOutcome = { added: [], alreadyMember: [], failures: [] };
  const memberOf = new Set(user.groups ?? []);
  for (const group of unique(groups)) {
    if (memberOf.has(group)) {
      outcome.alreadyMember.push(group);
      continue;
    }
    try {
      await client.addUserToGroup(group, user.id, options);
      outcome.added.push(group);
    } catch (error) {
      outcome.failures.push(failureFrom('add-to-group', error, group));
    }
  }
  return outcome;
}

export interface EnrollmentsOutcome {
  enrolled: string[];
  alreadyEnrolled: string[];
  failures: StepFailure[];
}

/**
 * Enrolls the user in each course not enrolled yet. TI accepts enrollments only for an active user
 * in a published course: an inactive user is refused here before any call; an unpublished course
 * can only be learned from the tenant's 422 (the REST API has no course lookup), and is reported
 * as a failure for that course while the others proceed.
 *
 * `known` are the user's current course ids when the caller has them (a plan); otherwise they are read.
 */
export async function enrollInCourses(
  client: LifecycleClient,
  user: Pick<TiUser, 'id' | 'active'>,
  courses: readonly string[],
  options: RequestOptions & { known?: readonly string[] } = {},
): Promise<EnrollmentsOutcome> {
  const outcome: EnrollmentsOutcome = { enrolled: [], alreadyEnrolled: [], failures: [] };
  const wanted = unique(courses);
  if (wanted.length === 0) return outcome;
  if (user.active === false) {
    for (const course of wanted) {
      outcome.failures.push({
        step: 'enroll',
        target: course,
        code: 'BAD_USER_INPUT',
        reason: `user ${user.id} is inactive; TI enrolls active users only (activate the user first)`,
      });
    }
    return outcome;
  }
  const current = new Set(options.known ?? (await courseIdsOf(client, user.id, options)));
  for (const course of wanted) {
    if (current.has(course)) {
      outcome.alreadyEnrolled.push(course);
      continue;
    }
    try {
      await client.enroll(course, user.id, options);
      outcome.enrolled.push(course);
    } catch (error) {
      if (error instanceof ConflictError) outcome.alreadyEnrolled.push(course);
      else outcome.failures.push(failureFrom('enroll', error, course));
    }
  }
  return outcome;
}

/** The ids of the courses a user is enrolled in. */
export async function courseIdsOf(client: Pick<LifecycleClient, 'listEnrollments'>, userId: string, options: RequestOptions = {}): Promise<string[]> {
  const ids: string[] = [];
  for await (const enrollment of client.listEnrollments(userId, options)) ids.push(enrollment.courseId);
  return ids;
}

/**
 * Sets `active: false` through the client's read-merge-PUT (nothing else is cleared) together with
 * any other `patch` fields, and checks the tenant's reply says `active: false`.
 * @throws UpstreamError when the tenant answers with the user still active.
 */
export async function deactivateUser(
  client: LifecycleClient,
  userId: string,
  patch: Parameters<LifecycleClient['updateUser']>[1] = {},
  options: RequestOptions = {},
): Promise<TiUser> {
  const updated = await client.updateUser(userId, { ...patch, active: false }, options);
  if (updated.active !== false) {
    throw new UpstreamError({
      method: 'PUT',
      path: `/users/${encodeURIComponent(userId)}`,
      status: 200,
      serverMessage: 'the tenant answered the deactivation with active: true; the user may still log in',
    });
  }
  return updated;
}

/**
 * Creates a user and checks the tenant kept every custom field it was sent: the seed warns that
 * keys not configured in the admin portal are dropped silently. (When the tenant's keys are
 * configured, the client refuses such a create before sending it; this catches the rest.)
 * @throws ValidationError naming the dropped keys; the user exists by then.
 */
export async function createUserChecked(client: LifecycleClient, input: CreateUserInput, options: RequestOptions = {}): Promise<TiUser> {
  const user = await client.createUser(input, options);
  const kept = user.customFields ?? {};
  const dropped = Object.keys(input.customFields ?? {}).filter((key) => !(key in kept));
  if (dropped.length > 0) {
    throw new ValidationError({
      method: 'POST',
      path: '/users',
      status: 201,
      serverMessage: `the tenant created ${user.email} (${user.id}) but silently dropped customFields ${dropped.map((k) => `"${k}"`).join(', ')} (not configured in its admin portal)`,
      clientDetail: `the user was created but customFields ${dropped.map((k) => `"${k}"`).join(', ')} were dropped (not configured for this tenant)`,
    });
  }
  return user;
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids.map((id) => id.trim()).filter(Boolean))];
}
