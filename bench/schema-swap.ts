/**
 * `npm run bench:schema-swap`: what a client sees while the gateway swaps the tenant's schema
 * (#23). One sandbox tenant in its own process (as the vendor is: its introspection answers do not
 * run on the gateway's event loop), starting on the vendor's 2022-12-21 snapshot; one gateway
 * following it, CLIENTS closed-loop clients sending a tenant-only query (fast path) and a
 * cross-surface one (query plan) by turns. After a steady phase the sandbox switches to 2022-06-01
 * (the vendor's real history: no Mutation.CreateLearner; its admin route) and the gateway is told
 * to poll (reloadSchema, the poll's own code path); later it switches back. Printed: failed
 * requests through the two swaps, p50/p99 of requests started during a swap against steady state
 * (the same run), the swap's own time, the longest event-loop stall in steady state and during
 * the swap, and the change as the gateway reported it.
 *
 * Env: BENCH_CLIENTS (default 4), BENCH_STEADY_SECONDS (default 6). Nothing here asserts on speed.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../src/config/index.js';
import { documentIdOf, startGateway } from '../src/gateway/index.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createRestClient } from '../src/tenant/index.js';

const CLIENTS = Number(process.env['BENCH_CLIENTS'] ?? 4);
const STEADY_MS = Number(process.env['BENCH_STEADY_SECONDS'] ?? 6) * 1_000;
/** Requests that start this long after a swap finished still count as "during": the new graph's caches are cold. */
const SETTLE_MS = 1_000;
const PROVISION = 'mutation Provision($email: String!) { CreateLearner(email: $email, firstName: "Ada", lastName: "Lovelace") { id } }';
const ME = 'query Me { CurrentUser { id email } }';

