/**
 * Every error ti-graph raises on purpose is one of these classes. Layers map them (the gateway to
 * GraphQL `extensions.code`, the CLI to exit codes); none invents new strings for them.
 */
import { maskUrl } from '../util/redact.js';

/** Stable codes, shared by the SDK, the gateway's `extensions.code` and the CLI's JSON output. */
export const ERROR_CODES = [
  'NOT_FOUND',
  'CONFLICT',
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_ONLY',
  'VENDOR_SCHEMA_CHANGED',
  'UPSTREAM_ERROR',
  'TIMEOUT',
  'NETWORK_ERROR',
  'CONFIG_ERROR',
  'SCHEMA_ERROR',
  'INTERNAL',
  'SUBSCRIBER_TOO_SLOW',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class TiGraphError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** A configuration value is missing or invalid; `variable` names what to fix. */
export class ConfigError extends TiGraphError {
  readonly variable: string;
  constructor(variable: string, problem: string) {
    super('CONFIG_ERROR', `${variable}: ${problem}`);
    this.variable = variable;
  }
}

/** Input the caller gave us (arguments, a file, a row) is invalid, before any call is made. */
export class InputError extends TiGraphError {
  readonly field: string | undefined;
  constructor(message: string, field?: string) {
    super('BAD_USER_INPUT', message);
    this.field = field;
  }
}

/** A request body sent to one of our servers (gateway, sandbox) is over its size limit: HTTP 413. */
export class PayloadTooLargeError extends TiGraphError {
  readonly limitBytes: number;
  constructor(limitBytes: number) {
    super('BAD_USER_INPUT', `request body is larger than the ${limitBytes}-byte limit`);
    this.limitBytes = limitBytes;
  }
}

/**
 * The client went away before its request body ended (an aborted upload). Nobody is left to answer:
 * not a client error to word, one access line to log.
 */
export class RequestAbortedError extends Error {
  constructor(options?: { cause?: unknown }) {
    super('the client closed the connection before its request body ended', options);
  }
}

/**
 * The gateway refused a client's credential (none sent, unknown token, expired or foreign JWT):
 * HTTP 401. The message says what was wrong and is safe to send: it never holds the credential.
 */
export class ClientAuthError extends TiGraphError {
  constructor(reason: string) {
    super('UNAUTHENTICATED', reason);
  }
}

/** The identity provider (OIDC discovery or its JWKS) could not be reached: HTTP 503, not the client's fault. */
export class IdentityProviderError extends TiGraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('UPSTREAM_ERROR', message, options);
  }
}

/** One client went over its own request rate (`TI_GRAPH_CLIENT_RATE`): HTTP 429 with Retry-After. */
export class ClientRateLimitError extends TiGraphError {
  readonly retryAfterMs: number;
  constructor(client: string, retryAfterMs: number) {
    super('RATE_LIMITED', `client "${client}" is over its request rate; retry in ${Math.ceil(retryAfterMs / 1000)} s`);
    this.retryAfterMs = retryAfterMs;
  }
}

/**
 * A subscribe over the bound of open subscriptions per socket or per client identity
 * (`TI_GRAPH_MAX_SUBSCRIPTIONS_PER_*`): refused with RATE_LIMITED; the client's others go on.
 */
export class SubscriptionLimitError extends TiGraphError {
  readonly limit: 'subscriptionsPerSocket' | 'subscriptionsPerClient';
  readonly max: number;
  constructor(limit: 'subscriptionsPerSocket' | 'subscriptionsPerClient', max: number) {
    super('RATE_LIMITED', `at most ${max} open subscriptions per ${limit === 'subscriptionsPerSocket' ? 'connection' : 'client'}; complete one before subscribing again`);
    this.limit = limit;
    this.max = max;
  }
}

/**
 * A request the trusted-documents gate refused: an id no manifest holds (PERSISTED_QUERY_NOT_FOUND)
 * or free text while only trusted documents may run (PERSISTED_QUERY_ONLY).
 */
export class TrustedDocumentError extends TiGraphError {
  constructor(code: 'PERSISTED_QUERY_NOT_FOUND' | 'PERSISTED_QUERY_ONLY' | 'VENDOR_SCHEMA_CHANGED', message: string) {
    super(code, message);
  }
}

/** A schema could not be loaded, pulled or composed. */
export class SchemaError extends TiGraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('SCHEMA_ERROR', message, options);
  }
}

