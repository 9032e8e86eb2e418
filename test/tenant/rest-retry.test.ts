import dc from 'node:diagnostics_channel';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TenantConfig } from '../../src/config/index.js';
import { NetworkError, RateLimitedError, TimeoutError, UpstreamError } from '../../src/errors/index.js';
import { createRestClient, type TiRestClient } from '../../src/tenant/index.js';
import { createManualClock, type ManualClock } from '../helpers/manual-clock.js';
import { tenantConfigFor, type RestAuthCase } from '../helpers/rest-client.js';
import { restCall, startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * The retry layer against real faults injected by the sandbox. Delays go through a manual clock:
 * the exact waits requested are asserted and no real time is spent; faults are lifted from inside
 * the clock's sleep, so "fails N times, then works" is exact.
 */
let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 20 });
});
afterAll(async () => {
  await sandbox?.close();
});
afterEach(() => {
  tenant().setFaults(undefined);
  sandbox.requests.reset();
});

const tenant = () => sandbox.tenants[0]!;
const store = () => tenant().store;
const someUserId = () => store().listUsers({ perPage: 1 }).users[0]!.id;
const SEED = '/incoming/api/v1';
let serial = 0;
const uniqueEmail = (tag: string) => `${tag}.${process.pid}.${++serial}@example.com`;

interface Observed {
  status: number;
  retryAfter: string | null;
  reset: string | null;
  remaining: string | null;
}

/** The global fetch, unchanged, with the status and rate-limit headers of each response noted. */
function observingFetch(seen: Observed[]): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    seen.push({
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      reset: response.headers.get('x-ratelimit-reset'),
      remaining: response.headers.get('x-ratelimit-remaining'),
    });
    return response;
  };
}

function makeClient(
  options: { auth?: RestAuthCase; config?: Partial<TenantConfig>; random?: () => number; seen?: Observed[] } = {},
): { client: TiRestClient; clock: ManualClock } {
  const clock = createManualClock(Date.now());
  const config = tenantConfigFor(sandbox, options.auth ?? 'seed-header', {
    timeoutMs: 2_000,
    ...options.config,
    retry: { maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 10_000, deadlineMs: 60_000, ...options.config?.retry },
  });
  const client = createRestClient(config, {
    clock,
    random: options.random ?? (() => 0.5),
    ...(options.seen ? { fetch: observingFetch(options.seen) } : {}),
  });
  return { client, clock };
}

/** Lift the tenant's faults when the clock is asked for its (n+1)-th sleep. */
function liftFaultsAtSleep(clock: ManualClock, n: number): void {
  clock.onSleep = (_ms, index) => {
    if (index === n) tenant().setFaults(undefined);
  };
}

const count = (method: string, route: string) => sandbox.requests.count({ method, route: `${SEED}${route}` });

