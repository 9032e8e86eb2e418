import type { TiRestClient } from '../tenant/index.js';

/** The REST client methods lifecycle jobs use; retries, rate budget and safe PUTs live there. */
export const LIFECYCLE_CLIENT_METHODS = [
  'findByEmail',
  'getUser',
  'createUser',
  'updateUser',
  'deleteUser',
  'addUserToGroup',
  'listEnrollments',
  'enroll',
] as const satisfies ReadonlyArray<keyof TiRestClient>;

export type LifecycleClient = Pick<TiRestClient, (typeof LIFECYCLE_CLIENT_METHODS)[number]>;
