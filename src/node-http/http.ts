/**
 * The two node:http chores both servers (the gateway's front door and the sandbox tenant) share:
 * reading a bounded request body and sending a JSON answer that keeps the connection reusable.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PayloadTooLargeError, RequestAbortedError } from '../errors/index.js';

/**
 * Reads the whole request body (an empty buffer when there is none).
 * @throws PayloadTooLargeError as soon as more than `limit` bytes arrived; the rest is drained, not kept.
 * @throws RequestAbortedError when the client goes away (or its socket fails) before the body ends.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        reject(new PayloadTooLargeError(limit));
        req.resume();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    };
    const onError = (cause: unknown) => {
      cleanup();
      reject(new RequestAbortedError({ cause }));
    };
    const onClose = () => {
      if (!req.complete) onError(undefined);
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * Sends a JSON response with an explicit length, so keep-alive connections stay reusable. The
 * content type is always JSON: `headers` cannot override it. Nothing is sent on a closed response.
 */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  if (res.destroyed || res.writableEnded) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}
