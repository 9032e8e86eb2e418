import type { Plugin } from 'graphql-yoga';
import { stateOf, type FrontDoorServerContext } from './state.js';

/**
 * Every request gets an id (the client's `X-Request-Id` when it is a safe token, else a UUID),
 * echoed on the response and carried by every log line and error of the request.
 */
export function useRequestId(): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  return {
    onRequest({ request, serverContext }) {
      stateOf(serverContext, request);
    },
    onResponse({ request, response, serverContext }) {
      const { requestId } = stateOf(serverContext, request);
      if (response.headers.get('x-request-id') !== requestId) response.headers.set('x-request-id', requestId);
    },
  };
}
