import type { AcquireOptions, AcquireResult, BudgetClock, BudgetKind } from './types.js';

/** Asks the bucket(s) for a slot now (`weight` cells of it: 1 a request, a document's points): granted, or how long until one frees up. Never books ahead. */
export type TakeNow = (kind: BudgetKind, weight: number) => Promise<{ granted: boolean; waitMs: number }>;

interface Waiter {
  weight: number;
  enqueuedAt: number;
  /** The pumps' wake-ups before this caller queued: granted after another one, it waited for its slot. */
  wakesBefore: number;
  deadline: number;
  resolve: (result: AcquireResult) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
}

/**
 * Callers of one process wait here in FIFO order (one queue per kind, so a spent write bucket
 * does not hold reads up); one pump per queue asks for a slot for the head and sleeps until the
 * next one frees up. A slot is taken at the moment its request is sent, never reserved for later:
 * if this process stalls (GC, a busy machine), it cannot wake up holding a backlog of reserved slots
 * and send them all at once, which is what made the tenant answer 429 in a slot-booking version.
 *
 * `onWait` hears of each caller that had to wait for its slot (a pump woke from a sleep while it was queued),
 * not of one that only waited for the bucket's answer: the count does not depend on how busy the
 * machine is. `busyMs` is the time some caller spent waiting for a slot (pumps sleeping), summed
 * as one: near all of the elapsed time means the budget, not the work, sets the pace.
 */
export function createPacedQueue(
  takeNow: TakeNow,
  clock: BudgetClock,
  onWait: (waitedMs: number) => void,
  /**
   * The shortest time between two slots of a kind (ms per weight unit), when known. A caller with
   * a longest wait who finds more waiting ahead of it than that wait could drain, even at the full
   * rate, is told at once instead of holding its place until its wait is over: under overload (a
   * cold cache, many misses) the ones that cannot be served answer in no time, and the ones that
   * can still wait their turn.
   */
  slotIntervalMs?: (kind: BudgetKind) => number | undefined,
) {
  const queues: Record<BudgetKind, Waiter[]> = { read: [], write: [] };
  const pumping: Record<BudgetKind, boolean> = { read: false, write: false };
  let wakes = 0;
  let sleeping = 0;
  let busySince = 0;
  let busyMs = 0;
  /** When the head's slot frees up at the earliest (what the bucket last said), per kind. */
  const headSlotAt: Record<BudgetKind, number> = { read: 0, write: 0 };

  async function pump(kind: BudgetKind): Promise<void> {
    if (pumping[kind]) return;
    pumping[kind] = true;
    const queue = queues[kind];
    try {
      while (queue.length > 0) {
        const head = queue[0]!;
        const { granted, waitMs } = await takeNow(kind, head.weight);
        if (queue[0] !== head) continue; // the head gave up (abort) while we asked
        if (granted) {
          queue.shift();
          head.signal?.removeEventListener('abort', head.onAbort);
          const waited = clock.now() - head.enqueuedAt;
          if (wakes > head.wakesBefore) onWait(waited);
          head.resolve({ granted: true, waitedMs: waited });
          continue;
        }
        if (clock.now() + waitMs > head.deadline) {
          // The next slot lies past this caller's longest wait: tell it now.
          queue.shift();
          head.signal?.removeEventListener('abort', head.onAbort);
          head.resolve({ granted: false, waitMs });
          continue;
        }
        headSlotAt[kind] = clock.now() + waitMs;
        tellThoseTooFarBack(kind, queue, waitMs);
        if (sleeping++ === 0) busySince = clock.now();
        try {
          await clock.sleep(Math.max(1, waitMs));
        } finally {
          wakes++;
          if (--sleeping === 0) busyMs += clock.now() - busySince;
        }
      }
    } catch (error) {
      // takeNow never throws by contract; if it did, nobody must wait forever.
      for (const waiter of queue.splice(0)) waiter.reject(error);
    } finally {
      pumping[kind] = false;
    }
  }

  /**
   * The head's slot is `waitMs` away: a waiter behind it whose turn (one interval per slot ahead of
   * it, at the very least) comes after its longest wait is told now rather than when it reaches the head.
   */
  function tellThoseTooFarBack(kind: BudgetKind, queue: Waiter[], waitMs: number): void {
    const interval = slotIntervalMs?.(kind);
    if (interval === undefined || !(interval > 0)) return;
    const slotAt = clock.now() + waitMs;
    let behindHead = 0;
    for (let i = 1; i < queue.length; i++) {
      const waiter = queue[i]!;
      const turnAt = slotAt + (behindHead + waiter.weight) * interval;
      if (turnAt <= waiter.deadline) {
        behindHead += waiter.weight;
        continue;
      }
      queue.splice(i--, 1);
      waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.resolve({ granted: false, waitMs: turnAt - clock.now() });
    }
  }

  return {
    acquire(kind: BudgetKind, options: AcquireOptions = {}, weight = 1): Promise<AcquireResult> {
      const { signal } = options;
      if (signal?.aborted) return Promise.reject(signal.reason);
      const interval = options.maxWaitMs !== undefined ? slotIntervalMs?.(kind) : undefined;
      if (interval !== undefined && interval > 0) {
        let ahead = 0;
        for (const waiter of queues[kind]) ahead += waiter.weight;
        // Everyone ahead goes first (FIFO): the head when its slot frees up, the others one interval
        // each after it at the very least.
        const soonestMs = Math.max(0, headSlotAt[kind] - clock.now()) + ahead * interval;
        if (ahead > 0 && soonestMs > options.maxWaitMs!) return Promise.resolve({ granted: false, waitMs: soonestMs });
      }
      return new Promise<AcquireResult>((resolve, reject) => {
        const now = clock.now();
        const waiter: Waiter = {
          weight,
          enqueuedAt: now,
          wakesBefore: wakes,
          deadline: now + (options.maxWaitMs ?? Number.POSITIVE_INFINITY),
          resolve,
          reject,
          signal,
          onAbort: () => {
            const queue = queues[kind];
            const index = queue.indexOf(waiter);
            if (index >= 0) queue.splice(index, 1);
            reject(signal!.reason);
          },
        };
        signal?.addEventListener('abort', waiter.onAbort, { once: true });
        queues[kind].push(waiter);
        void pump(kind);
      });
    },
    queued: () => queues.read.length + queues.write.length,
    busyMs: () => busyMs + (sleeping > 0 ? clock.now() - busySince : 0),
  };
}
