/**
 * The cold cache on a spent budget: a dashboard's misses (its user and its enrollments) share one
 * miss wait; a read the cache cannot serve (Redis unreachable) waits for budget as an uncached read
 * does instead of being refused as a miss; a live miss that joins a background refresh of the same
 * entry is not refused with it when that refresh found no free slot; the events' liveness reaches
 * every instance on Redis; and the poller's reads fill the cache.
 */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { RateLimitedError } from '../../src/errors/index.js';
import { createEventsService } from '../../src/events/index.js';
import { startGateway } from '../../src/gateway/index.js';
import { cacheScope, withCacheReport, type CacheReport } from '../../src/tenant/cache/index.js';
import { Redis } from 'ioredis';
import { tenantKeyFingerprint } from '../../src/tenant/budget/index.js';
import { freePort } from '../helpers/free-port.js';
import { waitFor } from '../helpers/wait-for.js';
import { sharedRedisUrl, testNamespace } from '../scale-out/redis.js';
import { ROUTES, upstreamCalls, useCacheTestBed } from './cache-support.js';

const { cleanups, tenantWith, open } = useCacheTestBed();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const TOKEN = 'cache-cold-token-0123456789abcdef';

describe('a dashboard whose data was never seen', () => {
  it('waits one miss wait in all for its user and its enrollments, not one each', async () => {
    const sandbox = await tenantWith(5);
    // A slot every 2 s; a miss waits at most 3 s. Two misses in sequence would wait 2 s each.
    const missWaitMs = 3_000;
    const access = open(sandbox, { TI_RATE_PER_MINUTE: '30', TI_RATE_BURST: '1', TI_GRAPH_CACHE_MISS_WAIT_MS: String(missWaitMs), TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0' });
    const config = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_GRAPH_TOKENS: `test:${TOKEN}:read`, LOG_LEVEL: 'error' });
    const gateway = await startGateway({ gateway: { ...config.gateway, port: 0 }, tenant: config.tenant!, rest: access.rest, budget: access.budget, logLevel: 'error' });
    cleanups.push(() => gateway.close(1_000));
    const [spender, learner] = sandbox.tenants[0]!.store.listUsers({ perPage: 2 }).users;
    await access.rest.getUser(spender!.id); // the burst is spent: the next slot is 2 s away

    const started = Date.now();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query: 'query ($id: ID!) { user(id: $id) { email enrollments { courseId status } } }', variables: { id: learner!.id } }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    const tookMs = Date.now() - started;
    // The user came with the slot 2 s later; the enrollments' slot (2 s after that) lies past what
    // is left of the request's miss wait, so they are refused then rather than waited for.
    expect(tookMs).toBeLessThan(missWaitMs + 500);
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('RATE_LIMITED');
    expect(upstreamCalls(sandbox, ROUTES.enrollments)).toBe(0);
  });
});

