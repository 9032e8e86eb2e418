import { pino } from 'pino';
import type { z } from 'zod';
import type { TenantConfig } from '../../config/index.js';
import { ForbiddenError, InputError, UnauthorizedError, UpstreamError, ValidationError } from '../../errors/index.js';
import type { Logger } from '../../util/index.js';
import { systemClock, type Clock } from './clock.js';
import { assertKnownCustomFieldKeys } from './custom-fields.js';
import {
  ENDPOINTS,
  expandPath,
  MAX_PER_PAGE,
  routeOf,
  type EndpointBody,
  type EndpointDefinition,
  type EndpointName,
  type EndpointQuery,
  type EndpointResponse,
  type Endpoints,
  type PathParams,
} from './endpoints.js';
import type { CreateUserInput, EnrollmentsPage, TiEnrollment, TiUser, TiUserWritable, UserPatch, UsersPage } from './models.js';
import { createTenantBudget, type RequestBudget, type TenantBudgetStats } from '../budget/index.js';
import { createTransport, type CallOptions, type RestCall, type TransportStats } from './transport.js';
import { findReplacementLoss, isNoOp, mergeUserPatch, namedFields } from './user-merge.js';

export interface RestClientDeps {
  /** Defaults to the global fetch (Node's undici, keep-alive by default). */
  fetch?: typeof fetch;
  logger?: Logger;
  /** Time and waiting for retries, deadlines and the client's own budget. */
  clock?: Clock;
  /** Uniform [0, 1) source for backoff jitter. */
  random?: () => number;
  /**
   * The tenant's budget shared with other instances (`createTenantBudget`). Without it the client
   * keeps a budget of its own (this process's, no Redis) from `tenant.rateBudget`.
   */
  budget?: RequestBudget;
}

export type RequestOptions = CallOptions;

export interface ListUsersOptions extends RequestOptions {
  email?: string;
  /** 1..100; 100 (the maximum) by default, so a roster of N costs ceil(N/100) calls. */
  perPage?: number;
}

export interface ListUsersPageOptions extends ListUsersOptions {
  /** 1-based. */
  page?: number;
}

export interface ListEnrollmentsOptions extends RequestOptions {
  perPage?: number;
}

/** What one endpoint call carries besides the caller's options: its path parameters, query and body. */
export type EndpointInput<N extends EndpointName> = ([keyof PathParams<N>] extends [never] ? { params?: undefined } : { params: PathParams<N> }) &
  ([EndpointQuery<N>] extends [never] ? { query?: undefined } : { query?: EndpointQuery<N> }) &
  ([EndpointBody<N>] extends [never] ? { body?: undefined } : { body: EndpointBody<N> });

export interface RestClientStats extends TransportStats {
  /** The client's own budget (from `tenant.rateBudget`, when no shared one was given). */
  bucket: TenantBudgetStats | undefined;
}

/** Typed access to a tenant's REST API. Every method goes through the one retry layer. */
export interface TiRestClient {
  /** Where the client points (never the key). */
  readonly target: { baseUrl: string; restBasePath: string; profile: TenantConfig['profile'] };
  /** Every user, page by page at per_page=100; a user seen twice (roster shifting mid-walk) is yielded once. */
  listUsers(options?: ListUsersOptions): AsyncIterable<TiUser>;
  listUsersPage(options?: ListUsersPageOptions): Promise<UsersPage>;
  /** @throws NotFoundError when the id does not exist in the tenant. */
  getUser(id: string, options?: RequestOptions): Promise<TiUser>;
  /** Case-insensitive exact match; undefined when nobody has that email. */
  findByEmail(email: string, options?: RequestOptions): Promise<TiUser | undefined>;
  /**
   * POST /users. Never applied twice: when an attempt may have landed (drop, timeout, 5xx), the user
   * is looked up by email before repeating, and returned if it exists.
   * @throws ConflictError when the email is already taken.
   */
  createUser(input: CreateUserInput, options?: RequestOptions): Promise<TiUser>;
  /**
   * The raw full-replacement PUT: every writable field absent from `full` is RESET by the tenant.
   * Use `updateUser` to change some fields.
   */
  replaceUser(id: string, full: TiUserWritable, options?: RequestOptions): Promise<TiUser>;
  /**
   * Changes the named fields and nothing else, over the full-replacement PUT: reads the user,
   * merges the change, PUTs the whole object and checks the reply. See `UserPatch`.
   * @throws ValidationError naming a customFields key the tenant does not keep.
   */
  updateUser(id: string, patch: UserPatch, options?: RequestOptions): Promise<TiUser>;
  /** Permanent; drops the user's enrollments. Prefer `updateUser(id, { active: false })`. */
  deleteUser(id: string, options?: RequestOptions): Promise<void>;
  /** @throws NotFoundError when the group or the user does not exist. */
  addUserToGroup(groupId: string, userId: string, options?: RequestOptions): Promise<void>;
  listEnrollments(userId: string, options?: ListEnrollmentsOptions): AsyncIterable<TiEnrollment>;
  listEnrollmentsPage(userId: string, options?: ListEnrollmentsOptions & { page?: number }): Promise<EnrollmentsPage>;
  /**
   * Enrolls an active user in a published course. Repeats after an uncertain attempt check first;
   * "already enrolled" on such a repeat is success.
   * @throws ValidationError (422) for an unpublished course or an inactive user; ConflictError when already enrolled.
   */
  enroll(courseId: string, userId: string, options?: RequestOptions): Promise<TiEnrollment>;
  /**
   * Whether the tenant accepts the key: `GET /ping` on the v2 surface, a one-user page on the seed
   * surface (which has no ping). False on 401/403; other failures throw their typed error.
   */
  ping(options?: RequestOptions): Promise<boolean>;
  /**
   * Any endpoint of the table (`endpoints.ts`), typed by it: ids validated and encoded as path
   * segments, the reply validated by its schema, retried by the one retry layer, and, for
   * endpoints marked `lookupBeforeRetry`, looked up before an uncertain attempt is repeated.
   * @throws InputError (BAD_USER_INPUT, no request made) for an id that is not one path segment.
   */
  call<N extends EndpointName>(name: N, input: EndpointInput<N>, options?: RequestOptions): Promise<EndpointResponse<N>>;
  stats(): RestClientStats;
}

