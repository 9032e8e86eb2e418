/**
 * `npm run bench [-- --full] [-- --only sandbox,drift]`: every benchmark, one after another, each in
 * its own child process (so one bench's servers, JIT state and heap never colour the next), then a
 * summary table with each bench's headline figure and its ratio against the baseline the same bench
 * measured in the same run.
 *
 * By default each bench runs in a quick mode (fewer rounds, shorter load, a smaller sync tenant) so
 * the whole run takes about three to five minutes on 2 cores; `--full` runs each with its own defaults, as
 * its `npm run bench:<name>` does. A bench that exits non-zero or whose output cannot be read marks
 * the run failed (exit code 1); the figures themselves never fail it (nothing here asserts on speed).
 */
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const HERE = dirname(fileURLToPath(import.meta.url));

interface Headline {
  /** The bench's main figure, in words. */
  figure: string;
  /** Its ratio against the in-run baseline, formatted. */
  ratio: string;
  /** What the ratio is, and the baseline it is against. */
  baseline: string;
}

interface Bench {
  name: string;
  file: string;
  quick: { env?: Record<string, string>; args?: string[] };
  headline(stdout: string): Headline;
}

function match(stdout: string, pattern: RegExp): string {
  const found = pattern.exec(stdout);
  if (!found) throw new Error(`output has no line matching ${pattern}`);
  return found[1]!;
}

/** The last top-level JSON object a bench printed (pretty-printed, starting with a `{` line). */
function lastJson<T>(stdout: string): T {
  const start = stdout.lastIndexOf('\n{') + 1;
  return JSON.parse(stdout.slice(start, stdout.lastIndexOf('}') + 1)) as T;
}

interface LearnerRow {
  answeredPct: number;
  p95: number;
  max: number;
  restCallsPerDashboard: number;
  tenant429s: number;
}

