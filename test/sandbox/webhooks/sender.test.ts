import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyStandardWebhook, verifyTiSignature } from '../../../src/events/index.js';
import { attachWebhookSender, VENDOR_RETRY_DELAYS_MS, type WebhookSender } from '../../../src/sandbox/webhooks/index.js';
import { restCall, startTestSandbox, type Sandbox } from '../../helpers/sandbox.js';

const SECRET = 'sender-test-secret-0123456789';

interface Received {
  at: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A receiver that answers each request with the next status of `script` (the last one repeats); 0 = never answer. */
async function scriptedReceiver(script: number[]): Promise<{ url: string; received: Received[]; close(): Promise<void> }> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ at: Date.now(), headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      const status = script[Math.min(received.length - 1, script.length - 1)]!;
      if (status === 0) return; // hang: the sender's timeout must fire
      res.writeHead(status, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    received,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

let sandbox: Sandbox | undefined;
let sender: WebhookSender | undefined;
let receiver: Awaited<ReturnType<typeof scriptedReceiver>> | undefined;
afterEach(async () => {
  await sender?.close();
  await sandbox?.close();
  await receiver?.close();
  sender = sandbox = receiver = undefined;
});

describe('sandbox webhook sender', () => {
  it('POSTs each store change as a signed envelope', async () => {
    receiver = await scriptedReceiver([200]);
    sandbox = await startTestSandbox({ users: 3 });
    sender = attachWebhookSender(sandbox, { url: receiver.url, secret: SECRET });
    const created = await restCall(sandbox, 'POST', '/users', { email: 'hook@example.com', firstName: 'Hook' });
    expect(created.status).toBe(201);
    await sender.idle();

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    const body = Buffer.from(delivery!.body);
    expect(JSON.parse(delivery!.body)).toEqual({ event: 'user.created', timestamp: created.body.user.createdAt, data: created.body.user });
    expect(verifyTiSignature(body, String(delivery!.headers['x-ti-signature']), SECRET)).toBe(true);
    const h = delivery!.headers;
    expect(verifyStandardWebhook(String(h['webhook-id']), String(h['webhook-timestamp']), String(h['webhook-signature']), body, SECRET)).toBe(true);
    expect(sender.deliveries()).toMatchObject([{ event: 'user.created', state: 'delivered', attempts: [{ status: 200 }] }]);
  });

  it('retries on the vendor schedule, scaled, with the same id and body and a fresh timestamp', async () => {
    receiver = await scriptedReceiver([503, 500, 200]);
    sandbox = await startTestSandbox({ users: 3 });
    const timeScale = 0.001; // 1 min -> 60 ms, 5 min -> 300 ms
    sender = attachWebhookSender(sandbox, { url: receiver.url, secret: SECRET, timeScale, events: ['course.completed'] });
    const store = sandbox.tenants[0]!.store;
    const user = store.listUsers().users.find((u) => u.active)!;
    const open = store.listEnrollments(user.id).enrollments.find((e) => e.status !== 'completed');
    store.completeCourse(user.id, open?.courseId ?? enrollFirst(sandbox, user.id));
    await sender.idle();

    const attempts = receiver.received.filter((r) => JSON.parse(r.body).event === 'course.completed');
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((a) => a.headers['webhook-id'])).size).toBe(1);
    expect(new Set(attempts.map((a) => a.body)).size).toBe(1);
    // Each attempt is stamped when it is made (Unix seconds), so a late retry still passes a receiver's window.
    for (const a of attempts) expect(Math.abs(Number(a.headers['webhook-timestamp']) * 1000 - a.at)).toBeLessThan(2_000);
    // Lower bounds only: timers never fire early, but a busy machine may fire them late.
    expect(attempts[1]!.at - attempts[0]!.at).toBeGreaterThanOrEqual(VENDOR_RETRY_DELAYS_MS[0]! * timeScale - 5);
    expect(attempts[2]!.at - attempts[1]!.at).toBeGreaterThanOrEqual(VENDOR_RETRY_DELAYS_MS[1]! * timeScale - 5);
    const log = sender.deliveries().find((d) => d.event === 'course.completed')!;
    expect(log.state).toBe('delivered');
    expect(log.attempts.map((a) => a.status)).toEqual([503, 500, 200]);
  });

  it('gives up after five retries, and times out a receiver that never answers', async () => {
    receiver = await scriptedReceiver([0]);
    sandbox = await startTestSandbox({ users: 3 });
    sender = attachWebhookSender(sandbox, { url: receiver.url, secret: SECRET, timeScale: 0.00001 });
    await restCall(sandbox, 'POST', '/users', { email: 'never@example.com' });
    await sender.idle();
    const [delivery] = sender.deliveries();
    expect(delivery!.state).toBe('failed');
    expect(delivery!.attempts).toHaveLength(1 + VENDOR_RETRY_DELAYS_MS.length);
    expect(delivery!.attempts.every((a) => a.status === undefined && /timed out/.test(a.error ?? ''))).toBe(true);
  });

  it('is a startSandbox option: startSandbox({ webhooks: { url, secret, timeScale } })', async () => {
    receiver = await scriptedReceiver([500, 204]);
    sandbox = await startTestSandbox({ users: 3, webhooks: { url: receiver.url, secret: SECRET, timeScale: 0.001 } });
    const created = await restCall(sandbox, 'POST', '/users', { email: 'option@example.com' });
    await sandbox.webhooks!.idle();
    expect(sandbox.webhooks!.deliveries()).toMatchObject([{ event: 'user.created', state: 'delivered', attempts: [{ status: 500 }, { status: 204 }] }]);
    expect(JSON.parse(receiver.received[1]!.body).data.id).toBe(created.body.user.id);
    expect((await startTestSandbox({ users: 1 }).then(async (s) => (await s.close(), s))).webhooks).toBeUndefined();
  });

  it('sends only the chosen events, and nothing after close', async () => {
    receiver = await scriptedReceiver([200]);
    sandbox = await startTestSandbox({ users: 3 });
    sender = attachWebhookSender(sandbox, { url: receiver.url, secret: SECRET, events: ['user.deleted'] });
    const created = await restCall(sandbox, 'POST', '/users', { email: 'picky@example.com' });
    await restCall(sandbox, 'DELETE', `/users/${created.body.user.id}`);
    await sender.idle();
    expect(receiver.received.map((r) => JSON.parse(r.body).event)).toEqual(['user.deleted']);
    await sender.close();
    await restCall(sandbox, 'POST', '/users', { email: 'after-close@example.com' });
    expect(sender.deliveries()).toHaveLength(1);
  });
});

/** Enrolls the user in the first published course (when the seed gave them none) and returns its id. */
function enrollFirst(sandbox: Sandbox, userId: string): string {
  const store = sandbox.tenants[0]!.store;
  const taken = new Set(store.listEnrollments(userId).enrollments.map((e) => e.courseId));
  const course = store.listCourses().find((c) => c.published && !taken.has(c.id))!;
  store.enroll(course.id, userId);
  return course.id;
}
