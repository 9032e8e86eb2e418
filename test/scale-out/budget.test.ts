import { afterEach, describe, expect, it } from 'vitest';
import { createTenantBudget, tenantKeyFingerprint, type TenantBudget } from '../../src/tenant/budget/index.js';
import { createLogger } from '../../src/util/index.js';
import { keysUnder, sharedRedisUrl, startPrivateRedis, testNamespace, type PrivateRedis } from './redis.js';
import { waitFor } from '../helpers/wait-for.js';

const KEY = 'ti_test_key_0123456789abcdef';
const open: TenantBudget[] = [];
let privateRedis: PrivateRedis | undefined;
afterEach(async () => {
  await Promise.all(open.splice(0).map((b) => b.close()));
  await privateRedis?.close();
  privateRedis = undefined;
});

function budget(options: Partial<Parameters<typeof createTenantBudget>[0]> & { namespace: string }, logs?: string[]): TenantBudget {
  const logger = logs ? createLogger({ level: 'debug', destination: { write: (line: string) => logs.push(line) } }) : undefined;
  const b = createTenantBudget({
    apiKey: KEY,
    requests: { perMinute: 600, burst: 5 },
    writes: undefined,
    instances: undefined,
    redisUrl: sharedRedisUrl(),
    logger,
    heartbeatMs: 200,
    ...options,
  });
  open.push(b);
  return b;
}

/** How many of `n` immediate acquires (no waiting allowed) each budget is granted. */
async function grantedNow(b: TenantBudget, n: number, kind: 'read' | 'write' = 'read'): Promise<number> {
  let granted = 0;
  for (let i = 0; i < n; i++) if ((await b.acquire(kind, { maxWaitMs: 0 })).granted) granted++;
  return granted;
}

