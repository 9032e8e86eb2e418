import { ConfigError } from '../errors/index.js';
import { envSchema, PROFILES, type Config, type ClientToken, type TenantConfig } from './schema.js';

const SCOPES = new Set(['read', 'write', 'admin']);

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

  return {
    tenant,
    tenantDefaults,
    gateway: {
      port: e.TI_GRAPH_PORT ?? 4000,
      host: e.TI_GRAPH_HOST ?? '127.0.0.1',
      production: e.TI_GRAPH_ENV === 'production',
      tokens: parseTokens(e.TI_GRAPH_TOKENS),
      maxDepth: e.TI_GRAPH_MAX_DEPTH ?? 12,
      maxCost: e.TI_GRAPH_MAX_COST ?? 5_000,
      maxRequestBytes: e.TI_GRAPH_MAX_REQUEST_BYTES ?? 1_000_000,
      liveSchema: e.TI_GRAPH_LIVE_SCHEMA ?? false,
      maxComposedInFlight: e.TI_GRAPH_MAX_COMPOSED_IN_FLIGHT ?? 32,
      maxComposedQueued: e.TI_GRAPH_MAX_COMPOSED_QUEUE ?? 64,
      queueTimeoutMs: e.TI_GRAPH_QUEUE_TIMEOUT_MS ?? 1_000,
      headersTimeoutMs: e.TI_GRAPH_HEADERS_TIMEOUT_MS ?? 10_000,
      requestTimeoutMs: e.TI_GRAPH_REQUEST_TIMEOUT_MS ?? 30_000,
      idleTimeoutMs: e.TI_GRAPH_IDLE_TIMEOUT_MS ?? 65_000,
      metrics: e.TI_GRAPH_METRICS_PORT !== undefined ? { port: e.TI_GRAPH_METRICS_PORT, host: e.TI_GRAPH_METRICS_HOST ?? '127.0.0.1' } : undefined,
      tracing: tracingConfig(e),
    },
    webhookSecret: e.TI_WEBHOOK_SECRET,
    redisUrl: e.REDIS_URL,
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
      const bad = scopes.find((s) => !SCOPES.has(s));
      if (bad !== undefined) {
        throw new ConfigError('TI_GRAPH_TOKENS', `scope "${bad}" of "${name}" is not one of read, write, admin`);
      }
      return { name, token, scopes: scopes as ClientToken['scopes'] };
    });
}
