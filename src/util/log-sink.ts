/**
 * Where log lines go when no destination is given: stderr, written asynchronously, and never at the
 * cost of the process. A closed terminal or a reader that went away (EIO, EPIPE), or one that stops
 * reading (EAGAIN for good), must not block the event loop, throw into the code that logged, keep
 * the process alive, or hold every later line in memory: past those, lines are dropped.
 *
 * Why not `pino.destination()`: it registers a synchronous flush on process exit, and sonic-boom's
 * `flushSync` retries a failed write forever (Atomics.wait in a loop): with stderr on a terminal
 * that was closed, `ti-graph serve` stopped answering and never exited.
 */
import { write } from 'node:fs';

export interface LogSink {
  write(line: string): void;
}

export interface LogSinkOptions {
  /** File descriptor (2: stderr). */
  fd?: number;
  /** Most bytes held while the reader is slow; lines past it are dropped (default 8 MB). */
  maxBufferedBytes?: number;
  /** How long writes may keep failing with EAGAIN before the sink gives up (default 2 s). */
  maxBlockedMs?: number;
}

/** A wait before writing again after EAGAIN (the reader is slow, not gone). */
const RETRY_MS = 50;

export function createLogSink(options: LogSinkOptions = {}): LogSink {
  const fd = options.fd ?? 2;
  const maxBuffered = options.maxBufferedBytes ?? 8 * 1024 * 1024;
  const maxBlockedMs = options.maxBlockedMs ?? 2_000;
  let queue: Buffer[] = [];
  let queued = 0;
  let writing = false;
  let broken = false;
  let blockedSince: number | undefined;

  const flush = (): void => {
    if (broken || queue.length === 0) {
      writing = false;
      return;
    }
    writing = true;
    const chunk = queue.length === 1 ? queue[0]! : Buffer.concat(queue);
    queue = [];
    queued = 0;
    write(fd, chunk, 0, chunk.length, null, (error, written) => {
      if (error) {
        if (error.code === 'EAGAIN') {
          const now = Date.now();
          blockedSince ??= now;
          if (now - blockedSince < maxBlockedMs) {
            queue.unshift(chunk);
            queued += chunk.length;
            // Unref'd: a log line waiting for a slow reader never keeps the process alive.
            setTimeout(flush, RETRY_MS).unref();
            return;
          }
        }
        // EIO (the terminal is gone), EPIPE, EBADF, or a reader stuck past the bound: stop writing.
        broken = true;
        queue = [];
        queued = 0;
        writing = false;
        return;
      }
      blockedSince = undefined;
      if (written < chunk.length) {
        const rest = chunk.subarray(written);
        queue.unshift(rest);
        queued += rest.length;
      }
      flush();
    });
  };

  return {
    write(line: string) {
      if (broken) return;
      const bytes = Buffer.from(line);
      if (queued + bytes.length > maxBuffered) return; // the reader is far behind: drop, do not grow
      queue.push(bytes);
      queued += bytes.length;
      if (!writing) flush();
    },
  };
}
