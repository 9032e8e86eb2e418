/**
 * What the front-door plugins know about one request, kept on Yoga's server context (the node
 * adapter makes one per request; Yoga spreads it into the GraphQL context, so the context factory
 * reads the authenticated client from it). One object per request, created by `useRequestId`.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ClientToken } from '../../config/index.js';

/** How the front door answered: the access log's `route` and the metrics' `route` label. */
export type FrontDoorRoute = 'fast' | 'yoga' | 'health' | 'webhook' | 'auth' | 'limit' | 'shed' | 'aborted' | 'graphiql' | 'none';

export interface FrontDoorState {
  requestId: string;
  /** process.hrtime.bigint() when the request arrived. */
  startedAt: bigint;
  route: FrontDoorRoute;
  /** Set by useClientAuth on the GraphQL path. */
  client?: ClientToken;
  /** TI's learner token (the `authtoken` header), forwarded to the tenant. */
  authToken?: string;
  /** The request body as read (bounded) by useRequestBodyLimit. */
  body?: Buffer;
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

/** The request's state, created on first use (a client's X-Request-Id when it is a safe token). */
export function stateOf(serverContext: FrontDoorServerContext, request: Request): FrontDoorState {
  let state = serverContext.frontDoor;
  if (!state) {
    const header = request.headers.get('x-request-id');
    state = {
      requestId: header !== null && REQUEST_ID.test(header) ? header : randomUUID(),
      startedAt: process.hrtime.bigint(),
      route: 'none',
    };
    serverContext.frontDoor = state;
  }
  return state;
}

/** The path of a request URL, without parsing it (`http://host:1/graphql?x` -> `/graphql`). */
export function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('//') + 2);
  if (start === -1) return '/';
  const query = url.indexOf('?', start);
  return query === -1 ? url.slice(start) : url.slice(start, query);
}

/** A GraphQL-shaped error body: stable message, `extensions.code`, the request id. */
export function graphqlErrorBody(code: string, message: string, requestId: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ errors: [{ message, extensions: { code, requestId, ...extra } }] });
}
