/**
 * What the planner needs from the tenant, read in as few calls as the API allows: the whole roster
 * at 100 per page (ceil(N/100) list calls), then the enrollments of only those matched users whose
 * records ask for courses.
 */
import type { TiRestClient, TiUser } from '../tenant/index.js';
import { courseIdsOf } from '../lifecycle/index.js';

export async function readRoster(client: Pick<TiRestClient, 'listUsers'>, options: { signal?: AbortSignal } = {}): Promise<TiUser[]> {
  const roster: TiUser[] = [];
  for await (const user of client.listUsers(options)) roster.push(user);
  return roster;
}

/** Course ids per user id, read `concurrency` users at a time. */
export async function readEnrollments(
  client: Pick<TiRestClient, 'listEnrollments'>,
  userIds: readonly string[],
  options: { concurrency?: number; signal?: AbortSignal } = {},
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  let next = 0;
  const worker = async () => {
    while (next < userIds.length) {
      const id = userIds[next++]!;
      result.set(id, await courseIdsOf(client, id, options.signal ? { signal: options.signal } : {}));
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, options.concurrency ?? 4), userIds.length) }, worker));
  return result;
}
