import { z } from 'zod';
import { PROFILES, type ProfileName, type RestAuthStyle, type GraphqlAuthStyle } from './profiles.js';

/** Retry policy of the one retry layer (the REST client's). */
export interface RetryPolicy {
  /** Total attempts including the first. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Overall deadline across all attempts of one call. */
  deadlineMs: number;
}

/** A client-side token bucket, so callers stay under a known budget instead of finding it by 429s. */
export interface RateBudget {
  perMinute: number;
  burst: number;
}

export interface TenantConfig {
  /** Origin of the tenant, e.g. https://acme.thoughtindustries.com (no trailing slash). */
  baseUrl: string;
  apiKey: string;
  profile: ProfileName;
  restBasePath: string;
  restAuth: RestAuthStyle;
  graphqlPath: string;
  graphqlAuth: GraphqlAuthStyle;
  timeoutMs: number;
  retry: RetryPolicy;
  rateBudget: RateBudget | undefined;
  /** Check customFields keys against the tenant's configured keys before writing (seed: unknown keys are silently dropped). */
  checkCustomFields: boolean;
  /** The tenant's configured customFields keys (admin portal), when known. */
  customFieldKeys: string[] | undefined;
}

/** How instances share the tenant's budget over Redis (src/tenant/budget). */
export interface BudgetConfig {
  /** The tenant's separate budget for user writes (POST/PUT/DELETE), on top of the request budget. */
  writes: RateBudget | undefined;
  /**
   * How many instances share the tenant's budget: with Redis unreachable, each falls back to
   * 1/instances of it. Undefined: an equal split among the instances last seen in Redis.
   */
  instances: number | undefined;
  /**
   * The tenant's GraphQL points a minute (TI_GRAPHQL_POINTS_PER_MINUTE; TI allows 100,000), drawn
   * per tenant call by its priced points (src/cost); burst a sixth of it, at least one query's
   * 1,000. Undefined: off.
   */
  points: RateBudget | undefined;
}

/** The REST read cache (src/tenant/cache). */
export interface CacheConfig {
  /** How long an entry lives; 0 turns the cache off. */
  ttlMs: number;
  /** Bound of the in-memory cache (entries); Redis bounds itself by TTL. */
  maxEntries: number;
  /** While the tenant's events arrive, entries are fresh until one invalidates them, at most this long. */
  safetyTtlMs: number;
  /** Events count as arriving when a webhook or poll cycle came within this window; 0: never trusted. */
  eventsWindowMs: number;
  /** A read that finds nothing waits at most this long for a budget slot before RATE_LIMITED; 0: the retry deadline. */
  missWaitMs: number;
  /** Spare budget refreshes what live reads ask for most, and loads the roster at start. */
  warm: boolean;
}

/**
 * Client scopes, ranked: admin implies write, write implies read. The one list of them (token
 * parsing, the gateway's checks and the REST endpoint table read it).
 */
/** read < write < admin are ranked; `schema` stands alone: it lets a client introspect in production (CI's drift check). */
export const SCOPES = ['read', 'write', 'admin', 'schema'] as const;
export type Scope = (typeof SCOPES)[number];

export interface ClientToken {
  token: string;
  scopes: Scope[];
  name: string;
}

/** End-user auth by an OpenID provider's JWT access tokens (`TI_GRAPH_OIDC_*`). */
export interface OidcConfig {
  /** Exact `iss` of accepted tokens; discovery is read from `{issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** A token's `aud` must contain this value. */
  audience: string;
  /** The claim holding the granted scopes (a space-separated string or an array); dots walk into objects. */
  scopesClaim: string;
  /** Only scope values with this prefix count, with the prefix removed (`ti-graph:read` -> `read`). */
  scopePrefix: string;
  /** Clock skew allowed on `exp` and `nbf`. */
  clockToleranceSeconds: number;
  /** Least time between two JWKS fetches caused by an unknown `kid` (a flood of made-up kids costs one fetch per period). */
  refreshCooldownMs: number;
}

