/**
 * The SDK's one entry point: a client bound to a gateway URL and a client token. Every call is typed
 * by the document it sends (any TypedDocumentNode: the generated ones or an app's own).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, type DocumentNode } from 'graphql';
import { GraphQLClient } from 'graphql-request';
import { ConfigError, GatewayError, type GatewayErrorDetail } from '../errors/index.js';
// The pure room, not src/util's door: the door also exports the pino logger, which has no place in a browser bundle.
import { maskUrl } from '../util/redact.js';
import { anySignal } from './any-signal.js';
import { computeDocumentId, embeddedDocumentId } from './document-id.js';
import { DEFAULT_RETRY, isTransient, retryDelay, sleep, type RetryOptions } from './retry.js';
import type { EventStreamRequest } from './event-stream-call.js';
import { subscribeOverSse } from './subscribe.js';
import { incrementalOverSse, type IncrementalResult } from './incremental.js';
import { fromGraphqlResponse, toGatewayError } from './to-gateway-error.js';

/**
 * What a request does with GraphQL errors, as Apollo Client's `errorPolicy`: `'throw'` (default)
 * rejects with a GatewayError; `'all'` resolves `{ data, errors }` when the gateway answered with
 * data next to the errors (partial data: a failed field is null, the rest is there). Errors with no
 * data at all (auth, validation, limits, the network) reject under both.
 */
export type ErrorPolicy = 'throw' | 'all';

/** A result under the `'all'` policy: the typed data and the errors that came with it (empty when none). */
export interface ResultWithErrors<TResult> {
  data: TResult;
  errors: readonly GatewayErrorDetail[];
}

/** What `request` resolves with under a policy. */
export type PolicyResult<TResult, Policy extends ErrorPolicy> = Policy extends 'all' ? ResultWithErrors<TResult> : TResult;

export interface ClientOptions<Policy extends ErrorPolicy = 'throw'> {
  /** GraphQL errors next to data: reject (`'throw'`, default) or resolve `{ data, errors }` (`'all'`); a request may override it. */
  errors?: Policy;
  /** The gateway's GraphQL endpoint, e.g. `http://127.0.0.1:4000/graphql`. */
  url: string;
  /** The gateway client token, sent as `Authorization: Bearer <token>`; a function is asked before every attempt (token refresh). */
  token: string | (() => string | Promise<string>);
  /** A fetch implementation; the global one by default. */
  fetch?: typeof fetch;
  /** Headers sent with every request. */
  headers?: HeadersInit;
  /** Aborts every request of this client (e.g. when a page unmounts). */
  signal?: AbortSignal;
  /** Retry policy for queries (mutations are never retried); `false` turns retries off. */
  retry?: Partial<RetryOptions> | false;
  /**
   * Trusted documents: send `{"documentId": "sha256:<hex>", variables, operationName}` instead of the
   * text. `'embedded'` (default): for documents that carry an id (codegen's); `'computed'`: also for
   * any other document, hashing its printed text; `false`: always send the text. A gateway that does
   * not hold an id (PERSISTED_QUERY_NOT_FOUND) is sent the text instead, once and from then on.
   */
  documentIds?: 'embedded' | 'computed' | false;
}

export interface RequestOptions<Policy extends ErrorPolicy = ErrorPolicy> {
  /** This request's error policy (the client's by default). */
  errors?: Policy;
  /** Aborts this request (together with the client's signal). */
  signal?: AbortSignal;
  /** Headers for this request, on top of the client's. */
  headers?: HeadersInit;
}

/** Variables are required exactly when the operation declares a required variable. */
export type VariablesArgs<TVariables, Policy extends ErrorPolicy = ErrorPolicy> = Record<string, never> extends TVariables
  ? [variables?: TVariables, options?: RequestOptions<Policy>]
  : [variables: TVariables, options?: RequestOptions<Policy>];

