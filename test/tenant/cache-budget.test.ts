/**
 * The cache on a spent budget: stale data is answered rather than refused, a miss never seen is
 * refused within the miss wait (not queued for seconds), concurrent misses make one call, and the
 * budget live reads leave loads what was refused and, at start, the roster by pages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { RateLimitedError } from '../../src/errors/index.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { waitFor } from '../helpers/wait-for.js';
import { openCachedAccess, ROUTES, upstreamCalls, type CachedAccess } from './cache-support.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function setUp(users: number, env: Record<string, string>): Promise<{ sandbox: Sandbox; access: CachedAccess }> {
  const sandbox = await startTestSandbox({ users });
  cleanups.push(() => sandbox.close());
  const access = openCachedAccess(sandbox, env);
  cleanups.push(() => access.close());
  return { sandbox, access };
}

// 60 a minute with a burst of 2: after two calls the next slot is a second away.
const SPENT = { TI_RATE_PER_MINUTE: '60', TI_RATE_BURST: '2', TI_GRAPH_CACHE_MISS_WAIT_MS: '200', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0' };

describe('on a spent budget', () => {
  it('answers a stale entry rather than refusing it, and refuses a miss within the miss wait', async () => {
    const { sandbox, access } = await setUp(5, { ...SPENT, TI_GRAPH_CACHE_TTL_MS: '100' });
    const [a, b, c] = sandbox.tenants[0]!.store.listUsers({ perPage: 3 }).users;
    await access.rest.getUser(a!.id);
    await access.rest.getUser(b!.id); // the burst is spent
    await sleep(150); // a is stale now

    expect((await access.rest.getUser(a!.id)).id).toBe(a!.id);
    expect(access.cache!.stats().stale).toBeGreaterThanOrEqual(1);

    const started = Date.now();
    const refused = await access.rest.getUser(c!.id).then(
      () => undefined,
      (error: unknown) => error,
    );
    const refusedAfterMs = Date.now() - started;
    expect(refused).toBeInstanceOf(RateLimitedError);
    // Refused after the 200 ms miss wait, not after the REST client's 60 s deadline.
    expect(refusedAfterMs).toBeLessThan(5_000);
    expect(access.cache!.stats().refused).toBe(1);
  });

  it('makes one call for concurrent misses of one entry', async () => {
    const { sandbox, access } = await setUp(5, { TI_GRAPH_CACHE_TTL_MS: '60000' });
    const user = sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).users[0]!;
    const before = upstreamCalls(sandbox, ROUTES.user);
    const answers = await Promise.all(Array.from({ length: 20 }, () => access.rest.getUser(user.id)));
    expect(new Set(answers.map((u) => JSON.stringify(u))).size).toBe(1);
    expect(upstreamCalls(sandbox, ROUTES.user) - before).toBe(1);
  });
});

describe('spare budget warms the cache', () => {
  it('loads a refused entry with the next free slot, so the next read is a hit', async () => {
    const { sandbox, access } = await setUp(5, { ...SPENT, TI_GRAPH_CACHE_TTL_MS: '60000', TI_GRAPH_CACHE_WARM: 'true' });
    // The roster warm-up takes the first slot; wait for it so the test controls the rest.
    await waitFor(() => upstreamCalls(sandbox, ROUTES.users) === 1, 'the roster warm-up');
    const user = sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).users[0]!;
    await access.rest.listEnrollmentsPage(user.id).catch(() => undefined); // the second slot, or refused
    const other = sandbox.tenants[0]!.store.listUsers({ perPage: 2 }).users[1]!;
    await expect(access.rest.listEnrollmentsPage(other.id)).rejects.toBeInstanceOf(RateLimitedError);

    await waitFor(() => upstreamCalls(sandbox, ROUTES.enrollments) >= 2, 'the warm-up to load what was refused', { timeoutMs: 10_000 });
    const before = upstreamCalls(sandbox);
    const page = await access.rest.listEnrollmentsPage(other.id);
    expect(page.enrollments).toEqual(sandbox.tenants[0]!.store.listEnrollments(other.id, { perPage: 100 }).enrollments);
    expect(upstreamCalls(sandbox) - before).toBe(0);
    expect(access.cache!.stats().warmed).toBeGreaterThanOrEqual(2);
  });

  it('loads the roster by pages at start: every user is then a hit, by id and by email', async () => {
    const { sandbox, access } = await setUp(230, { TI_GRAPH_CACHE_TTL_MS: '60000', TI_GRAPH_CACHE_WARM: 'true' });
    await waitFor(() => access.cache!.stats().warmed >= 3, 'three roster pages');
    expect(upstreamCalls(sandbox, ROUTES.users)).toBe(3);
    const before = upstreamCalls(sandbox);
    for (const user of sandbox.tenants[0]!.store.listUsers({ perPage: 100, page: 3 }).users) {
      expect((await access.rest.getUser(user.id)).email).toBe(user.email);
      expect((await access.rest.findByEmail(user.email))?.id).toBe(user.id);
    }
    expect(upstreamCalls(sandbox) - before).toBe(0);
  });
});
