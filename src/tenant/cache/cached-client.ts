import type { TiEnrollment, TiRestClient, TiUser } from '../rest/index.js';
import type { ReadCache } from './read-cache.js';
import { cacheScope } from './scopes.js';

/**
 * The REST client with its reads served from the cache: user by id, by email, list pages and
 * enrollments. Its own writes invalidate what they change once they end, success or not (a write
 * that failed may still have landed), so the next read, on any instance sharing the cache, sees
 * the tenant's answer. `listUsers` (whole-roster walks: sync, the poller) is never cached.
 */
export function withReadCache(client: TiRestClient, cache: ReadCache): TiRestClient {
  const { user, enrollments, lists } = cacheScope;
  const lower = (email: string | undefined) => (email ?? '').trim().toLowerCase();
  const afterwards = async <T>(write: () => Promise<T>, scopes: (result: T | undefined) => string[]): Promise<T> => {
    let result: T | undefined;
    try {
      result = await write();
      return result;
    } finally {
      await cache.invalidate(scopes(result));
    }
  };

  return {
    ...client,
    getUser: (id, options) => cache.read(user(id), 'record', () => client.getUser(id, options)),
    async findByEmail(email, options) {
      const found = await cache.read(lists, `email:${encodeURIComponent(lower(email))}`, async () => (await client.findByEmail(email, options)) ?? null);
      return found ?? undefined;
    },
    listUsersPage: (options = {}) =>
      cache.read(lists, `page:${options.page ?? 1}:${options.perPage ?? 'default'}:${encodeURIComponent(lower(options.email))}`, () => client.listUsersPage(options)),
    listEnrollmentsPage: (userId, options = {}) =>
      cache.read(enrollments(userId), `page:${options.page ?? 1}:${options.perPage ?? 'default'}`, () => client.listEnrollmentsPage(userId, options)),
    async *listEnrollments(userId, options) {
      const all = await cache.read(enrollments(userId), 'all', async () => {
        const collected: TiEnrollment[] = [];
        for await (const enrollment of client.listEnrollments(userId, options)) collected.push(enrollment);
        return collected;
      });
      yield* all;
    },
    createUser: (input, options) => afterwards(() => client.createUser(input, options), (created?: TiUser) => [lists, ...(created ? [user(created.id)] : [])]),
    replaceUser: (id, full, options) => afterwards(() => client.replaceUser(id, full, options), () => [user(id), lists]),
    updateUser: (id, patch, options) => afterwards(() => client.updateUser(id, patch, options), () => [user(id), lists]),
    deleteUser: (id, options) => afterwards(() => client.deleteUser(id, options), () => [user(id), lists, enrollments(id)]),
    addUserToGroup: (groupId, userId, options) => afterwards(() => client.addUserToGroup(groupId, userId, options), () => [user(userId), lists]),
    enroll: (courseId, userId, options) => afterwards(() => client.enroll(courseId, userId, options), () => [enrollments(userId)]),
  };
}
