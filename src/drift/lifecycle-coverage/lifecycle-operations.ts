/**
 * The lifecycle operations the seed guide lists, where REST serves each (a static table from the
 * seed), and which surface the gateway uses for it.
 *
 * GATEWAY_SOURCE is the one place that says what the gateway resolves through: REST for every
 * operation unless an entry says otherwise. Change it here when a gateway resolver switches
 * surface; `ti-graph coverage` and its tests read it from here.
 */
import { ENDPOINTS, type EndpointName, type HttpMethod } from '../../tenant/index.js';

export const LIFECYCLE_OPERATIONS = [
  'list',
  'get',
  'getByEmail',
  'create',
  'update',
  'deactivate',
  'delete',
  'addToGroup',
  'enrollments',
  'enroll',
] as const;
export type LifecycleOperation = (typeof LIFECYCLE_OPERATIONS)[number];

export interface RestEndpoint {
  method: HttpMethod;
  /** Relative to the REST base path (`/incoming/api/v1` on the seed surface). */
  path: string;
  note?: string;
}

export const LIFECYCLE_LABELS: Record<LifecycleOperation, string> = {
  list: 'list users',
  get: 'get user by id',
  getByEmail: 'get user by email',
  create: 'create user',
  update: 'update user',
  deactivate: 'deactivate user',
  delete: 'delete user',
  addToGroup: 'add user to group',
  enrollments: 'list user enrollments',
  enroll: 'enroll user in course',
};

/**
 * Which endpoint of the REST table (`src/tenant/rest/endpoints.ts`) serves each operation, with
 * the query that selects it; method and path come from the table.
 */
const REST_SOURCE: Record<LifecycleOperation, { endpoint: EndpointName; query?: string; note?: string }> = {
  list: { endpoint: 'listUsers', query: 'page={page}&per_page={perPage}', note: 'default page size 25' },
  get: { endpoint: 'getUser' },
  getByEmail: { endpoint: 'listUsers', query: 'email={email}' },
  create: { endpoint: 'createUser' },
  update: { endpoint: 'replaceUser', note: 'full replacement may apply: read, merge, write' },
  deactivate: { endpoint: 'replaceUser', note: 'body {"active": false}; keeps completion history' },
  delete: { endpoint: 'deleteUser', note: 'permanent' },
  addToGroup: { endpoint: 'addUserToGroup' },
  enrollments: { endpoint: 'listEnrollments' },
  enroll: { endpoint: 'enroll', note: 'course published, user active' },
};

/** The seed guide's REST endpoints ("Core endpoints" and the three workflows), as the table spells them. */
export const REST_ENDPOINTS: Record<LifecycleOperation, RestEndpoint> = Object.fromEntries(
  LIFECYCLE_OPERATIONS.map((operation) => {
    const { endpoint, query, note } = REST_SOURCE[operation];
    const { method, path } = ENDPOINTS[endpoint];
    return [operation, { method, path: query ? `${path}?${query}` : path, ...(note ? { note } : {}) }];
  }),
) as Record<LifecycleOperation, RestEndpoint>;

export type Surface = 'rest' | 'graphql';

/**
 * What the gateway resolves each operation through, and the unified-schema field it offers it as.
 * REST everywhere, except where noted.
 */
export const GATEWAY_SOURCE: Record<LifecycleOperation, { surface: Surface; field: string; note?: string }> = {
  list: { surface: 'rest', field: 'Query.users' },
  get: { surface: 'rest', field: 'Query.user' },
  getByEmail: { surface: 'rest', field: 'Query.userByEmail' },
  create: { surface: 'rest', field: 'Mutation.createUser' },
  update: { surface: 'rest', field: 'Mutation.updateUser' },
  deactivate: { surface: 'rest', field: 'Mutation.deactivateUser' },
  delete: { surface: 'rest', field: 'Mutation.deleteUser' },
  addToGroup: { surface: 'rest', field: 'Mutation.addUserToGroup' },
  enrollments: { surface: 'rest', field: 'Query.userEnrollments' },
  enroll: { surface: 'rest', field: 'Mutation.enrollUser' },
};
