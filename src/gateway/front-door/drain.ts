import type { IncomingMessage, ServerResponse } from 'node:http';

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
