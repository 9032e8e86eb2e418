import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  deliver,
  envelope,
  nextEvent,
  sampleUser,
  SECRET,
  signedHeaders,
  startEventsServer,
  untilLive,
  type EventsServer,
  type SseSubscription,
} from './support.js';

const USER_EVENTS = /* GraphQL */ `
  subscription ($types: [UserEventType!]) {
    userEvents(types: $types) { id type at userId source user { id email firstName updatedAt } }
  }
`;

let server: EventsServer;
let sub: SseSubscription;

beforeAll(async () => {
  server = await startEventsServer();
  sub = await server.subscribe(USER_EVENTS);
  await untilLive(server.service.bus, sub);
});
afterAll(async () => {
  sub?.close();
  await server?.close();
});

/** Delivers a fresh, well-signed user.created and returns the user: proves nothing else came before it. */
async function marker(): Promise<string> {
  const user = sampleUser();
  const res = await deliver(server.webhookUrl, envelope('user.created', user));
  expect(res.status).toBe(202);
  return user.id;
}

describe('POST /webhooks/ti: signatures', () => {
  it('accepts a good X-TI-Signature, answers 202 and publishes the event', async () => {
    const user = sampleUser({ firstName: 'Grace' });
    const res = await deliver(server.webhookUrl, envelope('user.created', user));
    expect(res).toEqual({ status: 202, body: { message: 'accepted', status: 'accepted', event: 'user.created' } });
    const event = await nextEvent(sub);
    expect(event).toMatchObject({ type: 'CREATED', userId: user.id, source: 'WEBHOOK', user: { id: user.id, email: user.email, firstName: 'Grace' } });
  });

  it('accepts Standard Webhooks headers alone, and both schemes together', async () => {
    const a = sampleUser();
    expect((await deliver(server.webhookUrl, envelope('user.created', a), { ti: false, standardId: 'msg_sw_only' })).status).toBe(202);
    expect((await nextEvent(sub)).userId).toBe(a.id);
    const b = sampleUser();
    expect((await deliver(server.webhookUrl, envelope('user.created', b), { standardId: 'msg_both' })).status).toBe(202);
    expect((await nextEvent(sub)).userId).toBe(b.id);
  });

  it('refuses missing, wrong and partial signatures with 401, and they change nothing', async () => {
    const user = sampleUser();
    const body = envelope('user.created', user);
    const unsigned = await fetch(server.webhookUrl, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(401);
    expect(await unsigned.json()).toMatchObject({ error: 'invalid_signature', message: expect.stringMatching(/unsigned/) });

    expect((await deliver(server.webhookUrl, body, { secret: 'not-the-right-secret-value' })).status).toBe(401);
    expect((await deliver(server.webhookUrl, body, { headers: { 'x-ti-signature': 'abc' } })).status).toBe(401);
    // A good X-TI-Signature does not excuse a bad Standard Webhooks signature.
    const badStandard = await deliver(server.webhookUrl, body, { standardId: 'msg_x', headers: { 'webhook-signature': 'v1,AAAA' } });
    expect(badStandard).toMatchObject({ status: 401, body: { message: 'webhook-signature does not match' } });
    const partial = await deliver(server.webhookUrl, body, { headers: { 'webhook-id': 'msg_partial' } });
    expect(partial).toMatchObject({ status: 401, body: { message: expect.stringMatching(/incomplete/) } });

    // Nothing was published, and the delivery was not marked as seen: the good one goes through.
    expect(await deliver(server.webhookUrl, body)).toMatchObject({ status: 202 });
    expect((await nextEvent(sub)).userId).toBe(user.id);
  });
});

describe('POST /webhooks/ti: replays, shape, size, time', () => {
  it('processes a delivery replayed three times once (body hash, and webhook-id)', async () => {
    const user = sampleUser();
    const body = envelope('user.created', user);
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await deliver(server.webhookUrl, body)).status);
    expect(statuses).toEqual([202, 200, 200]);

    // Standard Webhooks retries re-sign with a new timestamp but keep the id.
    const other = sampleUser();
    const otherBody = envelope('user.created', other);
    const now = Math.floor(Date.now() / 1000);
    const retried = [];
    for (let i = 0; i < 3; i++) {
      retried.push((await deliver(server.webhookUrl, otherBody, { standardId: 'msg_retry', timestampSeconds: now + i })).body.status);
    }
    expect(retried).toEqual(['accepted', 'duplicate', 'duplicate']);

    const end = await marker();
    const seen = [await nextEvent(sub), await nextEvent(sub), await nextEvent(sub)].map((e) => e.userId);
    expect(seen).toEqual([user.id, other.id, end]);
  });

  it('answers 400 to malformed bodies, naming the problem', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{not json', /not valid JSON/],
      [JSON.stringify({ timestamp: new Date().toISOString(), data: {} }), /event/],
      [JSON.stringify({ event: 'user.created', timestamp: new Date().toISOString(), data: [] }), /data/],
      [envelope('user.updated', { email: 'x@example.com' }), /data of user\.updated: id/],
      [envelope('user.enrolled', { userId: 'u1' }), /courseId/],
      [JSON.stringify({ event: 'user.created', timestamp: 'yesterday', data: sampleUser() }), /timestamp/],
    ];
    for (const [body, problem] of cases) {
      const res = await deliver(server.webhookUrl, body);
      expect(res.status, body).toBe(400);
      expect(res.body).toMatchObject({ error: 'malformed', message: expect.stringMatching(problem) });
    }
    const end = await marker();
    expect((await nextEvent(sub)).userId).toBe(end);
  });

  it('answers 413 to an oversized body, declared or streamed', async () => {
    const big = envelope('user.created', sampleUser({ customFields: { blob: 'x'.repeat(300 * 1024) } }));
    expect((await deliver(server.webhookUrl, big)).status).toBe(413);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 40; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(10 * 1024)));
        controller.close();
      },
    });
    const chunked = await fetch(server.webhookUrl, {
      method: 'POST',
      body: stream,
      headers: { 'x-ti-signature': '0'.repeat(64) },
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    // The rest of that body was never read, so its connection must close (a client reusing it would
    // hang): later deliveries, on whichever pooled connection, are answered. Events ti-graph does not
    // publish, so a failure here leaves the suite's subscription as it was.
    for (let i = 0; i < 3; i++) {
      const body = envelope('assessment.completed', { userId: `after-413-${i}`, assessmentId: 'a1' });
      const res = await fetch(server.webhookUrl, { method: 'POST', body, headers: signedHeaders(body), signal: AbortSignal.timeout(5_000) });
      expect(res.status).toBe(202);
    }
    const end = await marker();
    expect((await nextEvent(sub)).userId).toBe(end);
  });

  it('refuses stale and future timestamps (envelope or webhook-timestamp) with 401', async () => {
    const tenMinutes = 10 * 60_000;
    const twentyEightHours = 28 * 3_600_000;
    // X-TI-Signature alone: the envelope carries the event's time, which the vendor's retries keep.
    const staleEnvelope = envelope('user.created', sampleUser(), new Date(Date.now() - twentyEightHours).toISOString());
    expect(await deliver(server.webhookUrl, staleEnvelope)).toMatchObject({ status: 401, body: { error: 'stale_timestamp' } });
    const futureUnix = envelope('user.created', sampleUser(), Math.floor((Date.now() + tenMinutes) / 1000));
    expect((await deliver(server.webhookUrl, futureUnix)).status).toBe(401);
    // Events ti-graph does not publish are held to the same limits.
    const staleOther = envelope('assessment.completed', { userId: 'u1' }, String(Math.floor((Date.now() - twentyEightHours) / 1000)));
    expect((await deliver(server.webhookUrl, staleOther)).status).toBe(401);
    const staleHeader = await deliver(server.webhookUrl, envelope('user.created', sampleUser()), {
      standardId: 'msg_stale',
      timestampSeconds: Math.floor((Date.now() - tenMinutes) / 1000),
    });
    expect(staleHeader).toMatchObject({ status: 401, body: { error: 'stale_timestamp' } });
    // The per-attempt webhook-timestamp is what counts when present: an old event re-sent now is fine.
    const oldEvent = sampleUser();
    const resent = await deliver(server.webhookUrl, envelope('user.created', oldEvent, new Date(Date.now() - tenMinutes).toISOString()), {
      standardId: 'msg_resent',
    });
    expect(resent.status).toBe(202);
    expect((await nextEvent(sub)).userId).toBe(oldEvent.id);
  });

  it("accepts the vendor's later retries of an X-TI-Signature delivery (event time hours old), once", async () => {
    // The vendor retries after 1 min, 5 min, 30 min, 2 h and 24 h with the same body: by the third
    // attempt the envelope's timestamp is 36 minutes old, by the last about 26.6 hours.
    const user = sampleUser();
    const retried = envelope('user.created', user, new Date(Date.now() - 26 * 3_600_000).toISOString());
    expect((await deliver(server.webhookUrl, retried)).status).toBe(202);
    expect((await nextEvent(sub)).userId).toBe(user.id);
    expect(await deliver(server.webhookUrl, retried)).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    const end = await marker();
    expect((await nextEvent(sub)).userId).toBe(end);
  });

  it('acknowledges events it does not model without publishing them', async () => {
    const res = await deliver(server.webhookUrl, envelope('assessment.completed', { userId: 'u1', assessmentId: 'a1' }));
    expect(res).toMatchObject({ status: 202, body: { status: 'ignored' } });
    const end = await marker();
    expect((await nextEvent(sub)).userId).toBe(end);
  });

  it('answers 405 to other methods', async () => {
    expect((await fetch(server.webhookUrl)).status).toBe(405);
  });
});