export interface GatewayConfig {
  port: number;
  host: string;
  /** Production turns GraphiQL and introspection off. */
  production: boolean;
  /** Client bearer tokens; empty means a development token is minted at start. */
  tokens: ClientToken[];
  /** The development token's value when pinned (TI_GRAPH_DEV_TOKEN); minted per run otherwise. Loopback only, like a minted one. */
  devToken?: string;
  maxDepth: number;
  /**
   * The most a document's tenant part may cost in Thought Industries' points (src/cost), refused
   * before the tenant is called (TI_GRAPH_MAX_COST; default 1,000, the vendor's per-query limit).
   */
  maxCost: number;
  /** Estimated REST calls one request may make; more is refused up front. */
  maxRestCalls: number;
  /** Aliased fields per document. */
  maxAliases: number;
  /** Lexical tokens per document. */
  maxTokens: number;
  /** Bytes of one GraphQL response. */
  maxResponseBytes: number;
  maxRequestBytes: number;
  /** Load the tenant schema by live introspection instead of the committed snapshot. */
  liveSchema: boolean;
  /** Introspect the tenant every N ms and swap in a changed schema; 0: never (the schema served at start stays). */
  schemaPollMs: number;
  /** Where a vendor schema change (and what it breaks) is POSTed as JSON with a `text` summary; undefined: nowhere. */
  schemaAlertUrl: string | undefined;
  /** OIDC / JWT client auth; undefined when no issuer is configured. Works next to `tokens`. */
  oidc: OidcConfig | undefined;
  /** Trusted-document manifests: files, or folders of `*.json` manifests (one per app). */
  trustedDocuments: string[];
  /** Refuse free-text documents: only ids (or texts) from the manifests run. */
  trustedOnly: boolean;
  /** A token bucket per client identity; undefined: no per-client limit. */
  clientRate: RateBudget | undefined;
  /** Admission control for composed (Yoga-executed) requests: in flight, queued, longest wait. */
  maxComposedInFlight: number;
  maxComposedQueued: number;
  queueTimeoutMs: number;
  /** Browser origins allowed to call the gateway (CORS): '*' any, [] none (production's default). */
  corsOrigins: '*' | string[];
  /** Open subscriptions one graphql-ws socket, and one client identity (every socket and SSE stream), may hold. */
  maxSubscriptionsPerSocket: number;
  maxSubscriptionsPerClient: number;
  /** Deepest nesting of arrays and objects in request JSON (bodies, variables, extensions): refused before it is parsed. */
  maxJsonDepth: number;
  /** Admission control for forwarded (tenant-only) requests: sent to the tenant at once, waiting (then 503). */
  maxForwardInFlight: number;
  maxForwardQueued: number;
  /** Slow clients: all headers within, the whole request within, an idle keep-alive socket closed after. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  /**
   * Shutdown (SIGTERM, SIGINT, SIGHUP): /readyz answers 503 at once and the gateway keeps serving
   * (every response `Connection: close`) for `shutdownDrainMs`, so a load balancer sees it leave;
   * then it stops accepting and gives in-flight work up to `shutdownTimeoutMs` before closing sockets.
   */
  shutdownDrainMs: number;
  shutdownTimeoutMs: number;
  /**
   * How far V8 lets the heap grow past what is live before collecting it (`--heap-growing-percent`),
   * set by `ti-graph serve` for its own process; 0 leaves V8's own heuristics.
   */
  heapGrowingPercent: number;
  /** `GET /metrics` (Prometheus) on its own listener; undefined: off. */
  metrics: { port: number; host: string } | undefined;
  /** OpenTelemetry traces (OTEL_* variables); undefined: off. */
  tracing: TracingConfig | undefined;
}

/** OpenTelemetry tracing, from the standard OTEL_* variables; undefined: off (no tracer at all). */
export interface TracingConfig {
  serviceName: string;
  /** OTLP/HTTP traces endpoint (`.../v1/traces`). */
  tracesEndpoint: string;
  headers: Record<string, string>;
}

export interface Config {
  /** The real tenant; undefined means "use the embedded sandbox". */
  tenant: TenantConfig | undefined;
  /** Settings for talking to a tenant, shared with the sandbox when it stands in. */
  tenantDefaults: Omit<TenantConfig, 'baseUrl' | 'apiKey'>;
  gateway: GatewayConfig;
  webhookSecret: string | undefined;
  /** Events a subscriber may have waiting (unread) before it is dropped (TI_GRAPH_SUBSCRIPTION_BUFFER). */
  subscriptionBuffer: number;
  redisUrl: string | undefined;
  /**
   * Prefix of every Redis key and channel (events, dedupe, budget, cache). Instances that share a
   * tenant share it; unrelated deployments on one Redis use different ones.
   */
  redisNamespace: string;
  budget: BudgetConfig;
  cache: CacheConfig;
  logLevel: string;
}

