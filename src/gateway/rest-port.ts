/**
 * The part of the typed REST client (`createRestClient` from `src/tenant`) the gateway uses.
 * Errors are the typed classes from `src/errors/`, and retries live in that client (the one retry
 * layer): the gateway never retries.
 */
import type { TiRestClient } from '../tenant/index.js';

export type { TiEnrollment, TiUser, UserPatch, CreateUserInput, EndpointName } from '../tenant/index.js';
export { MAX_PER_PAGE } from '../tenant/index.js';

/**
 * `call` reaches any endpoint of the REST table, typed by it: a new REST-backed field over a plain
 * endpoint uses it and changes nothing here. The named methods are the composed operations
 * (partial update over a full PUT, lookup by email, paging).
 */
export type GatewayRestClient = Pick<
  TiRestClient,
  'call' | 'listUsersPage' | 'getUser' | 'findByEmail' | 'createUser' | 'updateUser' | 'deleteUser' | 'addUserToGroup' | 'listEnrollmentsPage' | 'listEnrollments' | 'enroll'
>;
