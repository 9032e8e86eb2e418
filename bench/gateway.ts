/**
 * `npm run bench:gateway`: what the gateway costs, as ratios against baselines measured in the same
 * run on the same machine.
 *
 * 1. Pass-through (tenant-only document, the fast path): direct to the tenant, through the gateway,
 *    and through a bare Node proxy (node:http in, undici out). Target: gateway / proxy >= 1.0. The
 *    same request with an Origin header (a browser's): the same front door, which also writes the
 *    CORS headers (until #22 it went through Yoga's plugins), with CPU per request. Where
 *    Hive Gateway is installed (`npm run bench:hive:install`), its proxy mode too. Target: >= 2.5x.
 * 2. Mixed query `{ CompanyDetails { name subdomain } users(perPage: 25) { total items { email active } } }`
 *    at 10 connections: the hand-written floor (the same two upstream calls in parallel, merged
 *    JSON, no GraphQL), the gateway (query plan) and the gateway with stitched execution. Targets:
 *    plan >= 60 % of the floor's throughput; sequential p50 <= floor + 0.5 ms.
 * 3. Enrollments `{ users(perPage: 25) { items { enrollments { courseId status } } } }`: 1 + 25 REST
 *    calls, at most 10 in flight, against a floor making the same calls at the same cap. Target: within 1.3x.
 * 4. Soak: 200 connections for BENCH_SOAK_SECONDS (60) on the enrollments query; client timeouts
 *    at 10 s and the gateway's RSS during and 30 s after. Targets: 0 timeouts, RSS <= 400 MB.
 * 5. BENCH_PROFILE=1: a CPU profile (V8's sampling profiler, as node --cpu-prof) of the gateway serving
 *    the mixed query for 10 s after warm-up, summarised by layer and by function.
 *
 * Tenant, gateway(s), floor, proxy and load generator run in separate processes. The machine is 2
 * shared cores: targets are measured in several short rounds whose order rotates each round (so
 * none always follows another), and medians are reported, so drift in machine load hits all alike.
 * BENCH_ROUNDS (default 6) and BENCH_SECONDS (default 4).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error autocannon ships no type declarations
import autocannon from 'autocannon';
import { compileRoles } from './compiled-roles.js';
import { summariseCpuProfile } from './cpu-profile.js';
import { startHiveGateway } from './hive-gateway.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DURATION = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
/** Which sections run (BENCH_SECTIONS=2,5 for just the mixed query and its profile); 5 also with BENCH_PROFILE=1. */
const SECTIONS = new Set((process.env.BENCH_SECTIONS ?? `1,2,3,4${process.env.BENCH_PROFILE === '1' ? ',5' : ''}`).split(','));
/** Node/V8 flags for the gateways only (BENCH_GATEWAY_FLAGS="--max-semi-space-size=8"): what a flag changes, in one run. */
const GATEWAY_FLAGS = (process.env.BENCH_GATEWAY_FLAGS ?? '').split(' ').filter(Boolean);
const CONNECTIONS = 10;
const PASS_THROUGH = JSON.stringify({ query: '{ CurrentUser { id email firstName lastName disabled } }' });
const MIXED = JSON.stringify({ query: '{ CompanyDetails { name subdomain } users(perPage: 25) { total items { email active } } }' });
const ENROLLMENTS = JSON.stringify({ query: '{ users(perPage: 25) { items { enrollments { courseId status } } } }' });

/** What a role answers: CPU µs so far, and its memory (process.memoryUsage()). */
interface Stats {
  count?: number;
  rss?: number;
  heapUsed?: number;
  heapTotal?: number;
  external?: number;
}

interface Role {
  child: ChildProcess;
  ready: Record<string, string>;
  ask(message: object): Promise<Stats>;
}

// Every role runs the built package in plain node (see compiled-roles.ts); BENCH_FROM_SOURCE=1 runs
// the TypeScript sources under tsx instead (no build; RSS then includes tsx's loader).
const FROM_SOURCE = process.env.BENCH_FROM_SOURCE === '1';
const ROLE_FILE = FROM_SOURCE ? join(HERE, 'gateway-process.ts') : compileRoles();

