import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type Socket } from 'node:net';

/**
 * Reads and discards the rest of a request body that will not be used (a refused upload), so
 * the client can finish sending and then read the answer: closing a socket with unread bytes
 * makes the kernel reset it, and the client sees EPIPE/ECONNRESET instead of the 413. At most
 * `boundBytes` more are read; past that the socket is destroyed. Once the body has ended (and the
 * answer is out) the connection is closed gracefully: a refused upload does not earn a reuse.
 */
export function drainThenClose(req: IncomingMessage, res: ServerResponse | undefined, boundBytes: number): void {
  if (req.complete || req.destroyed) return;
  let discarded = 0;
  req.removeAllListeners('data');
  // A body left mid-read (the webhook receiver stops at its cap) still has its async iterator's
  // 'readable' listener, and while one is attached resume() does nothing: the drain would never end.
  req.removeAllListeners('readable');
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > boundBytes) req.socket.destroy();
  });
  req.once('end', () => {
    const close = () => req.socket.end();
    if (!res || res.writableFinished) close();
    else res.once('finish', close);
  });
  req.resume();
}

/**
 * The server's sockets, for a shutdown that resets nothing. Two things reset a client that did
 * nothing wrong: closing the listener while connections wait in the kernel's accept queue (each
 * gets a RST, though its request was sent), and Node's `server.close()`, which destroys every
 * connection without a request in progress, including one accepted a moment ago whose request is
 * on the wire. So: `settle` waits until no connection has arrived for a moment (the caller stops
 * sending `Connection: close` first, so clients keep their sockets instead of reconnecting), then
 * `stop` closes only the listener, and each socket is retired by what it does: one mid-request
 * finishes (its answer says `Connection: close`); an idle one gets `idleGraceMs` to send one more
 * request (answered the same way) and is then ended gracefully.
 */
export interface ConnectionTracker {
  /** Resolves once no connection has been accepted for `quietMs`, or after `maxMs`. */
  settle(options: { quietMs: number; maxMs: number }): Promise<void>;
  /** Stops accepting and retires sockets as above; resolves once none is left or `timeoutMs` passed (then destroys the rest). */
  stop(options: { timeoutMs: number; idleGraceMs: number }): Promise<void>;
  /** Open HTTP sockets. */
  readonly size: number;
}

/** Requests on the socket not yet answered. */
interface Tracked {
  active: number;
}

const SWEEP_MS = 25;

export function trackConnections(server: Server): ConnectionTracker {
  const sockets = new Map<Socket, Tracked>();
  let lastAcceptedAt = 0;
  let retire: ((socket: Socket, tracked: Tracked) => void) | undefined;
  server.on('connection', (socket: Socket) => {
    lastAcceptedAt = Date.now();
    sockets.set(socket, { active: 0 });
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const tracked = sockets.get(req.socket);
    if (!tracked) return;
    tracked.active++;
    res.once('close', () => {
      tracked.active--;
      retire?.(req.socket, tracked);
    });
  });
  // An upgraded socket (graphql-ws) is the WebSocket server's to close, not ours.
  server.on('upgrade', (req: IncomingMessage) => sockets.delete(req.socket));

  const every = (ms: number, done: () => boolean) =>
    new Promise<void>((resolve) => {
      const tick = () => {
        if (!done()) return;
        clearInterval(timer);
        resolve();
      };
      const timer = setInterval(tick, ms);
      tick();
    });

  return {
    get size() {
      return sockets.size;
    },
    async settle({ quietMs, maxMs }) {
      const until = Date.now() + maxMs;
      const quiet = () => Date.now() - lastAcceptedAt >= quietMs || Date.now() >= until;
      for (;;) {
        await every(SWEEP_MS, quiet);
        // Timers run before the loop's poll phase, which is where pending connections are accepted:
        // after a stall (a loaded machine) connections may be waiting that the check has not seen.
        // Look again just after a poll phase (setImmediate), and the caller closes the listener there.
        await new Promise((resolve) => setImmediate(resolve));
        if (quiet()) return;
      }
    },
    async stop({ timeoutMs, idleGraceMs }) {
      const startedAt = Date.now();
      const deadline = startedAt + timeoutMs;
      // net.Server's close, not http.Server's: stop accepting without destroying fresh sockets.
      const listenerClosed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      retire = (socket, tracked) => {
        if (tracked.active === 0 && !socket.destroyed && Date.now() - startedAt >= idleGraceMs) socket.end();
      };
      await every(SWEEP_MS, () => {
        for (const [socket, tracked] of sockets) retire!(socket, tracked);
        return sockets.size === 0 || Date.now() >= deadline;
      });
      // Out of time: whatever is left goes now.
      for (const socket of sockets.keys()) socket.destroy();
      server.closeAllConnections();
      // http.Server's close too, for its own bookkeeping (the timeout-checking interval).
      server.close();
      await listenerClosed;
    },
  };
}
