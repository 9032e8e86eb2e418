/**
 * The applier: carries out a plan's items against the tenant, a few at a time. Pace comes from the
 * REST client's rate budget (the tenant budget) and retries from its one retry layer; this
 * module never retries. A failing item is recorded with its reason and the run goes on; finished
 * items go to the checkpoint so an interrupted run resumes where it stopped.
 */
import { ConflictError } from '../errors/index.js';
import {
  addToGroups,
  createUserChecked,
  deactivateUser,
  enrollInCourses,
  failureFrom,
  patchFromChanges,
  type LifecycleClient,
  type StepFailure,
} from '../lifecycle/index.js';
import type { CreateUserInput, TiUser } from '../tenant/index.js';
import type { Checkpoint } from './checkpoint.js';
import type { PlanItem, SyncPlan } from './plan.js';

export interface ItemFailure extends StepFailure {
  email: string;
  row?: number;
  userId?: string;
}

export interface ApplyCounts {
  created: number;
  updated: number;
  deactivated: number;
  enrolled: number;
  addedToGroups: number;
  /** Items finished by an earlier, interrupted run (from the checkpoint). */
  resumed: number;
  /** Items finished in this run. */
  applied: number;
  /** Items with at least one failed step. */
  failed: number;
  /** Items not attempted because the run was stopped. */
  notAttempted: number;
}

export interface ApplyReport {
  planId: string;
  items: number;
  counts: ApplyCounts;
  failures: ItemFailure[];
  /** True when the run was stopped (signal) before every item was attempted. */
  interrupted: boolean;
  durationMs: number;
}

export interface ItemEvent {
  index: number;
  item: PlanItem;
  failures: ItemFailure[];
}

export interface ApplyOptions {
  /** Items in flight at once (default 4). The rate budget, not this, sets the request rate. */
  concurrency?: number;
  checkpoint?: Checkpoint;
  /** Stops taking new items; items in flight are abandoned and redone on resume. */
  signal?: AbortSignal;
  onItem?: (event: ItemEvent) => void;
  now?: () => number;
}

/**
 * Items in flight for a rate budget: enough that a request is always waiting for the next token
 * (so the budget stays busy), few enough not to pile up behind the bucket. The bucket, not this,
 * caps the request rate.
 */
export function concurrencyForBudget(budget: { burst: number } | undefined): number {
  return budget ? Math.max(2, Math.min(8, budget.burst)) : 4;
}

export async function applyPlan(client: LifecycleClient, plan: SyncPlan, options: ApplyOptions = {}): Promise<ApplyReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const done = options.checkpoint?.done ?? new Set<number>();
  const counts: ApplyCounts = {
    created: 0,
    updated: 0,
    deactivated: 0,
    enrolled: 0,
    addedToGroups: 0,
    resumed: 0,
    applied: 0,
    failed: 0,
    notAttempted: 0,
  };
  const failures: ItemFailure[] = [];

  const pending: number[] = [];
  plan.items.forEach((item, index) => {
    if (item.actions.length === 0) return;
    if (done.has(index)) counts.resumed++;
    else pending.push(index);
  });

  let next = 0;
  const signal = options.signal;
  async function worker(): Promise<void> {
    while (next < pending.length && !signal?.aborted) {
      const index = pending[next++]!;
      const item = plan.items[index]!;
      const outcome = await applyItem(client, item, signal);
      if (outcome === 'interrupted') {
        counts.notAttempted++;
        continue;
      }
      counts.created += outcome.created ? 1 : 0;
      counts.updated += outcome.updated ? 1 : 0;
      counts.deactivated += outcome.deactivated ? 1 : 0;
      counts.enrolled += outcome.enrolled;
      counts.addedToGroups += outcome.addedToGroups;
      const itemFailures = outcome.failures.map((failure) => ({
        ...failure,
        email: item.email,
        ...(item.row !== undefined ? { row: item.row } : {}),
        ...((outcome.userId ?? item.userId) ? { userId: outcome.userId ?? item.userId } : {}),
      }));
      if (itemFailures.length > 0) {
        counts.failed++;
        failures.push(...itemFailures);
      } else {
        counts.applied++;
        options.checkpoint?.markDone(index);
      }
      options.onItem?.({ index, item, failures: itemFailures });
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(1, pending.length)) }, worker));
  counts.notAttempted += pending.length - next;
  failures.sort((a, b) => (a.row ?? Infinity) - (b.row ?? Infinity) || a.email.localeCompare(b.email));
  return {
    planId: plan.id,
    items: plan.items.filter((item) => item.actions.length > 0).length,
    counts,
    failures,
    interrupted: counts.notAttempted > 0,
    durationMs: now() - started,
  };
}