export interface RequestInfo {
  method: string;
  /** Path and query of the request; secret query parameters are masked on construction. */
  path: string;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** The server's own message from the error body, when it sent one (logged, never shown to a gateway client). */
  serverMessage?: string;
  /**
   * ti-graph's own words about what was wrong with the caller's request (e.g. which customFields
   * keys the tenant drops): safe to show a gateway client, unlike the path and the server's text.
   */
  clientDetail?: string;
  /** How many attempts were made before giving up. */
  attempts?: number;
}

/**
 * A subscriber read its events more slowly than they came until its buffer (`bufferSize` events)
 * was full, so the gateway dropped it rather than buffer without bound. Its stream ends with this.
 */
export class SubscriptionDroppedError extends TiGraphError {
  readonly reason: 'buffer_full';
  constructor(bufferSize: number) {
    super('SUBSCRIBER_TOO_SLOW', `subscription dropped: the client read its events too slowly and ${bufferSize} were waiting; subscribe again`);
    this.reason = 'buffer_full';
  }
}

/** A call to the tenant failed. Subclasses say how; all carry status, method, masked path. */
export class TenantRequestError extends TiGraphError {
  readonly status: number | undefined;
  readonly method: string;
  readonly path: string;
  readonly serverMessage: string | undefined;
  readonly clientDetail: string | undefined;
  readonly attempts: number | undefined;
  constructor(code: ErrorCode, summary: string, info: RequestInfo, options?: { cause?: unknown }) {
    const path = maskUrl(info.path);
    const detail = info.serverMessage ? `: ${info.serverMessage}` : '';
    const status = info.status !== undefined ? ` -> ${info.status}` : '';
    super(code, `${summary} (${info.method} ${path}${status})${detail}`, options);
    this.status = info.status;
    this.method = info.method;
    this.path = path;
    this.serverMessage = info.serverMessage;
    this.clientDetail = info.clientDetail;
    this.attempts = info.attempts;
  }
}

export class NotFoundError extends TenantRequestError {
  constructor(info: RequestInfo) {
    super('NOT_FOUND', 'Not found', info);
  }
}

/** 409, e.g. a duplicate email on create. */
export class ConflictError extends TenantRequestError {
  constructor(info: RequestInfo) {
    super('CONFLICT', 'Conflict', info);
  }
}

/** 400/422 from the tenant, or a request the client refused to send because it would be lossy. */
export class ValidationError extends TenantRequestError {
  constructor(info: RequestInfo) {
    super('BAD_USER_INPUT', 'Rejected as invalid', info);
  }
}

/** 401: missing or wrong key. */
export class UnauthorizedError extends TenantRequestError {
  constructor(info: RequestInfo) {
    super('UNAUTHENTICATED', 'The tenant rejected the API key', info);
  }
}

/** 403: the key is valid but not allowed to do this. */
export class ForbiddenError extends TenantRequestError {
  constructor(info: RequestInfo) {
    super('FORBIDDEN', 'Forbidden', info);
  }
}

/** 429 after the retry layer gave up; `retryAfterMs` is the server's hint when it sent one. */
export class RateLimitedError extends TenantRequestError {
  readonly retryAfterMs: number | undefined;
  constructor(info: RequestInfo & { retryAfterMs?: number }) {
    super('RATE_LIMITED', 'Rate limited by the tenant', info);
    this.retryAfterMs = info.retryAfterMs;
  }
}

/** 5xx, or a response that is not what the API promises (HTML, bad JSON). */
export class UpstreamError extends TenantRequestError {
  constructor(info: RequestInfo, options?: { cause?: unknown }) {
    super('UPSTREAM_ERROR', 'The tenant failed', info, options);
  }
}

export class TimeoutError extends TenantRequestError {
  readonly timeoutMs: number;
  constructor(info: RequestInfo & { timeoutMs: number }) {
    super('TIMEOUT', `No response within ${info.timeoutMs} ms`, info);
    this.timeoutMs = info.timeoutMs;
  }
}

/** The connection failed or dropped before a response arrived. */
export class NetworkError extends TenantRequestError {
  constructor(info: RequestInfo, options?: { cause?: unknown }) {
    super('NETWORK_ERROR', 'Network failure talking to the tenant', info, options);
  }
}