export interface GatewayClient<ClientPolicy extends ErrorPolicy = 'throw'> {
  /**
   * Sends one operation and resolves with its `data`, typed by the document (under the `'all'`
   * error policy, `{ data, errors }`). Rejects with a GatewayError (carrying the gateway's
   * `extensions.code`) or, when aborted, the signal's reason.
   */
  request<TResult, TVariables extends object, Policy extends ErrorPolicy = ClientPolicy>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<NoInfer<TVariables>, Policy>
  ): Promise<PolicyResult<TResult, Policy>>;
  /**
   * Subscribes (over Server-Sent Events) and yields each result's `data` until the gateway
   * completes the stream, the signal aborts, or the loop stops (`break` closes the connection).
   * A GraphQL error in a result ends the iteration with a GatewayError; nothing is retried.
   */
  subscribe<TResult, TVariables extends object>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<NoInfer<TVariables>>
  ): AsyncGenerator<TResult, void, undefined>;
  /**
   * Sends a query or mutation with `@defer`/`@stream` and yields the merged result after every
   * payload (`{ data, errors, hasNext }`), the initial one first; deferred fields appear as their
   * payloads arrive, and an error in one deferred part is listed in `errors` without ending the
   * others. `break` or the signal closes the connection (the gateway then stops its REST calls not
   * yet made). Without @defer/@stream it yields the one complete result. Not retried.
   */
  incremental<TResult, TVariables extends object>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...args: VariablesArgs<NoInfer<TVariables>>
  ): AsyncGenerator<IncrementalResult<TResult>, void, undefined>;
}