const BENCHES: Bench[] = [
  {
    name: 'sandbox',
    file: 'sandbox.ts',
    quick: { env: { BENCH_SECONDS: '3' } },
    headline: (out) => ({
      figure: `GET /users/:id ${match(out, /^GET \/users\/:id\s+(\d+) req\/s/m)} req/s`,
      ratio: match(out, /ratio GET \/users\/:id \/ bare node:http: ([\d.]+)/),
      baseline: 'sandbox GET /users/:id req/s / bare node:http hello req/s',
    }),
  },
  {
    name: 'rest-client',
    file: 'rest-client.ts',
    quick: { env: { BENCH_RUNS: '5' } },
    headline: (out) => {
      const r = lastJson<{
        rosterWalk10k: { listCalls: number; medianMs: number };
        ratioFaultyToCleanWalk: number;
        burst300UnderBudget: { tenant429s: number };
      }>(out);
      return {
        figure: `10k walk ${r.rosterWalk10k.medianMs} ms in ${r.rosterWalk10k.listCalls} calls; ${r.burst300UnderBudget.tenant429s} 429s under budget`,
        ratio: r.ratioFaultyToCleanWalk.toFixed(2),
        baseline: 'walk under 10% 503 + 5% drops / clean walk (time)',
      };
    },
  },
  {
    name: 'drift',
    file: 'drift.ts',
    quick: { env: { BENCH_RUNS: '3' } },
    headline: (out) => ({
      figure: `drift run ${match(out, /drift run \(load, gateway, parse, diff, validate\)\s+([\d.]+) ms/)} ms (target < 1000)`,
      ratio: match(out, /ratio drift run \/ \(load \+ diff\): ([\d.]+)/),
      baseline: 'drift run / (load both snapshots + bare inspector diff) (time)',
    }),
  },
  {
    name: 'codegen',
    file: 'codegen.ts',
    quick: { env: { BENCH_RUNS: '3' } },
    headline: (out) => {
      const r = lastJson<{ coldMedianMs: number; warmMedianMs: number; ratioWarmToBaseline: number }>(out);
      return {
        figure: `cold ${r.coldMedianMs} ms (target < 5000), warm ${r.warmMedianMs} ms`,
        ratio: r.ratioWarmToBaseline.toFixed(1),
        baseline: 'warm codegen / bare graphql-js parse+validate of the same documents (time)',
      };
    },
  },
  {
    name: 'sync',
    file: 'sync.ts',
    // 2,000 users (100 changed) keep the rate-limited apply phase to ~20 s; full mode is 10,000.
    quick: { args: ['--users', '2000'] },
    headline: (out) => ({
      figure: `${match(out, /(\d+\/\d+ changes in the tenant)/)}, ${match(out, /429s: (\d+) from the tenant/)} 429s`,
      ratio: (Number(match(out, /budget ([\d.]+)% busy/)) / 100).toFixed(3),
      baseline: 'measured apply rate / tenant rate limit (same run)',
    }),
  },
  {
    name: 'gateway',
    file: 'gateway.ts',
    quick: { env: { BENCH_ROUNDS: '6', BENCH_SECONDS: '3', BENCH_SOAK_SECONDS: '20' } },
    headline: (out) => ({
      figure:
        `mixed query: sequential floor + ${match(out, /\(floor \+ ([-\d.]+) ms, target/)} ms (target <= 0.5); ` +
        `fast lane ${match(out, /fast path \/ bare proxy: median of per-round ratios ([\d.]+)/)}x a bare proxy; ` +
        `soak ${match(out, /timeouts (\d+) \(target 0\)/)} timeouts, RSS max ${match(out, /during max (\d+) MB/)} MB (target <= 400)`,
      ratio: (Number(match(out, /plan \/ floor: median of per-round ratios ([\d.]+) %/)) / 100).toFixed(3),
      baseline: 'mixed query, plan req/s / hand-written floor req/s (target >= 0.6)',
    }),
  },
  {
    name: 'schema-swap',
    file: 'schema-swap.ts',
    quick: { env: { BENCH_STEADY_SECONDS: '4' } },
    headline: (out) => {
      const r = lastJson<{ failed: number; requests: number; steady: { p99: number }; duringSwap: { p99: number }; ratioP99: number }>(out);
      return {
        figure: `${r.failed} failed of ${r.requests} through two swaps; p99 ${r.duringSwap.p99} ms during, ${r.steady.p99} ms steady`,
        ratio: r.ratioP99.toFixed(2),
        baseline: 'p99 of requests started during a schema swap / steady p99 (target <= 2)',
      };
    },
  },
  {
    name: 'auth',
    file: 'auth.ts',
    quick: { env: { BENCH_REQUESTS: '1000' } },
    headline: (out) => ({
      figure: `new RS256 JWT ${match(out, /JWT new, RS256 verify\s+([\d.]+) µs/)} µs once per token; JWT seen before ${match(out, /JWT seen before \(cached\)\s+([\d.]+) µs/)} µs`,
      ratio: match(out, /OIDC JWT\s+p50\s+\d+ µs\s+([\d.]+)x/),
      baseline: 'gateway p50 with an OIDC JWT / with a static token (same run, interleaved)',
    }),
  },
  {
    name: 'cache',
    file: 'cache.ts',
    quick: { env: { BENCH_REPEATS: '20', BENCH_SECONDS: '5' } },
    headline: (out) => {
      const shared = /three instances, one Redis budget: (\d+) served, ([\d.]+)% of the tenant's rate, 429s: (\d+)/.exec(out);
      const separate = /three instances, no Redis: \d+ served, [\d.]+% of the tenant's rate, 429s: (\d+)/.exec(out);
      const budget = shared && separate ? `; 3 instances: ${shared[2]}% of budget, ${shared[3]} 429s (${separate[1]} without Redis)` : '';
      return {
        figure: `repeat roster: ${match(out, /cache on \(\w+\): first \d+ upstream calls \([\d.]+ ms\), \d+ repeats (\d+) calls/)} calls, p50 ${match(out, /cache on \(\w+\):.*p50 ([\d.]+) ms/)} ms (off: ${match(out, /cache off:.*p50 ([\d.]+) ms/)} ms)${budget}`,
        ratio: match(out, /ratio cache on \/ off p50: ([\d.]+)/),
        baseline: 'p50 of the repeated roster query, cache on / cache off',
      };
    },
  },
  {
    name: 'defer',
    file: 'defer.ts',
    quick: { env: { BENCH_ROUNDS: '7' } },
    headline: (out) => ({
      figure: `roster+enrollments, REST 100 ms: first payload ${match(out, /rows first\s+first payload\s+(\d+) ms/)} ms (rows) / ${match(out, /tenant first\s+first payload\s+(\d+) ms/)} ms (tenant part), last ${match(out, /rows first.*last payload\s+(\d+) ms/)} ms; whole result ${match(out, /whole\s+first payload\s+(\d+) ms/)} ms`,
      ratio: match(out, /rows first.*first\/whole ([\d.]+)/),
      baseline: 'time to first payload with @defer on the enrollments / time to the whole result without (same run, interleaved)',
    }),
  },
  {
    name: 'learners',
    file: 'learners.ts',
    // 1,000 learners on a 600/min tenant, cache off (the in-run baseline) and with webhooks; a model
    // minute in 15 s, 4 of them (cold is the first, warm the last).
    quick: { env: { BENCH_TIME_SCALE: '4', BENCH_MINUTES: '4', BENCH_MODES: 'off,events' } },
    headline: (out) => {
      const r = lastJson<Record<string, { cold: LearnerRow; warm: LearnerRow } | number>>(out);
      const off = r['off'] as { warm: LearnerRow } | undefined;
      const on = r['events'] as { cold: LearnerRow; warm: LearnerRow } | undefined;
      if (!on || !off) throw new Error('learners: the off and events modes are both needed for the headline');
      return {
        figure:
          `1000 learners/min at 600/min: warm ${on.warm.answeredPct.toFixed(1)}% answered (off: ${off.warm.answeredPct.toFixed(1)}%), p95 ${on.warm.p95} ms, ` +
          `${on.warm.restCallsPerDashboard.toFixed(3)} REST/dashboard, ${on.warm.tenant429s} tenant 429s; cold max ${on.cold.max} ms`,
        ratio: (on.warm.answeredPct / off.warm.answeredPct).toFixed(2),
        baseline: 'warm answered %, cache with events / cache off (same run)',
      };
    },
  },
  {
    name: 'events',
    file: 'events.ts',
    quick: { env: { BENCH_SECONDS: '4', BENCH_SAMPLES: '100' } },
    headline: (out) => ({
      figure: `${match(out, /receiver: (\d+ webhooks\/s)/)}; webhook->subscriber p50 ${match(out, /webhook -> subscriber: p50 ([\d.]+) ms/)} ms`,
      ratio: '-',
      baseline: 'none (throughput and latency figures only)',
    }),
  },
];

