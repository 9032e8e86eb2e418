/**
 * Cross-surface queries at router speed: a query plan per (document, operation), computed once and
 * cached, that sends the tenant ONE pre-printed request and runs only the REST-backed fields on the
 * gateway. `useQueryPlan` wires it into Yoga.
 */
export { createQueryPlanner, type QueryPlanner, type QueryPlannerOptions } from './planner.js';
export { useQueryPlan } from './plugin.js';
export type { Plan, Fallback } from './plan-types.js';
export type { IncrementalPayload } from './run-incremental.js';
