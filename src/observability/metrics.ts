/**
 * Prometheus metrics (prom-client), on a registry of the gateway's own (several gateways in one
 * process do not mix), served by `startMetricsServer` on a separate listener, never on the
 * GraphQL port. Labels have bounded cardinality: routes are the front door's few, endpoints are
 * route templates, operation names are capped (the rest count as `other`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { UpstreamEvent } from './upstream.js';

export interface RequestObservation {
  route: string;
  status: number;
  durationSeconds: number;
  operationName: string | undefined;
}

export interface GatewayMetrics {
  readonly registry: Registry;
  observeRequest(observation: RequestObservation): void;
  observeUpstream(event: UpstreamEvent): void;
  observeAdmission(state: { inFlight: number; queued: number }): void;
  observeRestContract(violation: { endpoint: string; field: string }): void;
}

export interface MetricsOptions {
  /** Tokens left in the tenant budget, read at scrape time; absent: no `ti_graph_tenant_budget_tokens`. */
  budgetTokens?: () => Promise<number | undefined>;
  /** Subscribers dropped so far by reason (the events bus's count), read at scrape time. */
  subscriptionsDropped?: () => Record<string, number>;
  /** Distinct operation names kept as labels; later ones are `other`. */
  maxOperationNames?: number;
}

/** Route names as the metrics call them (the access log's `yoga` is the composed path). */
const ROUTE_LABEL: Record<string, string> = { yoga: 'composed' };

export function createGatewayMetrics(options: MetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({ name: 'ti_graph_http_requests_total', help: 'HTTP requests by front-door route and status', labelNames: ['route', 'status'], registers: [registry] });
  const operations = new Histogram({
    name: 'ti_graph_operation_duration_seconds',
    help: 'GraphQL request duration to the response head, by operation name (bounded) and route',
    labelNames: ['operation', 'route'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const upstreamRequests = new Counter({ name: 'ti_graph_upstream_requests_total', help: 'Calls to the tenant by surface, endpoint (route template) and status (0: no response)', labelNames: ['surface', 'endpoint', 'status'], registers: [registry] });
  const upstreamDuration = new Histogram({
    name: 'ti_graph_upstream_duration_seconds',
    help: 'Tenant call duration by surface and endpoint (route template)',
    labelNames: ['surface', 'endpoint'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const budget = options.budgetTokens;
  // Only with a source: a gauge reading 0 would say the budget is spent.
  if (budget) {
    new Gauge({
      name: 'ti_graph_tenant_budget_tokens',
      help: 'Tokens left in the tenant rate budget',
      registers: [registry],
      async collect() {
        const tokens = await budget().catch(() => undefined);
        if (tokens !== undefined) this.set(tokens);
      },
    });
  }
  const dropped = options.subscriptionsDropped;
  if (dropped) {
    new Counter({
      name: 'ti_graph_subscriptions_dropped_total',
      help: 'Subscribers dropped by the gateway, by reason (buffer_full: the client read its events too slowly)',
      labelNames: ['reason'],
      registers: [registry],
      // The bus counts; the counter shows its totals (they only grow).
      collect() {
        this.reset();
        for (const [reason, count] of Object.entries(dropped())) this.inc({ reason }, count);
      },
    });
  }
  const restContract = new Counter({
    name: 'ti_graph_rest_contract_violations_total',
    help: "Tenant REST responses that do not match the endpoint table's schema, by endpoint (route template) and field",
    labelNames: ['endpoint', 'field'],
    registers: [registry],
  });
  const inFlight = new Gauge({ name: 'ti_graph_composed_in_flight', help: 'Composed requests executing (admission control)', registers: [registry] });
  const queued = new Gauge({ name: 'ti_graph_composed_queued', help: 'Composed requests waiting for a slot (admission control)', registers: [registry] });

  const maxNames = options.maxOperationNames ?? 100;
  const names = new Set<string>();
  const operationLabel = (name: string | undefined) => {
    if (!name) return 'anonymous';
    if (names.has(name)) return name;
    if (names.size >= maxNames) return 'other';
    names.add(name);
    return name;
  };

  return {
    registry,
    observeRequest({ route, status, durationSeconds, operationName }) {
      const label = ROUTE_LABEL[route] ?? route;
      requests.inc({ route: label, status: String(status) });
      if (route === 'fast' || route === 'yoga') operations.observe({ operation: operationLabel(operationName), route: label }, durationSeconds);
    },
    observeUpstream({ surface, endpoint, status, durationMs }) {
      upstreamRequests.inc({ surface, endpoint, status: String(status) });
      upstreamDuration.observe({ surface, endpoint }, durationMs / 1_000);
    },
    observeRestContract({ endpoint, field }) {
      restContract.inc({ endpoint, field });
    },
    observeAdmission(state) {
      inFlight.set(state.inFlight);
      queued.set(state.queued);
    },
  };
}

export interface MetricsServer {
  /** `http://host:port/metrics` */
  url: string;
  close(): Promise<void>;
}

/** `GET /metrics` in Prometheus text format on its own listener (loopback unless told otherwise). */
export async function startMetricsServer(metrics: GatewayMetrics, listen: { port: number; host: string }): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?', 1)[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; metrics are at /metrics\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return {
    url: `http://${host}:${port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