interface ItemOutcome {
  userId: string | undefined;
  created: boolean;
  updated: boolean;
  deactivated: boolean;
  enrolled: number;
  addedToGroups: number;
  failures: StepFailure[];
}

/** Applies one item: the user first (create / update / deactivate), then groups, then enrollments. */
async function applyItem(client: LifecycleClient, item: PlanItem, signal: AbortSignal | undefined): Promise<ItemOutcome | 'interrupted'> {
  const options = signal ? { signal } : {};
  const outcome: ItemOutcome = { userId: item.userId, created: false, updated: false, deactivated: false, enrolled: 0, addedToGroups: 0, failures: [] };
  const step = item.actions.includes('create') ? 'create' : item.actions.includes('deactivate') ? 'deactivate' : 'update';
  let user: Pick<TiUser, 'id' | 'groups' | 'active'> | undefined = item.userId ? { id: item.userId, groups: [] } : undefined;
  try {
    if (item.actions.includes('create')) {
      const created = await createOrFind(client, item, options);
      user = created.user;
      outcome.created = created.created;
      outcome.updated = !created.created;
    } else if (item.actions.includes('deactivate')) {
      const others = item.changes.filter((c) => c.field !== 'active');
      user = await deactivateUser(client, item.userId!, patchFromChanges(others), options);
      outcome.deactivated = true;
      outcome.updated = others.length > 0;
    } else if (item.actions.includes('update')) {
      user = await client.updateUser(item.userId!, patchFromChanges(item.changes), options);
      outcome.updated = true;
    }
  } catch (error) {
    if (signal?.aborted) return 'interrupted';
    const failure = failureFrom(step, error);
    if (item.addGroups.length || item.enroll.length) failure.reason += ' (its groups and enrollments were not attempted)';
    outcome.failures.push(failure);
    return outcome;
  }
  outcome.userId = user!.id;
  // The plan lists only groups and courses the user is not in yet, so none are skipped as "already".
  let groups, enrollments;
  try {
    groups = await addToGroups(client, { id: user!.id, groups: [] }, item.addGroups, options);
    enrollments = await enrollInCourses(client, { id: user!.id, active: user!.active }, item.enroll, { ...options, known: [] });
  } catch (error) {
    if (signal?.aborted) return 'interrupted';
    throw error;
  }
  if (signal?.aborted && (groups.failures.length || enrollments.failures.length)) return 'interrupted';
  outcome.addedToGroups = groups.added.length;
  outcome.enrolled = enrollments.enrolled.length;
  outcome.failures.push(...groups.failures, ...enrollments.failures);
  return outcome;
}

/**
 * Creates the planned user. If the email is already taken (an earlier, interrupted run created it
 * after the plan was made, or someone else did), the existing user gets the planned fields instead:
 * never a second user.
 */
async function createOrFind(
  client: LifecycleClient,
  item: PlanItem,
  options: { signal?: AbortSignal },
): Promise<{ user: TiUser; created: boolean }> {
  const patch = patchFromChanges(item.changes);
  try {
    const user = await createUserChecked(client, { ...patch, email: item.email } as CreateUserInput, options);
    return { user, created: true };
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    const existing = await client.findByEmail(item.email, options);
    if (!existing) throw error;
    const user = await client.updateUser(existing.id, patch, options);
    return { user, created: false };
  }
}