export function createClient<Policy extends ErrorPolicy = 'throw'>(options: ClientOptions<Policy>): GatewayClient<Policy> {
  assertHttpUrl(options.url);
  if (typeof options.token !== 'function' && !options.token) throw new ConfigError('token', 'a gateway client token is required');
  const retry: RetryOptions = options.retry === false ? { ...DEFAULT_RETRY, maxAttempts: 1 } : { ...DEFAULT_RETRY, ...options.retry };
  const fetchImpl: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const transport = new GraphQLClient(options.url, { ...(options.fetch ? { fetch: options.fetch } : {}), errorPolicy: 'none' });
  const idMode = options.documentIds ?? 'embedded';
  const ids = new WeakMap<DocumentNode, Promise<string | undefined>>();
  // Documents the gateway said it does not hold: their text is sent from then on.
  const textOnly = new WeakSet<DocumentNode>();
  const idOf = (document: DocumentNode): Promise<string | undefined> => {
    if (idMode === false || textOnly.has(document)) return Promise.resolve(undefined);
    let id = ids.get(document);
    if (!id) {
      const embedded = embeddedDocumentId(document);
      id = embedded !== undefined || idMode === 'embedded' ? Promise.resolve(embedded) : computeDocumentId(document).catch(() => undefined);
      ids.set(document, id);
    }
    return id;
  };

  /** One POST of the persisted-documents form; resolves with `data`, rejects with a GatewayError. */
  async function requestById<TResult>(
    documentId: string,
    body: { variables: Record<string, unknown>; operationName: string | undefined },
    headers: Record<string, string>,
    attempt: { operationName: string | undefined; attempts: number },
    signal: AbortSignal | undefined,
  ): Promise<TResult> {
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ documentId, variables: body.variables, ...(body.operationName ? { operationName: body.operationName } : {}) }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      throw toGatewayError(error, attempt);
    }
    let result: { data?: unknown; errors?: GraphqlErrors } | undefined;
    try {
      result = (await response.json()) as typeof result;
    } catch {
      result = undefined;
    }
    if (!result || typeof result !== 'object') {
      throw new GatewayError('UPSTREAM_ERROR', 'the gateway answered with something that is not a GraphQL result', { ...attempt, status: response.status });
    }
    if ((result.errors && result.errors.length > 0) || !response.ok) {
      throw fromGraphqlResponse({ status: response.status, headers: response.headers, errors: result.errors, data: result.data }, attempt);
    }
    return result.data as TResult;
  }

  async function headersFor(callHeaders: HeadersInit | undefined): Promise<Record<string, string>> {
    const headers = new Headers(options.headers);
    new Headers(callHeaders).forEach((value, name) => headers.set(name, value));
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    headers.set('authorization', `Bearer ${token}`);
    return Object.fromEntries(headers.entries());
  }

  /** What a subscription or an incremental operation sends: the same request, read as an event stream. */
  async function eventStreamRequest(
    document: DocumentNode,
    operationName: string | undefined,
    variables: object | undefined,
    callOptions: RequestOptions | undefined,
  ): Promise<EventStreamRequest> {
    return {
      url: options.url,
      fetch: fetchImpl,
      headers: await headersFor(callOptions?.headers),
      document,
      operationName,
      variables,
      signal: anySignal(options.signal, callOptions?.signal),
    };
  }

  if (options.errors !== undefined && options.errors !== 'throw' && options.errors !== 'all') throw new ConfigError('errors', `must be 'throw' or 'all', got "${String(options.errors)}"`);

  const client: GatewayClient<ErrorPolicy> = {
    async request<TResult, TVariables extends object, P extends ErrorPolicy>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables, callOptions]: VariablesArgs<TVariables, P>
    ): Promise<PolicyResult<TResult, P>> {
      const policy: ErrorPolicy = callOptions?.errors ?? options.errors ?? 'throw';
      // Complete data: as is under 'throw', with no errors under 'all'.
      const done = (data: TResult) => (policy === 'all' ? { data, errors: [] } : data) as PolicyResult<TResult, P>;
      const operation = getOperationAST(document);
      const operationName = operation?.name?.value;
      if (operation?.operation === 'subscription') throw wrongMethod(operationName, 'a subscription: use client.subscribe()');
      // Retrying a mutation could apply it twice; only reads are safe to repeat.
      const retryable = operation?.operation === 'query';
      const signal = anySignal(options.signal, callOptions?.signal);
      for (let attempt = 1; ; attempt++) {
        if (signal?.aborted) throw signal.reason;
        try {
          const requestHeaders = await headersFor(callOptions?.headers);
          const sendText = () =>
            transport.request<TResult, Record<string, unknown>>({
              document,
              variables: (variables ?? {}) as Record<string, unknown>,
              requestHeaders,
              ...(signal ? { signal } : {}),
            });
          const documentId = await idOf(document);
          if (documentId === undefined) return done(await sendText());
          try {
            return done(await requestById<TResult>(documentId, { variables: (variables ?? {}) as Record<string, unknown>, operationName }, requestHeaders, { operationName, attempts: attempt }, signal));
          } catch (error) {
            if (!(error instanceof GatewayError) || error.code !== 'PERSISTED_QUERY_NOT_FOUND') throw error;
            // This gateway does not hold the document: send its text (from now on), unless it runs
            // trusted documents only, where the not-found is the answer that says what to fix.
            textOnly.add(document);
            try {
              return done(await sendText());
            } catch (textError) {
              if (toGatewayError(textError, { operationName, attempts: attempt }).code === 'PERSISTED_QUERY_ONLY') {
                textOnly.delete(document);
                throw error;
              }
              throw textError;
            }
          }
        } catch (error) {
          if (signal?.aborted) throw signal.reason;
          const failure = toGatewayError(error, { operationName, attempts: attempt });
          // Data next to the errors: under 'all' that is the answer (not retried).
          if (policy === 'all' && failure.errors.length > 0 && failure.data !== null && typeof failure.data === 'object') {
            return { data: failure.data, errors: failure.errors } as PolicyResult<TResult, P>;
          }
          const delay = retryable && isTransient(failure) ? retryDelay(attempt, retry, failure.retryAfterMs) : undefined;
          if (delay === undefined) throw failure;
          await sleep(delay, signal);
        }
      }
    },

    async *subscribe<TResult, TVariables extends object>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables, callOptions]: VariablesArgs<TVariables>
    ): AsyncGenerator<TResult, void, undefined> {
      const operation = getOperationAST(document);
      const operationName = operation?.name?.value;
      if (operation?.operation !== 'subscription') throw wrongMethod(operationName, 'not a subscription: use client.request()');
      yield* subscribeOverSse<TResult>(await eventStreamRequest(document, operationName, variables, callOptions));
    },

    async *incremental<TResult, TVariables extends object>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables, callOptions]: VariablesArgs<TVariables>
    ): AsyncGenerator<IncrementalResult<TResult>, void, undefined> {
      const operation = getOperationAST(document);
      const operationName = operation?.name?.value;
      if (operation?.operation === 'subscription') throw wrongMethod(operationName, 'a subscription: use client.subscribe()');
      yield* incrementalOverSse<TResult>(await eventStreamRequest(document, operationName, variables, callOptions));
    },
  };
  return client as unknown as GatewayClient<Policy>;
}

type GraphqlErrors = readonly { message?: unknown; path?: unknown; extensions?: unknown }[];

function wrongMethod(operationName: string | undefined, problem: string): GatewayError {
  return new GatewayError('BAD_USER_INPUT', `the document is ${problem}`, { operationName, attempts: 0 });
}

function assertHttpUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new ConfigError('url', `must be an absolute http(s) URL of the gateway's GraphQL endpoint, got "${maskUrl(url)}"`);
  }
}
