import { AsyncLocalStorage } from 'node:async_hooks';

/** What one request's reads were answered with: how old the oldest stale entry was. */
export interface CacheReport {
  /** Age (ms) of the oldest entry answered past its freshness; undefined when every read was fresh. */
  staleAgeMs: number | undefined;
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
