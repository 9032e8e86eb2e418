/**
 * The part of the typed REST client (`createRestClient` from `src/tenant`) the gateway uses.
 * Errors are the typed classes from `src/errors/`, and retries live in that client (the one retry
 * layer): the gateway never retries.
 */
import type { TiRestClient } from '../tenant/index.js';
import { withCacheReport, type CacheReport } from '../tenant/cache/index.js';
import { LIFECYCLE_CLIENT_METHODS } from '../lifecycle/index.js';

export type { TiEnrollment, TiUser, UserPatch, CreateUserInput, EndpointName } from '../tenant/index.js';
export { MAX_PER_PAGE } from '../tenant/index.js';

/**
 * `call` reaches any endpoint of the REST table, typed by it (and cached and invalidated per the
 * table): a REST-backed field over a plain endpoint uses it and changes nothing here. Besides it,
 * the composed operations the fields and loaders use (paging with checks, lookup by email, partial
 * update over a full PUT, create with its checks, delete that knows a repeat found it gone), and
 * whatever the lifecycle jobs use, as their module lists it.
 */
const GATEWAY_REST_METHODS = [
  ...new Set(['call', 'listUsersPage', 'getUser', 'findByEmail', 'createUser', 'updateUser', 'deleteUser', 'listEnrollmentsPage', ...LIFECYCLE_CLIENT_METHODS] as const),
];

export type GatewayRestClient = Pick<TiRestClient, (typeof GATEWAY_REST_METHODS)[number]>;

/** Methods that return an async iterable (page by page): each step, not the call, is scheduled. */
const ITERABLE_METHODS: ReadonlySet<string> = new Set(['listEnrollments'] satisfies Array<(typeof GATEWAY_REST_METHODS)[number]>);

type Schedule = <T>(call: () => Promise<T>) => Promise<T>;

async function* scheduledSteps<T>(iterable: AsyncIterable<T>, schedule: Schedule): AsyncIterable<T> {
  const iterator = iterable[Symbol.asyncIterator]();
  try {
    for (;;) {
      const step = await schedule(() => iterator.next());
      if (step.done) return;
      yield step.value;
    }
  } finally {
    await iterator.return?.();
  }
}

/** The same client with every call run through `schedule` (a request's share of the REST concurrency caps). */
export function scheduledRestClient(rest: GatewayRestClient, schedule: Schedule): GatewayRestClient {
  const out: Record<string, unknown> = {};
  for (const name of GATEWAY_REST_METHODS) {
    const method = rest[name] as (...args: unknown[]) => unknown;
    out[name] = ITERABLE_METHODS.has(name)
      ? (...args: unknown[]) => scheduledSteps(method.apply(rest, args) as AsyncIterable<unknown>, schedule)
      : (...args: unknown[]) => schedule(() => method.apply(rest, args) as Promise<unknown>);
  }
  return out as unknown as GatewayRestClient;
}

/**
 * The client for one request, with the read cache's report of it: every call runs inside the
 * report (AsyncLocalStorage), so a read the cache answered from a stale entry notes its age there,
 * for the response's `extensions.cache`.
 */
export function reportingRestClient(rest: GatewayRestClient): { rest: GatewayRestClient; report: CacheReport } {
  const report: CacheReport = { staleAgeMs: undefined };
  const out: Record<string, unknown> = {};
  for (const name of GATEWAY_REST_METHODS) {
    const method = rest[name] as (...args: unknown[]) => unknown;
    out[name] = (...args: unknown[]) => withCacheReport(report, () => method.apply(rest, args));
  }
  return { rest: out as unknown as GatewayRestClient, report };
}