const { values } = parseArgs({ options: { full: { type: 'boolean', default: false }, only: { type: 'string' } } });
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !BENCHES.some((b) => b.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown bench ${unknown.join(', ')}; choose from ${BENCHES.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
const selected = BENCHES.filter((b) => !only || only.includes(b.name));

/** Runs one bench in a child process, echoing its output as it comes and keeping stdout to read. */
function runBench(bench: Bench): Promise<{ code: number | null; stdout: string; seconds: number }> {
  const options = values.full ? {} : bench.quick;
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, bench.file), ...(options.args ?? [])], {
    cwd: join(HERE, '..'),
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    stdout += chunk;
    process.stdout.write(chunk);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, seconds: (performance.now() - started) / 1000 }));
  });
}

interface Row {
  name: string;
  status: string;
  seconds: string;
  figure: string;
  ratio: string;
  baseline: string;
}
const rows: Row[] = [];
let failed = false;
for (const bench of selected) {
  const mode = values.full ? 'full' : `quick: ${[...Object.entries(bench.quick.env ?? {}).map(([k, v]) => `${k}=${v}`), ...(bench.quick.args ?? [])].join(' ')}`;
  console.log(`\n===== bench/${bench.file} (${mode})`);
  const { code, stdout, seconds } = await runBench(bench);
  const row: Row = { name: bench.name, status: code === 0 ? 'ok' : `exit ${code}`, seconds: seconds.toFixed(0), figure: '', ratio: '', baseline: '' };
  try {
    Object.assign(row, bench.headline(stdout));
  } catch (error) {
    row.status = code === 0 ? 'unreadable' : row.status;
    row.figure = (error as Error).message;
  }
  if (row.status !== 'ok') failed = true;
  rows.push(row);
}

const columns: Array<[keyof Row, string]> = [
  ['name', 'bench'],
  ['status', 'status'],
  ['seconds', 's'],
  ['ratio', 'ratio'],
  ['baseline', 'ratio is'],
  ['figure', 'headline'],
];
const widths = columns.map(([key, title]) => Math.max(title.length, ...rows.map((r) => r[key].length)));
const format = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd();
console.log(`\n===== summary (${values.full ? 'full' : 'quick'} mode; ratios against baselines measured in the same run)`);
console.log(format(columns.map(([, title]) => title)));
console.log(format(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(format(columns.map(([key]) => row[key])));
process.exitCode = failed ? 1 : 0;
