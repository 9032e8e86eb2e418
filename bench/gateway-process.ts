/**
 * One role of `bench/gateway.ts`, run in its own process so the tenant, the gateway and the load
 * generator each get their own event loop (as in production). Talks to the parent over IPC.
 *
 *   sandbox  starts a sandbox tenant; answers {count: filter} and {reset: true} with request counts
 *   gateway  starts the gateway on the tenant given in BENCH_TENANT_URL / BENCH_TENANT_KEY; answers
 *            any message with its CPU time used so far (µs)
 */
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
} else {
  throw new Error(`unknown role ${role}`);
}

// Exit normally on a signal so exit hooks (e.g. --cpu-prof) run.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(0));
