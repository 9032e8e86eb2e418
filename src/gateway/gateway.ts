import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import type { ClientToken, GatewayConfig, TenantConfig } from '../config/index.js';
import { attachGraphqlWs, type EventsService } from '../events/index.js';
import { createTenantGraphqlClient } from '../tenant/index.js';
import { createLogger, type Logger } from '../util/index.js';
import { createClientRegistry, mintDevelopmentToken } from './auth.js';
import { composeGatewaySchema } from './compose.js';
import type { GatewayContext } from './context.js';
import { createDocumentRouter } from './document-router.js';
import type { SchemaExtension } from './extension.js';
import { GATEWAY_EXTENSIONS } from './extensions.js';
import { createGatewayMetrics, createObservability, createTracing, startMetricsServer, type GatewayMetrics, type MetricsServer } from '../observability/index.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { createRestLoaders } from './loaders.js';
import { createFrontDoorPlugins, staticTokenAuthenticator, type Authenticate, type FrontDoorServerContext } from './plugins/index.js';
import type { GatewayRestClient } from './rest-port.js';
import { introspectTenantSchema, loadSnapshotSchema } from './tenant-schema.js';
import { MAX_BATCH_OPERATIONS, createGatewayYoga, limitOptions } from './yoga.js';

export interface GatewayOptions {
  gateway: GatewayConfig;
  /** The tenant the gateway holds the key of (the real one, or the embedded sandbox). */
  tenant: TenantConfig;
  /** The typed REST client for that tenant (`createRestClient(tenant)`). */
  rest: GatewayRestClient;
  /** Overrides where the tenant schema comes from (tests); otherwise snapshot or live per config. */
  tenantSchema?: GraphQLSchema;
  extensions?: readonly SchemaExtension[];
  /**
   * Forward tenant-only documents to the tenant as-is (default true). Off, every request goes
   * through the composed schema: only the benchmark turns it off, to show what the fast path saves.
   */
  fastPath?: boolean;
  /** Most REST calls one gateway request may have in flight. */
  restConcurrency?: number;
  logLevel?: string;
  /** Where log lines go (stderr by default); every line is scrubbed of the key and client tokens. */
  logDestination?: { write(line: string): unknown };
  /**
   * Webhooks in (`POST /webhooks/ti`) and the bus the subscription fields read (SSE on /graphql,
   * graphql-ws on the same path). Created and closed by the caller (`createEventsService`).
   */
  events?: EventsService;
  /**
   * How a request's client is authenticated (the `useClientAuth` contract). Default: the static
   * client tokens of `gateway.tokens` (or the minted development token).
   */
  authenticate?: Authenticate;
  /** Export spans here (tests: an in-memory exporter) instead of to `gateway.tracing`'s OTLP endpoint. */
  spanExporter?: SpanExporter;
  /** Tokens left in the tenant budget, for `ti_graph_tenant_budget_tokens` (read at scrape time). */
  budgetTokens?: () => number | undefined;
}

/** How much of a refused request body is read and discarded so the refusal (413, 401) reaches the client. */
const DRAIN_BYTES = 16 * 1024 * 1024;

export interface RunningGateway {
  /** The GraphQL endpoint. */
  url: string;
  /** GraphiQL in a browser; undefined in production. */
  graphiql: string | undefined;
  /** The minted development token (every scope) when no client token was configured. */
  token: string | undefined;
  clients: readonly ClientToken[];
  schema: GraphQLSchema;
  logger: Logger;
  /** `GET /metrics` on its own listener, when `gateway.metrics` is set. */
  metricsUrl: string | undefined;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes the tenant sockets. */
  close(graceMs?: number): Promise<void>;
}

/** The composed schema with no executor: what `schema/unified.graphql` prints. */
export function buildGatewaySchema(tenantSchema: GraphQLSchema, extensions: readonly SchemaExtension[] = GATEWAY_EXTENSIONS): GraphQLSchema {
  return composeGatewaySchema({ tenantSchema, extensions }).schema;
}

