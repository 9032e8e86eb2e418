/**
 * The hook the tenant clients call around each upstream HTTP call (the GraphQL pass-through and
 * executor, every REST attempt): metrics and a client span, both scoped to the gateway whose
 * request made the call (an AsyncLocalStorage set around the gateway's request handler). Outside
 * a gateway request (the CLI, sync), or with metrics and tracing off, it is one lookup that
 * returns undefined: zero cost.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface UpstreamCall {
  surface: 'graphql' | 'rest';
  method: string;
  /** The route template (`/users/{id}/enrollments`), never a URL with an id or the key. */
  endpoint: string;
}

export interface UpstreamEvent extends UpstreamCall {
  /** HTTP status; 0 when no response arrived (network failure, timeout). */
  status: number;
  durationMs: number;
}

export interface UpstreamObserver {
  /** Called as the call starts; returns what to add to the call's headers (traceparent) and how to end it. */
  start(call: UpstreamCall): { headers: Record<string, string>; end(status: number): void };
  restContract?(violation: RestContractViolation): void;
}

/** A tenant REST response that does not match the endpoint table's schema, at one field. */
export interface RestContractViolation {
  /** The route template (`GET /users/{id}`). */
  endpoint: string;
  /** `users[].active`; `(body)` for the whole body. */
  field: string;
  /** First time this process saw it (alert once per new shape). */
  fresh: boolean;
  /** The response was still used (the field dropped). */
  usable: boolean;
}

export const upstreamScope = new AsyncLocalStorage<UpstreamObserver>();

/** Starts observing one upstream call, or undefined when nothing observes (no gateway request, or observability off). */
export function startUpstream(call: UpstreamCall): { headers: Record<string, string>; end(status: number): void } | undefined {
  return upstreamScope.getStore()?.start(call);
}

/** Counts (and, when new, alerts) a REST response off the documented shape; nothing outside a gateway request. */
export function reportRestContract(violation: RestContractViolation): void {
  upstreamScope.getStore()?.restContract?.(violation);
}
