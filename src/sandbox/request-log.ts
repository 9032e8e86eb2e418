import type { RequestFilter, RequestLog, RequestLogEntry } from './types.js';

const MAX_ENTRIES = 50_000;

/**
 * Counts every request the sandbox receives by method, route template and tenant, so tests and
 * benchmarks can assert the exact number of upstream calls. Counts are exact however many requests
 * arrive; only the most recent entries are kept for inspection.
 */
export class RequestCounter implements RequestLog {
  /** `${route}\u0000${tenant}` -> count; route includes the method (`GET /incoming/...`). */
  private readonly counts = new Map<string, number>();
  private log: RequestLogEntry[] = [];

  /** Records a request once its route and tenant are known; returns the entry to complete later. */
  record(entry: RequestLogEntry): RequestLogEntry {
    const key = `${entry.route}\u0000${entry.tenant ?? ''}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.log.push(entry);
    if (this.log.length > MAX_ENTRIES * 1.2) this.log = this.log.slice(-MAX_ENTRIES);
    return entry;
  }

  count(filter: RequestFilter = {}): number {
    let total = 0;
    const method = filter.method?.toUpperCase();
    for (const [key, n] of this.counts) {
      const [route = '', tenant = ''] = key.split('\u0000');
      const space = route.indexOf(' ');
      const entryMethod = route.slice(0, space);
      const template = route.slice(space + 1);
      if (method !== undefined && entryMethod !== method) continue;
      if (filter.tenant !== undefined && tenant !== filter.tenant) continue;
      if (filter.route !== undefined && filter.route !== route && filter.route !== template) continue;
      total += n;
    }
    return total;
  }

  entries(): RequestLogEntry[] {
    return this.log.slice(-MAX_ENTRIES).map((e) => ({ ...e }));
  }

  reset(): void {
    this.counts.clear();
    this.log = [];
  }
}
