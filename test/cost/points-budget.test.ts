/**
 * TI's points a minute, end to end: the sandbox bills each GraphQL request its price (the `points`
 * fault knob) and answers 429 as TI would; a gateway with TI_GRAPHQL_POINTS_PER_MINUTE draws each
 * tenant call's points first and, short of them within the tenant timeout, answers RATE_LIMITED
 * with Retry-After without calling the tenant; two gateways on one Redis share one points budget,
 * so the tenant's bucket answers no 429 (the control, without Redis, meets them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createPointsBudget } from '../../src/tenant/budget/index.js';
import { gql, useHarness } from '../helpers/gateway.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { startInstances, type Instance } from '../scale-out/instances.js';
import { startPrivateRedis, testNamespace, type PrivateRedis } from '../scale-out/redis.js';
import { STOREFRONT_RECENT_CONTENT } from './documents.js';

const STOREFRONT_POINTS = 76;

describe('the sandbox bills points a minute (the points fault knob)', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    // A bucket of 200 points: two storefront queries (152), not three.
    sandbox = await startTestSandbox({ profile: 'v2', faults: 'points=60/200' });
  });
  afterAll(() => sandbox?.close());

  const post = (body: unknown) =>
    fetch(`${sandbox.url}/helium?apiKey=${sandbox.apiKey}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('serves until the points are spent, then answers 429 RATE_LIMITED with Retry-After, running nothing', async () => {
    for (let i = 0; i < 2; i += 1) {
      const res = await post({ query: STOREFRONT_RECENT_CONTENT });
      expect(res.status).toBe(200);
      expect((await res.json()).data.UserRecentContent).toBeDefined();
    }
    // A cheap query still fits (1 + 4 + 1 = 6 points of the 48 left), a batch of two storefront queries does not.
    expect((await post({ query: '{ UserRecentContent { id } }' })).status).toBe(200);
    const refused = await post([{ query: STOREFRONT_RECENT_CONTENT }, { query: STOREFRONT_RECENT_CONTENT }]);
    expect(refused.status).toBe(429);
    const body = await refused.json();
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toContain(`costs ${2 * STOREFRONT_POINTS} points`);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(60);
    expect(refused.headers.get('x-ratelimit-limit')).toBe('60');
    const entries = sandbox.requests.entries();
    expect(entries.map((e) => [e.status, e.points, e.fault])).toEqual([
      [200, STOREFRONT_POINTS, undefined],
      [200, STOREFRONT_POINTS, undefined],
      [200, 6, undefined],
      [429, 2 * STOREFRONT_POINTS, 'points429'],
    ]);
  });
});

describe('a gateway on a points budget', () => {
  const points = createPointsBudget({ apiKey: 'points-test', points: { perMinute: 60, burst: 1_000 }, instances: undefined, redisUrl: undefined });
  const h = useHarness({ env: { TI_TIMEOUT_MS: '1000' }, points });
  afterAll(() => points.close());

  it('draws each document its points, and past the budget answers RATE_LIMITED with Retry-After without calling the tenant', async () => {
    h().sandbox.requests.reset();
    // 13 x 76 = 988 of the 1,000-point burst; the 14th would wait ~64 s for its points, past the 1 s timeout.
    for (let i = 0; i < 13; i += 1) {
      const res = await gql(h(), { query: STOREFRONT_RECENT_CONTENT });
      expect(res.body.errors, `request ${i}`).toBeUndefined();
    }
    expect(h().sandbox.requests.count()).toBe(13);
    const refused = await gql(h(), { query: STOREFRONT_RECENT_CONTENT });
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(60);
    expect(h().sandbox.requests.count()).toBe(13);
    expect(points.stats()).toMatchObject({ acquired: 13, points: 13 * STOREFRONT_POINTS, refused: 1 });
    // The composed path (a REST field beside it) draws the same way: RATE_LIMITED, no tenant GraphQL call.
    const composed = await gql(h(), { query: STOREFRONT_RECENT_CONTENT.replace('UserRecentContent {', 'users(perPage: 1) { total } UserRecentContent {') });
    expect(composed.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: expect.any(Number) });
    expect(h().sandbox.requests.count({ route: '/incoming/api/graphql' })).toBe(13);
  });
});

describe('two gateways on one Redis share the points budget', () => {
  // The tenant: 6,000 points a minute (100/s), 1,500 at once. The gateways are told 95% of the rate
  // (5,700: burst 1,000 by default), the headroom an operator leaves.
  const TENANT_POINTS = 'points=6000/1500';
  const LOAD_MS = 8_000;
  let sandbox: Sandbox;
  let redis: PrivateRedis;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ profile: 'v2' });
    redis = await startPrivateRedis();
  }, 60_000);
  afterAll(async () => {
    await sandbox?.close();
    await redis?.close();
  });

  async function scenario(redisUrl: string | undefined) {
    const env = {
      TI_BASE_URL: sandbox.url,
      TI_API_KEY: sandbox.apiKey,
      TI_PROFILE: 'v2',
      TI_GRAPHQL_POINTS_PER_MINUTE: '5700',
      TI_TIMEOUT_MS: '30000',
      REDIS_URL: redisUrl,
      TI_REDIS_NAMESPACE: redisUrl ? testNamespace('points') : undefined,
    };
    expect(loadConfig(env as Record<string, string>).budget.points).toEqual({ perMinute: 5_700, burst: 1_000 });
    const gateways: Instance[] = await startInstances(2, env);
    try {
      sandbox.tenants[0]!.setFaults(TENANT_POINTS);
      sandbox.requests.reset();
      const startedAt = Date.now();
      const statuses: number[] = [];
      const worker = async (gateway: Instance) => {
        while (Date.now() - startedAt < LOAD_MS) statuses.push((await gateway.query(STOREFRONT_RECENT_CONTENT)).status);
      };
      await Promise.all(gateways.flatMap((gateway) => [worker(gateway), worker(gateway), worker(gateway)]));
      const seconds = (Date.now() - startedAt) / 1_000;
      const entries = sandbox.requests.entries();
      const served = entries.filter((e) => e.status === 200).reduce((sum, e) => sum + (e.points ?? 0), 0);
      return {
        refused: entries.filter((e) => e.fault === 'points429').length,
        served,
        seconds,
        statuses,
        stats: gateways.map((g) => g.access.points!.stats()),
      };
    } finally {
      sandbox.tenants[0]!.setFaults(undefined);
      await Promise.all(gateways.map((g) => g.stop()));
    }
  }

  it('the tenant answers no 429, and the budget is used', async () => {
    const shared = await scenario(redis.url);
    expect(shared.refused).toBe(0);
    expect(shared.statuses.every((status) => status === 200)).toBe(true);
    expect(shared.stats.every((s) => s.mode === 'redis')).toBe(true);
    // They waited for points (the load asked for more than the budget), and spent at least the
    // rate over the window (the burst on top is what a shared budget adds, at most 1,000).
    expect(shared.stats.reduce((sum, s) => sum + s.waited, 0)).toBeGreaterThan(0);
    expect(shared.served).toBeGreaterThanOrEqual(0.8 * 95 * shared.seconds);
    expect(shared.served).toBeLessThanOrEqual(1_500 + 100 * shared.seconds);
  }, 60_000);

  it('the control: without Redis each spends a whole budget, and the tenant refuses', async () => {
    const alone = await scenario(undefined);
    expect(alone.refused).toBeGreaterThan(0);
  }, 60_000);
});
