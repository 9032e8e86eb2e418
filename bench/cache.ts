/**
 * `npm run bench:cache`: the REST read cache and the shared tenant budget.
 * 1. `users(perPage: 25) { items { enrollments { courseId } } }` repeated through a gateway, cache on
 *    (in Redis when REDIS_URL is set, else in memory) vs off: upstream calls and p50 latency. The
 *    in-run baseline is the same query with the cache off; the ratio is p50 on / p50 off.
 * 2. Three gateway instances driven past a tenant budget of 1 200/min (sandbox `bucket=1200/100`,
 *    instances told 97% of it): on one Redis (one budget) and without (three budgets): what the
 *    tenant served, the share of its rate that is, and its 429s.
 * Figures only; nothing here asserts on speed (test/scale-out asserts the behaviour).
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../src/config/index.js';
import { startGateway, type RunningGateway } from '../src/gateway/index.js';
import { startSandbox, type Sandbox } from '../src/sandbox/index.js';
import { openTenantAccess, type TenantAccess } from '../src/tenant/scale-out/index.js';

const REPEATS = Number(process.env['BENCH_REPEATS'] ?? 40);
const LOAD_SECONDS = Number(process.env['BENCH_SECONDS'] ?? 8);
const REDIS_URL = process.env['REDIS_URL'];
const TOKEN = 'bench-cache-token-0123456789abcdef';
const ROSTER = '{ users(perPage: 25) { items { enrollments { courseId } } } }';
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

interface Instance {
  query(query: string): Promise<{ ok: boolean }>;
  access: TenantAccess;
  stop(): Promise<void>;
}

async function startInstance(sandbox: Sandbox, env: Record<string, string | undefined>): Promise<Instance> {
  const config = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_GRAPH_TOKENS: `bench:${TOKEN}:read`, LOG_LEVEL: 'error', ...env });
  const tenant = config.tenant!;
  const access = openTenantAccess(config, tenant);
  const gateway: RunningGateway = await startGateway({
    gateway: { ...config.gateway, port: 0 },
    tenant,
    rest: access.rest,
    budget: access.budget,
    logLevel: 'error',
  });
  return {
    access,
    async query(query) {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: unknown };
      return { ok: response.status === 200 && !body.errors && body.data !== undefined };
    },
    async stop() {
      await gateway.close(1_000);
      await access.close();
    },
  };
}

async function repeated(sandbox: Sandbox, ttlMs: string) {
  const namespace = `ti-graph-bench:${randomUUID().slice(0, 8)}`;
  const instance = await startInstance(sandbox, { TI_GRAPH_CACHE_TTL_MS: ttlMs, REDIS_URL, TI_REDIS_NAMESPACE: namespace });
  try {
    await instance.query('{ users(perPage: 1) { total } }'); // compile the gateway's plans first
    const calls = () => sandbox.requests.count({});
    const before = calls();
    const first = performance.now();
    if (!(await instance.query(ROSTER)).ok) throw new Error('the roster query failed');
    const firstMs = performance.now() - first;
    const firstCalls = calls() - before;
    const times: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const started = performance.now();
      if (!(await instance.query(ROSTER)).ok) throw new Error('the roster query failed');
      times.push(performance.now() - started);
    }
    return { store: instance.access.cache?.store ?? 'off', firstMs, firstCalls, repeatCalls: calls() - before - firstCalls, p50: percentile(times, 0.5), p90: percentile(times, 0.9) };
  } finally {
    await instance.stop();
  }
}

async function threeInstances(sandbox: Sandbox, shared: boolean) {
  const env = {
    TI_PROFILE: 'v2',
    TI_RATE_PER_MINUTE: '1164',
    TI_RATE_BURST: '10',
    TI_GRAPH_CACHE_TTL_MS: '0',
    REDIS_URL: shared ? REDIS_URL : undefined,
    TI_REDIS_NAMESPACE: `ti-graph-bench:${randomUUID().slice(0, 8)}`,
  };
  const instances = await Promise.all([0, 1, 2].map(() => startInstance(sandbox, env)));
  try {
    for (const instance of instances) await instance.query('{ CurrentUser { email } }');
    const bucket = { perMinute: 1_200, burst: 100 };
    sandbox.tenants[0]!.setFaults({ bucket });
    const from = Date.now();
    const stopAt = from + LOAD_SECONDS * 1_000;
    let failed = 0;
    const queries = ['{ users(perPage: 5) { total } }', '{ CurrentUser { email } }'];
    await Promise.all(
      instances.flatMap((instance) =>
        [0, 1, 2, 3, 4, 5].map(async (offset) => {
          for (let i = offset; Date.now() < stopAt; i++) if (!(await instance.query(queries[i % 2]!)).ok) failed++;
        }),
      ),
    );
    const to = Date.now();
    const seen = sandbox.requests.entries().filter((e) => e.at >= from && e.at <= to);
    const rateLimited = seen.filter((e) => e.status === 429).length;
    const served = seen.length - rateLimited;
    return { served, used: served / ((bucket.perMinute * (to - from)) / 60_000), rateLimited, failed };
  } finally {
    sandbox.tenants[0]!.setFaults(undefined);
    await Promise.all(instances.map((i) => i.stop()));
  }
}

const sandbox = await startSandbox({ host: '127.0.0.1', port: 0, users: 150, profile: 'v2' });
try {
  const off = await repeated(sandbox, '0');
  const on = await repeated(sandbox, '60000');
  console.log(`cache off: first ${off.firstCalls} upstream calls (${off.firstMs.toFixed(1)} ms), ${REPEATS} repeats ${off.repeatCalls} calls, p50 ${off.p50.toFixed(2)} ms, p90 ${off.p90.toFixed(2)} ms`);
  console.log(`cache on (${on.store}): first ${on.firstCalls} upstream calls (${on.firstMs.toFixed(1)} ms), ${REPEATS} repeats ${on.repeatCalls} calls, p50 ${on.p50.toFixed(2)} ms, p90 ${on.p90.toFixed(2)} ms`);
  console.log(`ratio cache on / off p50: ${(on.p50 / off.p50).toFixed(3)}`);
  if (REDIS_URL) {
    const shared = await threeInstances(sandbox, true);
    const separate = await threeInstances(sandbox, false);
    console.log(`three instances, one Redis budget: ${shared.served} served, ${(shared.used * 100).toFixed(1)}% of the tenant's rate, 429s: ${shared.rateLimited}, failed: ${shared.failed}`);
    console.log(`three instances, no Redis: ${separate.served} served, ${(separate.used * 100).toFixed(1)}% of the tenant's rate, 429s: ${separate.rateLimited}, failed: ${separate.failed}`);
    console.log(JSON.stringify({ cacheOff: off, cacheOn: on, ratioOnToOffP50: on.p50 / off.p50, sharedBudget: shared, separateBudgets: separate }, null, 2));
  } else {
    console.log('three instances: skipped (set REDIS_URL=redis://127.0.0.1:6379 for the shared-budget figures)');
    console.log(JSON.stringify({ cacheOff: off, cacheOn: on, ratioOnToOffP50: on.p50 / off.p50 }, null, 2));
  }
} finally {
  await sandbox.close();
}
