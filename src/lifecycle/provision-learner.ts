import { ConflictError, InputError } from '../errors/index.js';
import type { RequestOptions } from '../tenant/index.js';
import type { LifecycleClient } from './client.js';
import { createInputFromProfile, diffProfile, type FieldChange, type LearnerProfile } from './profile.js';
import { addToGroups, createUserChecked, enrollInCourses, failureFrom, type StepFailure } from './steps.js';

export interface ProvisionLearnerInput extends LearnerProfile {
  /** Course ids to enroll in (each must be published; the user must be active). */
  courses?: readonly string[];
  /** Group ids to add the learner to. */
  groups?: readonly string[];
}

export interface ProvisionLearnerResult {
  userId: string;
  email: string;
  /** `created`: a new user; `linked`: an existing user with this email (its profile is left as it is). */
  outcome: 'created' | 'linked';
  /** Fields set on the new user; for a linked user, only a reactivation (`active: true` asked for). */
  fieldsChanged: FieldChange[];
  enrolled: string[];
  alreadyEnrolled: string[];
  groupsAdded: string[];
  alreadyInGroups: string[];
  /** Steps that failed (an unpublished course, a missing group...); the others were done. */
  failures: StepFailure[];
}

/**
 * Creates the learner, or links the existing user with that email (case-insensitive); then adds
 * them to the groups and enrolls them in the courses they are not in yet. Idempotent: a second run
 * finds the user, the memberships and the enrollments and writes nothing.
 *
 * A linked user's profile is not touched (that is `syncProfile`'s job), except that `active: true`
 * reactivates an inactive user so the enrollments can proceed; without it an inactive user's
 * enrollments are reported as failures, never forced.
 */
export async function provisionLearner(
  client: LifecycleClient,
  input: ProvisionLearnerInput,
  options: RequestOptions = {},
): Promise<ProvisionLearnerResult> {
  const email = input.email?.trim();
  if (!email) throw new InputError('email is required to provision a learner', 'email');
  const { courses = [], groups = [], ...profile } = input;

  let user = await client.findByEmail(email, options);
  let outcome: ProvisionLearnerResult['outcome'] = 'linked';
  let fieldsChanged: FieldChange[] = [];
  if (!user) {
    try {
      fieldsChanged = diffProfile({}, profile);
      user = await createUserChecked(client, createInputFromProfile({ ...profile, email }), options);
      outcome = 'created';
    } catch (error) {
      // Someone created the user between our lookup and our POST: link it.
      if (!(error instanceof ConflictError)) throw error;
      user = await client.findByEmail(email, options);
      if (!user) throw error;
      fieldsChanged = [];
    }
  }

  const failures: StepFailure[] = [];
  if (outcome === 'linked' && profile.active === true && user.active === false) {
    try {
      user = await client.updateUser(user.id, { active: true }, options);
      fieldsChanged = [{ field: 'active', from: false, to: true }];
    } catch (error) {
      failures.push(failureFrom('update', error));
    }
  }

  const groupOutcome = await addToGroups(client, user, groups, options);
  // A user created just now has no enrollments: no need to read them.
  const enrollOutcome = await enrollInCourses(client, user, courses, outcome === 'created' ? { ...options, known: [] } : options);
  return {
    userId: user.id,
    email: user.email,
    outcome,
    fieldsChanged,
    enrolled: enrollOutcome.enrolled,
    alreadyEnrolled: enrollOutcome.alreadyEnrolled,
    groupsAdded: groupOutcome.added,
    alreadyInGroups: groupOutcome.alreadyMember,
    failures: [...failures, ...groupOutcome.failures, ...enrollOutcome.failures],
  };
}
