/**
 * `npx tsx bench/sandbox.ts`: the sandbox's own REST throughput on loopback (autocannon, 10
 * connections, keep-alive), so other benchmarks know the ceiling they are measured against.
 * Runs the sandbox in a child process so the load generator does not share its event loop.
 * In-run baseline: a bare node:http server answering a small JSON body, in its own child process,
 * measured with the same autocannon settings; the ratio is GET /users/:id over that ceiling.
 * Figures only; nothing here asserts on speed.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
// @ts-expect-error autocannon ships no type declarations
import autocannonUntyped from 'autocannon';

interface LoadOptions {
  url: string;
  method?: string;
  body?: string;
}
interface LoadResult {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
}
const autocannon = autocannonUntyped as (options: LoadOptions & { headers: Record<string, string>; connections: number; duration: number }) => Promise<LoadResult>;

const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'sandbox', '--port', '0', '--users', '10000', '--log-level', 'warn'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const [line] = (await once(createInterface({ input: child.stdout! }), 'line')) as [string];
const ready = JSON.parse(line) as { url: string; apiKey: string };
const headers = { 'x-api-key': ready.apiKey, 'content-type': 'application/json' };

const firstUser = (await (await fetch(`${ready.url}/incoming/api/v1/users?per_page=1`, { headers })).json()) as { users: Array<{ id: string }> };
const id = firstUser.users[0]!.id;

const cases: Array<[string, LoadOptions]> = [
  ['GET /users/:id', { url: `${ready.url}/incoming/api/v1/users/${id}` }],
  ['GET /users?per_page=100&page=50', { url: `${ready.url}/incoming/api/v1/users?per_page=100&page=50` }],
  ['GET /users?email=', { url: `${ready.url}/incoming/api/v1/users?email=${encodeURIComponent('nobody@example.com')}` }],
  ['POST /incoming/api/graphql {__typename}', { url: `${ready.url}/incoming/api/graphql`, method: 'POST', body: '{"query":"{ __typename }"}' }],
];

const BARE_SERVER = `require('node:http').createServer((q, s) => { s.setHeader('content-type', 'application/json'); s.end('{"hello":"world"}'); })
  .listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); })`;
const bare = spawn(process.execPath, ['-e', BARE_SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
const [bareUrl] = (await once(createInterface({ input: bare.stdout! }), 'line')) as [string];
cases.push(['baseline: bare node:http hello', { url: `${bareUrl}/` }]);

const rps = new Map<string, number>();
try {
  for (const [name, options] of cases) {
    await autocannon({ ...options, headers, connections: CONNECTIONS, duration: 1 }); // warm-up
    const r = await autocannon({ ...options, headers, connections: CONNECTIONS, duration: DURATION });
    rps.set(name, r.requests.average);
    console.log(
      `${name.padEnd(42)} ${r.requests.average.toFixed(0).padStart(6)} req/s   p50 ${r.latency.p50.toFixed(2)} ms   p99 ${r.latency.p99.toFixed(2)} ms   errors ${r.errors + r.non2xx}`,
    );
  }
  const ratio = rps.get('GET /users/:id')! / rps.get('baseline: bare node:http hello')!;
  console.log(`ratio GET /users/:id / bare node:http: ${ratio.toFixed(2)}`);
} finally {
  bare.kill('SIGTERM');
  child.kill('SIGTERM');
  await once(child, 'exit');
}