/** Endpoints the table marks `lookupBeforeRetry`: each needs a way to find out whether a write landed. */
type LookupEndpoint = { [N in EndpointName]: Endpoints[N] extends { lookupBeforeRetry: true } ? N : never }[EndpointName];
type RetrySafety<N extends EndpointName> = Pick<RestCall<EndpointResponse<N>>, 'reconcile' | 'onRepeatStatus'>;

export function createRestClient(tenant: TenantConfig, deps: RestClientDeps = {}): TiRestClient {
  const clock = deps.clock ?? systemClock;
  const logger = deps.logger ?? pino({ level: 'silent' });
  const ownBudget =
    !deps.budget && tenant.rateBudget
      ? createTenantBudget({ apiKey: tenant.apiKey, requests: tenant.rateBudget, writes: undefined, instances: undefined, redisUrl: undefined, clock })
      : undefined;
  const transport = createTransport(tenant, {
    fetch: deps.fetch ?? globalThis.fetch,
    logger,
    clock,
    random: deps.random ?? Math.random,
    // Its own budget is waited out, as the client's token bucket was: a call whose deadline passes
    // meanwhile fails with TIMEOUT unsent (a shared budget refuses it at once, RATE_LIMITED).
    budget: deps.budget ?? (ownBudget ? { ...ownBudget, acquire: (kind, options = {}) => ownBudget.acquire(kind, { signal: options.signal }) } : undefined),
  });
  const display = (name: EndpointName, params: Record<string, string> = {}) => `${tenant.restBasePath}${expandPath(ENDPOINTS[name].path, params)}`;

  /**
   * How each write that must not apply twice finds out whether an uncertain attempt landed: the
   * mapped type makes a new `lookupBeforeRetry` endpoint a compile error until it has one here.
   */
  const retrySafety: { [N in LookupEndpoint]: (input: EndpointInput<N>) => RetrySafety<N> } = {
    createUser: ({ body }) => {
      const byEmail = (nested: CallOptions) => findByEmail(body.email, nested).then((user) => (user ? { user } : undefined));
      return { reconcile: byEmail, onRepeatStatus: (status, nested) => (status === 409 ? byEmail(nested) : Promise.resolve(undefined)) };
    },
    addUserToGroup: ({ params, body }) => {
      const inGroup = async (nested: CallOptions) => {
        const user = await getUser(body.userId, nested);
        return user.groups?.includes(params.groupId) ? { success: true as const } : undefined;
      };
      return { reconcile: inGroup, onRepeatStatus: (status, nested) => (status === 409 ? inGroup(nested) : Promise.resolve(undefined)) };
    },
    enroll: ({ params, body }) => {
      const existing = async (nested: CallOptions) => {
        for await (const enrollment of listEnrollments(body.userId, nested)) {
          if (enrollment.courseId === params.courseId) return { enrollment };
        }
        return undefined;
      };
      return { reconcile: existing, onRepeatStatus: (status, nested) => (status === 409 ? existing(nested) : Promise.resolve(undefined)) };
    },
  };

  function call<N extends EndpointName>(
    name: N,
    input: EndpointInput<N>,
    options: RequestOptions = {},
    extra: RetrySafety<N> = {},
  ): Promise<EndpointResponse<N>> {
    const endpoint: EndpointDefinition = ENDPOINTS[name];
    // Validated before anything is sent: an id that is not one segment never reaches the tenant.
    const path = expandPath(endpoint.path, (input.params ?? {}) as Record<string, string>);
    const safety = endpoint.lookupBeforeRetry
      ? (retrySafety[name as LookupEndpoint] as unknown as (i: EndpointInput<N>) => RetrySafety<N>)(input)
      : extra;
    return transport.request({
      ...callOptions(options),
      method: endpoint.method,
      path,
      route: routeOf(endpoint),
      query: input.query as RestCall<unknown>['query'],
      body: input.body,
      schema: endpoint.response as z.ZodType<EndpointResponse<N>>,
      ...safety,
    });
  }

  async function listUsersPage(options: ListUsersPageOptions = {}): Promise<UsersPage> {
    const page = options.page ?? 1;
    const perPage = checkPerPage(options.perPage);
    if (!Number.isInteger(page) || page < 1) throw new InputError(`page must be a whole number >= 1, got ${page}`, 'page');
    const result = await call('listUsers', { query: { page, per_page: perPage, email: options.email } }, options);
    return { ...result, page, perPage };
  }

  async function* listUsers(options: ListUsersOptions = {}): AsyncIterable<TiUser> {
    const seen = new Set<string>();
    let lastTotal: number | undefined;
    for (let page = 1; ; page++) {
      const result = await listUsersPage({ ...options, page });
      for (const user of result.users) {
        if (seen.has(user.id)) continue; // the roster shifted under us; each user is yielded once
        seen.add(user.id);
        yield user;
      }
      // Offset paging over a shrinking roster: users deleted before our offset shift the rest left,
      // so the first ones of this page slid onto the page before, already read. Step back and
      // re-read (the dedupe above drops repeats). Extra calls only when the total shrinks, and
      // each step back needs a smaller total, so the walk ends.
      const shrunkBy = lastTotal !== undefined ? lastTotal - result.total : 0;
      lastTotal = result.total;
      if (shrunkBy > 0) {
        page = Math.max(0, page - Math.ceil(shrunkBy / result.perPage) - 1);
        continue;
      }
      // `total` is re-read on every page, so a roster that grows mid-walk is followed to its end.
      if (result.users.length === 0 || page * result.perPage >= result.total) return;
    }
  }

  async function getUser(id: string, options: RequestOptions = {}): Promise<TiUser> {
    const { user } = await call('getUser', { params: { id } }, options);
    return user;
  }

  async function findByEmail(email: string, options: RequestOptions = {}): Promise<TiUser | undefined> {
    const wanted = email.trim().toLowerCase();
    if (wanted === '') throw new InputError('email must not be empty', 'email');
    for await (const user of listUsers({ ...options, email: email.trim() })) {
      if (user.email.toLowerCase() === wanted) return user;
    }
    return undefined;
  }

  async function createUser(input: CreateUserInput, options: RequestOptions = {}): Promise<TiUser> {
    if (typeof input.email !== 'string' || input.email.trim() === '') throw new InputError('email is required to create a user', 'email');
    assertKnownCustomFieldKeys(tenant, input.customFields, { method: 'POST', path: display('createUser') });
    const { user } = await call('createUser', { body: input }, options);
    return user;
  }

  async function replaceUser(id: string, full: TiUserWritable, options: RequestOptions = {}): Promise<TiUser> {
    assertKnownCustomFieldKeys(tenant, full.customFields, { method: 'PUT', path: display('replaceUser', { id }) });
    return put(id, full, options);
  }

  async function put(id: string, body: EndpointBody<'replaceUser'>, options: RequestOptions): Promise<TiUser> {
    const { user } = await call('replaceUser', { params: { id }, body }, options);
    return user;
  }

  async function updateUser(id: string, patch: UserPatch, options: RequestOptions = {}): Promise<TiUser> {
    const path = display('replaceUser', { id });
    // Removing a key (null) is always allowed, even one the tenant no longer configures.
    const written = Object.fromEntries(Object.entries(patch.customFields ?? {}).filter(([, v]) => v !== null && v !== undefined));
    assertKnownCustomFieldKeys(tenant, written, { method: 'PUT', path });
    const current = await getUser(id, options);
    const body = mergeUserPatch(current, patch);
    if (isNoOp(current, body)) return current;
    const updated = await put(id, body as EndpointBody<'replaceUser'>, options);

    const loss = findReplacementLoss(body, updated, namedFields(patch));
    if (loss.droppedCustomFieldKeys.length > 0) {
      const keys = loss.droppedCustomFieldKeys.map((k) => `"${k}"`).join(', ');
      throw new ValidationError({
        method: 'PUT',
        path,
        status: 200,
        serverMessage: `the tenant silently dropped customFields ${keys} (not configured in its admin portal); the other changes were saved`,
        clientDetail: `customFields ${keys} were dropped (not configured for this tenant); the other changes were saved`,
      });
    }
    if (loss.changedUnnamedFields.length > 0) {
      logger.error({ path, fields: loss.changedUnnamedFields }, 'full-replacement PUT changed fields the caller did not name');
      throw new UpstreamError({
        method: 'PUT',
        path,
        status: 200,
        serverMessage: `the tenant changed fields that were sent unchanged: ${loss.changedUnnamedFields.join(', ')}`,
      });
    }
    return updated;
  }

  async function deleteUser(id: string, options: RequestOptions = {}): Promise<void> {
    await call('deleteUser', { params: { id } }, options, {
      // A repeat that finds the user gone means the earlier, uncertain attempt deleted it.
      onRepeatStatus: (status) => Promise.resolve(status === 404 ? { success: true as const } : undefined),
    });
  }

  async function addUserToGroup(groupId: string, userId: string, options: RequestOptions = {}): Promise<void> {
    await call('addUserToGroup', { params: { groupId }, body: { userId } }, options);
  }

  async function listEnrollmentsPage(userId: string, options: ListEnrollmentsOptions & { page?: number } = {}): Promise<EnrollmentsPage> {
    const page = options.page ?? 1;
    const perPage = checkPerPage(options.perPage);
    const result = await call('listEnrollments', { params: { id: userId }, query: { page, per_page: perPage } }, options);
    return { enrollments: result.enrollments, total: result.total, page, perPage };
  }

  async function* listEnrollments(userId: string, options: ListEnrollmentsOptions = {}): AsyncIterable<TiEnrollment> {
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      const result = await listEnrollmentsPage(userId, { ...options, page });
      for (const enrollment of result.enrollments) {
        const key = enrollment.id ?? enrollment.courseId;
        if (seen.has(key)) continue;
        seen.add(key);
        yield enrollment;
      }
      const done =
        result.enrollments.length === 0 ||
        (result.total !== undefined ? page * result.perPage >= result.total : result.enrollments.length < result.perPage);
      if (done) return;
    }
  }

  async function enroll(courseId: string, userId: string, options: RequestOptions = {}): Promise<TiEnrollment> {
    const { enrollment } = await call('enroll', { params: { courseId }, body: { userId } }, options);
    return enrollment;
  }

  async function ping(options: RequestOptions = {}): Promise<boolean> {
    try {
      if (tenant.profile === 'v2') {
        const { valid } = await call('ping', {}, options);
        return valid;
      }
      // The seed surface has no ping: the cheapest authenticated read stands in for it.
      await listUsersPage({ ...callOptions(options), perPage: 1 });
      return true;
    } catch (error) {
      if (error instanceof UnauthorizedError || error instanceof ForbiddenError) return false;
      throw error;
    }
  }

  return {
    target: { baseUrl: tenant.baseUrl, restBasePath: tenant.restBasePath, profile: tenant.profile },
    listUsers,
    listUsersPage,
    getUser,
    findByEmail,
    createUser,
    replaceUser,
    updateUser,
    deleteUser,
    addUserToGroup,
    listEnrollments,
    listEnrollmentsPage,
    enroll,
    ping,
    call: (name, input, options) => call(name, input, options),
    stats: () => ({ ...transport.stats(), bucket: ownBudget?.stats() }),
  };
}

/** Only what the transport understands: the caller's signal and a shared deadline. */
function callOptions(options: RequestOptions): CallOptions {
  return { signal: options.signal, deadline: options.deadline, ...(options.maxBudgetWaitMs !== undefined ? { maxBudgetWaitMs: options.maxBudgetWaitMs } : {}) };
}

function checkPerPage(perPage: number | undefined): number {
  const value = perPage ?? MAX_PER_PAGE;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PER_PAGE) {
    throw new InputError(`perPage must be a whole number from 1 to ${MAX_PER_PAGE} (the API's maximum), got ${value}`, 'perPage');
  }
  return value;
}
