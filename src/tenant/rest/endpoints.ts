/**
 * Every REST endpoint ti-graph calls, in one declarative table (Octokit's `endpoints` style: one
 * entry per method + path template). The typed client, the gateway's REST fields (their scopes and
 * REST costs), the read cache, the sandbox's routes and the lifecycle coverage report all read it,
 * so a path is spelled once.
 *
 * Adding an endpoint: one entry here, a sandbox handler (the sandbox's route table is typed by
 * these names, so it does not compile without one), and the gateway field that calls it through
 * `TiRestClient.call` (declared with `restField`, src/gateway/rest-fields/fields/).
 */
import { z } from 'zod';
import type { Scope } from '../../config/index.js';
import { InputError } from '../../errors/index.js';
import {
  enrollmentEnvelope,
  enrollmentsPageEnvelope,
  pingEnvelope,
  successEnvelope,
  tiUserWritableSchema,
  userEnvelope,
  usersPageEnvelope,
} from './models.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
/** The client scope a gateway field calling the endpoint needs at least (ranked read < write < admin). */
export type EndpointScope = Scope;

export interface EndpointDefinition {
  method: HttpMethod;
  /** Relative to the tenant's REST base path; `{name}` is a path parameter (one whole segment). */
  path: `/${string}`;
  /** Query parameters the endpoint reads (wire names), for documentation and the coverage report. */
  query?: z.ZodObject;
  /** The JSON body it takes. Types the client's calls; the tenant (or the sandbox) validates it. */
  request?: z.ZodType;
  /** The 2xx body; anything else is an UpstreamError. */
  response: z.ZodType;
  /** The key of the response that holds the resource (`{ "user": ... }`, `{ "users": [...], "total": n }`). */
  envelope: string;
  /** `offset`: `page` (1-based) and `per_page` (at most MAX_PER_PAGE) in the query. */
  pagination?: 'offset';
  /**
   * The call must not apply twice: before repeating an attempt that may have landed, the client
   * looks the write up (see `transport.ts`, `reconcile`). A plain repeat is safe otherwise.
   */
  lookupBeforeRetry?: boolean;
  scope: EndpointScope;
  /** Served only on these API profiles (all of them when absent). */
  profiles?: readonly ('v1' | 'v2')[];
  /**
   * What the answer holds, for the read cache (`src/tenant/cache`): `user` (the user `{id}`, or the
   * user a write returns), `users` (a page of the roster), `enrollments` (user `{id}`'s). A GET
   * that declares it is cached (`call` included); every user in any answer serves later reads of
   * that user. A GET without it is never cached.
   */
  answers?: CachedEntity;
  /**
   * What a write makes stale once it ends (success or not: a failed write may have landed):
   * `user:{name}`, `enrollments:{name}` (`{name}` from the path parameters, else the body) or
   * `lists` (every roster page and email lookup). Required of every write (checked below).
   */
  invalidates?: readonly InvalidationTemplate[];
}

export type CachedEntity = 'user' | 'users' | 'enrollments';
export type InvalidationTemplate = 'lists' | `user:{${string}}` | `enrollments:{${string}}`;

/** The API's page size ceiling (the seed: "max page size 100"); the one definition of it. */
export const MAX_PER_PAGE = 100;

const pageQuery = z.object({ page: z.number().int().min(1).optional(), per_page: z.number().int().min(1).max(MAX_PER_PAGE).optional() });
const userIdBody = z.object({ userId: z.string().min(1) });

