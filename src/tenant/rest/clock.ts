/**
 * Time, injectable. The retry layer and the client's own budget read the time and wait only through a
 * Clock, so tests can drive them deterministically (no real sleeping, exact delays asserted).
 */
import { sleep } from '../../util/index.js';

export interface Clock {
  /** Milliseconds since the epoch (or any monotonic origin the clock's sleep agrees with). */
  now(): number;
  /** Resolves after `ms`; rejects with the signal's reason if it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now(), sleep };
