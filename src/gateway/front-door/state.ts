/**
 * What the front door knows about one request: made by the door when it arrives, and for a request
 * the door hands to Yoga, its admitted request on Yoga's server context (`frontDoor`: Yoga spreads
 * it into the GraphQL context, so the context factory reads the authenticated client from it).
 * graphql-ws makes one per operation.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClientIdentity } from '../auth/index.js';
import { yogaResponseMediaType } from './media-type.js';

/** How the front door answered: the access log's `route` and the metrics' `route` label. */
export type FrontDoorRoute = 'fast' | 'yoga' | 'health' | 'webhook' | 'auth' | 'rate' | 'limit' | 'shed' | 'aborted' | 'graphiql' | 'none';

export interface FrontDoorState {
  requestId: string;
  /** process.hrtime.bigint() when the request arrived. */
  startedAt: bigint;
  route: FrontDoorRoute;
  /** The authenticated client, on the GraphQL path once the client check admitted it. */
  client?: ClientIdentity;
  /** What went wrong on the gateway's side (logged on the access line, never sent). */
  failure?: unknown;
  /** TI's learner token (the `authtoken` header), forwarded to the tenant. */
  authToken?: string;
  /** The door wrote the answer (Yoga built no request or response for it): on the access line. */
  lane?: true;
  /** The operation name, when the front door knows it (fast path, or Yoga's params). */
  operationName?: string;
}

/** Yoga's server context on node (the adapter's `req`/`res`) plus the front door's state. */
export interface FrontDoorServerContext {
  req?: IncomingMessage;
  res?: ServerResponse;
  frontDoor?: FrontDoorState;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** A new request's state: its id is the client's `X-Request-Id` when that is a safe token, else a UUID. */
export function newState(requestIdHeader: string | string[] | null | undefined): FrontDoorState {
  return {
    requestId: typeof requestIdHeader === 'string' && REQUEST_ID.test(requestIdHeader) ? requestIdHeader : randomUUID(),
    startedAt: process.hrtime.bigint(),
    route: 'none',
  };
}

/** The request's state, created on first use. */
export function stateOf(serverContext: FrontDoorServerContext, request: Request): FrontDoorState {
  return (serverContext.frontDoor ??= newState(request.headers.get('x-request-id')));
}

/** The path of a request URL, without parsing it (`http://host:1/graphql?x` -> `/graphql`). */
export function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start === -1) return '/';
  const query = url.indexOf('?', start);
  return query === -1 ? url.slice(start) : url.slice(start, query);
}

/**
 * The media type of a refusal the front door words itself (401, 413, 415, 429, 503): the GraphQL
 * response type when the client asks for it, as Yoga would answer, so a client that reads GraphQL
 * errors from a non-2xx answer (Apollo Client 4) sees the code and message, not a bare status.
 */
export function refusalContentType(accept: string | null): string {
  return yogaResponseMediaType(accept) === 'application/graphql-response+json' ? 'application/graphql-response+json; charset=utf-8' : 'application/json; charset=utf-8';
}

/** A GraphQL-shaped error body: stable message, `extensions.code`, the request id. */
export function graphqlErrorBody(code: string, message: string, requestId: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, requestId, ...extra } }] });
}
