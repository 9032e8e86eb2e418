/**
 * Turns whatever a request threw (graphql-request's ClientError, a fetch TypeError, a body that is
 * not GraphQL) into the one error type SDK users handle: GatewayError with a stable `code`.
 */
import { ClientError } from 'graphql-request';
import { errorCodeFromExtensions, GatewayError, type ErrorCode, type GatewayErrorDetail } from '../errors/index.js';

export interface Attempt {
  operationName: string | undefined;
  attempts: number;
}

export function toGatewayError(error: unknown, attempt: Attempt): GatewayError {
  if (error instanceof GatewayError) return error;
  if (error instanceof ClientError) return fromClientError(error, attempt);
  // fetch rejects with a TypeError when the request never got a response (refused, reset, DNS, CORS).
  if (error instanceof TypeError) {
    return new GatewayError('NETWORK_ERROR', `cannot reach the gateway: ${error.message}`, attempt, { cause: error });
  }
  return new GatewayError('UPSTREAM_ERROR', 'the gateway answered with something that is not a GraphQL result', attempt);
}

// The ClientError itself is not kept as `cause`: its message embeds the request's variables, which
// may hold personal data or passwords, and causes end up in logs.
function fromClientError(error: ClientError, attempt: Attempt): GatewayError {
  const { response } = error;
  return fromGraphqlResponse({ status: response.status, headers: response.headers, errors: response.errors, data: response.data }, attempt);
}

export interface GraphqlResponseLike {
  status: number;
  headers?: Headers | undefined;
  errors?: readonly { message?: unknown; path?: unknown; extensions?: unknown }[] | undefined;
  data?: unknown;
}

/** A response that failed: its first GraphQL error decides the code, else its HTTP status does. */
export function fromGraphqlResponse(response: GraphqlResponseLike, attempt: Attempt): GatewayError {
  const errors = (response.errors ?? []).map(toDetail);
  const retryAfterMs = retryAfterFromHeader(response.headers) ?? retryAfterFromExtensions(errors[0]);
  const info = { ...attempt, status: response.status, errors, data: response.data, retryAfterMs };
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : '';
    return new GatewayError(errorCodeFromExtensions(first.code), `${first.message}${more}`, info);
  }
  return new GatewayError(codeForStatus(response.status), `the gateway answered HTTP ${response.status}`, info);
}

function toDetail(error: { message?: unknown; path?: unknown; extensions?: unknown }): GatewayErrorDetail {
  const extensions = isRecord(error.extensions) ? error.extensions : undefined;
  return {
    message: typeof error.message === 'string' ? error.message : 'unknown error',
    code: typeof extensions?.['code'] === 'string' ? extensions['code'] : undefined,
    path: Array.isArray(error.path) ? (error.path as (string | number)[]) : undefined,
    extensions,
  };
}

function codeForStatus(status: number): ErrorCode {
  if (status === 400 || status === 422) return 'BAD_USER_INPUT';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'UPSTREAM_ERROR';
  return 'INTERNAL';
}

/** `Retry-After` is either delay-seconds or an HTTP date. */
function retryAfterFromHeader(headers: Headers | undefined): number | undefined {
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function retryAfterFromExtensions(detail: GatewayErrorDetail | undefined): number | undefined {
  const ms = detail?.extensions?.['retryAfterMs'];
  if (typeof ms === 'number' && ms >= 0) return ms;
  const seconds = detail?.extensions?.['retryAfter'];
  return typeof seconds === 'number' && seconds >= 0 ? seconds * 1000 : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
