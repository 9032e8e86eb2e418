import { createHash } from 'node:crypto';
import type { TiRestClient } from '../tenant/index.js';
import { buildPlan, usersNeedingEnrollments, type PlanOptions, type SyncPlan } from './plan.js';
import { readEnrollments, readRoster } from './read-tenant.js';
import type { HrInput } from './read-records.js';

export interface PlanSyncInput {
  client: Pick<TiRestClient, 'listUsers' | 'listEnrollments' | 'target'>;
  /** Parsed HR input (see `readHrFile` / `parseHrRecords`). */
  hr: HrInput;
  /** The input's text, hashed so a checkpoint can tell whether it is for this input. */
  text: string;
  source: string;
  /** `tenantFingerprint(apiKey)` of the client's tenant, so the plan cannot be applied to another tenant on the same host. */
  tenantKey?: string;
  options?: Partial<PlanOptions>;
  concurrency?: number;
  signal?: AbortSignal;
}

/** Reads the tenant (roster, then the enrollments it needs) and plans the sync of `hr` against it. */
export async function planSync(input: PlanSyncInput): Promise<SyncPlan> {
  const signal = input.signal ? { signal: input.signal } : {};
  const roster = await readRoster(input.client, signal);
  const needed = usersNeedingEnrollments(roster, input.hr.records);
  const enrollments = await readEnrollments(input.client, needed, { concurrency: input.concurrency ?? 4, ...signal });
  return buildPlan({
    tenant: input.client.target.baseUrl,
    ...(input.tenantKey !== undefined ? { tenantKey: input.tenantKey } : {}),
    input: { source: input.source, sha256: sha256(input.text) },
    roster,
    records: input.hr.records,
    inputProblems: input.hr.problems,
    enrollments,
    ...(input.options ? { options: input.options } : {}),
  });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
