/**
 * Lifecycle jobs: the three things an integrator needs TI to do for a learner, each one call,
 * idempotent, returning what it did. They run on the REST client (its one retry layer, its rate
 * budget, its full-replacement-safe updateUser) and never retry on their own.
 */
export { provisionLearner, type ProvisionLearnerInput, type ProvisionLearnerResult } from './provision-learner.js';
export { deactivateByEmail, type DeactivateOptions, type DeactivateResult } from './deactivate-by-email.js';
export { syncProfile, type SyncProfileResult } from './sync-profile.js';
export {
  addToGroups,
  enrollInCourses,
  courseIdsOf,
  createUserChecked,
  deactivateUser,
  failureFrom,
  type StepFailure,
  type GroupsOutcome,
  type EnrollmentsOutcome,
} from './steps.js';
export { LIFECYCLE_CLIENT_METHODS, type LifecycleClient } from './client.js';
export {
  diffProfile,
  patchFromChanges,
  createInputFromProfile,
  unknownCustomFieldKeys,
  emailKey,
  PROFILE_FIELDS,
  type LearnerProfile,
  type ProfileView,
  type FieldChange,
} from './profile.js';
export { lifecycleSchemaExtension, lifecycleTypeDefs, lifecycleResolvers, type LifecycleContext } from './schema-extension.js';