describe('retries: 5xx, 429 without headers, dropped connections', () => {
  it('retries 503s with full-jitter exponential backoff until the tenant recovers', async () => {
    const { client, clock } = makeClient();
    tenant().setFaults({ errorRate: 1 });
    liftFaultsAtSleep(clock, 1);
    const user = await client.getUser(someUserId());
    expect(user.id).toBe(someUserId());
    expect(count('GET', '/users/:id')).toBe(3);
    expect(clock.sleeps).toEqual([100, 200]); // random 0.5 of 200 * 2^0, 200 * 2^1
    expect(client.stats()).toMatchObject({ attempts: 3, retries: 2 });
  });

  it('backs off on the seed 429 bursts that carry no rate-limit header at all', async () => {
    const seen: Observed[] = [];
    const { client, clock } = makeClient({ seen });
    tenant().setFaults({ burst429Rate: 1, burst429Length: 3 });
    liftFaultsAtSleep(clock, 2);
    await client.listUsersPage();
    expect(seen.map((s) => s.status)).toEqual([429, 429, 429, 200]);
    expect(seen.slice(0, 3).every((s) => s.retryAfter === null && s.reset === null)).toBe(true);
    expect(clock.sleeps).toEqual([100, 200, 400]);
    expect(sandbox.requests.entries().filter((e) => e.fault === 'burst429')).toHaveLength(3);
    expect(client.stats().rateLimited).toBe(3);
  });

  it('gives up after maxAttempts with the last typed error, which says how many attempts were made', async () => {
    const { client, clock } = makeClient({ config: { retry: { maxAttempts: 3 } as TenantConfig['retry'] } });
    tenant().setFaults({ errorRate: 1 });
    const error = await client.getUser(someUserId()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ status: 503, attempts: 3, method: 'GET' });
    expect((error as UpstreamError).serverMessage).toMatch(/temporarily unavailable/);
    expect(count('GET', '/users/:id')).toBe(3);
    expect(clock.sleeps).toEqual([100, 200]);
  });

  it('retries a dropped connection as a NetworkError', async () => {
    const { client, clock } = makeClient();
    tenant().setFaults({ dropRate: 1 });
    liftFaultsAtSleep(clock, 0);
    await client.getUser(someUserId());
    expect(count('GET', '/users/:id')).toBe(2);
    expect(sandbox.requests.entries()[0]!.fault).toBe('drop');

    tenant().setFaults({ dropRate: 1 });
    clock.onSleep = undefined;
    const error = await client.getUser(someUserId()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).attempts).toBe(5);
    expect((error as NetworkError).status).toBeUndefined();
  });

  it('stops at the overall deadline rather than sleeping past it', async () => {
    const { client, clock } = makeClient({
      random: () => 0.999,
      config: { retry: { maxAttempts: 20, deadlineMs: 1_000 } as TenantConfig['retry'] },
    });
    tenant().setFaults({ errorRate: 1 });
    const error = await client.getUser(someUserId()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    // 199 + 399 = 598 ms slept; the next draw (799 ms) would end past the 1,000 ms deadline.
    expect(clock.sleeps).toEqual([199, 399]);
    expect((error as UpstreamError).attempts).toBe(3);
    expect(count('GET', '/users/:id')).toBe(3);
  });

  it('does not retry what retrying cannot fix (404, 409, 400, 422, 401)', async () => {
    const { client, clock } = makeClient();
    await expect(client.getUser('missing')).rejects.toMatchObject({ status: 404, attempts: 1 });
    await expect(client.createUser({ email: 'bad' })).rejects.toMatchObject({ status: 400, attempts: 1 });
    expect(clock.sleeps).toEqual([]);
    expect(sandbox.requests.count()).toBe(2);
  });
});