export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const { gateway, tenant: tenantConfig, rest } = options;
  const devToken = gateway.tokens.length === 0 ? mintDevelopmentToken() : undefined;
  const clientTokens = devToken ? [devToken] : gateway.tokens;
  const clients = createClientRegistry(clientTokens);
  const secrets = [tenantConfig.apiKey, ...clients.secrets];
  const logger = createLogger({
    name: 'gateway',
    level: options.logLevel ?? 'info',
    secrets,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });

  const tenant = createTenantGraphqlClient(tenantConfig);
  const tenantSchema = options.tenantSchema ?? (gateway.liveSchema ? await introspectTenantSchema(tenantConfig) : loadSnapshotSchema());
  const composed = composeGatewaySchema({
    tenantSchema,
    executor: tenant.executor,
    extensions: options.extensions ?? GATEWAY_EXTENSIONS,
  });

  const limits = limitOptions(gateway);
  const rules: ValidationRule[] = [maxDepthRule(limits.depth) as unknown as ValidationRule, costLimitRule(limits.cost) as unknown as ValidationRule];
  if (gateway.production) rules.push(NoSchemaIntrospectionCustomRule);
  const router = createDocumentRouter({ schema: composed.schema, extensionFields: composed.extensionFields, fieldScopes: composed.fieldScopes, rules });

  const restConcurrency = options.restConcurrency ?? 10;
  const createContext = (base: { requestId: string; client: ClientToken; authToken: string | undefined; logger: Logger }): GatewayContext => {
    const loaders = createRestLoaders(rest, restConcurrency);
    return { ...base, rest, loaders, batchScope: loaders, events: options.events?.bus };
  };
  const authenticate = options.authenticate ?? staticTokenAuthenticator(clients);
  const metrics: GatewayMetrics | undefined = gateway.metrics ? createGatewayMetrics(options.budgetTokens ? { budgetTokens: options.budgetTokens } : {}) : undefined;
  const tracing = createTracing(gateway.tracing, options.spanExporter ? { exporter: options.spanExporter } : {});
  const observability = createObservability({ metrics, tracing });
  const observed = metrics !== undefined || tracing !== undefined;
  const requestContexts = new WeakMap<object, GatewayContext>();
  let shuttingDown = false;
  const frontDoor = createFrontDoorPlugins({
    logger,
    authenticate,
    tenant,
    tenantKey: tenantConfig.apiKey,
    maxRequestBytes: gateway.maxRequestBytes,
    drainBytes: DRAIN_BYTES,
    maxBatchOperations: MAX_BATCH_OPERATIONS,
    ...(options.fastPath === false ? {} : { fastPath: { router, schema: composed.schema } }),
    admission: { maxInFlight: gateway.maxComposedInFlight, maxQueued: gateway.maxComposedQueued, queueTimeoutMs: gateway.queueTimeoutMs },
    ...(options.events ? { webhooks: options.events.receiver } : {}),
    shuttingDown: () => shuttingDown,
    ...(observed ? { observeRequest: observability.observeRequest, observeAdmission: observability.observeAdmission } : {}),
  });
  const yoga = createGatewayYoga({
    schema: composed.schema,
    fieldScopes: composed.fieldScopes,
    gateway,
    logger,
    secrets,
    graphiqlHeaders: { Authorization: devToken ? `Bearer ${devToken.token}` : 'Bearer <your client token>' },
    frontDoor,
    maxRequestBytes: gateway.maxRequestBytes,
    context: (serverContext: FrontDoorServerContext) => {
      const state = serverContext.frontDoor;
      // graphql-ws connections bring their own context (built below); HTTP requests get theirs here.
      if (!state?.client) return {};
      // One per HTTP request, shared by the operations of a batch: their tenant calls go out as one array POST.
      let context = requestContexts.get(state);
      if (!context) {
        context = createContext({ requestId: state.requestId, client: state.client, authToken: state.authToken, logger });
        requestContexts.set(state, context);
      }
      return context;
    },
  });

  const server: Server = createServer(
    {
      headersTimeout: gateway.headersTimeoutMs,
      requestTimeout: gateway.requestTimeoutMs,
      keepAliveTimeout: gateway.idleTimeoutMs,
      // How often Node checks the two timeouts above (default 30 s: a slow-body socket would live that long past its deadline).
      connectionsCheckingInterval: Math.min(1_000, gateway.headersTimeoutMs),
    },
    observability.wrapListener(yoga),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(gateway.port, gateway.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // graphql-ws on the GraphQL path: the connection payload's token authenticates, as the header does over HTTP.
  const ws = attachGraphqlWs(server, yoga, {
    path: '/graphql',
    context: async (request) => {
      let client: ClientToken;
      try {
        client = await authenticate(request);
      } catch {
        return undefined;
      }
      const authToken = request.headers.get('authtoken') ?? undefined;
      return { ...createContext({ requestId: randomUUID(), client, authToken, logger }) };
    },
  });
  const metricsServer: MetricsServer | undefined = metrics && gateway.metrics ? await startMetricsServer(metrics, gateway.metrics) : undefined;
  const { port } = server.address() as AddressInfo;
  const host = gateway.host.includes(':') ? `[${gateway.host}]` : gateway.host;
  const url = `http://${host}:${port}/graphql`;
  logger.info({ url, tenant: tenant.http.displayUrl, clients: clientTokens.map((c) => c.name) }, 'gateway listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    graphiql: gateway.production ? undefined : url,
    token: devToken?.token,
    clients: clientTokens,
    schema: composed.schema,
    metricsUrl: metricsServer?.url,
    logger,
    close(graceMs = 10_000) {
      closing ??= (async () => {
        // From now on every response says Connection: close, so clients stop reusing sockets.
        shuttingDown = true;
        await ws.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Subscriptions never finish on their own: complete them so their connections go idle now.
        options.events?.bus.endSubscriptions();
        // Keep-alive sockets go idle as their last response is sent: close each as soon as it does.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        server.closeIdleConnections();
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        await closed;
        clearInterval(sweep);
        clearTimeout(timer);
        await yoga.dispose();
        await metricsServer?.close();
        await tracing?.shutdown();
        tenant.close();
        logger.info('gateway stopped');
      })();
      return closing;
    },
  };
}
