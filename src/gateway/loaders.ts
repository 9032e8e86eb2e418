/**
 * Per-request DataLoaders over the REST client: within one gateway request each REST resource is
 * fetched at most once, however many places in the query ask for it, and all REST calls share one
 * concurrency cap. The REST API has no bulk read (no `GET /users?ids=`, no enrollments for many
 * users), so N users' enrollments cost N calls: the floor is 1 list + N, and this reaches it.
 */
import DataLoader from 'dataloader';
import { limitConcurrency, type Limiter, type RestScheduler } from './limit-concurrency.js';
// MAX_PER_PAGE: the REST API's largest page; one call fetches up to this many enrollments.
import { MAX_PER_PAGE, scheduledRestClient, type GatewayRestClient, type TiEnrollment, type TiUser } from './rest-port.js';


export interface RestLoaders {
  userById: DataLoader<string, TiUser>;
  enrollmentsByUserId: DataLoader<string, TiEnrollment[]>;
  /** Records users learned from any response (lists, writes) so later reads reuse them. */
  remember(user: TiUser): TiUser;
  /**
   * The REST client for the request's resolvers: every call (lists, lookups, writes) under the same
   * caps as the loaders' own. The loaders call the client directly: a loader call through it would
   * take two slots, and at the cap wait for itself.
   */
  rest: GatewayRestClient;
  /**
   * The client went away (an incremental response it stopped reading): calls still waiting for a
   * slot fail instead of being made. Calls in flight finish.
   */
  stop(): void;
}

/**
 * `maxConcurrency` caps this request's calls in flight; `scheduler` (one per gateway) adds the
 * gateway-wide cap, oldest request first. Without it the request has a cap of its own only.
 */
export function createRestLoaders(rest: GatewayRestClient, maxConcurrency: number, scheduler?: RestScheduler): RestLoaders {
  const slot = scheduler ? scheduler.forRequest(maxConcurrency) : limitConcurrency(maxConcurrency);
  let stopped = false;
  const limit: Limiter = (task) => slot(() => (stopped ? Promise.reject(new Error('the client went away before this REST call was made')) : task()));
  // Each key is its own REST call (no bulk endpoint); each settles on its own, as its call
  // returns: one 404 does not fail its siblings, and a deferred fragment (@defer) is delivered when
  // ITS call returns rather than when the batch's slowest does. DataLoader resolves each key's
  // load() with the value given for it, and a promise given there is adopted.
  const eachKey =
    <V>(load: (key: string) => Promise<V>) =>
    (keys: readonly string[]): Promise<Array<V | Error>> =>
      Promise.resolve(keys.map((key) => limit(() => load(key))) as unknown as Array<V | Error>);

  const userById = new DataLoader<string, TiUser>(eachKey((id) => rest.getUser(id)));
  const enrollmentsByUserId = new DataLoader<string, TiEnrollment[]>(
    eachKey(async (userId) => {
      const first = await rest.listEnrollmentsPage(userId, { page: 1, perPage: MAX_PER_PAGE });
      const all = [...first.enrollments];
      // Most users fit one page; only a user with more than 100 enrollments costs extra calls.
      for (let page = 2; first.total !== undefined && all.length < first.total; page += 1) {
        const next = await rest.listEnrollmentsPage(userId, { page, perPage: MAX_PER_PAGE });
        if (next.enrollments.length === 0) break;
        all.push(...next.enrollments);
      }
      return all;
    }),
  );
  return {
    userById,
    enrollmentsByUserId,
    rest: scheduledRestClient(rest, limit),
    stop() {
      stopped = true;
    },
    remember(user) {
      userById.clear(user.id).prime(user.id, user);
      return user;
    },
  };
}
