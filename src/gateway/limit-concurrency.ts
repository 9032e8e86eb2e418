/**
 * Caps how many REST calls are in flight: per gateway request (so a list of 100 users with
 * enrollments does not open 100 sockets and trip the tenant's rate limit in one burst), and across
 * the whole gateway (so 200 concurrent requests do not become 2,000 calls that slow every one of
 * them down together). When the gateway-wide cap is reached, the oldest request's calls go first:
 * under overload requests finish in arrival order instead of all finishing late.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export interface RestScheduler {
  /** A limiter for one request: at most `perRequest` of its calls in flight, and the shared cap. */
  forRequest(perRequest: number): Limiter;
}

interface RequestQueue {
  /** Arrival order of the request. */
  readonly seq: number;
  active: number;
  readonly max: number;
  readonly waiting: Array<() => void>;
}

export function createRestScheduler(maxInFlight: number): RestScheduler {
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
      const queue: RequestQueue = { seq: arrivals++, active: 0, max: perRequest, waiting: [] };
      return async <T>(task: () => Promise<T>): Promise<T> => {
        if (queue.active >= queue.max || active >= maxInFlight || queues.length > 0) {
          enqueue(queue);
          await new Promise<void>((resolve) => {
            queue.waiting.push(resolve);
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
