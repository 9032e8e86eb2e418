import type { TiRestClient } from '../tenant/index.js';

/** The REST client methods lifecycle jobs use; retries, rate budget and safe PUTs live there. */
export type LifecycleClient = Pick<
  TiRestClient,
  'findByEmail' | 'getUser' | 'createUser' | 'updateUser' | 'deleteUser' | 'addUserToGroup' | 'listEnrollments' | 'enroll'
>;
