/**
 * The events pieces inside the real gateway: webhooks in on POST /webhooks/ti, subscriptions out
 * over SSE and graphql-ws on /graphql behind client tokens, and two gateway instances over Redis.
 */
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createEventsService, type EventsService } from '../../src/events/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/index.js';
import {
  UserEventsDocument,
  type UserEventsSubscription,
  type UserEventsSubscriptionVariables,
} from '../../src/generated/operations.js';
import { attachWebhookSender, type WebhookSender } from '../../src/sandbox/webhooks/index.js';
import { createRestClient } from '../../src/tenant/rest/index.js';
import { restCall, startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { useTestRedis, type TestRedis } from './redis.js';
import { deliver, envelope, nextEvent, sampleUser, SECRET, subscribeSse, untilLive } from './support.js';

const READER = { name: 'dashboard', token: 'reader-token-0123456789abcdef', scopes: ['read' as const] };

interface Instance {
  gateway: RunningGateway;
  events: EventsService;
  webhookUrl: string;
  close(): Promise<void>;
}

async function startInstance(sandbox: Sandbox, env: Record<string, string> = {}): Promise<Instance> {
  const config = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_WEBHOOK_SECRET: SECRET, ...env });
  const events = createEventsService({ webhookSecret: config.webhookSecret, redisUrl: config.redisUrl, namespace: env['NAMESPACE'] });
  const gateway = await startGateway({
    gateway: { ...config.gateway, port: 0, tokens: [READER] },
    tenant: config.tenant!,
    rest: createRestClient(config.tenant!),
    events,
    logLevel: 'silent',
  });
  return {
    gateway,
    events,
    webhookUrl: gateway.url.replace(/\/graphql$/, '/webhooks/ti'),
    async close() {
      await gateway.close(1_000);
      await events.close();
    },
  };
}

const auth = { authorization: `Bearer ${READER.token}` };
const USER_EVENTS = 'subscription { userEvents { type userId source user { email firstName } } }';

describe('events in the gateway', () => {
  let sandbox: Sandbox;
  let instance: Instance;
  let sender: WebhookSender;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ users: 5 });
    instance = await startInstance(sandbox);
    // 0.01: a 300 ms attempt timeout (30 s scaled); at 0.001 a loaded machine turns a slow answer into a retry.
    sender = attachWebhookSender(sandbox, { url: instance.webhookUrl, secret: SECRET, timeScale: 0.01 });
  });
  afterAll(async () => {
    await sender?.close();
    await instance?.close();
    await sandbox?.close();
  });

  it('prints the subscription fields in the unified schema', () => {
    const subscription = instance.gateway.schema.getSubscriptionType();
    expect(Object.keys(subscription?.getFields() ?? {}).sort()).toEqual(['courseCompleted', 'enrollmentChanged', 'userEvents']);
  });

  it('end to end: a sandbox change reaches an SSE subscriber holding a read-only token', async () => {
    const sub = await subscribeSse(instance.gateway.url, USER_EVENTS, {}, auth);
    try {
      await untilLive(instance.events.bus, sub);
      const created = await restCall(sandbox, 'POST', '/users', { email: 'gateway-e2e@example.com', firstName: 'Gia' });
      expect(await nextEvent(sub)).toEqual({
        type: 'CREATED',
        userId: created.body.user.id,
        source: 'WEBHOOK',
        user: { email: 'gateway-e2e@example.com', firstName: 'Gia' },
      });
      await sender.idle();
      expect(sender.deliveries().at(-1)).toMatchObject({ state: 'delivered', attempts: [{ status: 202 }] });
    } finally {
      sub.close();
    }
  });

  it('needs a client token for subscriptions, and none (but a signature) for webhooks', async () => {
    const anonymous = await fetch(instance.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: USER_EVENTS }),
    });
    expect(anonymous.status).toBe(401);
    await anonymous.body?.cancel();

    const body = envelope('user.created', sampleUser());
    expect((await deliver(instance.webhookUrl, body, { secret: 'wrong-secret-0123456789' })).status).toBe(401);
    expect((await deliver(instance.webhookUrl, '{"event":')).status).toBe(400);
    expect((await deliver(instance.webhookUrl, body)).status).toBe(202);
    expect((await deliver(instance.webhookUrl, body)).body).toMatchObject({ status: 'duplicate' });
    // The gateway streams the body to the receiver, which stops reading at its cap.
    const big = envelope('user.created', sampleUser({ customFields: { blob: 'x'.repeat(300 * 1024) } }));
    expect((await deliver(instance.webhookUrl, big)).status).toBe(413);
    expect((await fetch(instance.webhookUrl)).status).toBe(405);
  });

  it('serves graphql-ws on /graphql, with the token in the connection payload', async () => {
    const url = instance.gateway.url.replace('http', 'ws');
    const refused = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
    const closeCode = await new Promise<number>((resolve) => {
      refused.on('closed', (event) => resolve((event as { code: number }).code));
    });
    expect(closeCode).toBe(4401);
    await refused.dispose();

    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: auth.authorization } });
    try {
      const received: Array<Record<string, any>> = [];
      const unsubscribe = client.subscribe(
        { query: 'subscription { enrollmentChanged { change userId courseId source } }' },
        { next: (value) => void received.push(value.data?.enrollmentChanged as Record<string, any>), error: () => {}, complete: () => {} },
      );
      const store = sandbox.tenants[0]!.store;
      const user = store.listUsers().users.find((u) => u.active)!;
      const courses = store.listCourses().filter((c) => c.published);
      const taken = new Set(store.listEnrollments(user.id).enrollments.map((e) => e.courseId));
      // Enroll in courses until the subscription (live after its first message) has seen one.
      for (const course of courses.filter((c) => !taken.has(c.id))) {
        store.enroll(course.id, user.id);
        await sender.idle();
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (received.length) break;
      }
      unsubscribe();
      expect(received[0]).toMatchObject({ change: 'ENROLLED', userId: user.id, source: 'WEBHOOK' });
    } finally {
      await client.dispose();
    }
  });

  it('runs the codegen-typed subscription documents (operations/events.graphql)', async () => {
    const client = createClient({
      url: instance.gateway.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: auth.authorization },
    });
    try {
      const variables: UserEventsSubscriptionVariables = { types: ['UPDATED'] };
      const received: UserEventsSubscription[] = [];
      const unsubscribe = client.subscribe<UserEventsSubscription>(
        { query: print(UserEventsDocument), variables },
        { next: (value) => void (value.data && received.push(value.data)), error: () => {}, complete: () => {} },
      );
      const store = sandbox.tenants[0]!.store;
      const user = store.listUsers().users[0]!;
      for (let i = 0; received.length === 0 && i < 50; i++) {
        store.replaceUser(user.id, { firstName: `Typed ${i}` });
        await sender.idle();
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      unsubscribe();
      const event = received[0]!.userEvents;
      expect(event).toMatchObject({ type: 'UPDATED', userId: user.id, source: 'WEBHOOK', user: { id: user.id } });
      expect(event.user.firstName).toMatch(/^Typed \d+$/);
    } finally {
      await client.dispose();
    }
  });
});