describe('a context that lives on (a subscription)', () => {
  it('starts a new miss wait once the last one is long past, instead of refusing every later miss at once', async () => {
    const sandbox = await tenantWith(5);
    const access = open(sandbox, { TI_RATE_PER_MINUTE: '60', TI_RATE_BURST: '1', TI_GRAPH_CACHE_MISS_WAIT_MS: '1500', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0' });
    const [a, b, c] = sandbox.tenants[0]!.store.listUsers({ perPage: 3 }).users;
    const report: CacheReport = { staleAgeMs: undefined };
    await withCacheReport(report, () => access.rest.getUser(a!.id)); // the context's first miss
    await sleep(3_200); // its wait is long over
    await access.rest.getUser(c!.id); // elsewhere: the budget is spent again
    // The slot after it is a second away, within a fresh wait.
    expect((await withCacheReport(report, () => access.rest.getUser(b!.id))).id).toBe(b!.id);
    expect(access.cache!.stats().refused).toBe(0);
  });
});

describe('many misses at once on a spent budget', () => {
  it('the ones the queue ahead could not drain within the miss wait are refused at once, the others wait their turn', async () => {
    const sandbox = await tenantWith(8);
    // A slot a second, no burst to speak of; a miss waits at most 1.2 s.
    const access = open(sandbox, { TI_RATE_PER_MINUTE: '60', TI_RATE_BURST: '1', TI_GRAPH_CACHE_MISS_WAIT_MS: '1200', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0' });
    const users = sandbox.tenants[0]!.store.listUsers({ perPage: 6 }).users;
    await access.rest.getUser(users[0]!.id); // the burst is spent
    const started = Date.now();
    const outcomes = await Promise.all(
      users.slice(1).map((user) =>
        access.rest.getUser(user.id).then(
          () => ({ ok: true, ms: Date.now() - started }),
          (error: unknown) => ({ ok: false, ms: Date.now() - started, error }),
        ),
      ),
    );
    // The first waits for the next slot (about 1 s); the second would need the one after (2 s): past its wait.
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const refused = outcomes.filter((o) => !o.ok);
    expect(refused).toHaveLength(4);
    for (const outcome of refused) {
      expect((outcome as { error: unknown }).error).toBeInstanceOf(RateLimitedError);
      // Told at once, not after a second in the queue.
      expect(outcome.ms).toBeLessThan(400);
    }
    expect(access.cache!.stats().refused).toBe(4);
  });
});

describe('the roster warm-up at a cold start', () => {
  it('waits its turn among the live misses instead of only for a free slot, which they never leave', async () => {
    const sandbox = await tenantWith(150);
    const access = open(sandbox, {
      REDIS_URL: sharedRedisUrl(),
      TI_REDIS_NAMESPACE: testNamespace('roster-turn'),
      TI_RATE_PER_MINUTE: '120',
      TI_RATE_BURST: '1',
      TI_GRAPH_CACHE_MISS_WAIT_MS: '2000',
      TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0',
      TI_GRAPH_CACHE_WARM: 'true',
    });
    const learners = sandbox.tenants[0]!.store.listUsers({ perPage: 150 }).users;
    // Live misses from the start, always a few waiting for budget (each learner's enrollments).
    let next = 0;
    let stop = false;
    const reader = async () => {
      while (!stop && next < learners.length) await access.rest.listEnrollmentsPage(learners[next++]!.id).catch(() => undefined);
    };
    const readers = Array.from({ length: 4 }, reader);
    try {
      await waitFor(() => upstreamCalls(sandbox, ROUTES.users) >= 2, 'both roster pages', { timeoutMs: 8_000 });
    } finally {
      stop = true;
      await Promise.all(readers);
    }
    const before = upstreamCalls(sandbox);
    for (const learner of learners) expect((await access.rest.getUser(learner.id)).id).toBe(learner.id);
    expect(upstreamCalls(sandbox) - before).toBe(0);
  });
});

describe('reads the cache cannot serve', () => {
  it('with Redis unreachable, a read waits for budget as an uncached read does instead of being refused as a miss', async () => {
    const sandbox = await tenantWith(5);
    const deadPort = await freePort(); // nothing listens here
    const access = open(sandbox, {
      REDIS_URL: `redis://127.0.0.1:${deadPort}`,
      TI_RATE_PER_MINUTE: '60',
      TI_RATE_BURST: '1',
      TI_GRAPH_CACHE_MISS_WAIT_MS: '200',
      TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0',
    });
    const [a, b] = sandbox.tenants[0]!.store.listUsers({ perPage: 2 }).users;
    expect((await access.rest.getUser(a!.id)).id).toBe(a!.id); // the burst is spent
    // The next slot is about 1 s away, past the 200 ms miss wait: a miss would be refused.
    expect((await access.rest.getUser(b!.id)).id).toBe(b!.id);
    const stats = access.cache!.stats();
    expect(stats.bypassed).toBeGreaterThanOrEqual(2);
    expect(stats.refused).toBe(0);
  });
});

describe('a live miss and a background load of the same entry', () => {
  it('joins the refresh, and when that found no free slot asks for one itself instead of being refused with it', async () => {
    const sandbox = await tenantWith(5);
    const access = open(sandbox, { TI_RATE_PER_MINUTE: '60', TI_RATE_BURST: '1', TI_GRAPH_CACHE_MISS_WAIT_MS: '1500', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0', TI_GRAPH_CACHE_WARM: 'true' });
    await waitFor(() => access.cache!.stats().warmed >= 1 && access.cache!.stats().warmQueue === 0, 'the roster warm-up');
    const learner = sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).users[0]!;
    await access.rest.listEnrollmentsPage(learner.id); // a live read (waits for the slot after the roster's); demand noted

    // Its entry is invalidated: the warmer refreshes it at once, with a slot free now (there is none).
    await access.cache!.invalidate([cacheScope.enrollments(learner.id)]);
    const page = await access.rest.listEnrollmentsPage(learner.id);
    expect(page.enrollments).toEqual(sandbox.tenants[0]!.store.listEnrollments(learner.id, { perPage: 100 }).enrollments);
    expect(access.cache!.stats().refused).toBe(0);
  });
});

describe('a miss while another instance holds the load (Redis)', () => {
  it('loads at once when that instance lets go without storing, instead of polling until its lease lapses', async () => {
    const sandbox = await tenantWith(3);
    const namespace = testNamespace('takeover');
    const access = open(sandbox, { REDIS_URL: sharedRedisUrl(), TI_REDIS_NAMESPACE: namespace });
    await waitFor(() => access.cache!.stats().connected, 'connected to Redis');
    const user = sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).users[0]!;
    // Another instance claims the load of this user's record (its warm-up, say) ...
    const other = new Redis(sharedRedisUrl());
    cleanups.push(async () => void other.disconnect());
    const lease = `${namespace}:cache:${tenantKeyFingerprint(sandbox.apiKey)}:l:${cacheScope.user(user.id)}:record`;
    expect(await other.set(lease, '1', 'PX', 1_000, 'NX')).toBe('OK');
    const started = Date.now();
    const read = access.rest.getUser(user.id);
    // ... and lets go 100 ms later without storing anything (no free slot for it).
    await sleep(100);
    await other.del(lease);
    expect((await read).id).toBe(user.id);
    expect(Date.now() - started).toBeLessThan(700);
    expect(upstreamCalls(sandbox, ROUTES.user)).toBe(1);
  });
});

describe('events alive, on Redis', () => {
  it('a webhook seen by one instance keeps entries fresh until an event on every instance', async () => {
    const sandbox = await tenantWith(5);
    const env = { REDIS_URL: sharedRedisUrl(), TI_REDIS_NAMESPACE: testNamespace('alive'), TI_GRAPH_CACHE_TTL_MS: '300', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '60000' };
    const a = open(sandbox, env);
    const b = open(sandbox, env);
    await waitFor(() => a.cache!.stats().connected && b.cache!.stats().connected, 'both connected to Redis');
    expect(b.cache!.stats().freshness).toBe('ttl');

    a.onAlive!(); // a webhook reached instance a only
    await waitFor(() => b.cache!.stats().freshness === 'events', 'instance b to learn the events are alive', { timeoutMs: 3_000 });

    const user = sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).users[0]!;
    await b.rest.getUser(user.id);
    await sleep(700); // more than twice the short TTL
    const before = upstreamCalls(sandbox);
    await b.rest.getUser(user.id);
    await a.rest.getUser(user.id);
    expect(upstreamCalls(sandbox) - before).toBe(0);
    expect(b.cache!.stats().stale + a.cache!.stats().stale).toBe(0);
  });
});

describe("the poller's reads", () => {
  it('fill the cache: after its first cycle every learner\'s user and enrollments are hits', async () => {
    const sandbox = await tenantWith(120);
    const access = open(sandbox, { TI_GRAPH_CACHE_TTL_MS: '60000', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '60000' });
    const events = createEventsService({ webhookSecret: undefined, poll: { client: access.pollRest, intervalMs: 60_000 }, onEvent: access.onEvent, onAlive: access.onAlive });
    cleanups.push(() => events.close());
    await waitFor(() => access.cache!.stats().freshness === 'events', 'the first poll cycle', { timeoutMs: 15_000 });

    const before = upstreamCalls(sandbox);
    for (const user of sandbox.tenants[0]!.store.listUsers({ perPage: 200 }).users) {
      expect((await access.rest.getUser(user.id)).email).toBe(user.email);
      expect((await access.rest.listEnrollmentsPage(user.id)).enrollments).toEqual(sandbox.tenants[0]!.store.listEnrollments(user.id, { perPage: 100 }).enrollments);
    }
    expect(upstreamCalls(sandbox) - before).toBe(0);
  });
});
