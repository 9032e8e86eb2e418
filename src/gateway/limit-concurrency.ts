/**
 * Caps how many calls one gateway request has in flight to the tenant at once, so a list of 100
 * users with enrollments does not open 100 sockets (and trip the tenant's rate limit) in one burst.
 */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

export function limitConcurrency(max: number): Limiter {
  let active = 0;
  const waiting: Array<() => void> = [];
  const next = () => {
    active -= 1;
    waiting.shift()?.();
  };
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      return await task();
    } finally {
      next();
    }
  };
}