describe('the tenant budget over Redis', () => {
  it('is one bucket for every instance: the burst is shared, not multiplied', async () => {
    const namespace = testNamespace('budget-share');
    // One token per 10 s: however slow the machine, the burst of 5 is all there is to share.
    const requests = { perMinute: 6, burst: 5 };
    const [a, b, c] = [budget({ namespace, requests }), budget({ namespace, requests }), budget({ namespace, requests })];
    const granted = [await grantedNow(a, 5), await grantedNow(b, 5), await grantedNow(c, 5)];
    expect(granted.reduce((x, y) => x + y, 0)).toBeGreaterThanOrEqual(5);
    expect(granted.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(6);
    expect(a.stats().mode).toBe('redis');
  });

  it('paces waiters: concurrent callers across instances go out one interval apart, none refused', async () => {
    const namespace = testNamespace('budget-slots');
    const [a, b] = [budget({ namespace, requests: { perMinute: 1_200, burst: 1 } }), budget({ namespace, requests: { perMinute: 1_200, burst: 1 } })];
    const started = Date.now();
    const times = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).acquire('read').then(() => Date.now() - started)));
    times.sort((x, y) => x - y);
    // 10 requests at 20/s with no burst: the last goes out no sooner than 9 intervals (450 ms) in.
    expect(times[9]!).toBeGreaterThanOrEqual(430);
    expect(a.stats().acquired + b.stats().acquired).toBe(10);
  });

  it('keeps writes to their own bucket on top of the request bucket', async () => {
    const namespace = testNamespace('budget-writes');
    const a = budget({ namespace, requests: { perMinute: 6_000, burst: 50 }, writes: { perMinute: 60, burst: 2 } });
    const b = budget({ namespace, requests: { perMinute: 6_000, burst: 50 }, writes: { perMinute: 60, burst: 2 } });
    expect((await grantedNow(a, 2, 'write')) + (await grantedNow(b, 2, 'write'))).toBe(2);
    // Reads are not held by the spent write bucket.
    expect(await grantedNow(b, 10, 'read')).toBe(10);
  });

  it('a pause one instance reports holds every instance, and refuses a caller whose wait it exceeds', async () => {
    const namespace = testNamespace('budget-pause');
    const [a, b] = [budget({ namespace, requests: { perMinute: 60_000, burst: 100 } }), budget({ namespace, requests: { perMinute: 60_000, burst: 100 } })];
    await Promise.all([a.acquire('read'), b.acquire('read')]); // both connected
    a.pause(3_000);
    // The pause is sent without waiting for it: B learns of it from Redis within moments.
    let refused = await b.acquire('read', { maxWaitMs: 50 });
    for (let i = 0; refused.granted && i < 20; i++) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      refused = await b.acquire('read', { maxWaitMs: 50 });
    }
    expect(refused.granted).toBe(false);
    const started = Date.now();
    const granted = await b.acquire('read');
    expect(granted.granted).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  it('names the tenant in Redis by a fingerprint of the key, never the key', async () => {
    const namespace = testNamespace('budget-keys');
    const a = budget({ namespace, writes: { perMinute: 60, burst: 2 } });
    await a.acquire('write');
    a.pause(1_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const keys = await keysUnder(sharedRedisUrl(), namespace);
    const fingerprint = tenantKeyFingerprint(KEY);
    expect(keys).toEqual(expect.arrayContaining([`${namespace}:budget:${fingerprint}:requests`, `${namespace}:budget:${fingerprint}:writes`, `${namespace}:budget:${fingerprint}:pause`]));
    expect(keys.join('\n')).not.toContain(KEY);
  });

  it('Redis unreachable: every acquire is still granted, from a local share (logged once), and the budget rejoins when Redis returns', async () => {
    privateRedis = await startPrivateRedis();
    const namespace = testNamespace('budget-outage');
    const logs: string[] = [];
    const requests = { perMinute: 6_000, burst: 40 };
    const a = budget({ namespace, redisUrl: privateRedis.url, requests }, logs);
    budget({ namespace, redisUrl: privateRedis.url, requests });
    expect((await a.acquire('read')).granted).toBe(true);
    await waitFor(() => a.stats().sharers === 2, 'the heartbeats of both sharers', { timeoutMs: 10_000, intervalMs: 50 });
    expect(a.stats().sharers).toBe(2); // the heartbeats: two sharers seen

    await privateRedis.stop();
    const started = Date.now();
    const results = await Promise.all(Array.from({ length: 30 }, () => a.acquire('read')));
    expect(results.every((r) => r.granted)).toBe(true);
    expect(a.stats()).toMatchObject({ mode: 'local', fallbacks: 1 });
    // The equal split of the sharers last seen: 3 000/min for this one, a token every 20 ms.
    // 30 acquires with no burst at the takeover take at least 29 intervals.
    expect(Date.now() - started).toBeGreaterThanOrEqual(29 * 20 - 10);
    const warnings = logs.filter((l) => l.includes('Redis unreachable'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('1/2');

    await privateRedis.start();
    await waitFor(() => a.stats().mode === 'redis', 'the budget to rejoin Redis', { timeoutMs: 10_000, intervalMs: 50 });
    expect(a.stats()).toMatchObject({ mode: 'redis', rejoins: 1 });
    expect((await a.acquire('read')).granted).toBe(true);
    expect(logs.filter((l) => l.includes('Redis is back'))).toHaveLength(1);
    expect(logs.filter((l) => l.includes('Redis unreachable'))).toHaveLength(1);
  });

  it('without Redis splits the budget by TI_RATE_INSTANCES', async () => {
    const b = budget({ namespace: 'unused', redisUrl: undefined, requests: { perMinute: 600, burst: 12 }, instances: 3 });
    expect(await grantedNow(b, 10)).toBe(4);
    expect(b.shared).toBe(false);
  });
});

describe('the shared pause, end to end through the REST client', () => {
  it('X-RateLimit-Remaining: 0 seen by one instance holds the other until the reset: the tenant answers no 429', async () => {
    const { startTestSandbox } = await import('../helpers/sandbox.js');
    const { loadConfig } = await import('../../src/config/index.js');
    const { createRestClient } = await import('../../src/tenant/index.js');
    const sandbox = await startTestSandbox({ users: 5, profile: 'v2' });
    try {
      const tenant = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_PROFILE: 'v2' }).tenant!;
      const namespace = testNamespace('budget-pause-e2e');
      // No bucket of their own: only what the tenant says holds them.
      const [first, second] = [budget({ namespace, apiKey: sandbox.apiKey, requests: undefined }), budget({ namespace, apiKey: sandbox.apiKey, requests: undefined })];
      const a = createRestClient(tenant, { budget: first });
      const b = createRestClient(tenant, { budget: second });
      await a.listUsersPage({ perPage: 1 });
      await b.listUsersPage({ perPage: 1 }); // both connected
      sandbox.tenants[0]!.setFaults({ bucket: { perMinute: 60, burst: 2 } });
      await a.listUsersPage({ perPage: 1 });
      await a.listUsersPage({ perPage: 1 }); // remaining 0: the next token is about 1 s away
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = Date.now();
      await b.listUsersPage({ perPage: 1 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(sandbox.requests.entries().filter((e) => e.status === 429)).toHaveLength(0);
      expect(first.stats().pauses).toBeGreaterThanOrEqual(1);
    } finally {
      await sandbox.close();
    }
  });
});

describe('one Redis connection for the budgets of a process', () => {
  /** Clients connected to the private Redis, the probe that asks not counted. */
  async function connectedClients(url: string): Promise<number> {
    const { Redis } = await import('ioredis');
    const probe = new Redis(url, { maxRetriesPerRequest: 1 });
    try {
      const info = await probe.info('clients');
      return Number(/connected_clients:(\d+)/.exec(info)![1]) - 1;
    } finally {
      probe.disconnect();
    }
  }

  it('openTenantAccess: the request budget and the points budget share one connection, closed with the last of them', async () => {
    privateRedis = await startPrivateRedis();
    const url = privateRedis.url;
    const { loadConfig } = await import('../../src/config/index.js');
    const { openTenantAccess } = await import('../../src/tenant/scale-out/index.js');
    const config = loadConfig({
      TI_BASE_URL: 'http://127.0.0.1:9',
      TI_API_KEY: KEY,
      REDIS_URL: url,
      TI_REDIS_NAMESPACE: testNamespace('budget-one-connection'),
      TI_RATE_PER_MINUTE: '600',
      TI_GRAPHQL_POINTS_PER_MINUTE: '100000',
      TI_GRAPH_CACHE_TTL_MS: '0', // no read cache: it has a connection of its own
    });
    const access = openTenantAccess(config, config.tenant!);
    try {
      expect((await access.budget.acquire('read')).granted).toBe(true);
      expect((await access.points!.acquire(10)).granted).toBe(true);
      expect(access.budget.stats().mode).toBe('redis');
      expect(access.points!.stats().mode).toBe('redis');
      expect(await connectedClients(url)).toBe(1);
      // One budget closed: the other still shares the tenant's budget over the connection.
      await access.budget.close();
      expect(await connectedClients(url)).toBe(1);
      expect((await access.points!.acquire(10)).granted).toBe(true);
      expect(access.points!.stats().mode).toBe('redis');
    } finally {
      await access.close();
    }
    await waitFor(async () => (await connectedClients(url)) === 0, 'the shared connection to close', { timeoutMs: 5_000, intervalMs: 50 });
  });
});
