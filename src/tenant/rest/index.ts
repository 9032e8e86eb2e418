/**
 * The typed REST client for a Thought Industries tenant: the product's one retry layer, the
 * tenant budget (shared, or its own from `tenant.rateBudget`), and a full-replacement-safe `updateUser`.
 */
export {
  createRestClient,
  type TiRestClient,
  type RestClientDeps,
  type RestClientStats,
  type RequestOptions,
  type ListUsersOptions,
  type ListUsersPageOptions,
  type ListEnrollmentsOptions,
  type EndpointInput,
} from './client.js';
export {
  ENDPOINTS,
  ENDPOINT_NAMES,
  MAX_PER_PAGE,
  expandPath,
  routeOf,
  type CachedEntity,
  type EndpointDefinition,
  type InvalidationTemplate,
  type EndpointName,
  type EndpointScope,
  type EndpointResponse,
  type Endpoints,
  type HttpMethod,
  type PathParams,
} from './endpoints.js';
export {
  tiUserSchema,
  type TiUser,
  type TiEnrollment,
  type TiUserWritable,
  type CreateUserInput,
  type UserPatch,
  type UsersPage,
  type EnrollmentsPage,
} from './models.js';
export { systemClock, type Clock } from './clock.js';
export { backoffDelayMs, parseRetryAfter, parseRateLimitReset, serverWaitHintMs } from './backoff.js';
export { mergeUserPatch } from './user-merge.js';
export type { TransportStats } from './transport.js';
