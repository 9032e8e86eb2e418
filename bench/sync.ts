/**
 * `npm run bench:sync [-- --users N --changes N --budget PER_MIN --burst N --latency MS --share F]`
 *
 * HR sync against an in-process sandbox on loopback (a 10,000-user tenant with 20 ms latency and a
 * server-side rate limit, by default):
 * 1. a run where 5% of the HR records changed, under the tenant's rate limit: how busy the budget
 *    was kept, and that not a single 429 was drawn;
 * 2. the no-op rerun: 0 writes and ceil(N/100) list calls.
 *
 * Budget: the issue's reference is the vendor's standard tier, 120 requests/min. 500 changes cost
 * 1,000 requests there (updateUser reads, merges, PUTs), over 8 minutes; the default here is the
 * enterprise tier, 600/min, so the run takes about two minutes. `--budget 120` runs the standard
 * tier. The client budgets `--share` (default 0.95) of the tenant's rate and half its burst: under
 * it, so requests bunched by jitter on the way never trip the tenant's own bucket.
 * Figures only; nothing here asserts on speed (the test suite asserts behaviour).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/index.js';
import { startSandbox } from '../src/sandbox/index.js';
import { applyPlan, concurrencyForBudget, parseHrRecords, planHasChanges, planSync } from '../src/sync/index.js';
import { createRestClient } from '../src/tenant/index.js';

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '10000' },
    changes: { type: 'string' },
    budget: { type: 'string', default: '600' },
    burst: { type: 'string', default: '20' },
    latency: { type: 'string', default: '20' },
    share: { type: 'string', default: '0.95' },
  },
});
const users = Number(values.users);
const changes = values.changes !== undefined ? Number(values.changes) : Math.round(users * 0.05);
const limit = { perMinute: Number(values.budget), burst: Number(values.burst) };
const share = Number(values.share);
const latencyMs = Number(values.latency);
const clientBudget = { perMinute: Math.floor(limit.perMinute * share), burst: Math.max(1, Math.floor(limit.burst / 2)) };
const concurrency = concurrencyForBudget(clientBudget);

console.log(
  `sync bench: ${users} users and HR records, ${changes} changed; tenant latency ${latencyMs} ms, tenant limit ${limit.perMinute}/min burst ${limit.burst}; ` +
    `client budget ${clientBudget.perMinute}/min burst ${clientBudget.burst}, ${concurrency} in flight`,
);

const sandbox = await startSandbox({ host: '127.0.0.1', port: 0, users });
const tenant = sandbox.tenants[0]!;
const store = tenant.store;
const base = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey }).tenant!;
const newClient = () => createRestClient({ ...base, rateBudget: clientBudget, customFieldKeys: [...tenant.customFieldKeys] });

const roster = store.listUsers({ perPage: users }).users;
const stride = changes > 0 ? users / changes : Infinity;
const changed = new Set(Array.from({ length: changes }, (_, i) => Math.floor(i * stride)));
const csvFor = (edit: boolean) =>
  [
    'email,firstName,lastName,customFields.department',
    ...roster.map((u, i) => `${u.email},${u.firstName ?? ''},${u.lastName ?? ''},${edit && changed.has(i) ? `Bench ${i}` : (u.customFields.department ?? '')}`),
  ].join('\n');

const writes = () => ['POST', 'PUT', 'DELETE'].reduce((n, method) => n + sandbox.requests.count({ method }), 0);
const listCalls = () => sandbox.requests.count({ method: 'GET', route: '/incoming/api/v1/users' });
const refused = () => sandbox.requests.entries().filter((e) => e.status === 429).length;

async function run(label: string, csv: string) {
  // A fresh client per run, as a new CLI process would have: its bucket's stats cover this run only.
  const client = newClient();
  sandbox.requests.reset();
  const t0 = performance.now();
  const hr = parseHrRecords(csv, { customFieldKeys: tenant.customFieldKeys });
  const plan = await planSync({ client, hr, text: csv, source: label });
  const t1 = performance.now();
  const planRequests = sandbox.requests.count();
  const report = planHasChanges(plan) ? await applyPlan(client, plan, { concurrency }) : undefined;
  const t2 = performance.now();
  const stats = client.stats();
  const requests = sandbox.requests.count();
  const applyRequests = requests - planRequests;
  const applySeconds = (t2 - t1) / 1000;
  return {
    label,
    planMs: t1 - t0,
    applyMs: t2 - t1,
    listCalls: listCalls(),
    writes: writes(),
    requests,
    applyRequests,
    // The share of the tenant's limit the apply phase used (its burst was spent by the plan phase).
    applyBusy: applySeconds > 0 ? applyRequests / ((limit.perMinute / 60) * applySeconds) : 0,
    applyPerMinute: applySeconds > 0 ? (applyRequests / applySeconds) * 60 : 0,
    bucketBusy: stats.bucket?.busyRatio ?? 0,
    tenant429s: refused(),
    client429s: stats.rateLimited,
    retries: stats.retries,
    summary: plan.summary,
    applied: report?.counts.applied ?? 0,
    failures: report?.failures.length ?? 0,
  };
}

tenant.setFaults({ latencyMs, bucket: limit });
try {
  const changeRun = await run(`${changes} changed records`, csvFor(true));
  const stillChanged = [...changed].filter((i) => store.getUser(roster[i]!.id)!.customFields.department !== `Bench ${i}`).length;
  // A rerun comes later than immediately: let the tenant's bucket refill its burst first.
  await new Promise((resolve) => setTimeout(resolve, (limit.burst / limit.perMinute) * 60_000));
  const noop = await run('no-op rerun', csvFor(true));

  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const r of [changeRun, noop]) {
    console.log(`\n${r.label}:`);
    console.log(`  plan ${(r.planMs / 1000).toFixed(1)} s: ${r.listCalls} list calls (ceil(N/100) = ${Math.ceil(users / 100)}); ${JSON.stringify(r.summary)}`);
    console.log(`  apply ${(r.applyMs / 1000).toFixed(1)} s: ${r.applyRequests} requests, ${r.applied} item(s) applied, ${r.failures} failure(s)`);
    console.log(`  total ${r.requests} requests, ${r.writes} writes`);
    if (r.applyRequests > 0) {
      console.log(
        `  apply rate ${Math.round(r.applyPerMinute)}/min of the tenant's ${limit.perMinute}/min: budget ${pct(r.applyBusy)} busy; ` +
          `client bucket had a request waiting ${pct(r.bucketBusy)} of the run`,
      );
    }
    console.log(`  429s: ${r.tenant429s} from the tenant (${r.client429s} seen by the client), ${r.retries} retries`);
  }
  console.log(`\nafter the change run: ${changes - stillChanged}/${changes} changes in the tenant`);
  const ok = stillChanged === 0 && noop.writes === 0 && noop.listCalls === Math.ceil(users / 100) && changeRun.tenant429s + noop.tenant429s === 0;
  console.log(ok ? '\nOK: every change landed, no 429, the no-op rerun wrote nothing in ceil(N/100) list calls' : '\nNOT OK: see the figures above');
  process.exitCode = ok ? 0 : 1;
} finally {
  await sandbox.close();
}
