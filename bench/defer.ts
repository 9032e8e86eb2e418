/**
 * `npm run bench:defer`: time to the first payload and to the last, deferred vs not, for the
 * roster with enrollments (25 users, each with its enrollments: 1 REST list call + 25 enrollment
 * calls, at most 10 in flight per request) under a REST latency of 100 ms (sandbox faults limited
 * to the REST paths; the tenant's GraphQL is not slowed), with the company name from the tenant.
 *
 * Three shapes of the same data, interleaved round by round in one run (medians):
 * - `whole`: no @defer, one JSON result (the baseline);
 * - `rows first`: each row's enrollments `@defer`red (multipart/mixed): the rows come after the
 *   list call, the enrollments as their calls return;
 * - `tenant first`: the whole roster deferred: the tenant's answer comes at once.
 * Figures only; nothing here asserts on speed (test/gateway/incremental-delivery.test.ts asserts
 * the behaviour).
 */
import { loadConfig } from '../src/config/index.js';
import { startGateway } from '../src/gateway/index.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createRestClient } from '../src/tenant/index.js';

const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 15);
const LATENCY_MS = Number(process.env['BENCH_REST_LATENCY_MS'] ?? 100);
const TOKEN = 'bench-defer-token-0123456789abcdef';

const ROW = 'email firstName lastName';
const SHAPES = {
  whole: { accept: 'application/json', query: `{ CompanyDetails { name } users(perPage: 25) { total items { ${ROW} enrollments { courseId status } } } }` },
  'rows first': {
    accept: 'multipart/mixed; deferSpec=20220824, application/json',
    query: `{ CompanyDetails { name } users(perPage: 25) { total items { ${ROW} ... @defer { enrollments { courseId status } } } } }`,
  },
  'tenant first': {
    accept: 'multipart/mixed; deferSpec=20220824, application/json',
    query: `{ CompanyDetails { name } ... @defer { users(perPage: 25) { total items { ${ROW} enrollments { courseId status } } } } }`,
  },
} as const;
type Shape = keyof typeof SHAPES;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const sandbox = await startSandbox({ host: '127.0.0.1', port: 0, users: 100, faults: { latencyMs: LATENCY_MS, path: '/incoming/api/v1' } });
const config = loadConfig({ TI_BASE_URL: sandbox.url, TI_API_KEY: sandbox.apiKey, TI_GRAPH_TOKENS: `bench:${TOKEN}:read`, LOG_LEVEL: 'error' });
const gateway = await startGateway({ gateway: { ...config.gateway, port: 0 }, tenant: config.tenant!, rest: createRestClient(config.tenant!), logLevel: 'error' });

/** One request: ms to the first byte of the first payload's body, and to the end of the response. */
async function measure(shape: Shape): Promise<{ first: number; last: number; payloads: number }> {
  const { accept, query } = SHAPES[shape];
  const started = performance.now();
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept, authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query }),
  });
  if (response.status !== 200) throw new Error(`${shape}: HTTP ${response.status}`);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let first: number | undefined;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
    // The first payload is in once a JSON body has started (multipart: after its part headers).
    if (first === undefined && /\{"(data|errors)"/.test(text)) first = performance.now() - started;
  }
  const last = performance.now() - started;
  if (text.includes('"errors"')) throw new Error(`${shape}: the answer has errors: ${text.slice(0, 300)}`);
  const payloads = accept.startsWith('multipart') ? text.split('Content-Type: application/json').length - 1 : 1;
  return { first: first ?? last, last, payloads };
}

try {
  // Warm-up: plans compiled, sockets open.
  for (const shape of Object.keys(SHAPES) as Shape[]) await measure(shape);
  const results = Object.fromEntries((Object.keys(SHAPES) as Shape[]).map((shape) => [shape, { first: [] as number[], last: [] as number[], payloads: 0 }]));
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const shape of Object.keys(SHAPES) as Shape[]) {
      const { first, last, payloads } = await measure(shape);
      results[shape]!.first.push(first);
      results[shape]!.last.push(last);
      results[shape]!.payloads = payloads;
    }
  }
  console.log(`roster with enrollments (25 users: 26 REST calls, 10 in flight), REST latency ${LATENCY_MS} ms, ${ROUNDS} rounds interleaved, medians:`);
  const whole = results['whole']!;
  for (const shape of Object.keys(SHAPES) as Shape[]) {
    const r = results[shape]!;
    console.log(
      `  ${shape.padEnd(12)} first payload ${median(r.first).toFixed(0).padStart(5)} ms   last payload ${median(r.last).toFixed(0).padStart(5)} ms   payloads ${String(r.payloads).padStart(2)}   first/whole ${(median(r.first) / median(whole.last)).toFixed(2)}   last/whole ${(median(r.last) / median(whole.last)).toFixed(2)}`,
    );
  }
} finally {
  await gateway.close(1_000);
  await sandbox.close();
}
