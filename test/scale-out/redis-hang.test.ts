/**
 * A hung Redis (SIGSTOP: connections stay open, nothing answers) under a gateway instance serving
 * composed requests and webhooks. Each Redis user's circuit breaker opens after a few timeouts, and
 * from then on the instance runs as without Redis: composed requests go to the tenant without
 * waiting on the cache or the shared budget (before: every cache read waited out its timeout, p50
 * 1,016 ms), webhooks are answered 503 at once so the vendor retries (before: one hung 14.7 s), and
 * each Redis user says "unreachable" once and "back" once, only after Redis answered again (before:
 * ~94 warning lines in 15 s, and "Redis is back" while it was still stopped).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, envelope, sampleUser, SECRET } from '../events/support.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { startInstance, type Instance } from './instances.js';
import { startPrivateRedis, testNamespace, type PrivateRedis } from './redis.js';

let sandbox: Sandbox;
let redis: PrivateRedis;
let gateway!: Instance;

beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 30 });
  redis = await startPrivateRedis();
  gateway = await startInstance({
    TI_BASE_URL: sandbox.url,
    TI_API_KEY: sandbox.apiKey,
    TI_WEBHOOK_SECRET: SECRET,
    TI_RATE_PER_MINUTE: '60000',
    TI_RATE_BURST: '100',
    TI_GRAPH_CACHE_TTL_MS: '60000',
    REDIS_URL: redis.url,
    TI_REDIS_NAMESPACE: testNamespace('hang'),
  });
});
afterAll(async () => {
  redis?.resume();
  await gateway?.stop();
  await redis?.close();
  await sandbox?.close();
});

const COMPOSED = '{ users(page: 2, perPage: 5) { total items { id enrollments { courseId } } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

const warnLines = () => gateway.logs.filter((line) => /"level":(40|"warn")/.test(line));
const linesWith = (text: string) => gateway.logs.filter((line) => line.includes(text));

describe('Redis hung (SIGSTOP) under a serving instance', () => {
  it('the breakers open: composed requests stay fast, webhooks get 503 at once, one line per Redis user each way', async () => {
    // Healthy first: everything through Redis.
    for (let i = 0; i < 3; i++) expect((await gateway.query(COMPOSED)).body.errors).toBeUndefined();
    expect((await deliver(gateway.webhookUrl, envelope('user.created', sampleUser()))).status).toBe(202);
    expect(gateway.access.budget.stats().mode).toBe('redis');
    const warnedBefore = warnLines().length;

    const someone = (await gateway.query('{ users(perPage: 1) { items { id } } }')).body.data.users.items[0].id;

    redis.pause();
    const stalledAt = Date.now();
    // Sequential composed requests on one connection, as the probe that found the problem did, and
    // beside them a vendor delivering webhooks one after another.
    const composed: number[] = [];
    const webhooks: Array<{ ms: number; status: number }> = [];
    const stallMs = 8_000;
    await Promise.all([
      (async () => {
        while (Date.now() - stalledAt < stallMs) {
          const answer = await timed(() => gateway.query(COMPOSED));
          expect(answer.value.body.errors).toBeUndefined();
          expect(answer.value.body.data.users.items).toHaveLength(5);
          composed.push(answer.ms);
        }
      })(),
      (async () => {
        while (Date.now() - stalledAt < stallMs) {
          const hook = await timed(() => deliver(gateway.webhookUrl, envelope('user.created', sampleUser())));
          webhooks.push({ ms: hook.ms, status: hook.value.status });
          await sleep(100);
        }
      })(),
    ]);
    const warnedDuringStall = warnLines().length - warnedBefore;
    // A write while Redis hangs succeeds (the tenant made it), but its invalidation of the shared
    // cache cannot land, so the cache is bypassed until Redis answers again, then emptied and read
    // from again (checked at the end).
    const write = await gateway.query('mutation ($id: ID!) { updateUser(id: $id, input: { firstName: "Stalled" }) { id } }', { id: someone });
    expect(write.body.errors).toBeUndefined();
    // Once the breakers opened (they need a few timeouts: the first requests pay them).
    const settled = composed.slice(Math.min(5, Math.floor(composed.length / 3)));
    const p50 = median(settled);
    // Each delivery here claims one dedupe key: the events breaker opens on the third timeout.
    const lateHooks = webhooks.slice(3);
    console.log(
      `Redis SIGSTOP, 8 s: ${composed.length} composed requests, p50 after the breakers opened ${p50.toFixed(1)} ms (all: ${median(composed).toFixed(1)} ms);` +
        ` webhooks ${JSON.stringify(webhooks.map((w) => `${w.status} in ${w.ms.toFixed(0)} ms`))}; warn lines during the stall: ${warnedDuringStall}`,
    );
    expect(composed.length).toBeGreaterThan(10);
    // Generous for a loaded 2-core machine; a cache read waiting out its timeout alone is 500 ms.
    expect(p50).toBeLessThan(250);
    expect(webhooks.every((w) => w.status === 503)).toBe(true);
    expect(lateHooks.length).toBeGreaterThan(0);
    expect(Math.max(...lateHooks.map((w) => w.ms))).toBeLessThan(500);
    expect(gateway.access.budget.stats().mode).toBe('local');
    // One line per Redis user that noticed, not one per command or delivery.
    for (const role of ['budget', 'cache', 'events']) expect(linesWith(`${role}: Redis unreachable`)).toHaveLength(1);
    expect(linesWith('Redis is back')).toHaveLength(0);
    expect(warnedDuringStall).toBeLessThanOrEqual(4);

    redis.resume();
    const resumedAt = Date.now();
    // The breakers probe after their cooldown (5 s); each Redis user comes back once a command succeeded.
    let accepted = 0;
    while (Date.now() - resumedAt < 15_000) {
      expect((await gateway.query(COMPOSED)).body.errors).toBeUndefined();
      if ((await deliver(gateway.webhookUrl, envelope('user.created', sampleUser()))).status === 202) accepted++;
      if (accepted > 0 && gateway.access.budget.stats().mode === 'redis' && linesWith('cache: Redis is back').length === 1) break;
      await sleep(200);
    }
    console.log(`Redis SIGCONT: back after ${Date.now() - resumedAt} ms`);
    expect(accepted).toBeGreaterThan(0);
    expect(gateway.access.budget.stats().mode).toBe('redis');
    for (const role of ['budget', 'cache', 'events']) {
      expect(linesWith(`${role}: Redis is back`)).toHaveLength(1);
      expect(linesWith(`${role}: Redis unreachable`)).toHaveLength(1);
    }
    // The lost invalidation is repaired when the breaker closes (a hung Redis never reconnects), and
    // the cache answers again: a repeated read makes no tenant call.
    const repairedBy = Date.now() + 5_000;
    while (linesWith('reading from the cache again').length === 0 && Date.now() < repairedBy) await sleep(100);
    expect(linesWith('reading from the cache again')).toHaveLength(1);
    expect((await gateway.query(COMPOSED)).body.errors).toBeUndefined();
    const calls = sandbox.requests.count({});
    expect((await gateway.query(COMPOSED)).body.errors).toBeUndefined();
    expect(sandbox.requests.count({}) - calls).toBe(0);
  }, 60_000);
});
