/**
 * The one HTTP path to the tenant's GraphQL endpoint: a keep-alive connection pool (undici: about
 * half the CPU per request of node:http's client, which is most of what the gateway's pass-through
 * costs), the key added by the profile's rule (header or query parameter), the per-request
 * timeout, and typed errors. One attempt per call: queries are retried a layer up (retry.ts,
 * under the REST client's policy); a mutation never is.
 */
import { Pool } from 'undici';
import type { TenantConfig } from '../../config/index.js';
import { NetworkError, TimeoutError, errorForStatus } from '../../errors/index.js';
import { startUpstream } from '../../observability/upstream.js';
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

  const toTypedError = (error: unknown): Error => {
    const code = (error as { code?: string }).code;
    if (code && TIMEOUT_CODES.has(code)) return new TimeoutError({ ...info, timeoutMs: tenant.timeoutMs });
    return new NetworkError(info, { cause: error });
  };

  // undici's dispatch with a handler of our own rather than pool.request: the gateway wants the
  // whole (small) body as one Buffer and three kinds of header, so the per-response stream, the
  // parsed header object and the arrayBuffer copy that request() makes are CPU for nothing on the
  // pass-through's hot path.
  function post(body: string | Buffer, postOptions: PostOptions = {}): Promise<TenantHttpResponse> {
    // Metrics and a client span when a gateway observes its calls (undefined otherwise: no cost).
    const upstream = startUpstream({ surface: 'graphql', method: 'POST', endpoint: url.pathname });
    let headers = postOptions.authToken ? { ...baseHeaders, authtoken: postOptions.authToken } : baseHeaders;
    if (upstream) headers = { ...headers, ...upstream.headers };
    const signal = postOptions.signal;
    return new Promise((resolve, reject) => {
      let status = 0;
      let contentType = 'application/json';
      let rateLimitHeaders: Record<string, string> = {};
      const chunks: Buffer[] = [];
      let onAbort: (() => void) | undefined;
      const settle = () => {
        if (onAbort) signal!.removeEventListener('abort', onAbort);
      };
      pool.dispatch(
        { origin: url.origin, path, method: 'POST', headers, body },
        {
          onConnect(abort: (reason?: Error) => void) {
            if (!signal) return;
            if (signal.aborted) return abort(signal.reason as Error);
            onAbort = () => abort(signal.reason as Error);
            signal.addEventListener('abort', onAbort, { once: true });
          },
          onHeaders(statusCode: number, raw: Buffer[]) {
            status = statusCode;
            for (let i = 0; i + 1 < raw.length; i += 2) {
              const name = raw[i]!.toString('latin1').toLowerCase();
              if (name === 'content-type') contentType = raw[i + 1]!.toString('latin1');
              else if (RATE_LIMIT_HEADERS.includes(name)) rateLimitHeaders = { ...rateLimitHeaders, [name]: raw[i + 1]!.toString('latin1') };
            }
            return true;
          },
          onData(chunk: Buffer) {
            chunks.push(chunk);
            return true;
          },
          onComplete() {
            settle();
            upstream?.end(status);
            resolve({ status, contentType, body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks), rateLimitHeaders });
          },
          onError(error: Error) {
            settle();
            upstream?.end(0);
            reject(toTypedError(error));
          },
        } as unknown as Parameters<Pool['dispatch']>[1],
      );
    });
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
