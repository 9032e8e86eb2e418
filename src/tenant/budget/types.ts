/**
 * The port every caller of the tenant draws from before sending: the REST transport, the tenant
 * GraphQL client (executor and pass-through), sync and the poller (through the REST client).
 * `createTenantBudget` implements it over Redis (shared by every instance) with a local fallback;
 * without one, the REST client makes its own (the same budget, this process's only).
 */

import { sleep } from '../../util/index.js';

/** Reads draw from the request bucket; writes from the request bucket and the write bucket. */
export type BudgetKind = 'read' | 'write';

export interface AcquireOptions {
  /** Aborts the wait with the signal's reason. */
  signal?: AbortSignal | undefined;
  /**
   * Longest acceptable wait. When the next free slot is further away, nothing is taken and the
   * answer says how long it would have been, so the caller can fail now instead of sleeping.
   */
  maxWaitMs?: number | undefined;
}

export type AcquireResult = { granted: true; waitedMs: number } | { granted: false; waitMs: number };

export interface RequestBudget {
  acquire(kind: BudgetKind, options?: AcquireOptions): Promise<AcquireResult>;
  /** The tenant said its window is spent for `ms` more (a 429, or `X-RateLimit-Remaining: 0`): every sharer waits. */
  pause(ms: number): void;
  /** How long the last known shared pause still runs (0 when none): lets a caller fail fast. */
  pauseRemainingMs(): number;
}

/** Time, injectable (structurally the same as the REST client's Clock). */
export interface BudgetClock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemBudgetClock: BudgetClock = {
  now: () => Date.now(),
  sleep,
};
