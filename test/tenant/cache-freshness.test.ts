/**
 * Freshness from events, not from a clock: while webhooks (or the poller's cycles) arrive, entries
 * outlive the short TTL and a change made at the tenant shows on the next read within 1 s of its
 * webhook; without webhooks, within the poller's reconcile interval; when events stop, the short
 * TTL applies again, and a stale entry is answered at once (its age reported) while it is refreshed.
 */
import { describe, expect, it } from 'vitest';
import { createEventsService, type EventsService } from '../../src/events/index.js';
import { attachWebhookSender, type WebhookSender } from '../../src/sandbox/index.js';
import { withCacheReport, type CacheReport } from '../../src/tenant/cache/index.js';
import { waitFor } from '../helpers/wait-for.js';
import { SECRET, startEventsServer, type EventsServer } from '../events/support.js';
import { ROUTES, upstreamCalls, useCacheTestBed } from './cache-support.js';

const { cleanups, tenantWith, open } = useCacheTestBed();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('with webhooks', () => {
  it('entries outlive the short TTL while events arrive; a tenant change shows within 1 s of its webhook', async () => {
    const sandbox = await tenantWith(5);
    const access = open(sandbox, { TI_GRAPH_CACHE_TTL_MS: '300', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '60000' });
    const server: EventsServer = await startEventsServer({ sandbox, onEvent: access.onEvent, onAlive: access.onAlive });
    cleanups.push(() => server.close());
    const sender: WebhookSender = attachWebhookSender(sandbox, { url: server.webhookUrl, secret: SECRET });
    cleanups.push(() => sender.close());
    const store = sandbox.tenants[0]!.store;
    const other = store.listUsers({ perPage: 2 }).users[0]!;
    const user = store.listUsers({ perPage: 2 }).users[1]!;

    // Any change's webhook shows the events are arriving.
    store.replaceUser(other.id, { ...other, lastName: 'Alive' });
    await sender.idle();
    expect(access.cache!.stats().freshness).toBe('events');

    const cached = await access.rest.getUser(user.id);
    await sleep(600); // twice the short TTL
    const before = upstreamCalls(sandbox);
    expect(await access.rest.getUser(user.id)).toEqual(cached);
    expect(upstreamCalls(sandbox) - before).toBe(0);
    expect(access.cache!.stats().stale).toBe(0);

    store.replaceUser(user.id, { ...store.getUser(user.id)!, lastName: 'Changed-At-Tenant' });
    await sender.idle();
    const deliveredAt = Date.now();
    let seen = '';
    while (Date.now() - deliveredAt < 1_000 && seen !== 'Changed-At-Tenant') seen = (await access.rest.getUser(user.id)).lastName ?? '';
    const visibleAfterMs = Date.now() - deliveredAt;
    console.log(`staleness with webhooks: visible ${visibleAfterMs} ms after the webhook was delivered`);
    expect(seen).toBe('Changed-At-Tenant');
    expect(visibleAfterMs).toBeLessThan(1_000);
  });
});

describe('without webhooks', () => {
  it("the poller's reconcile makes a tenant change visible within its interval, and keeps the events alive", async () => {
    const sandbox = await tenantWith(5);
    const access = open(sandbox, { TI_GRAPH_CACHE_TTL_MS: '60000', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '60000' });
    const intervalMs = 500;
    const events: EventsService = createEventsService({
      webhookSecret: undefined,
      poll: { client: access.tenantRest, intervalMs, reconcileEvery: 1 },
      onEvent: access.onEvent,
      onAlive: access.onAlive,
    });
    cleanups.push(() => events.close());
    await waitFor(() => access.cache!.stats().freshness === 'events', 'the first poll cycle');

    const store = sandbox.tenants[0]!.store;
    const user = store.listUsers({ perPage: 1 }).users[0]!;
    expect((await access.rest.getUser(user.id)).lastName).toBe(user.lastName);
    store.replaceUser(user.id, { ...user, lastName: 'Changed-Without-Webhooks' });
    const changedAt = Date.now();
    expect((await access.rest.getUser(user.id)).lastName).toBe(user.lastName); // cached: nothing said it changed yet
    await waitFor(async () => (await access.rest.getUser(user.id)).lastName === 'Changed-Without-Webhooks', 'the poller to invalidate the user', {
      timeoutMs: 15_000,
      intervalMs: 20,
    });
    const visibleAfterMs = Date.now() - changedAt;
    console.log(`staleness without webhooks: visible ${visibleAfterMs} ms after the change (poll interval ${intervalMs} ms, every cycle a reconcile)`);
    // Within one interval plus the cycle itself on an idle machine; bounded loosely for a loaded one.
    expect(visibleAfterMs).toBeLessThan(10_000);
  });
});

describe('when events stop', () => {
  it('the short TTL applies: a stale entry is answered at once with its age, refreshed once, then fresh', async () => {
    const sandbox = await tenantWith(3);
    const access = open(sandbox, { TI_GRAPH_CACHE_TTL_MS: '200', TI_GRAPH_CACHE_EVENTS_WINDOW_MS: '0', TI_GRAPH_CACHE_WARM: 'true' });
    const store = sandbox.tenants[0]!.store;
    const user = store.listUsers({ perPage: 1 }).users[0]!;
    await waitFor(() => upstreamCalls(sandbox, ROUTES.users) >= 1, 'the roster warm-up'); // users arrive from the page
    await waitFor(async () => (await access.rest.getUser(user.id)).id === user.id, 'the user');
    store.replaceUser(user.id, { ...user, lastName: 'Changed-Silently' });
    await sleep(400);

    const before = upstreamCalls(sandbox, ROUTES.user);
    const report: CacheReport = { staleAgeMs: undefined };
    const stale = await withCacheReport(report, () => access.rest.getUser(user.id));
    expect(stale.lastName).toBe(user.lastName);
    expect(report.staleAgeMs).toBeGreaterThanOrEqual(200);
    expect(access.cache!.stats().freshness).toBe('ttl');

    await waitFor(() => upstreamCalls(sandbox, ROUTES.user) === before + 1, 'one refresh');
    await waitFor(async () => (await access.rest.getUser(user.id)).lastName === 'Changed-Silently', 'the refreshed entry', { timeoutMs: 5_000 });
    expect(upstreamCalls(sandbox, ROUTES.user)).toBe(before + 1);
  });
});