export const ENDPOINTS = {
  listUsers: {
    method: 'GET',
    path: '/users',
    query: pageQuery.extend({ email: z.string().optional() }),
    response: usersPageEnvelope,
    envelope: 'users',
    pagination: 'offset',
    scope: 'read',
    answers: 'users',
  },
  getUser: { method: 'GET', path: '/users/{id}', response: userEnvelope, envelope: 'user', scope: 'read', answers: 'user' },
  createUser: {
    method: 'POST',
    path: '/users',
    request: tiUserWritableSchema,
    response: userEnvelope,
    envelope: 'user',
    lookupBeforeRetry: true,
    scope: 'write',
    answers: 'user',
    invalidates: ['lists'],
  },
  /** A full replacement: every writable field absent from the body is reset by the tenant. */
  replaceUser: {
    method: 'PUT',
    path: '/users/{id}',
    request: tiUserWritableSchema,
    response: userEnvelope,
    envelope: 'user',
    scope: 'write',
    answers: 'user',
    invalidates: ['user:{id}', 'lists'],
  },
  /** Permanent; a repeat that finds the user gone means an earlier attempt deleted it. */
  deleteUser: {
    method: 'DELETE',
    path: '/users/{id}',
    response: successEnvelope,
    envelope: 'success',
    scope: 'admin',
    invalidates: ['user:{id}', 'lists', 'enrollments:{id}'],
  },
  addUserToGroup: {
    method: 'POST',
    path: '/groups/{groupId}/users',
    request: userIdBody,
    response: successEnvelope,
    envelope: 'success',
    lookupBeforeRetry: true,
    scope: 'write',
    invalidates: ['user:{userId}', 'lists'],
  },
  listEnrollments: {
    method: 'GET',
    path: '/users/{id}/enrollments',
    query: pageQuery,
    response: enrollmentsPageEnvelope,
    envelope: 'enrollments',
    pagination: 'offset',
    scope: 'read',
    answers: 'enrollments',
  },
  enroll: {
    method: 'POST',
    path: '/courses/{courseId}/enrollments',
    request: userIdBody,
    response: enrollmentEnvelope,
    envelope: 'enrollment',
    lookupBeforeRetry: true,
    scope: 'write',
    invalidates: ['enrollments:{userId}'],
  },
  /** Whether the key is accepted; the seed surface has none (a one-user page stands in). */
  ping: { method: 'GET', path: '/ping', response: pingEnvelope, envelope: 'valid', scope: 'read', profiles: ['v2'] },
} as const satisfies Record<string, EndpointDefinition>;

export type Endpoints = typeof ENDPOINTS;
export type EndpointName = keyof Endpoints;
export const ENDPOINT_NAMES = Object.keys(ENDPOINTS) as EndpointName[];

/** Every write declares what it invalidates: a new one without `invalidates` does not compile (it names itself here). */
type WritesWithoutInvalidation = { [N in EndpointName]: Endpoints[N]['method'] extends 'GET' ? never : Endpoints[N] extends { invalidates: readonly string[] } ? never : N }[EndpointName];
const everyWriteInvalidates: [WritesWithoutInvalidation] extends [never] ? true : WritesWithoutInvalidation = true;
void everyWriteInvalidates;

/** `'/groups/{groupId}/users'` -> `'groupId'`. */
export type PathParamNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParamNames<Rest> : never;
export type PathParams<N extends EndpointName> = { [K in PathParamNames<Endpoints[N]['path']>]: string };
export type EndpointResponse<N extends EndpointName> = z.output<Endpoints[N]['response']>;
export type EndpointBody<N extends EndpointName> = Endpoints[N] extends { request: z.ZodType } ? z.input<Endpoints[N]['request']> : never;
export type EndpointQuery<N extends EndpointName> = Endpoints[N] extends { query: z.ZodType } ? z.input<Endpoints[N]['query']> : never;

/** `GET /users/{id}`: how logs, errors and observers name an endpoint without its ids. */
export function routeOf(endpoint: Pick<EndpointDefinition, 'method' | 'path'>): string {
  return `${endpoint.method} ${endpoint.path}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why an id cannot be one path segment, or undefined when it can. `.` and `..` would be resolved
 * away by URL parsing (`/groups/../users` is `/users`, user create); a slash or backslash would
 * add segments; control characters and lone surrogates have no safe spelling in a URL.
 */
function pathSegmentProblem(value: string): string | undefined {
  if (value === '') return 'must not be empty';
  if (value === '.' || value === '..') return 'must not be "." or ".."';
  if (/[/\\]/.test(value)) return 'must not contain a slash';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(value)) return 'must not contain control characters';
  if (LONE_SURROGATE.test(value)) return 'must be well-formed Unicode';
  return undefined;
}

/**
 * The endpoint's path with every parameter validated and percent-encoded as one segment.
 * @throws InputError (BAD_USER_INPUT) naming the parameter, before any request is made.
 */
export function expandPath(path: string, params: Readonly<Record<string, string>>): string {
  return path.replace(/\{([^}]+)\}/g, (_whole, name: string) => {
    const value = params[name];
    if (typeof value !== 'string') throw new InputError(`${name} is required`, name);
    const problem = pathSegmentProblem(value);
    if (problem) throw new InputError(`${name} ${problem}`, name);
    return encodeURIComponent(value);
  });
}
