import {
  ENDPOINTS,
  MAX_PER_PAGE,
  type EndpointDefinition,
  type EndpointName,
  type EndpointResponse,
  type RequestOptions,
  type TiEnrollment,
  type TiRestClient,
  type TiUser,
  type UsersPage,
} from '../rest/index.js';
import type { EndpointInput } from '../rest/index.js';
import type { LoadOptions, ReadCache } from './read-cache.js';
import { cacheScope } from './scopes.js';
import type { Stamp } from './store.js';

/** A user's enrollments, all of them: every page of them is served from this one entry. */
interface EnrollmentList {
  enrollments: TiEnrollment[];
}

export interface CachedRestClient extends TiRestClient {
  /** Queues the roster, page by page, for the cache's spare budget (at start). */
  warmRoster(): void;
  /**
   * The client for whole-roster walks (the poller): its reads go to the tenant uncached (it looks
   * for changes), and what they bring feeds the cache: every user of the roster walk, and a user's
   * enrollments read in full. A poll cycle's reads (the baseline reads everyone's) then answer the
   * dashboards instead of being spent twice.
   */
  feedingReads(): TiRestClient;
}

/**
 * The REST client with its reads served from the cache, as entities: a user record from any
 * answer (`getUser`, a roster page, a lookup by email, a write's result) serves `getUser` and
 * `findByEmail` afterwards; a user's enrollments are one entry that serves every page of them.
 * `call` is cached per the endpoint table: a read the table says `answers` an entity is served
 * like the named methods, and a write invalidates what the table says it `invalidates`, once it
 * ends, success or not (a write that failed may still have landed). `listUsers` (whole-roster
 * walks: sync, the poller) is never cached.
 */
