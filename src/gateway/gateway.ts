import { createServer, type Server } from 'node:http';
import { dirname, join } from 'node:path';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { AddressInfo } from 'node:net';
import { assertValidSchema, type GraphQLSchema } from 'graphql';
import type { ClientToken, GatewayConfig, TenantConfig } from '../config/index.js';
import type { PointsBudget, RequestBudget } from '../tenant/budget/index.js';
import type { EventsService } from '../events/index.js';
import { createTenantGraphqlClient } from '../tenant/index.js';
import { createLogger, maskUrl, sleep, type Logger } from '../util/index.js';
import { createAuthenticator, createClientRateLimiter, developmentTokenFor } from './auth/index.js';
import { composeGatewaySchema } from './compose.js';
import type { GatewayContext } from './context.js';
import { createDocumentRouter } from './document-router.js';
import type { SchemaExtension } from './schema-extension.js';
import { GATEWAY_EXTENSIONS } from './extensions.js';
import { createRestScheduler } from './limit-concurrency.js';
import { createRestLoaders } from './loaders.js';
import { createQueryPlanner, useQueryPlan } from './plan/index.js';
import { reportingRestClient, type GatewayRestClient } from './rest-port.js';
import { useCacheAge, withCacheAge } from './cache-age.js';
import { introspectTenantSchema, loadSnapshotSchema, snapshotSchemaPath } from './tenant-schema.js';
import {
  createAlertSender,
  createSchemaFollower,
  createSchemaFollowMetrics,
  followingPlanner,
  introspectThrough,
  loadRegisteredOperations,
  useServedSchema,
  type AlertClaim,
  type CheckOutcome,
  type SchemaFollower,
  type ServedGraph,
} from './schema-follow/index.js';
import { VENDOR_SNAPSHOT_DIR } from '../schema/index.js';
import { documentLimits } from './limits/index.js';
import { createTrustedDocumentGate, loadTrustedDocuments, useTrustedDocuments } from './trusted-documents/index.js';
import { createFrontDoor, trackConnections, type FrontDoorServerContext, type FrontDoorState } from './front-door/index.js';
import { createErrorMasker } from './errors.js';
import { createGatewayMetrics, createObservability, createTracing, startMetricsServer, type GatewayMetrics, type MetricsServer } from '../observability/index.js';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import { MAX_BATCH_OPERATIONS, createGatewayYoga } from './yoga.js';

export interface GatewayOptions {
  gateway: GatewayConfig;
  /** The tenant the gateway holds the key of (the real one, or the embedded sandbox). */
  tenant: TenantConfig;
  /** The typed REST client for that tenant (`createRestClient(tenant)`). */
  rest: GatewayRestClient;
  /** Overrides where the tenant schema comes from (tests); otherwise snapshot or live per config. */
  tenantSchema?: GraphQLSchema;
  extensions?: readonly SchemaExtension[];
  /** Most REST calls one gateway request may have in flight. */
  restConcurrency?: number;
  /** Most REST calls the whole gateway may have in flight (the oldest request's go first); default 64. */
  restGlobalConcurrency?: number;
  logLevel?: string;
  /** Where log lines go (stderr by default); every line is scrubbed of the key and client tokens. */
  logDestination?: { write(line: string): unknown };
  /**
   * Webhooks in (`POST /webhooks/ti`) and the bus the subscription fields read (SSE on /graphql,
   * graphql-ws on the same path). Created and closed by the caller (`createEventsService`).
   */
  events?: EventsService;
  /**
   * The tenant's budget shared by every instance (`createTenantBudget`); tenant GraphQL calls draw
   * from it, and `ti_graph_tenant_budget_tokens` reads it.
   */
  budget?: RequestBudget & { tokensLeft?(): Promise<number | undefined> };
  /** The tenant's points budget (`pointsBudgetFromConfig`): every tenant GraphQL call draws its price on the vendor's model. */
  points?: PointsBudget | undefined;
  /** Export spans here (tests: an in-memory exporter) instead of to `gateway.tracing`'s OTLP endpoint. */
  spanExporter?: SpanExporter;
  /** The gateway's own operations, judged with the apps' at each schema change (default: the package's `operations/`). */
  operationsDir?: string;
  /** Claims a schema alert across instances (`redisAlertClaim` over REDIS_URL): one alert per change, not per instance. */
  schemaAlertClaim?: AlertClaim;
}

