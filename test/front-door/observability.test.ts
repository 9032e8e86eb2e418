/**
 * Metrics and traces for one cross-surface query (the learner's CurrentUser from the tenant's
 * GraphQL API plus their enrollments from REST) and one forwarded query: what /metrics shows on
 * its own listener, and the spans (server, tenant GraphQL, REST) with the client's traceparent
 * continued and passed to the tenant. Spans checked in memory and through a small OTLP/HTTP
 * receiver on loopback.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { startGateway, type RunningGateway } from '../../src/gateway/index.js';
import { createGatewayMetrics } from '../../src/observability/index.js';
import { SANDBOX_PASSWORD } from '../../src/sandbox/index.js';
import { createTenantBudget } from '../../src/tenant/budget/index.js';
import { createRestClient } from '../../src/tenant/index.js';
import { sharedRedisUrl, testNamespace } from '../scale-out/redis.js';
import { gql, startHarness, type Harness } from '../helpers/gateway.js';
import { startTestSandbox, type Sandbox } from '../helpers/sandbox.js';

const CROSS_SURFACE = 'query LearnerOverview { CurrentUser { firstName enrollments { courseId status } } }';

async function learnerToken(post: (payload: unknown) => Promise<any>, sandbox: Sandbox): Promise<string> {
  const email = sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 5 }).users.find((u) => u.active)!.email;
  const login = await post({ query: 'mutation($e: String!, $p: String!) { Login(email: $e, password: $p) }', variables: { e: email, p: SANDBOX_PASSWORD } });
  return login.data.Login;
}

/** A loopback listener that records what it receives and answers 200 (an OTLP/HTTP receiver, or a recording tenant proxy). */
async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe('metrics', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ gateway: { metrics: { port: 0, host: '127.0.0.1' } } });
  });
  afterAll(() => h.close());

  it('serves Prometheus text on its own listener after a cross-surface and a forwarded query, with route templates only', async () => {
    const authtoken = await learnerToken(async (p) => (await gql(h, p)).body, h.sandbox);
    const cross = await gql(h, { query: CROSS_SURFACE, operationName: 'LearnerOverview' }, { headers: { authtoken } });
    expect(cross.body.errors).toBeUndefined();
    expect((await gql(h, { query: 'query Me { CurrentUser { id } }' })).status).toBe(200);
    // Named by the document alone (no operationName sent): still its name, not "anonymous".
    expect((await gql(h, { query: 'query TeamSize { users(perPage: 1) { total } }' })).status).toBe(200);

    expect(h.gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const res = await fetch(h.gateway.metricsUrl!);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/ti_graph_http_requests_total\{route="composed",status="200"\} [1-9]/);
    expect(text).toMatch(/ti_graph_http_requests_total\{route="fast",status="200"\} [1-9]/);
    expect(text).toMatch(/ti_graph_operation_duration_seconds_count\{operation="LearnerOverview",route="composed"\} 1/);
    expect(text).toMatch(/ti_graph_operation_duration_seconds_count\{operation="TeamSize",route="composed"\} 1/);
    expect(text).toMatch(/ti_graph_operation_duration_seconds_count\{operation="Me",route="fast"\} 1/);
    expect(text).toMatch(/ti_graph_upstream_requests_total\{surface="graphql",endpoint="\/incoming\/api\/graphql",status="200"\} [1-9]/);
    expect(text).toMatch(/ti_graph_upstream_requests_total\{surface="rest",endpoint="\/users\/\{id\}\/enrollments",status="200"\} 1/);
    expect(text).toMatch(/ti_graph_upstream_duration_seconds_bucket\{le="0\.1",surface="rest",endpoint="\/users\/\{id\}\/enrollments"\}/);
    expect(text).toContain('process_cpu_user_seconds_total');
    // No ids, no key: endpoints are templates.
    const userId = h.sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 100 }).users.map((u) => u.id);
    for (const id of userId) expect(text).not.toContain(id);
    expect(text).not.toContain(h.sandbox.apiKey);
  });

  it('reports the tenant budget (the request bucket, local and shared over Redis) at scrape time, and no budget gauge (not a false 0) without one', async () => {
    const redisUrl = sharedRedisUrl();
    for (const shared of [undefined, redisUrl]) {
      // One request a minute after a burst of 10: what the queries spend does not come back during the test.
      const budget = createTenantBudget({
        apiKey: `budget-metrics-${shared ? 'redis' : 'local'}`,
        requests: { perMinute: 1, burst: 10 },
        writes: undefined,
        instances: undefined,
        redisUrl: shared,
        namespace: testNamespace('budget-metrics'),
      });
      const b = await startHarness({ budget, gateway: { metrics: { port: 0, host: '127.0.0.1' } } });
      try {
        const scrape = async () => (await (await fetch(b.gateway.metricsUrl!)).text()).match(/^ti_graph_tenant_budget_tokens (\d+)$/m)?.[1];
        expect(await scrape(), shared ? 'redis' : 'local').toBe('10');
        for (let i = 0; i < 3; i++) expect((await gql(b, { query: '{ CurrentUser { id } }' })).status).toBe(200);
        expect(await scrape(), shared ? 'redis' : 'local').toBe('7');
        expect(budget.stats().mode).toBe(shared ? 'redis' : 'local');
      } finally {
        await b.close();
        await budget.close();
      }
    }
    expect(await createGatewayMetrics().registry.metrics()).not.toContain('ti_graph_tenant_budget_tokens');
  });

  it('is never served on the GraphQL port, and is off when unset', async () => {
    const onGraphqlPort = await fetch(h.gateway.url.replace(/\/graphql$/, '/metrics'));
    expect(onGraphqlPort.status).toBe(404);
    expect(await onGraphqlPort.text()).not.toContain('ti_graph_http_requests_total');
    const plain = await startHarness();
    try {
      expect(plain.gateway.metricsUrl).toBeUndefined();
    } finally {
      await plain.close();
    }
  });
});