const int = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const bool = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.enum(['1', '0', 'true', 'false', 'yes', 'no'], { error: 'must be true or false' }))
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const path = z.string().trim().regex(/^\/[^?#\s]*$/, 'must be a path starting with "/"').transform((p) => p.replace(/\/+$/, ''));

/** Every environment variable ti-graph reads, with its rule. Unknown TI_* variables are rejected. */
export const envSchema = z.object({
  TI_SUBDOMAIN: z
    .string()
    .trim()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/i, 'must be a subdomain like "acme" (letters, digits, hyphens)')
    .optional(),
  TI_BASE_URL: z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL like https://acme.thoughtindustries.com' }))
    .optional(),
  TI_API_KEY: z.string().trim().min(8, 'must be the tenant API key (at least 8 characters)').optional(),
  TI_PROFILE: z.enum(['seed', 'v2'], { error: 'must be "seed" or "v2"' }).optional(),
  TI_REST_BASE_PATH: path.optional(),
  TI_REST_AUTH: z.enum(['header', 'query', 'bearer'], { error: 'must be header, query or bearer' }).optional(),
  TI_GRAPHQL_PATH: path.optional(),
  TI_GRAPHQL_AUTH: z.enum(['header', 'query'], { error: 'must be header or query' }).optional(),
  TI_TIMEOUT_MS: int(100, 600_000).optional(),
  TI_RETRY_MAX_ATTEMPTS: int(1, 20).optional(),
  TI_RETRY_BASE_DELAY_MS: int(1, 60_000).optional(),
  TI_RETRY_MAX_DELAY_MS: int(1, 300_000).optional(),
  TI_RETRY_DEADLINE_MS: int(100, 3_600_000).optional(),
  TI_RATE_PER_MINUTE: int(1, 1_000_000).optional(),
  TI_RATE_BURST: int(1, 100_000).optional(),
  TI_RATE_WRITES_PER_MINUTE: int(1, 1_000_000).optional(),
  TI_RATE_WRITES_BURST: int(1, 100_000).optional(),
  TI_RATE_INSTANCES: int(1, 10_000).optional(),
  TI_GRAPHQL_POINTS_PER_MINUTE: int(1, 100_000_000).optional(),
  TI_CHECK_CUSTOM_FIELDS: bool.optional(),
  TI_CUSTOM_FIELD_KEYS: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]+(,[A-Za-z0-9_.-]+)*$/, 'must be a comma-separated list of keys like department,employeeId')
    .transform((v) => v.split(','))
    .optional(),
  TI_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  TI_GRAPH_SUBSCRIPTION_BUFFER: int(1, 1_000_000).optional(),
  TI_GRAPH_PORT: int(0, 65_535).optional(),
  TI_GRAPH_HOST: z.string().trim().min(1).optional(),
  TI_GRAPH_ENV: z.enum(['development', 'production'], { error: 'must be development or production' }).optional(),
  TI_GRAPH_TOKENS: z.string().optional(),
  TI_GRAPH_DEV_TOKEN: z.string().regex(/^[\w.~+/=-]{16,}$/, 'must be at least 16 characters of letters, digits and -._~+/=').optional(),
  TI_GRAPH_MAX_DEPTH: int(1, 100).optional(),
  TI_GRAPH_MAX_COST: int(1, 1_000_000).optional(),
  TI_GRAPH_MAX_REST_CALLS: int(1, 100_000).optional(),
  TI_GRAPH_MAX_ALIASES: int(1, 10_000).optional(),
  TI_GRAPH_MAX_TOKENS: int(100, 1_000_000).optional(),
  TI_GRAPH_MAX_RESPONSE_BYTES: int(1_024, 1_000_000_000).optional(),
  TI_GRAPH_MAX_REQUEST_BYTES: int(1_024, 100_000_000).optional(),
  TI_GRAPH_LIVE_SCHEMA: bool.optional(),
  TI_GRAPH_SCHEMA_POLL_MS: int(0, 86_400_000).optional(),
  TI_GRAPH_SCHEMA_ALERT_URL: z.string().trim().pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL (a Slack-compatible incoming webhook, for one)' })).optional(),
  TI_GRAPH_OIDC_ISSUER: z
    .string()
    .trim()
    .pipe(z.url({ protocol: /^https?$/, error: 'must be the issuer URL of the OpenID provider, e.g. https://login.example.com/realms/acme' }))
    .optional(),
  TI_GRAPH_OIDC_AUDIENCE: z.string().trim().min(1).optional(),
  TI_GRAPH_OIDC_SCOPES_CLAIM: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/, 'must be a claim name like scope, scp or realm_access.roles')
    .optional(),
  TI_GRAPH_OIDC_SCOPE_PREFIX: z.string().trim().optional(),
  TI_GRAPH_OIDC_CLOCK_SKEW_SECONDS: int(0, 600).optional(),
  TI_GRAPH_OIDC_REFRESH_COOLDOWN_MS: int(0, 3_600_000).optional(),
  TI_GRAPH_TRUSTED_DOCUMENTS: z.string().trim().min(1).optional(),
  TI_GRAPH_TRUSTED_ONLY: bool.optional(),
  TI_GRAPH_CLIENT_RATE: z
    .string()
    .trim()
    .regex(/^\d+\/min(,\d+)?$/, 'must look like 600/min or 600/min,100 (requests per minute per client, optional burst)')
    .optional(),
  TI_GRAPH_CACHE_TTL_MS: int(0, 86_400_000).optional(),
  TI_GRAPH_CACHE_MAX_ENTRIES: int(1, 10_000_000).optional(),
  TI_GRAPH_CACHE_SAFETY_TTL_MS: int(1, 604_800_000).optional(),
  TI_GRAPH_CACHE_EVENTS_WINDOW_MS: int(0, 86_400_000).optional(),
  TI_GRAPH_CACHE_MISS_WAIT_MS: int(0, 600_000).optional(),
  TI_GRAPH_CACHE_WARM: bool.optional(),
  TI_GRAPH_MAX_COMPOSED_IN_FLIGHT: int(1, 100_000).optional(),
  TI_GRAPH_MAX_COMPOSED_QUEUE: int(0, 100_000).optional(),
  TI_GRAPH_QUEUE_TIMEOUT_MS: int(1, 60_000).optional(),
  TI_GRAPH_MAX_SUBSCRIPTIONS_PER_SOCKET: int(1, 100_000).optional(),
  TI_GRAPH_MAX_SUBSCRIPTIONS_PER_CLIENT: int(1, 1_000_000).optional(),
  TI_GRAPH_MAX_JSON_DEPTH: int(2, 10_000).optional(),
  TI_GRAPH_MAX_FORWARD_IN_FLIGHT: int(1, 100_000).optional(),
  TI_GRAPH_MAX_FORWARD_QUEUE: int(0, 100_000).optional(),
  TI_GRAPH_CORS_ORIGINS: z
    .string()
    .trim()
    .regex(/^(\*|https?:\/\/[^\s,/]+(\s*,\s*https?:\/\/[^\s,/]+)*)$/, 'must be * or a comma-separated list of origins like https://app.example.com,http://localhost:3000')
    .transform((v): '*' | string[] => (v === '*' ? '*' : v.split(',').map((origin) => origin.trim())))
    .optional(),
  TI_GRAPH_HEADERS_TIMEOUT_MS: int(100, 600_000).optional(),
  TI_GRAPH_REQUEST_TIMEOUT_MS: int(100, 3_600_000).optional(),
  TI_GRAPH_HEAP_GROWING_PERCENT: int(0, 1_000).optional(),
  TI_GRAPH_IDLE_TIMEOUT_MS: int(100, 3_600_000).optional(),
  TI_GRAPH_SHUTDOWN_DRAIN_MS: int(0, 600_000).optional(),
  TI_GRAPH_SHUTDOWN_TIMEOUT_MS: int(100, 600_000).optional(),
  TI_GRAPH_METRICS_PORT: int(0, 65_535).optional(),
  TI_GRAPH_METRICS_HOST: z.string().trim().min(1).optional(),
  OTEL_SDK_DISABLED: bool.optional(),
  OTEL_TRACES_EXPORTER: z.enum(['otlp', 'none'], { error: 'must be otlp or none' }).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().trim().pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })).optional(),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().trim().pipe(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })).optional(),
  OTEL_EXPORTER_OTLP_HEADERS: z
    .string()
    .trim()
    .regex(/^[^=,]+=[^,]*(,[^=,]+=[^,]*)*$/, 'must be a comma-separated list of key=value')
    .optional(),
  OTEL_SERVICE_NAME: z.string().trim().min(1).optional(),
  REDIS_URL: z.string().trim().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  TI_REDIS_NAMESPACE: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'must be letters, digits and _ . : - (at most 100), like ti-graph-prod')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be a pino level' }).optional(),
});

export type Env = z.infer<typeof envSchema>;

export { PROFILES };
