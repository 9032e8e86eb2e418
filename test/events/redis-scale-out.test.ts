import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver, envelope, nextEvent, sampleUser, startEventsServer, untilLive, type EventsServer, type SseSubscription } from './support.js';
import { useTestRedis, type TestRedis } from './redis.js';

const USER_EVENTS = 'subscription { userEvents { id type userId source } }';

let redis: TestRedis;
let a: EventsServer;
let b: EventsServer;
let onA: SseSubscription;
let onB: SseSubscription;

beforeAll(async () => {
  redis = await useTestRedis();
  // A namespace per run: other runs (or deployments) on the same Redis do not see these events.
  const namespace = `ti-graph-test-${randomUUID()}`;
  a = await startEventsServer({ redisUrl: redis.url, namespace });
  b = await startEventsServer({ redisUrl: redis.url, namespace });
  onA = await a.subscribe(USER_EVENTS);
  onB = await b.subscribe(USER_EVENTS);
  // Probes published on A must come out of B's subscription (and A's): the Redis round trip works.
  await untilLive(a.service.bus, onB);
  await untilLive(b.service.bus, onA);
});
afterAll(async () => {
  onA?.close();
  onB?.close();
  await a?.close();
  await b?.close();
  await redis?.close();
});

describe('two gateway instances over Redis', () => {
  it('uses the Redis transport', () => {
    expect([a.service.bus.transport, b.service.bus.transport]).toEqual(['redis', 'redis']);
  });

  it('a subscriber on instance B sees a webhook received by instance A, once', async () => {
    const user = sampleUser();
    expect((await deliver(a.webhookUrl, envelope('user.created', user))).status).toBe(202);
    expect(await nextEvent(onB)).toMatchObject({ type: 'CREATED', userId: user.id, source: 'WEBHOOK' });
    expect(await nextEvent(onA)).toMatchObject({ type: 'CREATED', userId: user.id });
  });

  it('shares the dedupe store: the same delivery to A and then to B is processed once', async () => {
    const user = sampleUser();
    const body = envelope('user.created', user);
    const id = `msg_${randomUUID()}`;
    const first = await deliver(a.webhookUrl, body, { standardId: id });
    const again = await deliver(b.webhookUrl, body, { standardId: id });
    const hashOnly = await deliver(b.webhookUrl, body);
    const hashAgain = await deliver(a.webhookUrl, body);
    expect([first.body.status, again.body.status, hashOnly.body.status, hashAgain.body.status]).toEqual([
      'accepted',
      'duplicate',
      // Without its webhook-id the body's hash still recognises it.
      'duplicate',
      'duplicate',
    ]);
    const marker = sampleUser();
    await deliver(b.webhookUrl, envelope('user.created', marker));
    for (const sub of [onA, onB]) {
      const ids = [(await nextEvent(sub)).userId, (await nextEvent(sub)).userId];
      expect(ids).toEqual([user.id, marker.id]);
    }
  });
});