function start(role: string, env: Record<string, string> = {}, execArgv: string[] = []): Promise<Role> {
  const child = fork(ROLE_FILE, [role], {
    // --expose-gc: the soak asks for a full collection before reading the live heap.
    execArgv: [...(FROM_SOURCE ? ['--import', 'tsx'] : []), '--expose-gc', ...execArgv],
    env: { ...process.env, ...env },
    // The gateways log at info, the production default (that cost is measured); their lines are discarded.
    stdio: ['ignore', 'inherit', role === 'gateway' ? 'ignore' : 'inherit', 'ipc'],
  });
  let nextId = 0;
  const pending = new Map<number, (value: Stats) => void>();
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${role} exited with ${code}`)));
    child.on('message', (message: { ready?: Record<string, string>; id?: number; count?: number }) => {
      if (message.ready) {
        resolve({
          child,
          ready: message.ready,
          ask: (question) =>
            new Promise((answer) => {
              const id = ++nextId;
              pending.set(id, answer);
              child.send({ ...question, id });
            }),
        });
      } else if (message.id !== undefined) {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
    });
  });
}

function stop(role: Role): Promise<void> {
  return new Promise((resolve) => {
    if (role.child.exitCode !== null) return resolve();
    role.child.removeAllListeners('exit');
    role.child.once('exit', () => resolve());
    role.child.kill('SIGTERM');
  });
}

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  timeouts: number;
  /** Requests answered in the run. */
  total: number;
  /** Answers by HTTP status. */
  statuses: Record<string, number>;
}

async function load(target: Target, seconds = DURATION, connections = CONNECTIONS): Promise<Load> {
  const result = await autocannon({
    url: target.url,
    method: 'POST',
    connections,
    duration: seconds,
    timeout: 10,
    headers: { 'content-type': 'application/json', ...target.headers },
    body: target.body,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx, timeouts: result.timeouts,
    total: result.requests.total,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats as Record<string, { count: number }>).map(([status, { count }]) => [status, count])),
  };
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const medianLoad = (runs: Load[]): Load => ({
  rps: median(runs.map((r) => r.rps)),
  p50: median(runs.map((r) => r.p50)),
  p99: median(runs.map((r) => r.p99)),
  errors: runs.reduce((sum, r) => sum + r.errors, 0),
  timeouts: runs.reduce((sum, r) => sum + r.timeouts, 0),
  total: runs.reduce((sum, r) => sum + r.total, 0),
  statuses: {},
});

/** CPU time (µs) the role's process spends per request of one load run against the target. */
async function cpuPerRequest(role: Role, target: Target): Promise<number> {
  const before = (await role.ask({})).count!;
  const run = await load(target);
  return ((await role.ask({})).count! - before) / Math.max(1, run.total);
}
const fmt = (l: Load) => `${l.rps.toFixed(0).padStart(6)} req/s   p50 ${l.p50.toFixed(2).padStart(6)} ms   p99 ${l.p99.toFixed(2).padStart(7)} ms   errors ${l.errors}`;
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

/**
 * Alternating rounds: each round loads every target once, the order rotating round by round.
 * Returns each target's runs and, per round, its throughput relative to the first target.
 */
async function rounds(targets: Target[], count = ROUNDS): Promise<{ runs: Load[][]; ratios: number[][] }> {
  const runs: Load[][] = targets.map(() => []);
  const ratios: number[][] = targets.map(() => []);
  for (let round = 0; round < count; round += 1) {
    const results: Load[] = [];
    for (let k = 0; k < targets.length; k += 1) {
      const i = (k + round) % targets.length;
      results[i] = await load(targets[i]!);
    }
    results.forEach((result, i) => {
      runs[i]!.push(result);
      ratios[i]!.push(result.rps / results[0]!.rps);
    });
  }
  return { runs, ratios };
}

/** Median latency of sequential requests (one at a time), targets interleaved request by request. */
async function sequential(targets: Target[], count: number): Promise<number[]> {
  const times: number[][] = targets.map(() => []);
  for (let n = 0; n < count; n += 1) {
    for (const [i, target] of targets.entries()) {
      const started = performance.now();
      const response = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...target.headers }, body: target.body });
      await response.arrayBuffer();
      times[i]!.push(performance.now() - started);
    }
  }
  return times.map(median);
}

async function checkSame(a: Target, b: Target): Promise<void> {
  const answer = async (t: Target) => (await (await fetch(t.url, { method: 'POST', headers: { 'content-type': 'application/json', ...t.headers }, body: t.body })).json()) as object;
  const [x, y] = [JSON.stringify(await answer(a)), JSON.stringify(await answer(b))];
  if (x !== y) throw new Error(`${a.name} and ${b.name} answer differently:\n${x.slice(0, 400)}\n${y.slice(0, 400)}`);
}

const sandbox = await start('sandbox');
const tenantEnv = { BENCH_TENANT_URL: sandbox.ready.url!, BENCH_TENANT_KEY: sandbox.ready.apiKey! };
const [planned, stitched, floor, proxy] = await Promise.all([
  start('gateway', tenantEnv, GATEWAY_FLAGS),
  start('gateway', { ...tenantEnv, BENCH_QUERY_PLAN: 'false' }, GATEWAY_FLAGS),
  start('floor', tenantEnv),
  start('proxy', tenantEnv),
]);
const hive = SECTIONS.has('1') ? await startHiveGateway(`${sandbox.ready.url}/incoming/api/graphql`, sandbox.ready.apiKey!) : undefined;
const auth = (role: Role) => ({ authorization: `Bearer ${role.ready.token}` });
const directUrl = `${sandbox.ready.url}/incoming/api/graphql`;
const directHeaders = { 'x-api-key': sandbox.ready.apiKey! };

try {
  const direct: Target = { name: 'direct', url: directUrl, headers: directHeaders, body: PASS_THROUGH };
  const fast: Target = { name: 'fast path', url: planned.ready.url!, headers: auth(planned), body: PASS_THROUGH };
  const bare: Target = { name: 'bare proxy', url: proxy.ready.url!, headers: {}, body: PASS_THROUGH };
  // A browser's request: the same door, plus the CORS headers it writes.
  const fastPlugins: Target = { name: 'fast path (plugins)', url: planned.ready.url!, headers: { ...auth(planned), origin: 'http://app.example' }, body: PASS_THROUGH };
  const mixedFloor: Target = { name: 'floor', url: `${floor.ready.url}/mixed`, headers: {}, body: MIXED };
  const mixedPlan: Target = { name: 'plan', url: planned.ready.url!, headers: auth(planned), body: MIXED };
  const mixedStitched: Target = { name: 'stitched', url: stitched.ready.url!, headers: auth(stitched), body: MIXED };
  const enrollFloor: Target = { name: 'floor', url: `${floor.ready.url}/enrollments`, headers: {}, body: ENROLLMENTS };
  const enrollPlan: Target = { name: 'plan', url: planned.ready.url!, headers: auth(planned), body: ENROLLMENTS };
  const enrollStitched: Target = { name: 'stitched', url: stitched.ready.url!, headers: auth(stitched), body: ENROLLMENTS };

  // ---- 1. Pass-through -------------------------------------------------------------------------
  if (SECTIONS.has('1')) {
    const hiveTarget: Target | undefined = hive ? { name: 'hive gateway', url: hive.url, headers: {}, body: PASS_THROUGH } : undefined;
    const passTargets = [bare, fast, direct, fastPlugins, ...(hiveTarget ? [hiveTarget] : [])];
    for (const t of passTargets) await load(t, 2); // warm-up: JIT, keep-alive sockets, caches
    const pass = await rounds(passTargets);
    const passSeq = await sequential([direct, fast], 1_000);
    // CPU per request: three runs each, interleaved, medians (the per-run figure is noisy on 2 shared cores).
    const cpuRuns: Record<'bare' | 'lane' | 'plugins', number[]> = { bare: [], lane: [], plugins: [] };
    for (let i = 0; i < 3; i += 1) {
      cpuRuns.bare.push(await cpuPerRequest(proxy, bare));
      cpuRuns.lane.push(await cpuPerRequest(planned, fast));
      cpuRuns.plugins.push(await cpuPerRequest(planned, fastPlugins));
    }
    const cpu = { bare: median(cpuRuns.bare), lane: median(cpuRuns.lane), plugins: median(cpuRuns.plugins) };
    console.log(`\n1. pass-through (fast path), POST ${PASS_THROUGH}`);
    console.log(`   autocannon ${CONNECTIONS} connections, ${DURATION} s rounds, order rotating, median of ${ROUNDS} (latency in whole ms)`);
    console.log(`   bare Node proxy     ${fmt(medianLoad(pass.runs[0]!))}`);
    console.log(`   gateway fast path   ${fmt(medianLoad(pass.runs[1]!))}`);
    console.log(`   direct to tenant    ${fmt(medianLoad(pass.runs[2]!))}`);
    console.log(`   fast path, plugins  ${fmt(medianLoad(pass.runs[3]!))}  (Origin header: the same door, with CORS headers)`);
    console.log(`   fast path / bare proxy: median of per-round ratios ${median(pass.ratios[1]!).toFixed(2)} (rounds ${pass.ratios[1]!.map((r) => r.toFixed(2)).join(', ')}) (target >= 1.0)`);
    console.log(`   fast path (plugins) / bare proxy: median of per-round ratios ${median(pass.ratios[3]!).toFixed(2)} (rounds ${pass.ratios[3]!.map((r) => r.toFixed(2)).join(', ')})`);
    if (hive && hiveTarget) {
      const before = hive.cpuMicros();
      const run = await load(hiveTarget);
      const hiveCpu = (hive.cpuMicros() - before) / Math.max(1, run.total);
      console.log(`   hive gateway proxy  ${fmt(medianLoad(pass.runs[4]!))}`);
      const vsHive = pass.runs[1]!.map((r, i) => r.rps / pass.runs[4]![i]!.rps);
      console.log(`   fast path / hive gateway: median of per-round ratios ${median(vsHive).toFixed(2)} (rounds ${vsHive.map((r) => r.toFixed(2)).join(', ')}) (target >= 2.5); hive CPU per request ${hiveCpu.toFixed(0)} µs`);
    } else {
      console.log('   hive gateway: not installed (npm run bench:hive:install), not measured');
    }
    console.log(`   CPU per request: bare proxy ${cpu.bare.toFixed(0)} µs, fast lane ${cpu.lane.toFixed(0)} µs (${(cpu.lane / cpu.bare).toFixed(2)}x), with Origin ${cpu.plugins.toFixed(0)} µs (${(cpu.plugins / cpu.bare).toFixed(2)}x)`);
    console.log(`   fast path / direct: ${pct(median(pass.runs[1]!.map((r, i) => r.rps / pass.runs[2]![i]!.rps)))}`);
    console.log(`   sequential p50: direct ${passSeq[0]!.toFixed(3)} ms, fast path ${passSeq[1]!.toFixed(3)} ms (added ${(passSeq[1]! - passSeq[0]!).toFixed(3)} ms)`);
  }

  // ---- 2. Mixed query --------------------------------------------------------------------------
  if (SECTIONS.has('2')) {
    await checkSame(mixedPlan, mixedStitched);
    await checkSame(mixedPlan, mixedFloor);
    for (const t of [mixedFloor, mixedPlan, mixedStitched]) await load(t, 2);
    const [cpuBefore, floorCpuBefore] = [(await planned.ask({})).count!, (await floor.ask({})).count!];
    const mixed = await rounds([mixedFloor, mixedPlan, mixedStitched]);
    const cpuUsed = (await planned.ask({})).count! - cpuBefore;
    const floorCpuUsed = (await floor.ask({})).count! - floorCpuBefore;
    const planRequests = mixed.runs[1]!.reduce((sum, r) => sum + r.rps * DURATION, 0);
    const floorRequests = mixed.runs[0]!.reduce((sum, r) => sum + r.rps * DURATION, 0);
    const mixedSeq = await sequential([mixedFloor, mixedPlan, mixedStitched], 1_000);
    console.log(`\n2. mixed query, POST ${MIXED}`);
    console.log(`   autocannon ${CONNECTIONS} connections, ${DURATION} s rounds, order rotating, median of ${ROUNDS}`);
    console.log(`   floor (no GraphQL)  ${fmt(medianLoad(mixed.runs[0]!))}`);
    console.log(`   gateway, plan       ${fmt(medianLoad(mixed.runs[1]!))}`);
    console.log(`   gateway, stitched   ${fmt(medianLoad(mixed.runs[2]!))}`);
    console.log(`   plan / floor: median of per-round ratios ${pct(median(mixed.ratios[1]!))} (rounds ${mixed.ratios[1]!.map((r) => (100 * r).toFixed(0)).join(', ')}) (target >= 60 %)`);
    console.log(`   stitched / floor: ${pct(median(mixed.ratios[2]!))}; plan / stitched: ${median(mixed.runs[1]!.map((r, i) => r.rps / mixed.runs[2]![i]!.rps)).toFixed(2)}x`);
    console.log(
      `   sequential p50 (interleaved): floor ${mixedSeq[0]!.toFixed(3)} ms, plan ${mixedSeq[1]!.toFixed(3)} ms (floor + ${(mixedSeq[1]! - mixedSeq[0]!).toFixed(3)} ms, target <= + 0.5 ms), stitched ${mixedSeq[2]!.toFixed(3)} ms`,
    );
    // CPU time per request is steadier than throughput on a shared machine: the same work in both.
    const [planCpu, floorCpu] = [cpuUsed / planRequests, floorCpuUsed / floorRequests];
    console.log(`   CPU per request: gateway (plan) ${planCpu.toFixed(0)} µs, floor ${floorCpu.toFixed(0)} µs (${(planCpu / floorCpu).toFixed(2)}x)`);
  }

  // ---- 3. Enrollments --------------------------------------------------------------------------
  if (SECTIONS.has('3')) {
    await checkSame(enrollPlan, enrollStitched);
    await checkSame(enrollPlan, enrollFloor);
    await sandbox.ask({ reset: true });
    await fetch(enrollPlan.url, { method: 'POST', headers: { 'content-type': 'application/json', ...enrollPlan.headers }, body: ENROLLMENTS }).then((r) => r.arrayBuffer());
    const calls = {
      list: (await sandbox.ask({ count: { route: 'GET /incoming/api/v1/users' } })).count ?? 0,
      enrollments: (await sandbox.ask({ count: { route: 'GET /incoming/api/v1/users/:id/enrollments' } })).count ?? 0,
      all: (await sandbox.ask({ count: {} })).count ?? 0,
    };
    const enrollSeq = await sequential([enrollFloor, enrollPlan, enrollStitched], 200);
    const enroll = await rounds([enrollFloor, enrollPlan, enrollStitched], Math.max(2, Math.floor(ROUNDS / 2)));
    console.log(`\n3. enrollments, POST ${ENROLLMENTS}`);
    console.log(`   upstream calls of one planned request: ${calls.list} list + ${calls.enrollments} enrollments (${calls.all} upstream calls in all; floor 1 + 25), at most 10 in flight`);
    console.log(`   sequential p50 (interleaved, 200 each): floor ${enrollSeq[0]!.toFixed(2)} ms, plan ${enrollSeq[1]!.toFixed(2)} ms (${(enrollSeq[1]! / enrollSeq[0]!).toFixed(2)}x, target <= 1.3x), stitched ${enrollSeq[2]!.toFixed(2)} ms`);
    console.log(`   ${CONNECTIONS} connections: floor ${fmt(medianLoad(enroll.runs[0]!))}`);
    console.log(`   ${CONNECTIONS} connections: plan  ${fmt(medianLoad(enroll.runs[1]!))}  (${median(enroll.ratios[1]!.map((r) => 1 / r)).toFixed(2)}x the floor's time per request)`);
    console.log(`   ${CONNECTIONS} connections: stitched ${fmt(medianLoad(enroll.runs[2]!))}`);
  }

  // ---- 5. Profile ------------------------------------------------------------------------------
  if (SECTIONS.has('5')) {
    const file = join(mkdtempSync(join(tmpdir(), 'ti-graph-prof-')), 'gateway-mixed.cpuprofile');
    await load(mixedPlan, 2);
    await planned.ask({ profile: 'start' });
    const profiledLoad = await load(mixedPlan, 10);
    await planned.ask({ profile: 'stop', file });
    console.log(`\n5. CPU profile (V8 sampling, the profiler --cpu-prof uses) of the gateway serving the mixed query for 10 s (${fmt(profiledLoad)}): ${file}`);
    console.log(summariseCpuProfile(JSON.parse(readFileSync(file, 'utf8'))));
  }

  // ---- 4. Soak ---------------------------------------------------------------------------------
  if (SECTIONS.has('4')) {
    await stop(stitched);
    const rssSamples: number[] = [];
    let atMax: Stats = {};
    const watched = process.env.BENCH_SOAK_ON === 'floor' ? floor : planned;
    const rssBefore = (await watched.ask({})).rss!;
    const liveBefore = (await watched.ask({ gc: true })).heapUsed!;
    const sampler = setInterval(
      () =>
        void watched.ask({}).then((m) => {
          if (m.rss! > Math.max(0, ...rssSamples)) atMax = m;
          rssSamples.push(m.rss!);
        }),
      1_000,
    );
    // BENCH_SOAK_ON=floor soaks the floor instead (its RSS is then the floor's): the same load's baseline.
    const soakOnFloor = process.env.BENCH_SOAK_ON === 'floor';
    const soak = await load(soakOnFloor ? enrollFloor : enrollPlan, SOAK_SECONDS, 200);
    clearInterval(sampler);
    const after: number[] = [];
    for (let s = 0; s < 30; s += 5) {
      await new Promise((resolve) => setTimeout(resolve, 5_000));
      after.push((await watched.ask({})).rss!);
    }
    const liveAfter = (await watched.ask({ gc: true })).heapUsed!;
    const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
    console.log(`\n4. soak: 200 connections for ${SOAK_SECONDS} s on the enrollments query (${soakOnFloor ? 'the floor' : 'gateway with the plan'}), client timeout 10 s`);
    console.log(`   ${fmt(soak)}   timeouts ${soak.timeouts} (target 0)`);
    // 503s are admission control shedding what it cannot start within its queue wait (by design, with Retry-After).
    const answered = Object.entries(soak.statuses).map(([status, count]) => `${status}: ${count}`).join(', ');
    console.log(`   answers by status: ${answered}; served ${((soak.statuses['200'] ?? 0) / SOAK_SECONDS).toFixed(0)} req/s`);
    console.log(`   gateway RSS: before ${mb(rssBefore)}, during max ${mb(Math.max(...rssSamples))} (median ${mb(median(rssSamples))}), after 30 s ${mb(after.at(-1)!)} (target <= 400 MB)`);
    console.log(`   at the RSS maximum: V8 heap ${mb(atMax.heapTotal ?? 0)} (${mb(atMax.heapUsed ?? 0)} used), external ${mb(atMax.external ?? 0)}`);
    console.log(`   live heap after a full GC: before ${mb(liveBefore)}, after ${mb(liveAfter)} (RSS above it is heap V8 keeps, not a leak)`);
  }

} finally {
  await hive?.stop();
  for (const role of [stitched, planned, floor, proxy, sandbox]) await stop(role);
}