describe('traces', () => {
  let sandbox: Sandbox;
  let tenantProxy: { server: Server; url: string };
  const traceparentsAtTenant: string[] = [];
  const exporter = new InMemorySpanExporter();
  let gateway: RunningGateway;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    // Between the gateway and the tenant: records the traceparent each tenant call carries.
    const target = new URL(sandbox.url);
    tenantProxy = await listen((req, res) => {
      if (typeof req.headers.traceparent === 'string') traceparentsAtTenant.push(req.headers.traceparent);
      const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode!, answer.headers);
        answer.pipe(res);
      });
      req.pipe(upstream);
    });
    const config = loadConfig({ TI_BASE_URL: tenantProxy.url, TI_API_KEY: sandbox.apiKey, TI_RETRY_MAX_ATTEMPTS: '1' });
    gateway = await startGateway({
      gateway: { ...config.gateway, port: 0 },
      tenant: config.tenant!,
      rest: createRestClient(config.tenant!),
      spanExporter: exporter,
      logLevel: 'silent',
    });
  });
  afterAll(async () => {
    await gateway.close(1_000);
    tenantProxy.server.close();
    await sandbox.close();
  });

  const post = async (payload: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${gateway.token}`, ...headers }, body: JSON.stringify(payload) });
    return res.json();
  };

  it('continues the client traceparent: server span, a child span per tenant GraphQL and REST call, the context passed to the tenant', async () => {
    const authtoken = await learnerToken(post, sandbox);
    exporter.reset();
    traceparentsAtTenant.length = 0;
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const clientSpanId = '00f067aa0ba902b7';
    const body = await post({ query: CROSS_SURFACE, operationName: 'LearnerOverview' }, { authtoken, traceparent: `00-${traceId}-${clientSpanId}-01` });
    expect(body.errors).toBeUndefined();
    await expect.poll(() => exporter.getFinishedSpans().some((s) => s.name === 'POST /graphql')).toBe(true);
    const spans = exporter.getFinishedSpans();
    const server = spans.find((s) => s.name === 'POST /graphql')!;
    expect(server.spanContext().traceId).toBe(traceId);
    expect(server.parentSpanContext?.spanId).toBe(clientSpanId);
    expect(server.attributes).toMatchObject({ 'ti_graph.route': 'yoga', 'graphql.operation.name': 'LearnerOverview', 'http.response.status_code': 200 });
    const graphql = spans.find((s) => s.name === 'POST /incoming/api/graphql')!;
    const rest = spans.find((s) => s.name === 'GET /users/{id}/enrollments')!;
    for (const child of [graphql, rest]) {
      expect(child, 'child span').toBeDefined();
      expect(child.spanContext().traceId).toBe(traceId);
      expect(child.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
      expect(child.attributes['http.response.status_code']).toBe(200);
    }
    expect(rest.attributes).toMatchObject({ 'ti_graph.surface': 'rest', 'url.template': '/users/{id}/enrollments' });
    // Each tenant call carried its own span as the parent, in the same trace.
    expect(traceparentsAtTenant.length).toBeGreaterThanOrEqual(2);
    for (const header of traceparentsAtTenant) expect(header).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    const childIds = new Set([graphql, rest].map((s) => s.spanContext().spanId));
    expect(traceparentsAtTenant.some((header) => childIds.has(header.split('-')[2]!))).toBe(true);
    // Never the key, never an id in a span name.
    const names = spans.map((s) => s.name).join(' ');
    expect(names).not.toContain(sandbox.apiKey);
    expect(JSON.stringify(spans.map((s) => s.attributes))).not.toContain(sandbox.apiKey);
  });

  it('the forwarded (fast path) request gets its server span and one tenant span too', async () => {
    exporter.reset();
    await post({ query: 'query Me { CurrentUser { id } }' });
    await expect.poll(() => exporter.getFinishedSpans().some((s) => s.name === 'POST /graphql')).toBe(true);
    const spans = exporter.getFinishedSpans();
    const server = spans.find((s) => s.name === 'POST /graphql')!;
    expect(server.attributes['ti_graph.route']).toBe('fast');
    const tenant = spans.filter((s) => s.name === 'POST /incoming/api/graphql');
    expect(tenant).toHaveLength(1);
    expect(tenant[0]!.parentSpanContext?.spanId).toBe(server.spanContext().spanId);
  });
});

describe('traces over OTLP/HTTP', () => {
  it('exports to OTEL_EXPORTER_OTLP_ENDPOINT (a receiver on loopback) with the service name', async () => {
    const received: any[] = [];
    const receiver = await listen((req, res) => {
      let text = '';
      req.on('data', (chunk) => (text += chunk));
      req.on('end', () => {
        if (req.url === '/v1/traces') received.push(JSON.parse(text));
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    const h = await startHarness({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'ti-graph-test' } });
    try {
      expect((await gql(h, { query: '{ CurrentUser { id } users(perPage: 1) { total } }' })).status).toBe(200);
    } finally {
      // Closing the gateway flushes the batch.
      await h.close();
      receiver.server.close();
    }
    const resourceSpans = received.flatMap((r) => r.resourceSpans);
    const service = resourceSpans[0].resource.attributes.find((a: any) => a.key === 'service.name');
    expect(service.value.stringValue).toBe('ti-graph-test');
    const names = resourceSpans.flatMap((r: any) => r.scopeSpans.flatMap((s: any) => s.spans.map((span: any) => span.name)));
    expect(names).toEqual(expect.arrayContaining(['POST /graphql', 'POST /incoming/api/graphql', 'GET /users']));
  });
});
