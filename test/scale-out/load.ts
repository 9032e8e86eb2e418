/**
 * Drives gateways with a steady stream of queries (more than the tenant's budget allows) and reads
 * what the tenant saw from the sandbox's request log.
 */
import type { Sandbox } from '../../src/sandbox/index.js';
/** A gateway as the load sees it (an in-process instance or a `ti-graph serve` process). */
export interface Queryable {
  query(query: string): Promise<{ status: number; body: any }>;
}

/** A REST-backed field and a tenant-only document (the pass-through): both spend the tenant's budget. */
export const LOAD_QUERIES = ['{ users(perPage: 5) { total items { id } } }', '{ CurrentUser { email } }'];

export interface LoadReport {
  sent: number;
  /** Responses without data or with errors (every one of them must answer). */
  failed: Array<{ status: number; body: unknown }>;
  startedAt: number;
  endedAt: number;
}

/** `concurrency` loops per gateway, each sending the next query when the last answered, for `durationMs`. */
export async function drive(gateways: Queryable[], options: { durationMs: number; concurrency: number; stopWhen?: () => boolean }): Promise<LoadReport> {
  const report: LoadReport = { sent: 0, failed: [], startedAt: Date.now(), endedAt: 0 };
  const stopAt = report.startedAt + options.durationMs;
  const loop = async (gateway: Queryable, offset: number) => {
    for (let i = offset; Date.now() < stopAt && !options.stopWhen?.(); i++) {
      report.sent++;
      const { status, body } = await gateway.query(LOAD_QUERIES[i % LOAD_QUERIES.length]!).catch((error: Error) => ({ status: 0, body: { error: error.message } }));
      if (status !== 200 || body?.errors || !body?.data) report.failed.push({ status, body });
    }
  };
  await Promise.all(gateways.flatMap((g) => Array.from({ length: options.concurrency }, (_, i) => loop(g, i))));
  report.endedAt = Date.now();
  return report;
}

export interface TenantView {
  /** Requests the tenant refused with 429. */
  rateLimited: number;
  /** Requests it served (any other status) in the window. */
  served: number;
  /** What its bucket could admit in the window at most: burst + rate x duration. */
  capacity: number;
  /** Served against the budget's rate over the window (perMinute x duration): the share of the budget used. */
  used: number;
}

/** What the tenant saw between `from` and `to`, against its bucket of perMinute/burst. */
export function tenantView(sandbox: Sandbox, tenant: string, from: number, to: number, bucket: { perMinute: number; burst: number }): TenantView {
  const entries = sandbox.requests.entries().filter((e) => e.tenant === tenant && e.at >= from && e.at <= to);
  const rateLimited = entries.filter((e) => e.status === 429).length;
  const served = entries.length - rateLimited;
  const sustained = (bucket.perMinute * (to - from)) / 60_000;
  return { rateLimited, served, capacity: Math.round(bucket.burst + sustained), used: served / sustained };
}
