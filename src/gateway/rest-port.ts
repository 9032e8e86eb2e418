/**
 * The part of the typed REST client (`createRestClient` from `src/tenant`) the gateway uses.
 * Errors are the typed classes from `src/errors/`, and retries live in that client (the one retry
 * layer): the gateway never retries.
 */
import type { TiRestClient } from '../tenant/index.js';

export type { TiEnrollment, TiUser, UserPatch, CreateUserInput } from '../tenant/index.js';

export type GatewayRestClient = Pick<
  TiRestClient,
  'listUsersPage' | 'getUser' | 'findByEmail' | 'createUser' | 'updateUser' | 'deleteUser' | 'addUserToGroup' | 'listEnrollmentsPage' | 'listEnrollments' | 'enroll'
>;
