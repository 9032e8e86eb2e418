/**
 * One role of `bench/gateway.ts`, run in its own process so the tenant, the gateway and the load
 * generator each get their own event loop (as in production). Talks to the parent over IPC.
 *
 *   sandbox  starts a sandbox tenant; answers {count: filter} and {reset: true} with request counts
 *   gateway  starts the gateway on the tenant given in BENCH_TENANT_URL / BENCH_TENANT_KEY
 *            (BENCH_FAST_PATH=false, BENCH_QUERY_PLAN=false turn those off)
 *   floor    the hand-written floor: no GraphQL, the same upstream calls through the same tenant
 *            clients the gateway uses, merged by hand (POST /mixed, POST /enrollments)
 *   proxy    a bare Node proxy: node:http in, the body forwarded to the tenant on an undici pool
 *
 * Every role but the sandbox answers any message with its CPU time used so far (µs) and its RSS.
 */
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Session } from 'node:inspector';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { loadConfig } from '../src/config/index.js';
import { setHeapGrowth, startGateway } from '../src/gateway/index.js';
import { limitConcurrency } from '../src/gateway/limit-concurrency.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createRestClient, createTenantGraphqlClient, parseGraphqlResponse } from '../src/tenant/index.js';

const send = (message: unknown) => process.send!(message);
const role = process.argv[2];

/** The two queries the floor answers, as the gateway answers them. */
const MIXED_TENANT_QUERY = JSON.stringify({ query: '{ CompanyDetails { name subdomain } }' });
const PAGE = 25;
const REST_CAP = 10;

/**
 * Answers {} with CPU time and RSS; {profile: 'start'} / {profile: 'stop', file} run the V8 CPU
 * profiler (the same one `node --cpu-prof` uses) over just the measured window, not start-up.
 */
function answerStats() {
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  process.on('message', (message: { id: number; profile?: 'start' | 'stop'; file?: string; gc?: boolean }) => {
    void (async () => {
      // A full collection first when asked: what is still live, apart from the heap V8 keeps for later.
      if (message.gc) (globalThis as { gc?: () => void }).gc?.();
      if (message.profile === 'start') {
        await post('Profiler.enable');
        await post('Profiler.start');
      } else if (message.profile === 'stop') {
        const { profile } = (await post('Profiler.stop')) as { profile: unknown };
        writeFileSync(message.file!, JSON.stringify(profile));
      }
      const { user, system } = process.cpuUsage();
      const memory = process.memoryUsage();
      send({ id: message.id, count: user + system, rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal, external: memory.external });
    })();
  });
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function tenantConfig() {
  return loadConfig({ TI_BASE_URL: process.env.BENCH_TENANT_URL, TI_API_KEY: process.env.BENCH_TENANT_KEY }).tenant!;
}

if (role === 'sandbox') {
  const sandbox = await startSandbox({ port: 0, users: 500 });
  process.on('message', (message: { id: number; count?: object; reset?: boolean; faults?: object | null }) => {
    if (message.reset) sandbox.requests.reset();
    if (message.faults !== undefined) sandbox.tenants[0]!.setFaults(message.faults ?? undefined);
    send({ id: message.id, count: message.count ? sandbox.requests.count(message.count) : undefined });
  });
  send({ ready: { url: sandbox.url, apiKey: sandbox.apiKey } });
} else if (role === 'gateway') {
  const config = loadConfig({
    TI_BASE_URL: process.env.BENCH_TENANT_URL,
    TI_API_KEY: process.env.BENCH_TENANT_KEY,
    TI_GRAPH_HEAP_GROWING_PERCENT: process.env.TI_GRAPH_HEAP_GROWING_PERCENT,
  });
  const tenant = config.tenant!;
  // As `ti-graph serve` does for its process (TI_GRAPH_HEAP_GROWING_PERCENT=0: V8's own heuristics).
  setHeapGrowth(config.gateway.heapGrowingPercent);
  const gateway = await startGateway(
    {
      gateway: { ...config.gateway, port: 0 },
      tenant,
      rest: createRestClient(tenant),
      // info, the production default: whatever it logs per request is part of what a request costs.
      logLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
    },
    { fastPath: process.env.BENCH_FAST_PATH !== 'false', queryPlan: process.env.BENCH_QUERY_PLAN !== 'false' },
  );
  answerStats();
  send({ ready: { url: gateway.url, token: gateway.token } });
} else if (role === 'floor') {
  const tenant = tenantConfig();
  const graphql = createTenantGraphqlClient(tenant);
  const rest = createRestClient(tenant);
  const path = new URL(tenant.graphqlPath, `${tenant.baseUrl}/`).pathname;
  const reply = (res: ServerResponse, body: unknown) => {
    const bytes = Buffer.from(JSON.stringify(body));
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.length });
    res.end(bytes);
  };
  const url = await listen((req, res) => {
    void (async () => {
      await readBody(req);
      try {
        if (req.url === '/mixed') {
          // { CompanyDetails { name subdomain } users(perPage: 25) { total items { email active } } }
          const [company, page] = await Promise.all([
            graphql.http.post(MIXED_TENANT_QUERY).then((response) => parseGraphqlResponse(response, path) as { data: { CompanyDetails: unknown } }),
            rest.listUsersPage({ page: 1, perPage: PAGE }),
          ]);
          reply(res, {
            data: {
              CompanyDetails: company.data.CompanyDetails,
              users: { total: page.total, items: page.users.map((user) => ({ email: user.email, active: user.active ?? null })) },
            },
          });
        } else {
          // { users(perPage: 25) { items { enrollments { courseId status } } } }: 1 + 25 calls, at most 10 in flight.
          const limit = limitConcurrency(REST_CAP);
          const page = await rest.listUsersPage({ page: 1, perPage: PAGE });
          const items = await Promise.all(
            page.users.map((user) =>
              limit(() => rest.listEnrollmentsPage(user.id, { page: 1, perPage: 100 })).then((result) => ({
                enrollments: result.enrollments.map((enrollment) => ({ courseId: enrollment.courseId, status: enrollment.status ?? null })),
              })),
            ),
          );
          reply(res, { data: { users: { items } } });
        }
      } catch (error) {
        res.writeHead(502).end(String(error));
      }
    })();
  });
  answerStats();
  send({ ready: { url } });
} else if (role === 'proxy') {
  const tenant = tenantConfig();
  const target = new URL(tenant.graphqlPath, `${tenant.baseUrl}/`);
  const pool = new Pool(target.origin, { connections: 64, keepAliveTimeout: 30_000 });
  const url = await listen((req, res) => {
    void (async () => {
      const body = await readBody(req);
      try {
        const response = await pool.request({
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': tenant.apiKey },
          body,
        });
        const bytes = Buffer.from(await response.body.arrayBuffer());
        res.writeHead(response.statusCode, { 'content-type': 'application/json', 'content-length': bytes.length });
        res.end(bytes);
      } catch (error) {
        res.writeHead(502).end(String(error));
      }
    })();
  });
  answerStats();
  send({ ready: { url } });
} else {
  throw new Error(`unknown role ${role}`);
}

// Exit normally on a signal so exit hooks (e.g. --cpu-prof) run.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