describe('gateway shutdown with open subscriptions', () => {
  it('completes SSE subscriptions when the gateway closes, instead of cutting them at the grace deadline', async () => {
    const sandbox = await startTestSandbox({ users: 1 });
    const instance = await startInstance(sandbox);
    try {
      const sub = await subscribeSse(instance.gateway.url, USER_EVENTS, {}, auth);
      await untilLive(instance.events.bus, sub);
      // A grace period longer than the test: if the stream were not completed, close would hang.
      await instance.gateway.close(60_000);
      expect(await sub.ended).toBe('complete');
    } finally {
      await instance.close();
      await sandbox.close();
    }
  });
});

describe('two gateway instances over Redis', () => {
  let sandbox: Sandbox;
  let redis: TestRedis;
  let a: Instance;
  let b: Instance;

  beforeAll(async () => {
    redis = await useTestRedis();
    sandbox = await startTestSandbox({ users: 3 });
    const env = { REDIS_URL: redis.url, NAMESPACE: `ti-graph-test-${randomUUID()}` };
    a = await startInstance(sandbox, env);
    b = await startInstance(sandbox, env);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await sandbox?.close();
    await redis?.close();
  });

  it('a subscriber on B sees the webhook A received; a replay to B is a duplicate', async () => {
    const sub = await subscribeSse(b.gateway.url, USER_EVENTS, {}, auth);
    try {
      await untilLive(a.events.bus, sub);
      const user = sampleUser();
      const body = envelope('user.created', user);
      expect((await deliver(a.webhookUrl, body)).status).toBe(202);
      expect((await deliver(b.webhookUrl, body)).body).toMatchObject({ status: 'duplicate' });
      const marker = sampleUser();
      expect((await deliver(b.webhookUrl, envelope('user.created', marker))).status).toBe(202);
      expect([(await nextEvent(sub)).userId, (await nextEvent(sub)).userId]).toEqual([user.id, marker.id]);
    } finally {
      sub.close();
    }
  });
});
