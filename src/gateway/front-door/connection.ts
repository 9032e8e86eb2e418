import type { Plugin } from 'graphql-yoga';
import { drainThenClose } from './drain.js';
import type { FrontDoorServerContext } from './state.js';

export interface ConnectionOptions {
  /** True once the gateway is shutting down. */
  shuttingDown(): boolean;
  /** How much of an unread request body is drained before the socket is dropped. */
  drainBytes: number;
}

/**
 * What a response says about its connection. `Connection: close` when the client asked for it
 * (Yoga's streamed responses otherwise say keep-alive) and on every response once shutdown has
 * started, so clients stop reusing sockets that are about to close. A response that leaves part
 * of the request body unread (a refused webhook upload) keeps the socket open while the rest is
 * drained, so the client reads the answer instead of a reset. Never both Content-Length and
 * Transfer-Encoding (RFC 9112 section 6.3: such a message is refused by strict clients).
 */
export function useConnectionManagement(options: ConnectionOptions): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  return {
    onResponse({ request, response, serverContext }) {
      const headers = response.headers;
      if (headers.has('transfer-encoding')) {
        headers.delete('content-length');
        // Node frames the body itself: a Transfer-Encoding header copied from the Response would be
        // sent next to Node's own framing decision.
        headers.delete('transfer-encoding');
      }
      const req = serverContext.req;
      if (req && !req.complete && request.method !== 'GET' && request.method !== 'HEAD' && response.status >= 400) {
        headers.delete('connection');
        drainThenClose(req, serverContext.res, options.drainBytes);
      }
      const asked = request.headers.get('connection');
      if (options.shuttingDown() || (asked !== null && /(^|,)\s*close\s*(,|$)/i.test(asked))) {
        // delete first: on a plain-object header init, set() would add a second, lower-cased key
        // next to Yoga's `Connection: keep-alive` and Node would send both values.
        headers.delete('connection');
        headers.set('connection', 'close');
        if (serverContext.res) serverContext.res.shouldKeepAlive = false;
      }
    },
  };
}
