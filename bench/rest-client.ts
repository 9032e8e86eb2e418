/**
 * `npx tsx bench/rest-client.ts`: the REST client against an in-process sandbox on loopback.
 * 1. Roster walk of 10,000 users at per_page=100: calls (must be 100) and wall time, median of runs.
 * 2. The same walk with the sandbox injecting 10% 503s and 5% dropped connections: extra attempts
 *    and time (real backoff, base 20 ms), and that every user still arrives exactly once.
 * 3. A burst of 300 reads through a client budget of 80% of a tenant bucket of 6,000/min: zero 429s,
 *    achieved rate vs budget, and the bucket's busy ratio.
 * In-run baseline: the clean walk of 1.; the ratio is the faulty walk's median time over the clean one's.
 * Figures only; nothing here asserts on speed (the test suite asserts behaviour).
 */
import { loadConfig, type TenantConfig } from '../src/config/index.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createRestClient } from '../src/tenant/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const sandbox = await startSandbox({ host: '127.0.0.1', port: 0, users: 10_000 });
const tenant = sandbox.tenants[0]!;
const configFor = (profile: 'seed' | 'v2', overrides: Partial<TenantConfig> = {}): TenantConfig => {
  const base = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_PROFILE: profile }).tenant!;
  return { ...base, ...overrides, retry: { ...base.retry, ...overrides.retry } };
};
const listCalls = () => sandbox.requests.count({ method: 'GET', route: '/incoming/api/v1/users' });

try {
  // 1. clean roster walk
  const clean: number[] = [];
  let calls = 0;
  for (let run = 0; run < RUNS; run++) {
    const client = createRestClient(configFor('seed'));
    sandbox.requests.reset();
    const start = performance.now();
    let n = 0;
    for await (const _ of client.listUsers()) n++;
    clean.push(performance.now() - start);
    calls = listCalls();
    if (n !== 10_000) throw new Error(`walked ${n} users, expected 10000`);
  }

  // 2. the same walk under faults
  tenant.setFaults({ errorRate: 0.1, dropRate: 0.05, seed: 11 });
  const faulty: number[] = [];
  let attempts = 0;
  let retries = 0;
  for (let run = 0; run < RUNS; run++) {
    const client = createRestClient(configFor('seed', { retry: { maxAttempts: 8, baseDelayMs: 20, maxDelayMs: 500, deadlineMs: 60_000 } }));
    const start = performance.now();
    const ids = new Set<string>();
    for await (const user of client.listUsers()) ids.add(user.id);
    faulty.push(performance.now() - start);
    if (ids.size !== 10_000) throw new Error(`walked ${ids.size} distinct users under faults`);
    ({ attempts, retries } = client.stats());
  }
  tenant.setFaults(undefined);

  // 3. a burst under a budget
  tenant.setFaults({ bucket: { perMinute: 6_000, burst: 5 } });
  sandbox.requests.reset();
  const budgeted = createRestClient(configFor('v2', { rateBudget: { perMinute: 4_800, burst: 4 } }));
  const ids = tenant.store.listUsers({ perPage: 100 }).users.map((u) => u.id);
  const start = performance.now();
  await Promise.all(Array.from({ length: 300 }, (_, i) => budgeted.getUser(ids[i % ids.length]!)));
  const burstMs = performance.now() - start;
  const refused = sandbox.requests.entries().filter((e) => e.fault === 'bucket429').length;
  const stats = budgeted.stats();
  tenant.setFaults(undefined);

  console.log(
    JSON.stringify(
      {
        rosterWalk10k: { listCalls: calls, medianMs: Math.round(median(clean)), usersPerSecond: Math.round(10_000 / (median(clean) / 1000)) },
        rosterWalk10kUnderFaults: { faults: '10% 503, 5% drops', medianMs: Math.round(median(faulty)), attemptsLastRun: attempts, retriesLastRun: retries },
        ratioFaultyToCleanWalk: Number((median(faulty) / median(clean)).toFixed(2)),
        burst300UnderBudget: {
          tenantBucketPerMinute: 6_000,
          clientBudgetPerMinute: 4_800,
          tenant429s: refused,
          achievedPerMinute: Math.round(300 / (burstMs / 60_000)),
          busyRatio: Number(stats.bucket!.busyRatio.toFixed(2)),
          waited: stats.bucket!.waited,
        },
      },
      null,
      2,
    ),
  );
} finally {
  await sandbox.close();
}
