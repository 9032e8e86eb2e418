/**
 * REST drift (#23): the vendor changes a REST response's shape. A loopback proxy in front of the
 * sandbox stands in for that change (the sandbox's REST shapes are the documented ones): it retypes
 * `role` (optional) in GET /users/{id} and `total` (required) in GET /users. The gateway counts each
 * response per endpoint and field, logs each new shape once, alerts it once, and still answers
 * the request whose data is usable.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/index.js';
import { createRestClient } from '../../src/tenant/index.js';
import { createLogger } from '../../src/util/index.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';
import { waitFor } from '../helpers/wait-for.js';

describe('REST contract violations', () => {
  let sandbox: Sandbox;
  let proxy: Server;
  let hook: Server;
  let gateway: RunningGateway;
  const logs: string[] = [];
  const alerts: Array<{ kind: string; text: string; endpoint: string; field: string }> = [];

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    proxy = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', async () => {
        const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name))) as Record<string, string>;
        const upstream = await fetch(`${sandbox.url}${req.url}`, { method: req.method, headers, body: body || undefined });
        let text = await upstream.text();
        const path = new URL(req.url!, 'http://x').pathname;
        if (upstream.ok && /^\/incoming\/api\/v1\/users\/[^/]+$/.test(path)) {
          const json = JSON.parse(text);
          json.user.role = 5; // optional field, now a number
          text = JSON.stringify(json);
        } else if (upstream.ok && path === '/incoming/api/v1/users') {
          const json = JSON.parse(text);
          json.total = 'many'; // required field, now a string
          text = JSON.stringify(json);
        }
        res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(text);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        alerts.push(JSON.parse(body));
        res.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const config = loadConfig({ TI_BASE_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`, TI_API_KEY: sandbox.apiKey, TI_RETRY_MAX_ATTEMPTS: '1', TI_GRAPH_CACHE_TTL_MS: '0' });
    const tenant = config.tenant!;
    gateway = await startGateway({
      gateway: {
        ...config.gateway,
        port: 0,
        metrics: { port: 0, host: '127.0.0.1' },
        schemaAlertUrl: `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`,
      },
      tenant,
      rest: createRestClient(tenant, { logger: createLogger({ name: 'rest', level: 'info', destination: { write: (line: string) => logs.push(line) } }) }),
      logLevel: 'debug',
      logDestination: { write: (line: string) => logs.push(line) },
    });
  }, 60_000);

  afterAll(async () => {
    await gateway?.close(1_000);
    await new Promise((resolve) => proxy.close(resolve));
    await new Promise((resolve) => hook.close(resolve));
    await sandbox?.close();
  });

  const query = async (text: string) => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}` },
      body: JSON.stringify({ query: text }),
    });
    return (await response.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
  };
  const counter = async (endpoint: string, field: string) => {
    const text = await (await fetch(gateway.metricsUrl!)).text();
    const line = text.split('\n').find((l) => l.startsWith(`ti_graph_rest_contract_violations_total{endpoint="${endpoint}",field="${field}"}`));
    return line ? Number(line.split(' ').pop()) : 0;
  };

  it('answers a usable response without the retyped optional field, counts each response, logs and alerts the shape once', async () => {
    const id = sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 1 }).users[0]!.id;
    for (let i = 0; i < 3; i++) {
      const result = await query(`{ user(id: "${id}") { id email role } }`);
      expect(result.errors).toBeUndefined();
      expect(result.data.user).toMatchObject({ id, role: null });
    }
    expect(await counter('GET /users/{id}', 'user.role')).toBe(3);
    const lines = logs.filter((l) => l.includes('new shape at user.role'));
    expect(lines).toHaveLength(1);
    await waitFor(() => alerts.some((a) => a.kind === 'rest-contract' && a.field === 'user.role'), 'the alert');
    expect(alerts.filter((a) => a.field === 'user.role')).toHaveLength(1);
  });

  it('fails a call whose required field changed, and counts it too', async () => {
    const result = await query('{ users(perPage: 2) { total } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(await counter('GET /users', 'total')).toBeGreaterThanOrEqual(1);
    expect(logs.filter((l) => l.includes('new shape at total'))).toHaveLength(1);
  });
});