/**
 * INTERNAL: switches for the plan's differential test, the tenant batch test and the benchmark,
 * not configuration (startGateway's second argument; nothing in the product sets them).
 */
export interface InternalGatewayOptions {
  /**
   * Forward tenant-only documents to the tenant as-is (default true). Off, every request goes
   * through the composed schema: the benchmark turns it off, to show what the fast path saves.
   */
  fastPath?: boolean;
  /**
   * Run cross-surface and REST operations from a cached query plan (default true). Off, they go
   * through stitched execution: the reference the plan's differential test compares against.
   */
  queryPlan?: boolean;
}

/** The package's own operations (`operations/*.graphql`), judged at each schema change as app `ti-graph`. */
const GATEWAY_OPERATIONS_DIR = join(dirname(dirname(VENDOR_SNAPSHOT_DIR)), 'operations');

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
  /** The unified schema served now (it changes when the gateway follows the tenant's schema). */
  readonly schema: GraphQLSchema;
  logger: Logger;
  /** `GET /metrics` on its own listener, when `gateway.metrics` is set. */
  metricsUrl: string | undefined;
  /**
   * Reads the trusted-document manifests again (SIGUSR2; file changes do it by themselves). A
   * malformed manifest changes nothing: the previous set stays and the error is returned.
   */
  reloadTrustedDocuments(): Promise<{ ok: true; documents: number } | { ok: false; error: string }>;
  /**
   * Reads the tenant's schema now (as each `TI_GRAPH_SCHEMA_POLL_MS` poll does): unchanged, applied
   * (swapped in, every registered operation judged), refused (cannot be composed: the last good
   * graph stays) or failed (the tenant could not be read). Never throws.
   */
  reloadSchema(): Promise<CheckOutcome>;
  /**
   * Shuts down: readiness fails and every answer says `Connection: close` from now on; after the
   * drain window (none by default) it stops accepting, ends subscriptions (SSE complete,
   * graphql-ws close 1001), lets in-flight requests finish (up to the timeout, default 10 s; a
   * number is the timeout), then closes the tenant sockets. Called again, it returns the same promise.
   */
  close(options?: number | ShutdownOptions): Promise<void>;
}

export interface ShutdownOptions {
  /** How long to keep serving (answers say `Connection: close`) before not accepting; default 0. */
  drainMs?: number;
  /** Longest in-flight requests get once accepting stops; then their sockets are closed. */
  timeoutMs?: number;
  /** Ends the drain window early (a second signal). */
  cutDrain?: AbortSignal;
}

/** How long an idle socket gets, once the gateway stops accepting, to send one more request (answered, then closed). */
const IDLE_SOCKET_GRACE_MS = 1_000;
/** Before it stops accepting: no new connection for this long (clients settled on their sockets), or at most the max (or half the drain). */
const SETTLE_QUIET_MS = 250;
const SETTLE_MAX_MS = 2_000;

/** The composed schema with no executor: what `schema/unified.graphql` prints. */
export function buildGatewaySchema(tenantSchema: GraphQLSchema, extensions: readonly SchemaExtension[] = GATEWAY_EXTENSIONS): GraphQLSchema {
  return composeGatewaySchema({ tenantSchema, extensions }).schema;
}

