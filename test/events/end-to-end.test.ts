import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachWebhookSender, type WebhookSender } from '../../src/sandbox/webhooks/index.js';
import { restCall, startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { nextEvent, SECRET, startEventsServer, untilLive, type EventsServer, type SseSubscription } from './support.js';

const ALL = /* GraphQL */ `
  subscription { userEvents { id type at userId source user { id email firstName } } }
`;
const ENROLLMENTS = /* GraphQL */ `
  subscription { enrollmentChanged { id change at userId courseId status completedAt source } }
`;

let sandbox: Sandbox;
let server: EventsServer;
let sender: WebhookSender;
let users: SseSubscription;
let enrollments: SseSubscription;

beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 5 });
  server = await startEventsServer({ orderHoldMs: 2_000, sandbox });
  // 0.01: a 300 ms attempt timeout (30 s scaled), so a loaded machine does not turn a slow first answer into a retry.
  sender = attachWebhookSender(sandbox, { url: server.webhookUrl, secret: SECRET, timeScale: 0.01 });
  users = await server.subscribe(ALL);
  enrollments = await server.subscribe(ENROLLMENTS);
  await untilLive(server.service.bus, users);
  await untilLive(server.service.bus, enrollments, (userId) => ({
    kind: 'enrollment',
    name: 'user.enrolled',
    id: userId,
    at: new Date().toISOString(),
    userId,
    courseId: 'probe',
    enrollment: { userId, courseId: 'probe' },
    source: 'webhook',
  }));
});
afterAll(async () => {
  users?.close();
  enrollments?.close();
  await sender?.close();
  await server?.close();
  await sandbox?.close();
});

describe('sandbox change -> signed webhook -> receiver -> SSE subscriber', () => {
  it('delivers user lifecycle and enrollment changes made over the REST API', async () => {
    const created = await restCall(sandbox, 'POST', '/users', { email: 'e2e@example.com', firstName: 'Eve' });
    const id: string = created.body.user.id;
    await restCall(sandbox, 'PUT', `/users/${id}`, { firstName: 'Evelyn' });
    const course = sandbox.tenants[0]!.store.listCourses().find((c) => c.published)!;
    expect((await restCall(sandbox, 'POST', `/courses/${course.id}/enrollments`, { userId: id })).status).toBe(201);
    sandbox.tenants[0]!.store.completeCourse(id, course.id);

    const seen = [await nextEvent(users), await nextEvent(users)];
    expect(seen.map((e) => [e.type, e.userId, e.user.firstName, e.source])).toEqual([
      ['CREATED', id, 'Eve', 'WEBHOOK'],
      ['UPDATED', id, 'Evelyn', 'WEBHOOK'],
    ]);
    const changes = [await nextEvent(enrollments), await nextEvent(enrollments)];
    expect(changes.map((e) => [e.change, e.userId, e.courseId])).toEqual([
      ['ENROLLED', id, course.id],
      ['COMPLETED', id, course.id],
    ]);
    expect(changes[1]).toMatchObject({ status: 'completed', completedAt: expect.any(String) });

    await restCall(sandbox, 'DELETE', `/users/${id}`);
    expect(await nextEvent(users)).toMatchObject({ type: 'DELETED', userId: id });
    await sender.idle();
    expect(sender.deliveries().every((d) => d.state === 'delivered' && d.attempts.length === 1)).toBe(true);
  });

  it('processes a delivery once when its acknowledgement was lost and the sandbox retries it', async () => {
    // A proxy that forwards every attempt but tells the sender the first one failed (a lost ack).
    let attempts = 0;
    const statuses: number[] = [];
    const proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', async () => {
        attempts += 1;
        // Hop-by-hop and framing headers are the proxy's own (fetch sets them for the forwarded body):
        // passing them on is refused by undici 7's dispatcher, which importing undici installs as the
        // global one for Node's fetch.
        const own = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name, v]) => typeof v === 'string' && !own.has(name))) as Record<string, string>;
        const forwarded = await fetch(server.webhookUrl, { method: 'POST', headers, body: Buffer.concat(chunks) });
        statuses.push(forwarded.status);
        res.writeHead(attempts === 1 ? 503 : forwarded.status).end(await forwarded.text());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const lossy = attachWebhookSender(
      { tenants: sandbox.tenants },
      { url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`, secret: SECRET, timeScale: 0.001, events: ['user.created'] },
    );
    await sender.close(); // only the lossy path delivers during this test
    try {
      const user = sandbox.tenants[0]!.store.createUser({ email: 'lost-ack@example.com', firstName: 'Lost' });
      await lossy.idle();
      expect(statuses).toEqual([202, 200]); // accepted, then recognised as a duplicate
      const [delivery] = lossy.deliveries();
      expect(delivery!.attempts.map((a) => a.status)).toEqual([503, 200]);
      const marker = sandbox.tenants[0]!.store.createUser({ email: 'after-lost-ack@example.com' });
      await lossy.idle();
      expect([(await nextEvent(users)).userId, (await nextEvent(users)).userId]).toEqual([user.id, marker.id]);
    } finally {
      await lossy.close();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });
});