/** Maps an HTTP status to the typed error a caller should see. */
export function errorForStatus(info: RequestInfo & { status: number; retryAfterMs?: number }): TenantRequestError {
  const { status } = info;
  if (status === 404) return new NotFoundError(info);
  if (status === 409) return new ConflictError(info);
  if (status === 400 || status === 422) return new ValidationError(info);
  if (status === 401) return new UnauthorizedError(info);
  if (status === 403) return new ForbiddenError(info);
  if (status === 429) return new RateLimitedError(info);
  return new UpstreamError(info);
}

/** Whether the retry layer may try again after this error. */
export function isRetryable(error: unknown): boolean {
  return (
    error instanceof RateLimitedError ||
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    (error instanceof UpstreamError && (error.status === undefined || error.status >= 500))
  );
}

/** One entry of a GraphQL response's `errors`, as the gateway sent it. */
export interface GatewayErrorDetail {
  message: string;
  /** The gateway's `extensions.code` verbatim (it may be one ti-graph does not know). */
  code: string | undefined;
  path: readonly (string | number)[] | undefined;
  extensions: Readonly<Record<string, unknown>> | undefined;
}

export interface GatewayErrorInfo {
  /** The operation's name, when the document has one. */
  operationName: string | undefined;
  /** HTTP status, when a response arrived. */
  status?: number;
  /** The response's `errors`, empty when the failure was not a GraphQL one (network, non-JSON). */
  errors?: readonly GatewayErrorDetail[];
  /** Partial data that came with the errors, if any. */
  data?: unknown;
  /** How many attempts were made before giving up. */
  attempts: number;
  /** The server's wait hint (`Retry-After` or `extensions.retryAfterMs`), when it gave one. */
  retryAfterMs?: number;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ERROR_CODES);
/** graphql-js / Yoga codes for a document the server refused before executing it. */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

/** Reads a gateway `extensions.code` as an ErrorCode: ti-graph's own pass through, the rest are named for what they mean. */
export function errorCodeFromExtensions(code: string | undefined): ErrorCode {
  if (code !== undefined && KNOWN_CODES.has(code)) return code as ErrorCode;
  if (code !== undefined && REQUEST_ERROR_CODES.has(code)) return 'BAD_USER_INPUT';
  return 'INTERNAL';
}

/**
 * A call through the gateway failed (the SDK's one error type). `code` is the first error's
 * `extensions.code`, or what the HTTP status or network failure means when there was no GraphQL error.
 */
export class GatewayError extends TiGraphError {
  readonly operationName: string | undefined;
  readonly status: number | undefined;
  readonly errors: readonly GatewayErrorDetail[];
  readonly data: unknown;
  readonly attempts: number;
  readonly retryAfterMs: number | undefined;
  constructor(code: ErrorCode, summary: string, info: GatewayErrorInfo, options?: { cause?: unknown }) {
    const operation = info.operationName ?? 'anonymous operation';
    // A GraphQL error normally arrives with HTTP 200: only a failing status says something.
    const status = info.status !== undefined && (info.status < 200 || info.status > 299) ? `, HTTP ${info.status}` : '';
    const tries = info.attempts > 1 ? `, after ${info.attempts} attempts` : '';
    super(code, `${operation}: ${summary} (${code}${status}${tries})`, options);
    this.operationName = info.operationName;
    this.status = info.status;
    this.errors = info.errors ?? [];
    this.data = info.data;
    this.attempts = info.attempts;
    this.retryAfterMs = info.retryAfterMs;
  }
}

/** Which bound of the gateway's document limits a request went over. */
export type DocumentLimit =
  | 'tokens'
  | 'nesting'
  | 'depth'
  | 'aliases'
  | 'sameNameFields'
  | 'fragments'
  | 'points'
  | 'restCalls'
  | 'introspection'
  | 'responseBytes'
  | 'jsonDepth';

/**
 * A GraphQL document (or its result) is over one of the gateway's limits and was refused before
 * any tenant call. The message is the gateway's own and safe to show; `max` and `found` say by how much.
 */
export class DocumentLimitError extends TiGraphError {
  readonly limit: DocumentLimit;
  readonly max: number;
  readonly found: number | undefined;
  constructor(limit: DocumentLimit, message: string, max: number, found?: number) {
    super('BAD_USER_INPUT', message);
    this.limit = limit;
    this.max = max;
    this.found = found;
  }
}
