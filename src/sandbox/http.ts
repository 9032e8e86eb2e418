import type { IncomingMessage, ServerResponse } from 'node:http';

/** Request bodies above this are refused with 413: the real API has a limit too. */
export const MAX_BODY_BYTES = 5_000_000;

export class BodyTooLargeError extends Error {}

/** Reads the whole request body (empty buffer when there is none). */
export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new BodyTooLargeError(`request body is larger than ${limit} bytes`));
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Sends a JSON response with an explicit length, so keep-alive connections stay reusable. */
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

/** The error body used everywhere: `{ "error": "<snake_code>", "message": "<what to fix>" }`. */
export function errorBody(error: string, message: string): { error: string; message: string } {
  return { error, message };
}