describe('subscriptions', () => {
  it('filters userEvents by type', async () => {
    const updates = await server.subscribe(USER_EVENTS, { types: ['UPDATED'] });
    try {
      const probeUpdate = (userId: string) => ({
        kind: 'user' as const,
        name: 'user.updated' as const,
        id: userId,
        at: new Date().toISOString(),
        userId,
        user: sampleUser({ id: userId }),
        source: 'webhook' as const,
      });
      await untilLive(server.service.bus, updates, probeUpdate);
      const user = sampleUser({ createdAt: '2020-01-01T00:00:00.000Z' });
      await deliver(server.webhookUrl, envelope('user.created', user));
      await deliver(server.webhookUrl, envelope('user.updated', { ...user, firstName: 'Changed', updatedAt: new Date().toISOString() }));
      const event = await nextEvent(updates);
      expect(event).toMatchObject({ type: 'UPDATED', userId: user.id, user: { firstName: 'Changed' } });
      // The unfiltered subscription saw both, in order.
      expect((await nextEvent(sub)).type).toBe('CREATED');
      expect((await nextEvent(sub)).type).toBe('UPDATED');
    } finally {
      updates.close();
    }
  });

  it('serves the same subscriptions over graphql-ws', async () => {
    const client = createClient({
      url: server.graphqlUrl.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${server.token}` },
    });
    try {
      const received: Array<Record<string, any>> = [];
      let wake: () => void = () => {};
      const unsubscribe = client.subscribe(
        { query: 'subscription { courseCompleted { change userId courseId completedAt source } }' },
        {
          next: (value) => {
            received.push(value.data?.courseCompleted as Record<string, any>);
            wake();
          },
          error: (error) => {
            throw error;
          },
          complete: () => {},
        },
      );
      const completion = { userId: 'ws-user', courseId: 'course-1', status: 'completed', completedAt: new Date().toISOString() };
      // Deliver until the subscription is live (each delivery has a new body, so none is a duplicate).
      for (let i = 0; received.length === 0 && i < 100; i++) {
        await deliver(server.webhookUrl, envelope('course.completed', { ...completion, courseId: `course-${i}` }));
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 100);
        });
      }
      unsubscribe();
      expect(received[0]).toMatchObject({ change: 'COMPLETED', userId: 'ws-user', source: 'WEBHOOK' });
    } finally {
      await client.dispose();
    }
  });

  it('keeps signatures over the exact bytes: re-serialized JSON does not verify', async () => {
    const body = envelope('user.created', sampleUser());
    const headers = signedHeaders(body);
    const reformatted = JSON.stringify(JSON.parse(body), null, 2);
    const res = await fetch(server.webhookUrl, { method: 'POST', body: reformatted, headers });
    expect(res.status).toBe(401);
    expect(SECRET.length).toBeGreaterThanOrEqual(16);
  });
});
