/**
 * What a client may see of a failure. A failed tenant call gets one stable, safe message per code
 * (its method, route, status and the tenant's own text go to the log line carrying the request
 * id, never to the client); ti-graph's own typed errors keep their message (written for clients);
 * the tenant's GraphQL errors pass through; anything else is an internal error, shown only as
 * "Unexpected error.". Every error leaves with `extensions.requestId`, and every message is
 * scrubbed of the tenant key on the way out.
 */
import { GraphQLError, type ExecutionResult } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { RateLimitedError, TenantRequestError, TiGraphError, type ErrorCode } from '../errors/index.js';
import { redactSecrets, type Logger } from '../util/index.js';

/** The one message a client gets for a failed tenant call, by code. */
export const SAFE_TENANT_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  NOT_FOUND: 'Not found.',
  CONFLICT: 'Conflicts with the current state of the tenant (for example, the email is already taken).',
  BAD_USER_INPUT: 'The tenant rejected the request as invalid.',
  UNAUTHENTICATED: 'The tenant did not accept the credentials.',
  FORBIDDEN: 'The tenant does not allow this.',
  RATE_LIMITED: 'Rate limited by the tenant; retry later.',
  UPSTREAM_ERROR: 'The tenant failed to answer properly.',
  TIMEOUT: 'The tenant did not answer in time.',
  NETWORK_ERROR: 'The tenant could not be reached.',
  CONFIG_ERROR: 'The gateway is misconfigured.',
  SCHEMA_ERROR: 'The tenant schema could not be used.',
  INTERNAL: 'Unexpected error.',
  PERSISTED_QUERY_NOT_FOUND: 'Persisted query not found.',
  PERSISTED_QUERY_ONLY: 'Only persisted queries are allowed.',
  SUBSCRIBER_TOO_SLOW: 'Subscription dropped: events were read too slowly.',
  VENDOR_SCHEMA_CHANGED: "The tenant's schema changed and this operation no longer runs against it.",
};

/** Extension keys a client may see; anything else (Yoga's `originalError` echo of a bad body, stack traces) stays in the log. */
const CLIENT_EXTENSIONS = new Set(['code', 'retryAfterMs', 'limit', 'max', 'found', 'requestId', 'http']);

/** What `createErrorMasker` returns: an error as a client may see it. */
export type ErrorMasker = (error: unknown) => Error;

export function createErrorMasker(secrets: readonly string[], logger: Logger): ErrorMasker {
  const scrub = (text: string) => redactSecrets(text, secrets);
  return function maskError(error: unknown): Error {
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    const original = graphqlError ? graphqlError.originalError : error;
    const where = { ...(graphqlError?.nodes ? { nodes: graphqlError.nodes } : {}), ...(graphqlError?.path ? { path: graphqlError.path } : {}) };
    if (original instanceof TenantRequestError) {
      const extensions: Record<string, unknown> = { code: original.code, ...requestIdOf(graphqlError) };
      // The tenant's own back-off hint, so a client can wait instead of hammering.
      if (original instanceof RateLimitedError && original.retryAfterMs !== undefined) extensions.retryAfterMs = original.retryAfterMs;
      const safe = SAFE_TENANT_MESSAGES[original.code];
      return new GraphQLError(scrub(original.clientDetail ? `${safe} ${original.clientDetail}` : safe), { ...where, extensions });
    }
    if (original instanceof TiGraphError) {
      return new GraphQLError(scrub(original.message), { ...where, extensions: { ...clientExtensions(graphqlError), code: original.code } });
    }
    if (graphqlError && (!original || original instanceof GraphQLError || isTenantReportedError(original))) {
      const message = scrub(graphqlError.message);
      if (message === graphqlError.message && !hasHiddenExtensions(graphqlError)) return graphqlError;
      return new GraphQLError(message, { ...where, extensions: clientExtensions(graphqlError) });
    }
    if (graphqlError && typeof graphqlError.extensions.code === 'string' && graphqlError.extensions.http) {
      // A request Yoga refused before executing it (a body that is not JSON, a bad method): a client
      // error in Yoga's own words, kept as is (returning it unchanged keeps Yoga from logging it as
      // a failure); useRequestIdOnErrors drops the `originalError` echo of the client's bytes.
      return graphqlError;
    }
    logger.error({ err: original }, 'unexpected error while resolving');
    return new GraphQLError('Unexpected error.', { ...where, extensions: { code: 'INTERNAL', ...requestIdOf(graphqlError) } });
  };
}

function requestIdOf(error: GraphQLError | undefined): Record<string, unknown> {
  const id = error?.extensions.requestId;
  return typeof id === 'string' ? { requestId: id } : {};
}

function clientExtensions(error: GraphQLError | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(error?.extensions ?? {})) if (CLIENT_EXTENSIONS.has(key)) kept[key] = value;
  return kept;
}

