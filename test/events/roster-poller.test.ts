import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait-for.js';
import type { EventBus, TiEvent } from '../../src/events/index.js';
import { createRosterPoller, type RosterPoller } from '../../src/events/roster-poller.js';
import { attachWebhookSender, type WebhookSender } from '../../src/sandbox/webhooks/index.js';
import { createRestClient } from '../../src/tenant/rest/index.js';
import { tenantConfigFor } from '../helpers/rest-client.js';
import { restCall, startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { nextEvent, SECRET, startEventsServer, untilLive, type EventsServer } from './support.js';

/** What identifies a change, whatever reported it. */
const change = (e: TiEvent) => ({
  name: e.name,
  userId: e.userId,
  courseId: e.kind === 'enrollment' ? e.courseId : undefined,
  // A deletion is stamped when the poller notices it; every other change keeps the tenant's time and id.
  ...(e.name === 'user.deleted' ? {} : { at: e.at, id: e.id }),
});

function collect(bus: EventBus): { events: TiEvent[]; stop(): void } {
  const events: TiEvent[] = [];
  const iterator = bus.subscribe();
  void (async () => {
    for await (const event of iterator) events.push(event);
  })();
  return { events, stop: () => void iterator.return?.(undefined) };
}

const until = (condition: () => boolean, what: string, timeoutMs = 10_000) => waitFor(condition, what, { timeoutMs });

describe('roster poller: the same events as webhooks', () => {
  let sandbox: Sandbox;
  let server: EventsServer;
  let sender: WebhookSender;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ users: 12 });
    server = await startEventsServer({ sandbox });
    sender = attachWebhookSender(sandbox, { url: server.webhookUrl, secret: SECRET, timeScale: 0.001 });
  });
  afterAll(async () => {
    await sender?.close();
    await server?.close();
    await sandbox?.close();
  });

  it('reports every change the webhooks report, with the same ids', async () => {
    const webhooks = collect(server.service.bus);
    const polled: TiEvent[] = [];
    const poller = createRosterPoller({ client: createRestClient(tenantConfigFor(sandbox)), publish: (e) => polled.push(e), reconcileEvery: 1 });
    try {
      expect(await poller.pollOnce()).toMatchObject({ kind: 'baseline', users: 12, enrollmentReads: 12, published: 0 });

      const store = sandbox.tenants[0]!.store;
      const course = store.listCourses().find((c) => c.published)!;
      const steps: Array<() => Promise<unknown>> = [
        () => restCall(sandbox, 'POST', '/users', { email: 'polled@example.com', firstName: 'Pol' }),
        async () => restCall(sandbox, 'PUT', `/users/${store.getUserByEmail('polled@example.com')!.id}`, { firstName: 'Polly' }),
        async () => restCall(sandbox, 'POST', `/courses/${course.id}/enrollments`, { userId: store.getUserByEmail('polled@example.com')!.id }),
        async () => store.completeCourse(store.getUserByEmail('polled@example.com')!.id, course.id),
        async () => restCall(sandbox, 'DELETE', `/users/${store.getUserByEmail('polled@example.com')!.id}`),
      ];
      for (const step of steps) {
        const before = webhooks.events.length;
        await step();
        await sender.idle();
        await until(() => webhooks.events.length > before, 'the webhook event');
        const report = await poller.pollOnce();
        expect(report.error).toBeUndefined();
      }
      expect(polled.map(change)).toEqual(webhooks.events.map(change));
      expect(polled.map((e) => e.name)).toEqual(['user.created', 'user.updated', 'user.enrolled', 'course.completed', 'user.deleted']);
      expect(new Set(polled.map((e) => e.source))).toEqual(new Set(['poll']));
    } finally {
      webhooks.stop();
      await poller.stop();
    }
  });
});

