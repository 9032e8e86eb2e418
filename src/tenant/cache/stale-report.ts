import { AsyncLocalStorage } from 'node:async_hooks';

/** What one request's reads were answered with, and what its misses may still wait. */
export interface CacheReport {
  /** Age (ms) of the oldest entry answered past its freshness; undefined when every read was fresh. */
  staleAgeMs: number | undefined;
  /**
   * When this request's misses stop waiting for a budget slot (epoch ms): set by its first miss,
   * shared by the rest, so a dashboard whose user and enrollments both miss waits one miss wait
   * in all, not one each in sequence.
   */
  missDeadline?: number;
}

const reports = new AsyncLocalStorage<CacheReport>();

/** Runs `fn` with a report that the cache's stale answers inside it (its awaits included) are noted in. */
export function withCacheReport<T>(report: CacheReport, fn: () => T): T {
  return reports.run(report, fn);
}

export function noteStaleAnswer(ageMs: number): void {
  const report = reports.getStore();
  if (report) report.staleAgeMs = Math.max(report.staleAgeMs ?? 0, Math.round(ageMs));
}

/**
 * When a miss made now stops waiting for budget: the request's shared deadline (started by its
 * first miss), or `now + waitMs` for a read outside any request. A deadline long past (more than
 * one wait ago: a context that lives on, such as a subscription's) starts a new one.
 */
export function missDeadline(now: number, waitMs: number): number {
  const report = reports.getStore();
  if (!report) return now + waitMs;
  if (report.missDeadline === undefined || now - report.missDeadline > waitMs) report.missDeadline = now + waitMs;
  return report.missDeadline;
}
