/**
 * HR sync: records from an HR file -> a reviewed plan -> the tenant. Read (`readHrFile`), plan
 * (`planSync` / the pure `buildPlan`), save (`writePlanFile` / `readPlanFile`), apply (`applyPlan`
 * with a checkpoint and failures), report (`formatPlan`, `formatApplyReport`).
 */
export { parseHrRecords, readHrFile, type HrInput, type InputFormat } from './read-records.js';
export { validateRecord, SCALAR_COLUMNS, type HrRecord, type RowProblem, type ValidateOptions } from './record.js';
export {
  buildPlan,
  planHasChanges,
  planContentId,
  tenantFingerprint,
  usersNeedingEnrollments,
  DEFAULT_PLAN_OPTIONS,
  PLAN_FORMAT,
  PLAN_VERSION,
  type SyncPlan,
  type PlanItem,
  type PlanAction,
  type PlanOptions,
  type PlanSummary,
  type RosterUser,
  type MassDeactivationGuard,
} from './plan.js';
export { planSync, sha256, type PlanSyncInput } from './plan-sync.js';
export { readRoster, readEnrollments } from './read-tenant.js';
export { writePlanFile, readPlanFile } from './plan-file.js';
export { applyPlan, concurrencyForBudget, type ApplyOptions, type ApplyReport, type ApplyCounts, type ItemFailure, type ItemEvent } from './apply.js';
export { openCheckpoint, readCheckpoint, type Checkpoint } from './checkpoint.js';
export { writeFailuresFile, FAILURES_FORMAT } from './failures-file.js';
export { createProgress, formatDuration, type Progress } from './progress.js';
export { formatPlan, formatApplyReport, guardMessage } from './report.js';