describe('roster poller: cycles, failures and the rate budget', () => {
  let sandbox: Sandbox;
  let poller: RosterPoller | undefined;
  beforeAll(async () => {
    sandbox = await startTestSandbox({ users: 20 });
  });
  afterAll(async () => {
    await poller?.stop();
    await sandbox?.close();
  });

  it('sees creations and updates every cycle, deletions and enrollments of unchanged users on reconcile', async () => {
    const events: TiEvent[] = [];
    poller = createRosterPoller({ client: createRestClient(tenantConfigFor(sandbox)), publish: (e) => events.push(e), reconcileEvery: 3 });
    expect((await poller.pollOnce()).kind).toBe('baseline');
    const store = sandbox.tenants[0]!.store;
    const [keep, gone] = store.listUsers().users.filter((u) => u.active);
    const created = store.createUser({ email: 'cycle@example.com' });
    store.replaceUser(keep!.id, { firstName: 'Renamed' });
    store.deleteUser(gone!.id);
    const taken = new Set(store.listEnrollments(keep!.id).enrollments.map((e) => e.courseId));
    const course = store.listCourses().find((c) => c.published && !taken.has(c.id))!;

    const first = await poller.pollOnce();
    expect(first).toMatchObject({ cycle: 1, kind: 'incremental', users: 20, enrollmentReads: 2 }); // the new and the changed user
    expect(events.map((e) => [e.name, e.userId])).toEqual([
      ['user.created', created.id],
      ['user.updated', keep!.id],
    ]);
    events.length = 0;

    const other = store.listUsers().users.find((u) => u.active && u.id !== keep!.id && u.id !== created.id)!;
    const otherTaken = new Set(store.listEnrollments(other.id).enrollments.map((e) => e.courseId));
    const otherCourse = store.listCourses().find((c) => c.published && !otherTaken.has(c.id))!;
    store.enroll(otherCourse.id, other.id); // does not touch the user's updatedAt
    expect(await poller.pollOnce()).toMatchObject({ cycle: 2, kind: 'incremental', published: 0 });

    const third = await poller.pollOnce();
    expect(third).toMatchObject({ cycle: 3, kind: 'reconcile', enrollmentReads: 20 });
    expect(events.map((e) => [e.name, e.userId])).toEqual(
      expect.arrayContaining([
        ['user.enrolled', other.id],
        ['user.deleted', gone!.id],
      ]),
    );
    expect(events).toHaveLength(2);
    expect(course).toBeDefined();
    await poller.stop();
  });

  it('publishes nothing from a failed cycle, never retries by itself, and catches up next cycle', async () => {
    const events: TiEvent[] = [];
    const tenant = tenantConfigFor(sandbox, 'seed-header', { retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, deadlineMs: 1_000 } });
    poller = createRosterPoller({ client: createRestClient(tenant), publish: (e) => events.push(e) });
    await poller.pollOnce();
    const store = sandbox.tenants[0]!.store;
    const created = store.createUser({ email: 'after-outage@example.com' });

    sandbox.tenants[0]!.setFaults({ errorRate: 1 });
    const before = sandbox.requests.count();
    const failed = await poller.pollOnce();
    expect(failed.error).toMatch(/503|failed/i);
    expect(sandbox.requests.count() - before).toBe(1); // one call, not repeated by the poller
    expect(events).toEqual([]);

    sandbox.tenants[0]!.setFaults(undefined);
    const recovered = await poller.pollOnce();
    expect(recovered).toMatchObject({ cycle: 1, published: 1 });
    expect(events.map((e) => [e.name, e.userId])).toEqual([['user.created', created.id]]);
    await poller.stop();
  });

  it('stays within the tenant rate budget: no 429 from a tenant enforcing it', async () => {
    sandbox.tenants[0]!.setFaults({ bucket: { perMinute: 600, burst: 5 } });
    try {
      // The client budgets a little under the tenant's limit, as an operator would configure it.
      const client = createRestClient(tenantConfigFor(sandbox, 'seed-header', { rateBudget: { perMinute: 540, burst: 5 } }));
      poller = createRosterPoller({ client, publish: () => {}, reconcileEvery: 1 });
      await poller.pollOnce();
      const report = await poller.pollOnce();
      expect(report).toMatchObject({ kind: 'reconcile', enrollmentReads: report.users });
      expect(client.stats().rateLimited).toBe(0);
      expect(sandbox.requests.entries().filter((e) => e.fault === 'bucket429')).toEqual([]);
      expect(client.stats().attempts).toBeGreaterThan(2 * report.users);
    } finally {
      sandbox.tenants[0]!.setFaults(undefined);
      await poller?.stop();
    }
  });

  it('runs on its interval once started, one cycle at a time', async () => {
    const reports: number[] = [];
    poller = createRosterPoller({ client: createRestClient(tenantConfigFor(sandbox)), publish: () => {}, intervalMs: 20, enrollments: false });
    poller.onCycle((r) => reports.push(r.cycle));
    poller.start();
    await until(() => reports.length >= 3, 'three cycles');
    await poller.stop();
    expect(reports.slice(0, 3)).toEqual([0, 1, 2]);
  });
});

