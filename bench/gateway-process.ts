/**
 * One role of `bench/gateway.ts`, run in its own process so the tenant, the gateway and the load
 * generator each get their own event loop (as in production). Talks to the parent over IPC.
 *
 *   sandbox  starts a sandbox tenant; answers {count: filter} and {reset: true} with request counts
 *   gateway  starts the gateway on the tenant given in BENCH_TENANT_URL / BENCH_TENANT_KEY; answers
 *            any message with its CPU time used so far (µs)
 *   proxy    a bare Node reverse proxy to the same tenant (node:http server, keep-alive agent, the
 *            key added, bodies piped both ways): what forwarding costs with nothing else; answers
 *            like the gateway
 */
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../src/config/index.js';
import { startGateway } from '../src/gateway/index.js';
import { startSandbox } from '../src/sandbox/index.js';
import { createRestClient } from '../src/tenant/index.js';

const send = (message: unknown) => process.send!(message);
const role = process.argv[2];

if (role === 'sandbox') {
  const sandbox = await startSandbox({ port: 0, users: 500 });
  process.on('message', (message: { id: number; count?: object; reset?: boolean; faults?: object | null }) => {
    if (message.reset) sandbox.requests.reset();
    if (message.faults !== undefined) sandbox.tenants[0]!.setFaults(message.faults ?? undefined);
    send({ id: message.id, count: message.count ? sandbox.requests.count(message.count) : undefined });
  });
  send({ ready: { url: sandbox.url, apiKey: sandbox.apiKey } });
} else if (role === 'gateway') {
  const config = loadConfig({ TI_BASE_URL: process.env.BENCH_TENANT_URL, TI_API_KEY: process.env.BENCH_TENANT_KEY });
  const tenant = config.tenant!;
  const gateway = await startGateway({
    gateway: { ...config.gateway, port: 0 },
    tenant,
    rest: createRestClient(tenant),
    // info, the production default: whatever it logs per request is part of what a request costs.
    logLevel: process.env.BENCH_LOG_LEVEL ?? 'info',
    fastPath: process.env.BENCH_FAST_PATH !== 'false',
  });
  // CPU time the gateway process has used, so the bench can state the gateway's cost per request.
  process.on('message', (message: { id: number }) => {
    const { user, system } = process.cpuUsage();
    send({ id: message.id, count: user + system });
  });
  send({ ready: { url: gateway.url, token: gateway.token } });
} else if (role === 'proxy') {
  const target = new URL('/incoming/api/graphql', process.env.BENCH_TENANT_URL);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const server = createServer((req, res) => {
    const upstream = httpRequest(target, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'x-api-key': process.env.BENCH_TENANT_KEY! } }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json', ...(answer.headers['content-length'] ? { 'content-length': answer.headers['content-length'] } : {}) });
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (message: { id: number }) => {
    const { user, system } = process.cpuUsage();
    send({ id: message.id, count: user + system });
  });
  send({ ready: { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, token: 'none' } });
} else {
  throw new Error(`unknown role ${role}`);
}

// Exit normally on a signal so exit hooks (e.g. --cpu-prof) run.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
