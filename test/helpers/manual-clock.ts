import type { Clock } from '../../src/tenant/index.js';

/**
 * A Clock for deterministic tests: `sleep` records the requested delay and resolves without real
 * waiting; time jumps to the earliest pending wake-up once everything runnable has run (like a
 * fake timer queue), so concurrent sleepers see a consistent `now`. Retry delays, deadlines and
 * token-bucket waits can then be asserted exactly at no real cost. `onSleep` lets a test change
 * the world between attempts (e.g. lift a fault).
 */
export interface ManualClock extends Clock {
  /** Every delay requested through `sleep`, in call order. */
  readonly sleeps: number[];
  advance(ms: number): void;
  onSleep: ((ms: number, index: number) => void) | undefined;
}

export function createManualClock(start = 1_700_000_000_000): ManualClock {
  let now = start;
  const sleeps: number[] = [];
  const timers: Array<{ wakeAt: number; seq: number; fire: () => void }> = [];
  let seq = 0;
  let draining = false;

  const drain = () => {
    timers.sort((a, b) => a.wakeAt - b.wakeAt || a.seq - b.seq);
    const next = timers.shift();
    if (!next) {
      draining = false;
      return;
    }
    now = Math.max(now, next.wakeAt);
    next.fire();
    setImmediate(drain);
  };

  const clock: ManualClock = {
    sleeps,
    onSleep: undefined,
    now: () => now,
    advance(ms) {
      now += ms;
    },
    sleep(ms, signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      sleeps.push(ms);
      clock.onSleep?.(ms, sleeps.length - 1);
      return new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          const i = timers.findIndex((t) => t.fire === fire);
          if (i >= 0) timers.splice(i, 1);
          reject(signal!.reason);
        };
        const fire = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        timers.push({ wakeAt: now + Math.max(0, ms), seq: seq++, fire });
        if (!draining) {
          draining = true;
          setImmediate(drain);
        }
      });
    },
  };
  return clock;
}
