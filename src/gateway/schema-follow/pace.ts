/**
 * Paces work the gateway does on its event loop while serving (building and judging a swapped-in
 * schema). One `setImmediate` between synchronous steps is not enough: a request in flight needs
 * several turns of the loop (read, route, forward to the tenant, answer), and with the steps back
 * to back it waits for several of them, not one. So after a step that kept the loop busy for d ms
 * the pacer waits about d ms (within bounds) before the next: the build takes about twice as long,
 * and what a request waits for is about the longest single step.
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Awaited between two steps of background work. */
export type Between = () => Promise<unknown>;

export interface PacerOptions {
  /** Shortest pause (default 2 ms: I/O and timers get their turn even after a tiny step). */
  minPauseMs?: number;
  /** Longest pause (default 250 ms). */
  maxPauseMs?: number;
}

export function createPacer(options: PacerOptions = {}): Between {
  const min = options.minPauseMs ?? 2;
  const max = options.maxPauseMs ?? 250;
  let since = performance.now();
  return async () => {
    const busy = performance.now() - since;
    await sleep(Math.min(max, Math.max(min, busy)));
    since = performance.now();
  };
}
