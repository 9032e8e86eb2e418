/**
 * The one HTTP path to the tenant's GraphQL endpoint: a keep-alive connection pool (undici: about
 * half the CPU per request of node:http's client, which is most of what the gateway's pass-through
 * costs), the key added by the profile's rule (header or query parameter), the per-request
 * timeout, and typed errors. No retries: the gateway answers its client now; a client that wants
 * to retry does so itself.
 */
import { Pool } from 'undici';
import type { TenantConfig } from '../../config/index.js';
import { NetworkError, TimeoutError, errorForStatus } from '../../errors/index.js';
import { maskUrl } from '../../util/index.js';

export interface TenantHttpResponse {
  status: number;
  contentType: string;
  body: Buffer;
  /** The tenant's rate-limit signals (`retry-after`, `x-ratelimit-*`), for passing on to clients. */
  rateLimitHeaders: Record<string, string>;
}

const RATE_LIMIT_HEADERS = ['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

export interface PostOptions {
  /** TI's learner context: the token `Login` returned, sent as the `authToken` header. */
  authToken?: string | undefined;
  signal?: AbortSignal | undefined;
}

export interface TenantHttp {
  /** The endpoint with the key masked: safe for logs and messages. */
  readonly displayUrl: string;
  /** POSTs a JSON body as-is and returns the raw response, whatever its status. */
  post(body: string | Buffer, options?: PostOptions): Promise<TenantHttpResponse>;
  close(): void;
}

export interface TenantHttpOptions {
  /** Upper bound on open connections to the tenant; requests beyond it queue in the pool. */
  maxSockets?: number;
}

const TIMEOUT_CODES = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_CONNECT_TIMEOUT']);

export function createTenantHttp(tenant: TenantConfig, options: TenantHttpOptions = {}): TenantHttp {
  const url = new URL(tenant.graphqlPath, `${tenant.baseUrl}/`);
  const baseHeaders: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  if (tenant.graphqlAuth === 'query') url.searchParams.set('apiKey', tenant.apiKey);
  else baseHeaders['x-api-key'] = tenant.apiKey;
  const displayUrl = maskUrl(url.href);
  const path = `${url.pathname}${url.search}`;
  const info = { method: 'POST', path: maskUrl(path) };
  const pool = new Pool(url.origin, {
    connections: options.maxSockets ?? 64,
    keepAliveTimeout: 30_000,
    headersTimeout: tenant.timeoutMs,
    bodyTimeout: tenant.timeoutMs,
    connectTimeout: Math.min(tenant.timeoutMs, 10_000),
  });

  async function post(body: string | Buffer, postOptions: PostOptions = {}): Promise<TenantHttpResponse> {
    const headers = postOptions.authToken ? { ...baseHeaders, authtoken: postOptions.authToken } : baseHeaders;
    try {
      const response = await pool.request({ path, method: 'POST', headers, body, signal: postOptions.signal ?? null });
      const bytes = Buffer.from(await response.body.arrayBuffer());
      const contentType = response.headers['content-type'];
      const rateLimitHeaders: Record<string, string> = {};
      for (const name of RATE_LIMIT_HEADERS) {
        const value = response.headers[name];
        if (typeof value === 'string') rateLimitHeaders[name] = value;
      }
      return {
        status: response.statusCode,
        contentType: Array.isArray(contentType) ? contentType[0]! : (contentType ?? 'application/json'),
        body: bytes,
        rateLimitHeaders,
      };
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code && TIMEOUT_CODES.has(code)) throw new TimeoutError({ ...info, timeoutMs: tenant.timeoutMs });
      throw new NetworkError(info, { cause: error });
    }
  }

  return {
    displayUrl,
    post,
    close: () => {
      void pool.destroy();
    },
  };
}

/** Parses a tenant response as GraphQL JSON, or throws the typed error its status calls for. */
export function parseGraphqlResponse(response: TenantHttpResponse, path: string): unknown {
  const text = response.body.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // A 200 that is not JSON (an HTML login page, a proxy error) is the tenant failing, not the client.
    throw errorForStatus({ method: 'POST', path, status: response.status >= 400 ? response.status : 502, serverMessage: 'response is not JSON' });
  }
  // GraphQL-over-HTTP: a 4xx/5xx with a GraphQL body still carries `errors` the client should see.
  if (response.status >= 400 && !(json && typeof json === 'object' && ('errors' in json || Array.isArray(json)))) {
    throw errorForStatus({ method: 'POST', path, status: response.status });
  }
  if (response.status === 401 || response.status === 403 || response.status === 429 || response.status >= 500) {
    const message = firstErrorMessage(json);
    throw errorForStatus({ method: 'POST', path, status: response.status, ...(message ? { serverMessage: message } : {}) });
  }
  return json;
}

function firstErrorMessage(json: unknown): string | undefined {
  const errors = (json as { errors?: Array<{ message?: unknown }> } | null)?.errors;
  const message = Array.isArray(errors) ? errors[0]?.message : undefined;
  return typeof message === 'string' ? message : undefined;
}
