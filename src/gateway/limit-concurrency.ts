/**
 * Caps how many REST calls are in flight: per gateway request (so a list of 100 users with
 * enrollments does not open 100 sockets and trip the tenant's rate limit in one burst), and across
 * the whole gateway (so 200 concurrent requests do not become 2,000 calls that slow every one of
 * them down together). When the gateway-wide cap is reached, the oldest request's calls go first:
 * under overload requests finish in arrival order instead of all finishing late. A call still
 * waiting when its request is `maxWaitMs` old fails with a TIMEOUT instead of being made: its
 * client has most likely given up, and the work would only delay the requests behind it (without
 * this, an overloaded gateway spends its capacity on answers nobody reads and everyone times out).
 */
import { TimeoutError } from '../errors/index.js';

export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export interface RestScheduler {
  /** A limiter for one request: at most `perRequest` of its calls in flight, and the shared cap. */
  forRequest(perRequest: number): Limiter;
}

interface RequestQueue {
  /** Arrival order of the request. */
  readonly seq: number;
  /** When the request's first call was asked for (ms, Date.now()). */
  readonly arrived: number;
  active: number;
  readonly max: number;
  readonly waiting: Array<() => void>;
}

export interface RestSchedulerOptions {
  /** A call not started by the time its request is this old fails with TIMEOUT; default 8,000 ms. */
  maxWaitMs?: number;
}

export function createRestScheduler(maxInFlight: number, options: RestSchedulerOptions = {}): RestScheduler {
  const maxWaitMs = options.maxWaitMs ?? 8_000;
  let active = 0;
  let arrivals = 0;
  // Requests with calls waiting or running after a wait, oldest first.
  const queues: RequestQueue[] = [];
  const enqueue = (queue: RequestQueue) => {
    if (queues.includes(queue)) return;
    const at = queues.findIndex((other) => other.seq > queue.seq);
    if (at === -1) queues.push(queue);
    else queues.splice(at, 0, queue);
  };
  const pump = () => {
    for (const queue of queues) {
      if (active >= maxInFlight) return;
      while (queue.waiting.length > 0 && queue.active < queue.max && active < maxInFlight) {
        queue.active += 1;
        active += 1;
        queue.waiting.shift()!();
      }
    }
  };
  return {
    forRequest(perRequest) {
      const queue: RequestQueue = { seq: arrivals++, arrived: Date.now(), active: 0, max: perRequest, waiting: [] };
      return async <T>(task: () => Promise<T>): Promise<T> => {
        if (queue.active >= queue.max || active >= maxInFlight || queues.length > 0) {
          enqueue(queue);
          await new Promise<void>((resolve, reject) => {
            const start = () => {
              clearTimeout(timer);
              resolve();
            };
            const timer = setTimeout(() => {
              const at = queue.waiting.indexOf(start);
              if (at === -1) return;
              queue.waiting.splice(at, 1);
              if (queue.active === 0 && queue.waiting.length === 0) queues.splice(queues.indexOf(queue), 1);
              reject(new TimeoutError({ method: 'GET', path: '(gateway REST call queue)', timeoutMs: maxWaitMs }));
            }, Math.max(0, queue.arrived + maxWaitMs - Date.now()));
            queue.waiting.push(start);
            pump();
          });
        } else {
          queue.active += 1;
          active += 1;
        }
        try {
          return await task();
        } finally {
          queue.active -= 1;
          active -= 1;
          if (queue.active === 0 && queue.waiting.length === 0) {
            const at = queues.indexOf(queue);
            if (at !== -1) queues.splice(at, 1);
          }
          pump();
        }
      };
    },
  };
}

/** A cap for one request on its own (no gateway-wide sharing). */
export function limitConcurrency(max: number): Limiter {
  return createRestScheduler(max).forRequest(max);
}