export async function startGateway(options: GatewayOptions, internal: InternalGatewayOptions = {}): Promise<RunningGateway> {
  const { gateway, tenant: tenantConfig, rest } = options;
  // Throws (the CLI exits 2) when no credential is configured and a development token would be reachable.
  const devToken = developmentTokenFor(gateway, tenantConfig);
  const clientTokens = devToken ? [devToken] : gateway.tokens;
  const authenticator = createAuthenticator({ tokens: clientTokens, oidc: gateway.oidc });
  const secrets = [tenantConfig.apiKey, ...authenticator.secrets];
  const logger = createLogger({
    name: 'gateway',
    level: options.logLevel ?? 'info',
    secrets,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
  });

  // Read the IdP's discovery document now, so a wrong issuer shows in the first log lines; an IdP
  // that is down is retried on the first requests that need it (static tokens work meanwhile).
  await authenticator.discover().catch((error: unknown) => logger.warn({ err: error }, 'the identity provider could not be read at start; retrying on demand'));
  const trustedDocuments = gateway.trustedDocuments.length > 0 ? await loadTrustedDocuments({ paths: gateway.trustedDocuments, logger }) : undefined;
  // The client the tenant's schema is read with (at start, and by each poll): through the request
  // budget. The points budget prices calls on a tenant schema, so its client comes once that is known.
  const schemaClient = createTenantGraphqlClient(tenantConfig, { budget: options.budget, logger });
  const extensions = options.extensions ?? GATEWAY_EXTENSIONS;
  // The served graph: composed over a tenant schema at start, and again at each change of it while
  // the gateway follows the tenant (#23). Everything that reads a schema reads it from here.
  // Async, awaiting `between` between its synchronous steps (the stitched schema, its validation,
  // the plan schema): while following the tenant (which paces them), a request waits for about one
  // step, not for the whole build (#23).
  const buildServedGraph = async (tenantSchema: GraphQLSchema, between: () => Promise<unknown> = yieldToRequests): Promise<ServedGraph> => {
    const composed = composeGatewaySchema({ tenantSchema, executor: tenant.executor, extensions });
    await between();
    // graphql-js keeps the verdict: the first request on the new graph does not pay for it.
    assertValidSchema(composed.schema);
    await between();
    const router = createDocumentRouter({
      schema: composed.schema,
      extensionFields: composed.extensionFields,
      fieldScopes: composed.fieldScopes,
      limits: documentLimits(gateway),
    });
    await between();
    const planner =
      internal.queryPlan === false
        ? undefined
        : createQueryPlanner({
            schema: composed.schema,
            tenantSchema,
            extensions,
            extensionFields: composed.extensionFields,
            // Its tenant calls share the executor's batches: queries retried, mutations sent once.
            tenantBatch: tenant.batch,
            logger,
          });
    return { schema: composed.schema, tenantSchema, router, planner, fieldScopes: composed.fieldScopes, extensionFields: composed.extensionFields };
  };
  const following = gateway.schemaPollMs > 0;
  const introspectTenant = () => introspectThrough(schemaClient.http, maskUrl(tenantConfig.graphqlPath));
  const startingSchema = async (): Promise<GraphQLSchema> => {
    if (options.tenantSchema) return options.tenantSchema;
    if (!gateway.liveSchema) return loadSnapshotSchema();
    if (!following) return introspectTenantSchema(tenantConfig);
    // Following the tenant: an unreachable tenant at start is not fatal, the next poll catches up.
    return introspectTenant().then((introspected) => introspected.schema()).catch((error: unknown) => {
      logger.warn({ err: error, snapshot: snapshotSchemaPath() }, "the tenant's schema could not be read at start: serving the committed snapshot until a poll reads it");
      return loadSnapshotSchema();
    });
  };
  const metrics: GatewayMetrics | undefined = gateway.metrics
    ? createGatewayMetrics({
        ...(options.budget?.tokensLeft ? { budgetTokens: () => options.budget!.tokensLeft!() } : {}),
        ...(options.events ? { subscriptionsDropped: () => options.events!.bus.stats().dropped } : {}),
      })
    : undefined;
  const followMetrics = createSchemaFollowMetrics(metrics?.registry);
  const startingTenantSchema = await startingSchema();
  // Points are priced on the tenant schema served now: a swapped-in schema reprices them.
  let servedTenantSchema = (): GraphQLSchema => startingTenantSchema;
  const tenant = options.points
    ? createTenantGraphqlClient(tenantConfig, { budget: options.budget, logger, points: { budget: options.points, schema: () => servedTenantSchema() } })
    : schemaClient;
  const alerts = gateway.schemaAlertUrl ? createAlertSender({ url: gateway.schemaAlertUrl, logger, claim: options.schemaAlertClaim }) : undefined;
  const follower: SchemaFollower = createSchemaFollower({
    initial: await buildServedGraph(startingTenantSchema),
    build: buildServedGraph,
    introspect: introspectTenant,
    pollMs: gateway.schemaPollMs,
    registered: () => loadRegisteredOperations({ manifests: gateway.trustedDocuments, operationsDir: options.operationsDir ?? GATEWAY_OPERATIONS_DIR }),
    logger,
    metrics: followMetrics,
    alerts,
  });
  const currentGraph = (): ServedGraph => follower.current();
  servedTenantSchema = () => follower.current().tenantSchema;
  // What the registered operations break already, so the gauge and the refusals start true.
  if (following) void follower.rejudge();
  // A trusted document's operation the tenant's current schema broke is refused, naming what changed.
  const trusted = createTrustedDocumentGate(trustedDocuments, gateway.trustedOnly, (text, operationName) => follower.documentVerdict(text, operationName));
  const planner = internal.queryPlan === false ? undefined : followingPlanner(currentGraph);
  const restConcurrency = options.restConcurrency ?? 10;
  const restScheduler = createRestScheduler(options.restGlobalConcurrency ?? 64);
  const createContext = (base: Pick<GatewayContext, 'requestId' | 'client' | 'authToken' | 'logger'>): GatewayContext => {
    const reporting = reportingRestClient(rest);
    const loaders = createRestLoaders(reporting.rest, restConcurrency, restScheduler);
    return { ...base, rest: loaders.rest, loaders, batchScope: loaders, events: options.events?.bus, cacheReport: reporting.report };
  };
  const tracing = createTracing(gateway.tracing, options.spanExporter ? { exporter: options.spanExporter } : {});
  const observability = createObservability({
    metrics,
    tracing,
    // A new REST shape goes through the schema alert too, once per endpoint and field.
    ...(alerts
      ? {
          onRestContract: (violation: { endpoint: string; field: string; fresh: boolean; usable: boolean }) => {
            if (!violation.fresh) return;
            void alerts.send({
              key: `rest-${violation.endpoint}-${violation.field}`,
              kind: 'rest-contract',
              text: `Thought Industries changed a REST response: ${violation.endpoint} at ${violation.field} no longer has the documented shape${violation.usable ? ' (ti-graph drops the field and uses the rest)' : ' (calls to it fail)'}.`,
              ...violation,
            });
          },
        }
      : {}),
  });
  const observed = metrics !== undefined || tracing !== undefined;
  let shuttingDown = false;
  // Whether answers say Connection: close: during shutdown, except while the clients settle (close()).
  let closeConnections = false;
  // One GraphQL context per HTTP request, shared by the operations of a batch (their tenant calls
  // go out as one array POST); built once the door admitted the client (door or Yoga executing).
  const requestContexts = new WeakMap<object, GatewayContext>();
  // Asked only once the client is admitted (its identity is on the state).
  const contextFor = (state: FrontDoorState): GatewayContext => {
    let context = requestContexts.get(state);
    if (!context) {
      context = createContext({ requestId: state.requestId, client: state.client!, authToken: state.authToken, logger });
      requestContexts.set(state, context);
    }
    return context;
  };
  // The one masker: the front door and Yoga word every error with it.
  const maskError = createErrorMasker(secrets, logger);
  const frontDoor = createFrontDoor({
    logger,
    maskError,
    corsOrigins: gateway.corsOrigins,
    graphiql: !gateway.production,
    authenticator,
    rateLimiter: gateway.clientRate ? createClientRateLimiter(gateway.clientRate) : undefined,
    tenant,
    trusted,
    hasTrustedDocuments: trustedDocuments !== undefined,
    tenantKey: tenantConfig.apiKey,
    maxRequestBytes: gateway.maxRequestBytes,
    drainBytes: DRAIN_BYTES,
    maxBatchOperations: MAX_BATCH_OPERATIONS,
    ...(internal.fastPath === false ? {} : { fastPath: { graph: currentGraph } }),
    ...(planner ? { plan: { planner, context: contextFor, maxResponseBytes: gateway.maxResponseBytes } } : {}),
    admission: { maxInFlight: gateway.maxComposedInFlight, maxQueued: gateway.maxComposedQueued, queueTimeoutMs: gateway.queueTimeoutMs },
    forwardAdmission: { maxInFlight: gateway.maxForwardInFlight, maxQueued: gateway.maxForwardQueued, queueTimeoutMs: gateway.queueTimeoutMs },
    ...(options.events ? { webhooks: options.events.receiver } : {}),
    shuttingDown: () => shuttingDown,
    closeConnections: () => closeConnections,
    context: contextFor,
    subscriptions: { perSocket: gateway.maxSubscriptionsPerSocket, perClient: gateway.maxSubscriptionsPerClient },
    maxJsonDepth: gateway.maxJsonDepth,
    ...(observed ? { observeRequest: observability.observeRequest, observeAdmission: observability.observeAdmission } : {}),
  });
  const yoga = createGatewayYoga({
    schema: currentGraph().schema,
    fieldScopes: currentGraph().fieldScopes,
    gateway,
    logger,
    // The development token exists only on loopback in development (developmentTokenFor).
    graphiqlHeaders: { Authorization: devToken ? `Bearer ${devToken.token}` : 'Bearer <your client token>' },
    frontDoor: frontDoor.plugins,
    maskError,
    // The query plan's plugin after every check: it replaces execution.
    plugins: [useServedSchema(currentGraph), useTrustedDocuments(trusted), useCacheAge() as never, ...(planner ? [useQueryPlan(planner) as never] : [])],
    maxRequestBytes: gateway.maxRequestBytes,
    context: (serverContext: FrontDoorServerContext) => {
      const state = serverContext.frontDoor;
      // graphql-ws connections bring their own context (built below); HTTP requests get theirs here.
      if (!state?.client) return {};
      return contextFor(state);
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
    observability.wrapListener(frontDoor.listener(yoga.requestListener as never)),
  );
  const connections = trackConnections(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(gateway.port, gateway.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // graphql-ws on the GraphQL path, through the front door's rules (auth, rate, admission, access line).
  const ws = frontDoor.attachWebSockets(server, yoga as never);
  const metricsServer: MetricsServer | undefined = metrics && gateway.metrics ? await startMetricsServer(metrics, gateway.metrics) : undefined;
  const { port } = server.address() as AddressInfo;
  const host = gateway.host.includes(':') ? `[${gateway.host}]` : gateway.host;
  const url = `http://${host}:${port}/graphql`;
  logger.info(
    { url, tenant: tenant.http.displayUrl, clients: authenticator.describe.tokens, oidcIssuer: authenticator.describe.oidcIssuer, trustedDocuments: trustedDocuments?.size, trustedOnly: gateway.trustedOnly },
    'gateway listening',
  );

  let closing: Promise<void> | undefined;
  return {
    url,
    graphiql: gateway.production ? undefined : url,
    token: devToken?.token,
    clients: clientTokens,
    get schema() {
      return currentGraph().schema;
    },
    logger,
    metricsUrl: metricsServer?.url,
    reloadTrustedDocuments: async () => {
      const result = (await trustedDocuments?.reload()) ?? { ok: true as const, documents: 0 };
      // New manifests are new registered operations: judge them against the served schema.
      if (result.ok && following) await follower.rejudge();
      return result;
    },
    reloadSchema: () => follower.check(),
    close(shutdown = {}) {
      const { drainMs = 0, timeoutMs = 10_000, cutDrain } = typeof shutdown === 'number' ? { timeoutMs: shutdown } : shutdown;
      closing ??= (async () => {
        // From now on /readyz answers 503 and every response says Connection: close, so a load
        // balancer takes this instance out and clients stop reusing its sockets, while it still serves.
        shuttingDown = true;
        closeConnections = true;
        if (drainMs > 0) {
          logger.info({ drainMs }, 'draining: readiness fails, still serving');
          // The drain's second half answers keep-alive again: clients stop
          // reconnecting, so no connection waits in the accept queue when the listener closes
          // (the kernel resets each one that does, though its request was sent).
          const settleMs = Math.floor(drainMs / 2);
          await sleep(drainMs - settleMs, cutDrain).catch(() => undefined);
          closeConnections = false;
          await sleep(settleMs, cutDrain).catch(() => undefined);
        }
        closeConnections = false;
        await connections.settle({ quietMs: SETTLE_QUIET_MS, maxMs: Math.max(SETTLE_MAX_MS, Math.floor(drainMs / 2)) });
        closeConnections = true;
        // An idle keep-alive socket cannot be closed safely (its client may be sending on it that
        // instant): after a drain, give clients half the timeout to use it once more (the answer
        // closes it) or drop it themselves; without one (Ctrl-C, tests), a second at most.
        const idleGraceMs = drainMs > 0 ? timeoutMs / 2 : Math.min(IDLE_SOCKET_GRACE_MS, timeoutMs / 4);
        const stopped = connections.stop({ timeoutMs, idleGraceMs });
        // Subscriptions never finish on their own: complete them (graphql-ws: close 1001) so their connections go idle now.
        await ws.close();
        options.events?.bus.endSubscriptions();
        await stopped;
        trustedDocuments?.close();
        follower.close();
        await yoga.dispose();
        await metricsServer?.close();
        await tracing?.shutdown();
        tenant.close();
        if (schemaClient !== tenant) schemaClient.close();
        logger.info('gateway stopped');
      })();
      return closing;
    },
  };
}