describe('roster poller in the events service', () => {
  it('publishes polled changes to subscribers, marked POLL', async () => {
    const sandbox = await startTestSandbox({ users: 4 });
    const rest = createRestClient(tenantConfigFor(sandbox));
    // The service keeps its poller to itself (as serve uses it): the roster reads it makes tell when
    // the baseline has the whole roster, so a user created after that is a change to report.
    let rosterReads = 0;
    const client: Pick<typeof rest, 'listUsers' | 'listEnrollments'> = {
      async *listUsers(...args) {
        yield* rest.listUsers(...args);
        rosterReads += 1;
      },
      listEnrollments: (...args) => rest.listEnrollments(...args),
    };
    const server = await startEventsServer({ sandbox, poll: { client, intervalMs: 30, reconcileEvery: 2 } });
    const sub = await server.subscribe('subscription { userEvents { type userId source } }');
    try {
      await untilLive(server.service.bus, sub);
      await until(() => rosterReads > 0, 'the baseline');
      const created = sandbox.tenants[0]!.store.createUser({ email: 'polled-sse@example.com' });
      expect(await nextEvent(sub)).toEqual({ type: 'CREATED', userId: created.id, source: 'POLL' });
      sandbox.tenants[0]!.store.deleteUser(created.id);
      expect(await nextEvent(sub)).toEqual({ type: 'DELETED', userId: created.id, source: 'POLL' });
    } finally {
      sub.close();
      await server.close();
      await sandbox.close();
    }
  });
});

describe('roster poller: a tenant stamping updatedAt in whole seconds', () => {
  it('reports an update stamped with the same second as the watermark on the next cycle, not only at a reconcile', async () => {
    const t = (second: number) => `2026-01-01T00:00:${String(second).padStart(2, '0')}.000Z`;
    let roster = [
      { id: 'a', email: 'a@example.com', firstName: 'A', createdAt: t(0), updatedAt: t(5) },
      { id: 'b', email: 'b@example.com', firstName: 'B', createdAt: t(0), updatedAt: t(1) },
    ];
    const client = {
      async *listUsers() {
        yield* roster;
      },
      async *listEnrollments() {},
    };
    const events: TiEvent[] = [];
    const poller = createRosterPoller({ client, publish: (e) => events.push(e), reconcileEvery: 10 });
    await poller.pollOnce(); // watermark t(5), from "a"
    // "b" is updated within the same second "a" was: the tenant stamps it t(5) too.
    roster = [roster[0]!, { ...roster[1]!, firstName: 'Bee', updatedAt: t(5) }];
    expect(await poller.pollOnce()).toMatchObject({ kind: 'incremental', published: 1 });
    expect(events.map((e) => [e.name, e.userId])).toEqual([['user.updated', 'b']]);
    // Nothing new: nothing is published again.
    expect(await poller.pollOnce()).toMatchObject({ kind: 'incremental', published: 0 });
  });
});

describe('roster poller: what only a reconcile catches', () => {
  it('a change whose updatedAt did not move past the watermark (a skewed tenant clock), nested fields included', async () => {
    // The sandbox always stamps updatedAt with its clock, so this one case needs a hand-made roster.
    const t = (minute: number) => `2026-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;
    let roster = [
      { id: 'a', email: 'a@example.com', customFields: { team: 'red', site: 'x' }, createdAt: t(0), updatedAt: t(10) },
      { id: 'b', email: 'b@example.com', customFields: {}, createdAt: t(0), updatedAt: t(20) },
    ];
    const client = {
      async *listUsers() {
        yield* roster;
      },
      async *listEnrollments() {},
    };
    const events: TiEvent[] = [];
    const poller = createRosterPoller({ client, publish: (e) => events.push(e), reconcileEvery: 3 });
    await poller.pollOnce();
    // "a" changes a nested field, but its clock stamps a time before the watermark (t(20)).
    roster = [{ ...roster[0]!, customFields: { site: 'x', team: 'blue' }, updatedAt: t(15) }, roster[1]!];
    expect(await poller.pollOnce()).toMatchObject({ kind: 'incremental', published: 0 });
    expect(await poller.pollOnce()).toMatchObject({ kind: 'incremental', published: 0 });
    expect(await poller.pollOnce()).toMatchObject({ kind: 'reconcile', published: 1 });
    expect(events.map((e) => [e.name, e.userId, e.kind === 'user' && e.user.customFields])).toEqual([['user.updated', 'a', { site: 'x', team: 'blue' }]]);
    // Key order alone is not a change.
    roster = [{ ...roster[0]!, customFields: { team: 'blue', site: 'x' } }, roster[1]!];
    await poller.pollOnce();
    await poller.pollOnce();
    expect(await poller.pollOnce()).toMatchObject({ kind: 'reconcile', published: 0 });
  });
});