function hasHiddenExtensions(error: GraphQLError): boolean {
  return Object.keys(error.extensions).some((key) => !CLIENT_EXTENSIONS.has(key));
}

/** Stitching rebuilds the tenant's errors as plain objects carrying the tenant's message. */
function isTenantReportedError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && !(error instanceof Error);
}

/** The error with `extensions.requestId` (and without Yoga's `originalError` echo of the client's bytes). */
export function stampRequestId(error: GraphQLError, requestId: string): GraphQLError {
  if (error.extensions.requestId === requestId) return error;
  const extensions: Record<string, unknown> = { ...error.extensions, requestId };
  // Yoga answers a body it cannot read with 400 only while the cause rides along in
  // `extensions.originalError` (which echoes the client's bytes); without it, say 400 outright.
  const http = extensions.http as { spec?: boolean; status?: number; headers?: Record<string, string> } | undefined;
  delete extensions.originalError;
  if (extensions.code === 'BAD_REQUEST' && http?.status) extensions.http = { status: http.status, ...(http.headers ? { headers: http.headers } : {}) };
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions,
  });
}

/** One log line per failed tenant call with what the client is not told, under the request id. */
export function logTenantFailure(logger: Logger, error: GraphQLError, requestId: string): void {
  const original = error.originalError;
  if (original instanceof TenantRequestError) {
    logger.warn(
      {
        reqId: requestId,
        code: original.code,
        method: original.method,
        path: original.path,
        status: original.status,
        serverMessage: original.serverMessage,
        attempts: original.attempts,
        field: error.path?.join('.'),
      },
      'tenant call failed',
    );
  }
}

/** The request id on every error of a result, one log line per failed tenant call (useRequestIdOnErrors' step). */
function stampResultErrors(result: ExecutionResult, requestId: string, logger: Logger): ExecutionResult {
  for (const error of result.errors ?? []) logTenantFailure(logger, error, requestId);
  return { ...result, errors: result.errors?.map((error) => stampRequestId(error, requestId)) };
}

/**
 * A result's errors as a client sees them, whichever door answers: the request id on each, one log
 * line per failed tenant call, then the masker; what Yoga's door does with a result it executed
 * (useRequestIdOnErrors, then its masking with `maskError`). A result without errors is returned as is.
 */
export function maskResult(result: ExecutionResult, requestId: string, maskError: ErrorMasker, logger: Logger): ExecutionResult {
  if (!result.errors?.length) return result;
  const stamped = stampResultErrors(result, requestId, logger);
  return { ...stamped, errors: stamped.errors!.map((error) => maskError(error) as GraphQLError) };
}

/**
 * A failure the gateway answers without a result (a forwarded request's tenant call that failed),
 * as the body of a GraphQL response: the masker's wording and code, the request id, and the
 * `retryAfterMs` hint when the failure has one (or `retryAfterMs` given as the default).
 */
export function maskedFailureBody(error: unknown, requestId: string, maskError: ErrorMasker, extra: Record<string, unknown> = {}): string {
  const masked = maskError(error);
  const extensions = masked instanceof GraphQLError ? masked.extensions : {};
  return JSON.stringify({ errors: [{ message: masked.message, extensions: { ...extra, ...extensions, requestId } }] });
}

interface RequestScoped {
  requestId?: string;
  /** The front door's state, on the server context of an HTTP request. */
  frontDoor?: { requestId: string };
}

/**
 * Puts the request id on every error of a result, and writes one log line per failed tenant call
 * with what the client is not told (method, path, status, the tenant's text), under that id.
 * Runs before Yoga's masking (plugins registered before it see the raw errors).
 */
export function useRequestIdOnErrors(logger: Logger): Plugin<RequestScoped> {
  const stamp = stampRequestId;
  const stampResult = (result: ExecutionResult, requestId: string): ExecutionResult | undefined =>
    result.errors?.length ? stampResultErrors(result, requestId, logger) : undefined;
  return {
    onExecute({ args }) {
      const requestId = args.contextValue.requestId;
      if (!requestId) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (isAsyncIterable(result)) return;
          const stamped = stampResult(result, requestId);
          if (stamped) setResult(stamped);
        },
      };
    },
    onResultProcess({ result, setResult, serverContext }) {
      // Errors raised before execution (parse, validation, a bad body) get the id here.
      const requestId = (serverContext as RequestScoped).frontDoor?.requestId;
      if (!requestId || isAsyncIterable(result)) return;
      const stampAll = (one: ExecutionResult): ExecutionResult =>
        one.errors?.length ? { ...one, errors: one.errors.map((error) => stamp(error instanceof GraphQLError ? error : new GraphQLError(String((error as { message?: unknown }).message ?? error)), requestId)) } : one;
      setResult(Array.isArray(result) ? result.map(stampAll) : stampAll(result as ExecutionResult));
    },
  };
}
