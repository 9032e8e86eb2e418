/**
 * Redis stopped and started again while two instances serve traffic: every request still answers
 * (the budget falls back to each instance's share, the cache to the tenant), and once Redis is back
 * events fan out across instances again, deliveries are deduplicated again, and the budget and the
 * cache are shared again. A private redis-server, so stopping it disturbs nobody else.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { deliver, envelope, nextEvent, sampleUser, SECRET, subscribeSse, untilLive, type SseSubscription } from '../events/support.js';
import { startInstances, type Instance } from './instances.js';
import { drive } from './load.js';
import { CLIENT_TOKEN } from './processes.js';
import { startPrivateRedis, testNamespace, type PrivateRedis } from './redis.js';

let sandbox: Sandbox;
let redis: PrivateRedis;
let a!: Instance;
let b!: Instance;
let onB: SseSubscription | undefined;

beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 40 });
  redis = await startPrivateRedis();
  [a, b] = (await startInstances(2, {
    TI_BASE_URL: sandbox.url,
    TI_API_KEY: sandbox.apiKey,
    TI_WEBHOOK_SECRET: SECRET,
    TI_RATE_PER_MINUTE: '6000',
    TI_RATE_BURST: '50',
    TI_GRAPH_CACHE_TTL_MS: '60000',
    REDIS_URL: redis.url,
    TI_REDIS_NAMESPACE: testNamespace('outage'),
  })) as [Instance, Instance];
});
afterAll(async () => {
  onB?.close();
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.close();
  await sandbox?.close();
});

const USER_EVENTS = 'subscription { userEvents { id type userId source } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !check() && Date.now() < deadline; ) await sleep(50);
}

describe('Redis stopped and restarted mid-run', () => {
  it('every request still answers; events, dedupe, the shared budget and the cache resume', async () => {
    onB = await subscribeSse(b.url, USER_EVENTS, {}, { authorization: `Bearer ${CLIENT_TOKEN}` });
    await untilLive(a.events.bus, onB);
    const before = sampleUser();
    expect((await deliver(a.webhookUrl, envelope('user.created', before))).status).toBe(202);
    expect(await nextEvent(onB)).toMatchObject({ type: 'CREATED', userId: before.id });

    // Traffic throughout: REST-backed reads (cache and budget) and the pass-through (budget).
    const load = drive([a, b], { durationMs: 3_000, concurrency: 3 });
    await sleep(800);
    await redis.stop();
    // Whatever the background load manages on a busy machine, each instance answers during the outage.
    for (const instance of [a, b]) {
      for (const query of ['{ users(page: 3, perPage: 7) { items { id } } }', '{ CurrentUser { email } }']) {
        const answer = await instance.query(query);
        expect(answer.body.errors).toBeUndefined();
        expect(answer.body.data).toBeDefined();
      }
    }
    await sleep(500);
    const during = await deliver(a.webhookUrl, envelope('user.created', sampleUser()));
    // Unacknowledged, so the vendor retries it later: nothing is lost, nothing processed twice.
    expect(during.status).toBe(503);
    await redis.start();
    const report = await load;

    expect(report.failed).toEqual([]);
    expect(report.sent).toBeGreaterThan(2);
    for (const instance of [a, b]) {
      expect(instance.access.budget.stats().fallbacks).toBeGreaterThanOrEqual(1);
      expect(instance.access.cache!.stats().bypassed).toBeGreaterThan(0);
    }
    // One line per transition, not per command: "unreachable" and "back" alternate. A Redis that is
    // slow to stop on a loaded machine may accept one reconnection before it dies, which is two real
    // transitions (and two lines), never one per request.
    const transitions = a.logs.filter((l) => l.includes('budget: Redis')).map((l) => (l.includes('budget: Redis unreachable') ? 'down' : 'back'));
    expect(transitions[0]).toBe('down');
    transitions.forEach((state, i) => expect(state).toBe(i % 2 === 0 ? 'down' : 'back'));
    expect(transitions.filter((state) => state === 'down').length).toBeLessThanOrEqual(2);

    // Back: the shared budget, then events across instances and the shared dedupe store.
    await until(() => [a, b].every((i) => i.access.budget.stats().mode === 'redis'), 15_000);
    expect([a, b].map((i) => i.access.budget.stats().mode)).toEqual(['redis', 'redis']);
    await untilLive(a.events.bus, onB, undefined, 10_000);
    const after = sampleUser();
    const body = envelope('user.created', after);
    const id = `msg_${randomUUID()}`;
    expect((await deliver(a.webhookUrl, body, { standardId: id })).body.status).toBe('accepted');
    expect((await deliver(b.webhookUrl, body, { standardId: id })).body.status).toBe('duplicate');
    expect(await nextEvent(onB)).toMatchObject({ type: 'CREATED', userId: after.id });

    // And the cache is shared again: what A reads, B reads without the tenant.
    const query = '{ users(page: 2, perPage: 10) { items { id } } }';
    await a.query(query);
    const calls = sandbox.requests.count({});
    expect((await b.query(query)).body.data.users.items).toHaveLength(10);
    expect(sandbox.requests.count({}) - calls).toBe(0);
  }, 60_000);
});
