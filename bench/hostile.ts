/**
 * The hostile documents of issue #14, measured against a gateway on a sandbox (both in this
 * process): time, response bytes, peak RSS, the worst /healthz latency while each runs, and the
 * REST calls each made. Run: `npx tsx bench/hostile.ts` (prints one JSON object per case).
 * Figures are for comparing before/after on the same machine, not absolute.
 */
import { performance } from 'node:perf_hooks';
import { startHarness, type Harness } from '../test/helpers/gateway.js';

const READER = { name: 'dashboard', token: 'reader-token-0123456789', scopes: ['read' as const] };

function introspectionBomb(aliases: number): string {
  const parts = Array.from({ length: aliases }, (_, i) => `a${i}: __schema { types { name fields { name } } }`);
  return `{ ${parts.join(' ')} }`;
}

function amplification(aliases: number): string {
  const parts = Array.from({ length: aliases }, (_, i) => `p${i}: users(page: ${i + 1}, perPage: 100) { items { enrollments { courseId } } }`);
  return `{ ${parts.join(' ')} }`;
}

const deepNesting = (levels: number) => `{ ${'a { '.repeat(levels)}id${' }'.repeat(levels)} }`;
const fragmentChain = (n: number) =>
  `query { ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? '__typename' : `...F${i + 1}`} }`).join(' ')}`;

async function measure(h: Harness, name: string, query: string) {
  const healthz = h.gateway.url.replace(/\/graphql$/, '/healthz');
  let worstHealthMs = 0;
  let pings = 0;
  let running = true;
  const pinger = (async () => {
    while (running) {
      const started = performance.now();
      await fetch(healthz).then((r) => r.arrayBuffer());
      worstHealthMs = Math.max(worstHealthMs, performance.now() - started);
      pings += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  await new Promise((resolve) => setTimeout(resolve, 50));
  h.sandbox.requests.reset();
  const rssBefore = process.memoryUsage().rss;
  const started = performance.now();
  const response = await fetch(h.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${READER.token}` },
    body: JSON.stringify({ query }),
  });
  const bytes = (await response.arrayBuffer()).byteLength;
  const ms = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  running = false;
  await pinger;
  const restCalls = h.sandbox.requests.count() - h.sandbox.requests.count({ route: 'POST /incoming/api/graphql' });
  let first: unknown;
  try {
    const text = Buffer.from(await (await fetch(h.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${READER.token}` },
      body: JSON.stringify({ query }),
    })).arrayBuffer()).toString('utf8', 0, 100_000);
    const body = JSON.parse(text.length === 100_000 ? '{}' : text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
    first = body.errors?.[0] ? { message: body.errors[0].message.slice(0, 160), code: body.errors[0].extensions?.code } : 'no errors';
  } catch {
    first = 'response over 100 KB (not read)';
  }
  console.log(
    JSON.stringify({
      case: name,
      documentBytes: Buffer.byteLength(query),
      status: response.status,
      ms: Math.round(ms),
      responseBytes: bytes,
      rssBeforeMB: Math.round(rssBefore / 2 ** 20),
      peakRssMB: Math.round(peakRss / 2 ** 20),
      worstHealthzMs: Math.round(worstHealthMs),
      healthzPings: pings,
      restCalls,
      firstError: first,
    }),
  );
}

const h = await startHarness({ tokens: [READER], sandbox: { users: 3_000 }, gateway: { production: false } });
try {
  const only = process.argv[2];
  const cases: Array<[string, string]> = [
    ['introspection bomb, 1,000 aliases', introspectionBomb(1_000)],
    ['amplification, 30 aliases of users(perPage: 100) { items { enrollments } }', amplification(30)],
    ['10,000-deep nesting', deepNesting(10_000)],
    ['5,000-fragment chain', fragmentChain(5_000)],
  ];
  for (const [name, query] of cases) if (!only || name.startsWith(only)) await measure(h, name, query);
} finally {
  await h.close();
}
