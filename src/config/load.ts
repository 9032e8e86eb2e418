import { ConfigError } from '../errors/index.js';
import { envSchema, PROFILES, SCOPES, type Config, type ClientToken, type Env, type GatewayConfig, type RateBudget, type TenantConfig } from './schema.js';

const KNOWN_SCOPES: ReadonlySet<string> = new Set(SCOPES);

/**
 * The REST read cache's default lifetime. Short, because a tenant whose webhooks do not reach the
 * gateway has nothing else to expire entries by; with webhooks, changes invalidate entries at once.
 */
export const DEFAULT_CACHE_TTL_MS = 30_000;

/**
 * Parses the environment once, at the edge (CLI or server start). Everything deeper receives the
 * resulting `Config`; nothing else reads `process.env`.
 *
 * @throws ConfigError naming the variable and what is wrong with it.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => v !== undefined && v !== '' && k in envSchema.shape),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ConfigError(String(issue.path[0] ?? 'environment'), issue.message);
  }
  const e = parsed.data;
  const profile = PROFILES[e.TI_PROFILE ?? 'seed'];

  const tenantDefaults: Config['tenantDefaults'] = {
    profile: profile.name,
    restBasePath: e.TI_REST_BASE_PATH ?? profile.restBasePath,
    restAuth: e.TI_REST_AUTH ?? profile.restAuth,
    graphqlPath: e.TI_GRAPHQL_PATH ?? profile.graphqlPath,
    graphqlAuth: e.TI_GRAPHQL_AUTH ?? profile.graphqlAuth,
    timeoutMs: e.TI_TIMEOUT_MS ?? 10_000,
    retry: {
      maxAttempts: e.TI_RETRY_MAX_ATTEMPTS ?? 5,
      baseDelayMs: e.TI_RETRY_BASE_DELAY_MS ?? 200,
      maxDelayMs: e.TI_RETRY_MAX_DELAY_MS ?? 10_000,
      deadlineMs: e.TI_RETRY_DEADLINE_MS ?? 60_000,
    },
    rateBudget:
      e.TI_RATE_PER_MINUTE !== undefined
        ? { perMinute: e.TI_RATE_PER_MINUTE, burst: e.TI_RATE_BURST ?? Math.max(1, Math.ceil(e.TI_RATE_PER_MINUTE / 6)) }
        : undefined,
    checkCustomFields: e.TI_CHECK_CUSTOM_FIELDS ?? true,
    customFieldKeys: e.TI_CUSTOM_FIELD_KEYS,
  };
  if (e.TI_RATE_BURST !== undefined && e.TI_RATE_PER_MINUTE === undefined) {
    throw new ConfigError('TI_RATE_BURST', 'is set but TI_RATE_PER_MINUTE is not; set both');
  }
  if (e.TI_RATE_WRITES_BURST !== undefined && e.TI_RATE_WRITES_PER_MINUTE === undefined) {
    throw new ConfigError('TI_RATE_WRITES_BURST', 'is set but TI_RATE_WRITES_PER_MINUTE is not; set both');
  }
  if (tenantDefaults.retry.baseDelayMs > tenantDefaults.retry.maxDelayMs) {
    throw new ConfigError('TI_RETRY_BASE_DELAY_MS', 'must not exceed TI_RETRY_MAX_DELAY_MS');
  }

  let tenant: TenantConfig | undefined;
  if (e.TI_SUBDOMAIN && e.TI_BASE_URL) {
    throw new ConfigError('TI_SUBDOMAIN', 'set either TI_SUBDOMAIN or TI_BASE_URL, not both');
  }
  const baseUrl = e.TI_BASE_URL
    ? new URL(e.TI_BASE_URL).origin
    : e.TI_SUBDOMAIN
      ? `https://${e.TI_SUBDOMAIN.toLowerCase()}.thoughtindustries.com`
      : undefined;
  if (baseUrl && !e.TI_API_KEY) {
    throw new ConfigError('TI_API_KEY', `is required when ${e.TI_BASE_URL ? 'TI_BASE_URL' : 'TI_SUBDOMAIN'} is set`);
  }
  if (!baseUrl && e.TI_API_KEY) {
    throw new ConfigError('TI_BASE_URL', 'TI_API_KEY is set but no tenant: set TI_SUBDOMAIN or TI_BASE_URL');
  }
  if (baseUrl && e.TI_API_KEY) tenant = { ...tenantDefaults, baseUrl, apiKey: e.TI_API_KEY };
  const production = e.TI_GRAPH_ENV === 'production';
  const trustedDocuments = (e.TI_GRAPH_TRUSTED_DOCUMENTS ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  if (e.TI_GRAPH_TRUSTED_ONLY === true && trustedDocuments.length === 0) {
    throw new ConfigError('TI_GRAPH_TRUSTED_ONLY', 'is true but TI_GRAPH_TRUSTED_DOCUMENTS names no manifest: every request would be refused');
  }

  return {
    tenant,
    tenantDefaults,
    gateway: {
      port: e.TI_GRAPH_PORT ?? 4000,
      host: e.TI_GRAPH_HOST ?? '127.0.0.1',
      production,
      tokens: parseTokens(e.TI_GRAPH_TOKENS),
      ...(e.TI_GRAPH_DEV_TOKEN ? { devToken: e.TI_GRAPH_DEV_TOKEN } : {}),
      maxDepth: e.TI_GRAPH_MAX_DEPTH ?? 12,
      maxCost: e.TI_GRAPH_MAX_COST ?? 1_000,
      maxRestCalls: e.TI_GRAPH_MAX_REST_CALLS ?? 250,
      maxAliases: e.TI_GRAPH_MAX_ALIASES ?? 50,
      maxTokens: e.TI_GRAPH_MAX_TOKENS ?? 5_000,
      maxResponseBytes: e.TI_GRAPH_MAX_RESPONSE_BYTES ?? 16_000_000,
      maxRequestBytes: e.TI_GRAPH_MAX_REQUEST_BYTES ?? 1_000_000,
      liveSchema: e.TI_GRAPH_LIVE_SCHEMA ?? false,
      schemaPollMs: e.TI_GRAPH_SCHEMA_POLL_MS ?? 0,
      schemaAlertUrl: e.TI_GRAPH_SCHEMA_ALERT_URL,
      oidc: parseOidc(e),
      trustedDocuments,
      // Production with manifests: only the apps' own documents run, unless said otherwise.
      trustedOnly: e.TI_GRAPH_TRUSTED_ONLY ?? (production && trustedDocuments.length > 0),
      clientRate: parseClientRate(e.TI_GRAPH_CLIENT_RATE),
      maxComposedInFlight: e.TI_GRAPH_MAX_COMPOSED_IN_FLIGHT ?? 32,
      maxComposedQueued: e.TI_GRAPH_MAX_COMPOSED_QUEUE ?? 64,
      queueTimeoutMs: e.TI_GRAPH_QUEUE_TIMEOUT_MS ?? 1_000,
      // Development answers any origin (GraphiQL elsewhere, a local app); production none unless named.
      corsOrigins: e.TI_GRAPH_CORS_ORIGINS ?? (production ? [] : '*'),
      maxSubscriptionsPerSocket: e.TI_GRAPH_MAX_SUBSCRIPTIONS_PER_SOCKET ?? 50,
      maxSubscriptionsPerClient: e.TI_GRAPH_MAX_SUBSCRIPTIONS_PER_CLIENT ?? 500,
      maxJsonDepth: e.TI_GRAPH_MAX_JSON_DEPTH ?? 64,
      // As many as the tenant connection pool holds; a longer queue only waits longer (then 503).
      maxForwardInFlight: e.TI_GRAPH_MAX_FORWARD_IN_FLIGHT ?? 64,
      maxForwardQueued: e.TI_GRAPH_MAX_FORWARD_QUEUE ?? 128,
      headersTimeoutMs: e.TI_GRAPH_HEADERS_TIMEOUT_MS ?? 10_000,
      requestTimeoutMs: e.TI_GRAPH_REQUEST_TIMEOUT_MS ?? 30_000,
      heapGrowingPercent: e.TI_GRAPH_HEAP_GROWING_PERCENT ?? 50,
      idleTimeoutMs: e.TI_GRAPH_IDLE_TIMEOUT_MS ?? 65_000,
      shutdownDrainMs: e.TI_GRAPH_SHUTDOWN_DRAIN_MS ?? 5_000,
      shutdownTimeoutMs: e.TI_GRAPH_SHUTDOWN_TIMEOUT_MS ?? 10_000,
      metrics: e.TI_GRAPH_METRICS_PORT !== undefined ? { port: e.TI_GRAPH_METRICS_PORT, host: e.TI_GRAPH_METRICS_HOST ?? '127.0.0.1' } : undefined,
      tracing: tracingConfig(e),
    },
    webhookSecret: e.TI_WEBHOOK_SECRET,
    subscriptionBuffer: e.TI_GRAPH_SUBSCRIPTION_BUFFER ?? 1_000,
    redisUrl: e.REDIS_URL,
    redisNamespace: e.TI_REDIS_NAMESPACE ?? 'ti-graph',
    budget: {
      writes:
        e.TI_RATE_WRITES_PER_MINUTE !== undefined
          ? { perMinute: e.TI_RATE_WRITES_PER_MINUTE, burst: e.TI_RATE_WRITES_BURST ?? Math.max(1, Math.ceil(e.TI_RATE_WRITES_PER_MINUTE / 6)) }
          : undefined,
      instances: e.TI_RATE_INSTANCES,
      points:
        e.TI_GRAPHQL_POINTS_PER_MINUTE !== undefined
          ? { perMinute: e.TI_GRAPHQL_POINTS_PER_MINUTE, burst: Math.max(1_000, Math.ceil(e.TI_GRAPHQL_POINTS_PER_MINUTE / 6)) }
          : undefined,
    },
    cache: {
      ttlMs: e.TI_GRAPH_CACHE_TTL_MS ?? DEFAULT_CACHE_TTL_MS,
      maxEntries: e.TI_GRAPH_CACHE_MAX_ENTRIES ?? 10_000,
      safetyTtlMs: e.TI_GRAPH_CACHE_SAFETY_TTL_MS ?? 3_600_000,
      eventsWindowMs: e.TI_GRAPH_CACHE_EVENTS_WINDOW_MS ?? 120_000,
      missWaitMs: e.TI_GRAPH_CACHE_MISS_WAIT_MS ?? 0,
      warm: e.TI_GRAPH_CACHE_WARM ?? true,
    },
    logLevel: e.LOG_LEVEL ?? 'info',
  };
}

/**
 * Tracing is on when an OTLP endpoint is configured (the standard OTEL_* variables), unless
 * OTEL_SDK_DISABLED or OTEL_TRACES_EXPORTER=none says otherwise. The generic endpoint gets the
 * `/v1/traces` path appended, the traces-specific one is used as given (as the spec says).
 */