export function withReadCache(client: TiRestClient, cache: ReadCache): CachedRestClient {
  const { user, enrollments, lists, email: emailScope } = cacheScope;
  const lower = (email: string | undefined) => (email ?? '').trim().toLowerCase();
  /** The caller's options for a live load; a background one (warm-up, refresh) carries only its budget wait. */
  const withLoad = (options: RequestOptions | undefined, load: LoadOptions): RequestOptions =>
    load.background ? { maxBudgetWaitMs: load.maxBudgetWaitMs } : { ...options, ...(load.maxBudgetWaitMs !== undefined ? { maxBudgetWaitMs: load.maxBudgetWaitMs } : {}) };

  async function rememberUsers(users: readonly TiUser[], mark: Stamp): Promise<void> {
    await Promise.all(users.flatMap((u) => [cache.remember(user(u.id), 'record', u, mark), cache.remember(emailScope(u.email), 'id', u.id, mark)]));
  }

  const getUser = (id: string, options?: RequestOptions) =>
    cache.read(
      user(id),
      'record',
      (load) => client.getUser(id, withLoad(options, load)),
      (found, mark) => cache.remember(emailScope(found.email), 'id', found.id, mark),
    );

  async function findByEmail(email: string, options?: RequestOptions): Promise<TiUser | undefined> {
    const wanted = lower(email);
    if (wanted === '') return client.findByEmail(email, options); // refused by the client
    // A user seen anywhere answers for its email, as long as its own entry still has it.
    const id = await cache.peek<string>(emailScope(wanted), 'id');
    if (id !== undefined && lower((await cache.peek<TiUser>(user(id), 'record'))?.email) === wanted) {
      const found = await getUser(id, options);
      if (lower(found.email) === wanted) return found;
    }
    const found = await cache.read(
      lists,
      `email:${encodeURIComponent(wanted)}`,
      async (load) => (await client.findByEmail(email, withLoad(options, load))) ?? null,
      (result, mark) => (result ? rememberUsers([result], mark) : Promise.resolve()),
    );
    return found ?? undefined;
  }

  const pageKey = (page: number, perPage: number | undefined, email: string | undefined) => `page:${page}:${perPage ?? 'default'}:${encodeURIComponent(lower(email))}`;
  const listUsersPage: TiRestClient['listUsersPage'] = (options = {}) =>
    cache.read(
      lists,
      pageKey(options.page ?? 1, options.perPage, options.email),
      (load) => client.listUsersPage({ ...options, ...withLoad(options, load) }),
      (page: UsersPage, mark) => rememberUsers(page.users, mark),
    );

  /** All of a user's enrollments, one entry (one call for up to 100 of them). */
  const allEnrollments = (userId: string, options?: RequestOptions) =>
    cache.read<EnrollmentList>(enrollments(userId), 'all', async (load) => {
      const collected: TiEnrollment[] = [];
      for await (const enrollment of client.listEnrollments(userId, { ...withLoad(options, load), perPage: MAX_PER_PAGE })) collected.push(enrollment);
      return { enrollments: collected };
    });

  const listEnrollmentsPage: TiRestClient['listEnrollmentsPage'] = async (userId, options = {}) => {
    const page = options.page ?? 1;
    const perPage = options.perPage ?? MAX_PER_PAGE;
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE) {
      return client.listEnrollmentsPage(userId, options); // refused by the client, with its message
    }
    const all = (await allEnrollments(userId, options)).enrollments;
    return { enrollments: all.slice((page - 1) * perPage, page * perPage), total: all.length, page, perPage };
  };

  /** Runs a write, then invalidates what the table says it changes; a user it returns is remembered. */
  async function written<T>(name: EndpointName, input: { params?: object; body?: unknown }, write: () => Promise<T>, userOf: (result: T) => TiUser | undefined): Promise<T> {
    let result: T | undefined;
    let ok = false;
    try {
      result = await write();
      ok = true;
      return result;
    } finally {
      const endpoint: EndpointDefinition = ENDPOINTS[name];
      await cache.invalidate(invalidatedScopes(endpoint, input));
      const returned = ok ? userOf(result as T) : undefined;
      // Remembering the write's result is a bonus: a Redis that does not answer (down, hung) must
      // never fail a write the tenant already made.
      const mark = returned ? await cache.mark().catch(() => undefined) : undefined;
      if (returned && mark !== undefined) await rememberUsers([returned], mark);
    }
  }

  /** `call` for a read: the entity the table says it answers, served like the named methods. */
  async function cachedRead(endpoint: EndpointDefinition, input: { params?: Record<string, string>; query?: Record<string, unknown> }, options?: RequestOptions): Promise<unknown> {
    const params = input.params ?? {};
    const query = input.query ?? {};
    switch (endpoint.answers) {
      case 'user':
        return { user: await getUser(params['id']!, options) };
      case 'enrollments': {
        const page = await listEnrollmentsPage(params['id']!, { ...options, page: query['page'] as number | undefined, perPage: query['per_page'] as number | undefined });
        return { enrollments: page.enrollments, total: page.total };
      }
      case 'users': {
        const page = await listUsersPage({ ...options, page: query['page'] as number | undefined, perPage: query['per_page'] as number | undefined, email: query['email'] as string | undefined });
        return { users: page.users, total: page.total };
      }
      default:
        return undefined;
    }
  }

  function call<N extends EndpointName>(name: N, input: EndpointInput<N>, options?: RequestOptions): Promise<EndpointResponse<N>> {
    const endpoint: EndpointDefinition = ENDPOINTS[name];
    if (endpoint.method === 'GET') {
      return endpoint.answers ? (cachedRead(endpoint, input as never, options) as Promise<EndpointResponse<N>>) : client.call(name, input, options);
    }
    return written(name, input, () => client.call(name, input, options), (result) =>
      endpoint.answers === 'user' ? (result as { user?: TiUser }).user : undefined,
    );
  }

  return {
    ...client,
    call,
    getUser,
    findByEmail,
    listUsersPage,
    listEnrollmentsPage,
    async *listEnrollments(userId, options) {
      yield* (await allEnrollments(userId, options)).enrollments;
    },
    createUser: (input, options) => written('createUser', { body: input }, () => client.createUser(input, options), (u) => u),
    replaceUser: (id, full, options) => written('replaceUser', { params: { id } }, () => client.replaceUser(id, full, options), (u) => u),
    updateUser: (id, patch, options) => written('replaceUser', { params: { id } }, () => client.updateUser(id, patch, options), (u) => u),
    deleteUser: (id, options) => written('deleteUser', { params: { id } }, () => client.deleteUser(id, options), () => undefined),
    addUserToGroup: (groupId, userId, options) =>
      written('addUserToGroup', { params: { groupId }, body: { userId } }, () => client.addUserToGroup(groupId, userId, options), () => undefined),
    enroll: (courseId, userId, options) => written('enroll', { params: { courseId }, body: { userId } }, () => client.enroll(courseId, userId, options), () => undefined),
    feedingReads() {
      return {
        ...client,
        async *listUsers(options) {
          // Anything invalidated after the walk began is not stored from it (a later event knows better).
          const mark = await cache.mark().catch(() => undefined);
          for await (const found of client.listUsers(options)) {
            if (mark !== undefined) await rememberUsers([found], mark).catch(() => undefined);
            yield found;
          }
        },
        async *listEnrollments(userId, options) {
          const mark = await cache.mark().catch(() => undefined);
          const collected: TiEnrollment[] = [];
          for await (const enrollment of client.listEnrollments(userId, options)) {
            collected.push(enrollment);
            yield enrollment;
          }
          // Only a walk that reached the end is all of them.
          if (mark !== undefined) await cache.remember(enrollments(userId), 'all', { enrollments: collected } satisfies EnrollmentList, mark).catch(() => undefined);
        },
      };
    },
    warmRoster() {
      // Each page waits its turn among the live reads (a preload), not only for a free slot: at a
      // cold start live misses take every slot, and each page answers a hundred of their users.
      const loadPage = (page: number) =>
        cache.preload(lists, pageKey(page, MAX_PER_PAGE, undefined), (load) => client.listUsersPage({ page, perPage: MAX_PER_PAGE, ...withLoad(undefined, load) }), 1e9 - page, async (result: UsersPage, mark) => {
          await rememberUsers(result.users, mark);
          if (page === 1) for (let next = 2; (next - 1) * MAX_PER_PAGE < result.total; next++) loadPage(next);
        });
      loadPage(1);
    },
  };
}

/**
 * The scopes a write's table entry says it invalidates, `{name}` filled from the call's path
 * parameters, else its body. A name found in neither (a table mistake the endpoint test catches)
 * invalidates every scope of that kind's lists at least, never nothing.
 */
export function invalidatedScopes(endpoint: Pick<EndpointDefinition, 'invalidates'>, input: { params?: object; body?: unknown }): string[] {
  const params = (input.params ?? {}) as Record<string, unknown>;
  const body = (input.body && typeof input.body === 'object' ? input.body : {}) as Record<string, unknown>;
  const scopes: string[] = [];
  for (const template of endpoint.invalidates ?? []) {
    if (template === 'lists') {
      scopes.push(cacheScope.lists);
      continue;
    }
    const [kind, name] = template.replace(/[{}]/g, '').split(':') as ['user' | 'enrollments', string];
    const value = params[name] ?? body[name];
    if (typeof value === 'string') scopes.push(kind === 'user' ? cacheScope.user(value) : cacheScope.enrollments(value));
    else scopes.push(cacheScope.lists);
  }
  return scopes;
}