interface Sample {
  start: number;
  ms: number;
  ok: boolean;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

async function main(): Promise<void> {
  const apps = mkdtempSync(join(tmpdir(), 'ti-graph-bench-apps-'));
  writeFileSync(join(apps, 'storefront.json'), JSON.stringify({ [documentIdOf(PROVISION)]: PROVISION }));
  writeFileSync(join(apps, 'catalog.json'), JSON.stringify({ [documentIdOf(ME)]: ME }));
  const child = fork(fileURLToPath(import.meta.url), ['sandbox'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const sandbox = await new Promise<{ url: string; apiKey: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the sandbox process exited with ${code}`)));
    child.on('message', (message: { ready?: { url: string; apiKey: string } }) => message.ready && resolve(message.ready));
  });
  const setSchema = async (schema: string) => {
    const response = await fetch(new URL('/__sandbox/schema', sandbox.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': sandbox.apiKey },
      body: JSON.stringify({ schema }),
    });
    if (!response.ok) throw new Error(`the sandbox did not switch to ${schema}: ${response.status} ${await response.text()}`);
  };
  const config = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey });
  const tenant = config.tenant!;
  const gateway = await startGateway({
    // Polled by hand (reloadSchema runs the poll's own code), so the swap happens when the bench says.
    gateway: { ...config.gateway, port: 0, liveSchema: true, schemaPollMs: 3_600_000, trustedDocuments: [apps] },
    tenant,
    rest: createRestClient(tenant),
    logLevel: 'warn',
    logDestination: { write: () => undefined },
  });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}` };
  const bodies = [
    JSON.stringify({ query: '{ CurrentUser { email } }' }),
    JSON.stringify({ query: '{ CurrentUser { email } users(perPage: 2) { total } }' }),
  ];
  const samples: Sample[] = [];
  const failures: string[] = [];
  let stop = false;
  const client = async (index: number) => {
    for (let i = index; !stop; i++) {
      const start = performance.now();
      let ok = false;
      try {
        const response = await fetch(gateway.url, { method: 'POST', headers, body: bodies[i % bodies.length] });
        const body = (await response.json()) as { errors?: unknown[] };
        ok = response.status === 200 && !body.errors;
        if (!ok) failures.push(`${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      } catch (error) {
        failures.push((error as Error).message);
      }
      samples.push({ start, ms: performance.now() - start, ok });
    }
  };
  const loops = Array.from({ length: CLIENTS }, (_, i) => client(i));
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  await sleep(1_000); // warm-up: not measured
  const steadyStall = monitorEventLoopDelay({ resolution: 5 });
  steadyStall.enable();
  const steadyFrom = performance.now();
  await sleep(STEADY_MS);
  const steadyTo = performance.now();
  steadyStall.disable();

  const swaps: Array<{ from: number; to: number; ms: number; stallMs: number; result: string }> = [];
  let reported: Awaited<ReturnType<typeof gateway.reloadSchema>> | undefined;
  for (const snapshot of ['2022-06-01', '2022-12-21']) {
    await setSchema(snapshot);
    // Over the swap and the settling second after it (the window "during" counts requests in).
    const stall = monitorEventLoopDelay({ resolution: 5 });
    stall.enable();
    const from = performance.now();
    const outcome = await gateway.reloadSchema();
    const to = performance.now();
    await sleep(SETTLE_MS);
    stall.disable();
    reported ??= outcome;
    swaps.push({ from, to, ms: to - from, stallMs: stall.max / 1e6, result: outcome.result });
    await sleep(STEADY_MS / 2 - SETTLE_MS);
  }
  stop = true;
  await Promise.all(loops);

  const steady = samples.filter((s) => s.start >= steadyFrom && s.start < steadyTo).map((s) => s.ms);
  const during = samples.filter((s) => swaps.some((w) => s.start >= w.from && s.start < w.to + SETTLE_MS)).map((s) => s.ms);
  const p = (values: number[]) => ({ requests: values.length, p50: Number(percentile(values, 50).toFixed(1)), p99: Number(percentile(values, 99).toFixed(1)) });
  const result = {
    clients: CLIENTS,
    requests: samples.length,
    failed: samples.filter((s) => !s.ok).length,
    steady: p(steady),
    duringSwap: p(during),
    ratioP50: Number((percentile(during, 50) / percentile(steady, 50)).toFixed(2)),
    ratioP99: Number((percentile(during, 99) / percentile(steady, 99)).toFixed(2)),
    longestStallSteadyMs: Math.round(steadyStall.max / 1e6),
    swaps: swaps.map((w) => ({ result: w.result, ms: Math.round(w.ms), longestStallMs: Math.round(w.stallMs) })),
    vendorChange: reported && {
      result: reported.result,
      changes: reported.changes,
      broken: reported.findings?.filter((f) => f.impact === 'breaks').map((f) => `${f.app}/${f.operation}: ${f.coordinate}: ${f.change}`),
    },
  };
  console.log(`failed requests through two swaps: ${result.failed} of ${result.requests}`);
  console.log(`steady      p50 ${result.steady.p50} ms  p99 ${result.steady.p99} ms  (${result.steady.requests} requests)`);
  console.log(`during swap p50 ${result.duringSwap.p50} ms  p99 ${result.duringSwap.p99} ms  (${result.duringSwap.requests} requests)`);
  console.log(`ratio during/steady p99: ${result.ratioP99}`);
  console.log(`longest event-loop stall: steady ${result.longestStallSteadyMs} ms, swaps ${result.swaps.map((w) => `${w.longestStallMs} ms`).join(', ')} (swap took ${result.swaps.map((w) => `${w.ms} ms`).join(', ')})`);
  for (const failure of failures.slice(0, 5)) console.log(`failure: ${failure}`);
  console.log(JSON.stringify(result, null, 2));
  await gateway.close(1_000);
  child.kill();
}

if (process.argv[2] === 'sandbox') {
  const sandbox = await startSandbox({ port: 0, schema: '2022-12-21' });
  process.send!({ ready: { url: sandbox.url, apiKey: sandbox.apiKey } });
  process.on('disconnect', () => void sandbox.close().then(() => process.exit(0)));
} else {
  await main();
}