function tracingConfig(e: ReturnType<typeof envSchema.parse>): Config['gateway']['tracing'] {
  if (e.OTEL_SDK_DISABLED || e.OTEL_TRACES_EXPORTER === 'none') return undefined;
  const tracesEndpoint =
    e.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (e.OTEL_EXPORTER_OTLP_ENDPOINT ? `${e.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (!tracesEndpoint) return undefined;
  const headers = Object.fromEntries(
    (e.OTEL_EXPORTER_OTLP_HEADERS ?? '')
      .split(',')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        return [decodeURIComponent(pair.slice(0, at).trim()), decodeURIComponent(pair.slice(at + 1).trim())];
      }),
  );
  return { serviceName: e.OTEL_SERVICE_NAME ?? 'ti-graph', tracesEndpoint, headers };
}

/**
 * `TI_GRAPH_TOKENS` is a comma-separated list of `name:token:scope+scope`, e.g.
 * `dashboard:s3cr3t-token-value:read,hr-bot:other-token-value:read+write+admin`.
 */
function parseTokens(raw: string | undefined): ClientToken[] {
  if (!raw) return [];
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const [name, token, scopeList] = entry.split(':');
      if (!name || !token || !scopeList) {
        throw new ConfigError('TI_GRAPH_TOKENS', `entry ${index + 1} must look like name:token:read+write`);
      }
      if (token.length < 16) {
        throw new ConfigError('TI_GRAPH_TOKENS', `token of "${name}" must be at least 16 characters`);
      }
      const scopes = scopeList.split('+');
      const bad = scopes.find((s) => !KNOWN_SCOPES.has(s));
      if (bad !== undefined) {
        throw new ConfigError('TI_GRAPH_TOKENS', `scope "${bad}" of "${name}" is not one of ${SCOPES.join(', ')}`);
      }
      return { name, token, scopes: scopes as ClientToken['scopes'] };
    });
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseOidc(e: Env): GatewayConfig['oidc'] {
  const unused = (['TI_GRAPH_OIDC_AUDIENCE', 'TI_GRAPH_OIDC_SCOPES_CLAIM', 'TI_GRAPH_OIDC_SCOPE_PREFIX'] as const).find((name) => e[name] !== undefined);
  if (!e.TI_GRAPH_OIDC_ISSUER) {
    if (unused) throw new ConfigError(unused, 'is set but TI_GRAPH_OIDC_ISSUER is not; set the issuer too');
    return undefined;
  }
  // The issuer's keys decide who may call the tenant: fetching them over plain HTTP would let
  // anyone on the path mint tokens. Loopback (a local IdP, the tests) is the one exception.
  const issuer = new URL(e.TI_GRAPH_OIDC_ISSUER);
  if (issuer.protocol !== 'https:' && !LOOPBACK_HOSTS.has(issuer.hostname)) {
    throw new ConfigError('TI_GRAPH_OIDC_ISSUER', 'must be an https URL (plain http is accepted only on loopback)');
  }
  if (!e.TI_GRAPH_OIDC_AUDIENCE) {
    throw new ConfigError('TI_GRAPH_OIDC_AUDIENCE', 'is required when TI_GRAPH_OIDC_ISSUER is set (the "aud" value your IdP puts in tokens for this gateway)');
  }
  return {
    // Kept exactly as written, trailing slash and all: "iss" is compared exactly.
    issuer: e.TI_GRAPH_OIDC_ISSUER.trim(),
    audience: e.TI_GRAPH_OIDC_AUDIENCE,
    scopesClaim: e.TI_GRAPH_OIDC_SCOPES_CLAIM ?? 'scope',
    scopePrefix: e.TI_GRAPH_OIDC_SCOPE_PREFIX ?? '',
    clockToleranceSeconds: e.TI_GRAPH_OIDC_CLOCK_SKEW_SECONDS ?? 30,
    refreshCooldownMs: e.TI_GRAPH_OIDC_REFRESH_COOLDOWN_MS ?? 30_000,
  };
}

/** `600/min` or `600/min,100`: requests per minute per client and the burst (default a sixth of a minute's worth). */
function parseClientRate(raw: string | undefined): RateBudget | undefined {
  if (!raw) return undefined;
  const [rate, burst] = raw.split(',');
  const perMinute = Number(rate!.split('/')[0]);
  if (perMinute < 1) throw new ConfigError('TI_GRAPH_CLIENT_RATE', 'must allow at least 1 request per minute');
  const burstValue = burst === undefined ? Math.max(1, Math.ceil(perMinute / 6)) : Number(burst);
  if (burstValue < 1) throw new ConfigError('TI_GRAPH_CLIENT_RATE', 'burst must be at least 1');
  return { perMinute, burst: burstValue };
}
