/**
 * The request size limit of the GraphQL path: a declared `Content-Length` over the limit is
 * refused before a byte is read; otherwise the body is read (bounded) once, kept for the fast
 * path, and handed to Yoga as a buffered request (useBufferedBodyHandoff). Either way a refused body is drained (up to a
 * bound) so the 413 reaches the client. A client that goes away mid-upload is a client abort:
 * one info line (the access log's, route `aborted`), no error.
 */
import type { Plugin } from 'graphql-yoga';
import { PayloadTooLargeError, RequestAbortedError } from '../../errors/index.js';
import { readBody } from '../../node-http/index.js';
import { drainThenClose } from './drain.js';
import { graphqlErrorBody, pathOf, refusalContentType, stateOf, type FrontDoorServerContext } from './state.js';

export interface BodyLimitOptions {
  graphqlPath: string;
  maxBytes: number;
  /** How much of a refused body is read and discarded before the socket is dropped. */
  drainBytes: number;
}

const HAS_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function useRequestBodyLimit(options: BodyLimitOptions): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  const { graphqlPath, maxBytes, drainBytes } = options;
  const message = `request body over the ${maxBytes}-byte limit`;
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (!HAS_BODY.has(request.method) || pathOf(request.url) !== graphqlPath) return;
      const state = stateOf(serverContext, request);
      // The fast lane read it already.
      if (state.body) return;
      const refuse = () => {
        state.route = 'limit';
        if (serverContext.req) drainThenClose(serverContext.req, serverContext.res, drainBytes);
        endResponse(
          new fetchAPI.Response(graphqlErrorBody('BAD_USER_INPUT', message, state.requestId), {
            status: 413,
            headers: { 'content-type': refusalContentType(request.headers.get('accept')) },
          }),
        );
      };
      const declared = request.headers.get('content-length');
      if (declared !== null && Number(declared) > maxBytes) return refuse();
      const req = serverContext.req;
      let body: Buffer;
      try {
        if (req) body = await readBody(req, maxBytes);
        else {
          body = Buffer.from(await request.arrayBuffer());
          if (body.length > maxBytes) throw new PayloadTooLargeError(maxBytes);
        }
      } catch (error) {
        if (error instanceof PayloadTooLargeError) return refuse();
        if (error instanceof RequestAbortedError) {
          state.route = 'aborted';
          endResponse(new fetchAPI.Response(null, { status: 499 }));
          return;
        }
        throw error;
      }
      state.body = body;
    },
  };
}

/**
 * Hands the body read by useRequestBodyLimit to Yoga as a buffered request. A separate step, after
 * the fast path: a forwarded request never needs the second Request object.
 */
export function useBufferedBodyHandoff(): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  return {
    onRequest({ request, serverContext, setRequest, fetchAPI }) {
      const body = serverContext.frontDoor?.body;
      if (!body) return;
      setRequest(
        new fetchAPI.Request(request.url, {
          method: request.method,
          headers: request.headers,
          body: body as unknown as BodyInit,
          signal: request.signal,
        }),
      );
    },
  };
}