describe('retries: the server says when (v2 headers)', () => {
  it('waits exactly the Retry-After the tenant sent on a 429', async () => {
    const seen: Observed[] = [];
    const { client, clock } = makeClient({ auth: 'v2-bearer', seen, config: { retry: { deadlineMs: 120_000 } as TenantConfig['retry'] } });
    tenant().setFaults({ bucket: { perMinute: 1, burst: 1 } }); // ~60 s to the next token, however slow the machine
    await restCall(sandbox, 'GET', '/users'); // someone else spends the only token
    liftFaultsAtSleep(clock, 0);
    await client.getUser(someUserId());
    expect(seen[0]!.status).toBe(429);
    expect(seen[0]!.retryAfter).toMatch(/^\d+$/);
    expect(clock.sleeps).toEqual([Number(seen[0]!.retryAfter) * 1000]);
    expect(seen[1]!.status).toBe(200);
  });

  it('gives the caller a RateLimitedError with the hint when Retry-After is beyond the deadline', async () => {
    const { client, clock } = makeClient({ auth: 'v2-bearer', config: { retry: { deadlineMs: 500 } as TenantConfig['retry'] } });
    tenant().setFaults({ bucket: { perMinute: 1, burst: 1 } });
    await restCall(sandbox, 'GET', '/users');
    const error = await client.getUser(someUserId()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBeGreaterThanOrEqual(1_000);
    expect((error as RateLimitedError).attempts).toBe(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('fails the next call at once when the announced pause outlasts its deadline, instead of sleeping through it', async () => {
    const { client, clock } = makeClient({ auth: 'v2-bearer', config: { retry: { deadlineMs: 500 } as TenantConfig['retry'] } });
    tenant().setFaults({ bucket: { perMinute: 1, burst: 1 } });
    await restCall(sandbox, 'GET', '/users');
    await expect(client.getUser(someUserId())).rejects.toBeInstanceOf(RateLimitedError);
    sandbox.requests.reset();
    const error = await client.getUser(someUserId()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBeGreaterThan(500);
    expect((error as RateLimitedError).attempts).toBe(0);
    expect(clock.sleeps).toEqual([]);
    expect(count('GET', '/users/:id')).toBe(0);
  });

  it('pauses before the next call when a response says the window is spent (X-RateLimit-Remaining: 0)', async () => {
    const seen: Observed[] = [];
    const { client, clock } = makeClient({ auth: 'v2-bearer', seen, config: { retry: { deadlineMs: 120_000 } as TenantConfig['retry'] } });
    const start = clock.now();
    tenant().setFaults({ bucket: { perMinute: 1, burst: 2 } });
    liftFaultsAtSleep(clock, 0);
    await client.getUser(someUserId());
    await client.getUser(someUserId());
    expect(seen[1]).toMatchObject({ status: 200, remaining: '0' });
    await client.getUser(someUserId());
    expect(clock.sleeps).toEqual([Math.ceil(Number(seen[1]!.reset) * 1000 - start)]);
    expect(seen.map((s) => s.status)).toEqual([200, 200, 200]);
  });
});

describe('timeouts and cancellation', () => {
  it('turns a response slower than timeoutMs into a TimeoutError', async () => {
    const { client } = makeClient({ config: { timeoutMs: 200, retry: { maxAttempts: 1 } as TenantConfig['retry'] } });
    tenant().setFaults({ slowRate: 1, slowMs: 3_000 });
    const error = await client.getUser(someUserId()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ timeoutMs: 200, attempts: 1, method: 'GET' });
  });

  it('retries a timed-out read', async () => {
    const { client, clock } = makeClient({ config: { timeoutMs: 1_000 } });
    tenant().setFaults({ slowRate: 1, slowMs: 3_000 });
    liftFaultsAtSleep(clock, 0);
    await client.getUser(someUserId());
    expect(count('GET', '/users/:id')).toBe(2);
  });

  it("honours the caller's AbortSignal and never retries an abort", async () => {
    const { client, clock } = makeClient();
    tenant().setFaults({ slowRate: 1, slowMs: 3_000 });
    const controller = new AbortController();
    const call = client.getUser(someUserId(), { signal: controller.signal });
    // Abort once the tenant has the request (and is sitting on it), however slow the machine is.
    await waitFor(() => count('GET', '/users/:id') > 0, 'the first GET to reach the tenant', { intervalMs: 5 });
    controller.abort(new Error('caller went away'));
    await expect(call).rejects.toThrow('caller went away');
    expect(clock.sleeps).toEqual([]);
    expect(count('GET', '/users/:id')).toBe(1);
  });
});

describe('calls that must not apply twice', () => {
  it('a create that landed but timed out is found by email, not repeated', async () => {
    const { client, clock } = makeClient({ config: { timeoutMs: 1_000 } });
    const email = uniqueEmail('landed');
    tenant().setFaults({ slowRate: 1, slowMs: 4_000 }); // the sandbox applies, then holds the response
    liftFaultsAtSleep(clock, 0);
    const user = await client.createUser({ email, firstName: 'Once' });
    expect(user).toMatchObject({ email, firstName: 'Once' });
    expect(count('POST', '/users')).toBe(1);
    expect(store().listUsers({ email }).total).toBe(1);
    expect(client.stats().reconciled).toBe(1);
  });

  it('a create whose last allowed attempt landed is reported as created, not as failed', async () => {
    const liftOnFailure: typeof fetch = (input, init) =>
      fetch(input, init).catch((error: unknown) => {
        tenant().setFaults(undefined); // the tenant recovers right after the attempt timed out
        throw error;
      });
    const client = createRestClient(tenantConfigFor(sandbox, 'seed-header', { timeoutMs: 1_000, retry: { maxAttempts: 1 } as TenantConfig['retry'] }), {
      fetch: liftOnFailure,
    });
    const email = uniqueEmail('last');
    tenant().setFaults({ slowRate: 1, slowMs: 3_000 });
    const user = await client.createUser({ email });
    expect(user.email).toBe(email);
    expect(count('POST', '/users')).toBe(1);
    expect(client.stats()).toMatchObject({ attempts: 2, reconciled: 1 }); // the POST, then one lookup
  });

  it('a create refused by a 503 or a dropped connection is repeated, and exists once', async () => {
    for (const faults of [{ errorRate: 1 }, { dropRate: 1 }]) {
      sandbox.requests.reset();
      const { client, clock } = makeClient();
      const email = uniqueEmail('refused');
      tenant().setFaults(faults);
      liftFaultsAtSleep(clock, 0);
      const user = await client.createUser({ email });
      expect(user.email).toBe(email);
      expect(count('POST', '/users')).toBe(2);
      expect(count('GET', '/users')).toBe(1); // looked up by email before repeating
      expect(store().listUsers({ email }).total).toBe(1);
    }
  });

  it('never duplicates a user when creates meet random faults', async () => {
    const { client } = makeClient({ config: { timeoutMs: 500, retry: { maxAttempts: 10 } as TenantConfig['retry'] } });
    tenant().setFaults({ errorRate: 0.2, dropRate: 0.1, slowRate: 0.1, slowMs: 2_000, burst429Rate: 0.05, seed: 7 });
    const emails = Array.from({ length: 15 }, () => uniqueEmail('chaos'));
    for (const email of emails) await client.createUser({ email });
    for (const email of emails) expect(store().listUsers({ email }).total).toBe(1);
    const faults = sandbox.requests.entries().filter((e) => e.fault).map((e) => e.fault);
    expect(new Set(faults)).toEqual(new Set(['error', 'drop', 'slow', 'burst429']));
  });

  it('a repeat refused with 409 after an uncertain attempt resolves to the record that now exists', async () => {
    // The race the lookup cannot close: the record appears between the lookup and the repeat.
    // The fetch wrapper makes it appear right after the lookup's response, through the store.
    const email = uniqueEmail('race');
    const user = await makeClient().client.createUser({ email: uniqueEmail('race-enroll') });
    const course = store().listCourses().find((c) => c.published)!;
    let appeared: string | undefined;
    let enrolled = false;
    const racingFetch: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = String(input);
      if (init?.method === 'GET' && url.includes('/users?') && !appeared) appeared = store().createUser({ email }).id;
      if (init?.method === 'GET' && url.includes('/enrollments') && !enrolled) {
        store().enroll(course.id, user.id);
        enrolled = true;
      }
      return response;
    };
    const clock = createManualClock(Date.now());
    const client = createRestClient(tenantConfigFor(sandbox, 'seed-header'), { clock, random: () => 0.5, fetch: racingFetch });
    sandbox.requests.reset();

    tenant().setFaults({ errorRate: 1 });
    liftFaultsAtSleep(clock, 0);
    const created = await client.createUser({ email });
    expect(created.id).toBe(appeared);
    expect(count('POST', '/users')).toBe(2);
    expect(store().listUsers({ email }).total).toBe(1);

    tenant().setFaults({ errorRate: 1 });
    liftFaultsAtSleep(clock, 1);
    const enrollment = await client.enroll(course.id, user.id);
    expect(enrollment).toMatchObject({ courseId: course.id, userId: user.id });
    expect(count('POST', '/courses/:courseId/enrollments')).toBe(2);
    expect(client.stats().reconciled).toBe(2);
  });

  it('an enrollment that landed but timed out is found, not repeated', async () => {
    const { client, clock } = makeClient({ config: { timeoutMs: 1_000 } });
    const user = await client.createUser({ email: uniqueEmail('enroll') });
    const course = store().listCourses().find((c) => c.published)!;
    sandbox.requests.reset();
    tenant().setFaults({ slowRate: 1, slowMs: 4_000 });
    liftFaultsAtSleep(clock, 0);
    const enrollment = await client.enroll(course.id, user.id);
    expect(enrollment).toMatchObject({ courseId: course.id, userId: user.id });
    expect(count('POST', '/courses/:courseId/enrollments')).toBe(1);
    expect(store().listEnrollments(user.id).total).toBe(1);
  });

  it('a group add that landed but timed out is checked, not repeated', async () => {
    const { client, clock } = makeClient({ config: { timeoutMs: 1_000 } });
    const user = await client.createUser({ email: uniqueEmail('group') });
    const group = store().listGroups()[0]!;
    sandbox.requests.reset();
    tenant().setFaults({ slowRate: 1, slowMs: 3_000 });
    liftFaultsAtSleep(clock, 0);
    await client.addUserToGroup(group.id, user.id);
    expect(count('POST', '/groups/:groupId/users')).toBe(1);
    expect(store().getUser(user.id)!.groups).toEqual([group.id]);
  });

  it('a delete that landed but timed out: the repeat finds the user gone, which is success', async () => {
    const { client, clock } = makeClient({ config: { timeoutMs: 1_000 } });
    const user = await client.createUser({ email: uniqueEmail('delete') });
    sandbox.requests.reset();
    tenant().setFaults({ slowRate: 1, slowMs: 3_000 });
    liftFaultsAtSleep(clock, 0);
    await client.deleteUser(user.id);
    expect(count('DELETE', '/users/:id')).toBe(2);
    expect(store().getUser(user.id)).toBeUndefined();
  });
});

describe('client-side token bucket', () => {
  it('keeps a burst under the budget: the tenant refuses nothing, while its bucket is counting', async () => {
    const ids = store().listUsers({ perPage: 20 }).users.map((u) => u.id);
    const burst = Array.from({ length: 40 }, (_, i) => ids[i % ids.length]!);

    // Control: without a client budget, 40 calls at once overrun a tenant bucket of burst 10. The
    // tenant refills 1/s here, so the outcome does not depend on how fast the machine is.
    tenant().setFaults({ bucket: { perMinute: 60, burst: 10 } });
    const unbudgeted = createRestClient(tenantConfigFor(sandbox, 'v2-bearer', { retry: { maxAttempts: 1 } as TenantConfig['retry'] }));
    const control = await Promise.allSettled(burst.map((id) => unbudgeted.getUser(id)));
    const refused = control.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThanOrEqual(20);
    expect(refused.every((r) => (r as PromiseRejectedResult).reason instanceof RateLimitedError)).toBe(true);

    // A tenant bucket of 100/s, burst 10, and a client budget of half that (headroom for requests
    // bunching up on their way in; client and tenant share one event loop here).
    tenant().setFaults({ bucket: { perMinute: 6_000, burst: 10 } });
    sandbox.requests.reset();
    const seen: Observed[] = [];
    const budgeted = createRestClient(
      tenantConfigFor(sandbox, 'v2-bearer', { rateBudget: { perMinute: 3_000, burst: 2 }, retry: { maxAttempts: 1 } as TenantConfig['retry'] }),
      { fetch: observingFetch(seen) },
    );
    const users = await Promise.all(burst.map((id) => budgeted.getUser(id)));
    expect(users).toHaveLength(40);
    expect(seen.every((s) => s.status === 200 && s.remaining !== null)).toBe(true); // the tenant's bucket was live
    expect(sandbox.requests.entries().filter((e) => e.fault === 'bucket429')).toHaveLength(0);
    const stats = budgeted.stats();
    expect(stats.rateLimited).toBe(0);
    expect(stats.bucket).toMatchObject({ acquired: 40, waited: 38 });
    expect(stats.bucket!.busyRatio).toBeGreaterThan(0.5);
  });
});

describe('budget and deadline together', () => {
  it('does not send a request whose deadline passed while it waited for a token', async () => {
    const { client, clock } = makeClient({
      config: { rateBudget: { perMinute: 60, burst: 1 }, retry: { deadlineMs: 500 } as TenantConfig['retry'] },
    });
    await client.getUser(someUserId());
    const error = await client.getUser(someUserId()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ attempts: 0, timeoutMs: 500 });
    expect(clock.sleeps).toEqual([1_000]);
    expect(count('GET', '/users/:id')).toBe(1);
  });
});

describe('connections', () => {
  it('reuses keep-alive connections instead of opening one per request', async () => {
    const port = Number(new URL(sandbox.url).port);
    let opened = 0;
    const onConnect = (message: unknown) => {
      if ((message as { connectParams?: { port?: string | number } }).connectParams?.port == port) opened++;
    };
    dc.subscribe('undici:client:connected', onConnect);
    try {
      const { client } = makeClient();
      for (let i = 0; i < 30; i++) await client.getUser(someUserId());
      expect(count('GET', '/users/:id')).toBe(30);
      expect(opened).toBeLessThanOrEqual(2);
    } finally {
      dc.unsubscribe('undici:client:connected', onConnect);
    }
  });
});
