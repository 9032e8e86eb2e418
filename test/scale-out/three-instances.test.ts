/**
 * Three gateways and one `ti-graph sync`, separate processes on one Redis, against a tenant with a
 * budget (the sandbox's `bucket` fault: 429 once spent, X-RateLimit-* on the v2 surfaces): the
 * tenant answers no 429 and at least 90% of its budget is used. The control, the same without
 * Redis, spends three-plus budgets and meets the 429s.
 *
 * The budget is scaled so a run takes seconds: 600/min (10/s) with a burst of 50 on the tenant
 * (TI's standard tier, 120/min with a burst of 20, holds 10 s of refill; this holds 3); the
 * instances are told 97% of the rate (TI_RATE_PER_MINUTE=582) with a burst of 5, the headroom an
 * operator leaves for requests bunching up on the way. "Used" is what the tenant served against
 * its rate over the window (perMinute x duration); what it could have served at most (burst
 * included) bounds it from above.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { startInstances, type Instance } from './instances.js';
import { drive, LOAD_QUERIES, tenantView } from './load.js';
import { runSync } from './processes.js';
import { sharedRedisUrl, testNamespace } from './redis.js';
import { waitFor } from '../helpers/wait-for.js';

const TENANT_BUCKET = { perMinute: 600, burst: 30 };
const LOAD_MS = 10_000;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ users: 150, profile: 'v2' });
});
afterAll(async () => {
  await sandbox?.close();
});

function settings(redisUrl: string | undefined): Record<string, string | undefined> {
  return {
    TI_BASE_URL: sandbox.url,
    TI_API_KEY: sandbox.apiKey,
    TI_PROFILE: 'v2',
    TI_RATE_PER_MINUTE: '582',
    TI_RATE_BURST: '5',
    TI_RATE_WRITES_PER_MINUTE: '600',
    // The budget is what is measured here: the read cache would answer repeats without the tenant.
    TI_GRAPH_CACHE_TTL_MS: '0',
    REDIS_URL: redisUrl,
    TI_REDIS_NAMESPACE: redisUrl ? testNamespace('three-instances') : undefined,
  };
}

const HIRES = 60;
const hires = (run: string) =>
  Array.from({ length: HIRES }, (_, i) => ({ email: `hire${i}.${run}@scale.example.com`, firstName: `Hire${i}`, lastName: run }));

/** The control runs until the tenant refuses (at most 25 s): how soon depends on how fast this machine can ask. */
async function scenario(redisUrl: string | undefined, run: string) {
  const env = settings(redisUrl);
  const gateways: Instance[] = await startInstances(3, env);
  try {
    // The first request through a gateway compiles its plans: not what is measured.
    for (const gateway of gateways) for (const query of LOAD_QUERIES) await gateway.query(query);
    const roster = sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).total;
    const sync = runSync(hires(run), env);
    // The sync process takes a while to start: the measured window opens with its first write.
    const writes = () => sandbox.requests.count({ method: 'POST', tenant: sandbox.tenant });
    const before = writes();
    sandbox.tenants[0]!.setFaults({ bucket: TENANT_BUCKET });
    await waitFor(() => writes() !== before, "the sync's first write", { timeoutMs: 60_000, intervalMs: 20 });
    const refusedSince = (from: number) => sandbox.requests.entries().some((e) => e.status === 429 && e.at >= from);
    const startedAt = Date.now();
    const load = await drive(gateways, redisUrl ? { durationMs: LOAD_MS, concurrency: 8 } : { durationMs: 25_000, concurrency: 8, stopWhen: () => refusedSince(startedAt) });
    const synced = await sync;
    const view = tenantView(sandbox, sandbox.tenant, load.startedAt, load.endedAt, TENANT_BUCKET);
    if (process.env['SCALE_DEBUG']) {
      const refused = sandbox.requests.entries().filter((e) => e.status === 429 && e.at >= load.startedAt);
      console.log('429s at', refused.map((e) => `${e.at - load.startedAt}ms ${e.route}`), 'sync stderr', synced.stderr.slice(0, 2000));
      console.log(gateways.map((g) => JSON.stringify(g.access.budget.stats())).join('\n'));
      const all = sandbox.requests.entries().filter((e) => e.at >= load.startedAt - 3000 && e.at <= load.endedAt);
      console.log('ARRIVALS', all.map((e) => `${e.at - load.startedAt}:${e.status}:${e.route.slice(0, 6)}`).join(' '));
      console.log('window', load.startedAt, load.endedAt, gateways.map((g) => g.logs.filter((l) => l.includes('budget')).join('\n')).join('\n'));
    }
    return { load, view, synced, created: sandbox.tenants[0]!.store.listUsers({ perPage: 1 }).total - roster };
  } finally {
    sandbox.tenants[0]!.setFaults(undefined);
    await Promise.all(gateways.map((g) => g.stop()));
  }
}

describe('three gateways and a sync on one tenant budget', () => {
  it('with Redis: the tenant answers no 429 and at least 90% of its budget is used', async () => {
    const { load, view, synced, created } = await scenario(sharedRedisUrl(), 'shared');
    console.log(`[scale-out] shared budget: ${view.served} served (${(view.used * 100).toFixed(1)}% of the rate, at most ${view.capacity} possible), ${view.rateLimited} x 429, ${load.sent} gateway requests`);
    expect(load.failed).toEqual([]);
    expect(view.rateLimited).toBe(0);
    expect(view.used).toBeGreaterThanOrEqual(0.9);
    expect(view.served).toBeLessThanOrEqual(view.capacity);
    expect(synced.code, synced.stderr).toBe(0);
    expect(created).toBe(HIRES);
  }, 60_000);

  it('the control, without Redis: every process spends a budget of its own and the tenant answers 429', async () => {
    const { view, synced } = await scenario(undefined, 'control');
    console.log(`[scale-out] control (no Redis): ${view.served} served (${(view.used * 100).toFixed(1)}% of the rate), ${view.rateLimited} x 429`);
    expect(view.rateLimited).toBeGreaterThan(0);
    expect(view.used).toBeGreaterThan(1.0); // more than the budget was asked of the tenant
    expect(synced.code === 0 || synced.code === 1).toBe(true);
  }, 60_000);
});
