/**
 * The tenant's rate budget, shared by every instance over Redis (one bucket per tenant, keyed by a
 * fingerprint of the key, plus a write bucket), with a local fallback when Redis is unreachable.
 */
export { createTenantBudget, budgetFromConfig, openBudgetRedis, type TenantBudget, type TenantBudgetOptions, type TenantBudgetStats } from './tenant-budget.js';
export { LocalGcra, shareOf } from './gcra.js';
export { createPointsBudget, pointsBudgetFromConfig, type PointsBudget, type PointsBudgetOptions, type PointsBudgetStats } from './points-budget.js';
export { tenantKeyFingerprint } from './fingerprint.js';
export { displayRedisUrl } from './redis-url.js';
export { openFailFastRedis, type SharedRedis } from './redis-connection.js';
// The ioredis connection helpers live in './redis-connection.js' (imported directly by who needs
// them), so importing the budget does not load ioredis.
export { systemBudgetClock, type RequestBudget, type BudgetKind, type AcquireOptions, type AcquireResult, type BudgetClock } from './types.js';
