import type { TiEnrollment, TiRestClient, TiUser } from '../tenant/rest/index.js';
import type { Logger } from '../util/index.js';
import type { DedupeStore } from './dedupe-store.js';
import { enrollmentEvent, eventId, userEvent, type EnrollmentEvent, type EventEnrollment, type EventUser, type TiEvent, type UserEvent } from './event.js';

/**
 * Events for tenants whose plan has no webhooks: the roster is polled through the REST client and
 * diffed against the last poll, and the differences are published as the same events the webhook
 * receiver publishes (same names, same data, same `id` for the same change).
 *
 * Cycles:
 * - The first cycle takes a baseline (users, and each user's enrollments) and publishes nothing.
 * - Every cycle walks the roster (ceil(N/100) calls; the REST API has no "changed since" filter).
 *   Users not seen before become `user.created`; users whose `updatedAt` is past the watermark (the
 *   newest `updatedAt` of the previous cycle) and differs from the last poll become `user.updated`.
 *   New and changed users also have their enrollments read (one call each).
 * - Every `reconcileEvery`-th cycle is a full reconcile: users gone from the roster become
 *   `user.deleted`; every user is compared in full (catching changes whose `updatedAt` did not pass
 *   the watermark, e.g. a skewed clock); every user's enrollments are read (N calls), so
 *   enrollments and completions of unchanged users surface within K cycles.
 * - What happened between two polls collapses: a user created and then updated is one
 *   `user.created` with the latest data; a deletion is stamped with the time it was noticed.
 *
 * A cycle is all or nothing: if any call fails, nothing is published and nothing is remembered;
 * the next cycle sees the same differences. The poller never retries a call itself (the REST
 * client's one retry layer does), never runs two cycles at once, and stays within the tenant's
 * rate budget because every call waits on the client's rate budget.
 *
 * With several gateway instances polling, pass the shared dedupe store: each change's event id is
 * claimed before publishing, so it goes out once.
 */
export interface RosterPollerOptions {
  client: Pick<TiRestClient, 'listUsers' | 'listEnrollments'>;
  publish: (event: TiEvent) => void;
  /** Time between cycle starts. Default 60 s. */
  intervalMs?: number;
  /** Every K-th cycle is a full reconcile. Default 10. */
  reconcileEvery?: number;
  /** Track enrollments and completions (costs one call per user on reconcile). Default true. */
  enrollments?: boolean;
  /** Shared with other instances so each change is published once. */
  dedupe?: DedupeStore;
  /** How long a published event id is remembered in `dedupe`. Default 48 h. */
  dedupeTtlMs?: number;
  logger?: Logger;
  now?: () => number;
}

export interface PollCycleReport {
  /** 0 is the baseline. */
  cycle: number;
  kind: 'baseline' | 'incremental' | 'reconcile';
  users: number;
  /** Users whose enrollments were read. */
  enrollmentReads: number;
  published: number;
  /** Set when the cycle failed; nothing was published or remembered. */
  error?: string;
}

export interface RosterPoller {
  /** Runs the baseline now, then a cycle every `intervalMs`. */
  start(): void;
  /** Runs one cycle now (waits for a running one first). */
  pollOnce(options?: { reconcile?: boolean }): Promise<PollCycleReport>;
  stop(): Promise<void>;
  /** Called after every cycle (for logs, metrics and tests). */
  onCycle(listener: (report: PollCycleReport) => void): () => void;
}

type EnrollmentState = Map<string, TiEnrollment>;

export function createRosterPoller(options: RosterPollerOptions): RosterPoller {
  const intervalMs = options.intervalMs ?? 60_000;
  const reconcileEvery = options.reconcileEvery ?? 10;
  const trackEnrollments = options.enrollments ?? true;
  const now = options.now ?? Date.now;
  if (!(intervalMs > 0)) throw new RangeError(`intervalMs must be positive, got ${intervalMs}`);
  if (!Number.isInteger(reconcileEvery) || reconcileEvery < 1) throw new RangeError(`reconcileEvery must be a whole number >= 1, got ${reconcileEvery}`);

  let users = new Map<string, TiUser>();
  let enrollments = new Map<string, EnrollmentState>();
  let watermark = Number.NEGATIVE_INFINITY;
  let cycle = 0;
  let running: Promise<PollCycleReport> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const listeners = new Set<(report: PollCycleReport) => void>();

  async function readEnrollments(userId: string): Promise<EnrollmentState> {
    const state: EnrollmentState = new Map();
    for await (const enrollment of options.client.listEnrollments(userId)) state.set(enrollment.courseId, enrollment);
    return state;
  }

  async function runCycle(forceReconcile: boolean): Promise<PollCycleReport> {
    const kind: PollCycleReport['kind'] = cycle === 0 ? 'baseline' : forceReconcile || cycle % reconcileEvery === 0 ? 'reconcile' : 'incremental';
    const report: PollCycleReport = { cycle, kind, users: 0, enrollmentReads: 0, published: 0 };
    try {
      const roster: TiUser[] = [];
      for await (const user of options.client.listUsers()) roster.push(user);
      report.users = roster.length;

      const nextUsers = new Map(roster.map((u) => [u.id, u]));
      const nextEnrollments = new Map(enrollments);
      const events: TiEvent[] = [];
      const detectedAt = new Date(now()).toISOString();

      for (const user of roster) {
        const before = users.get(user.id);
        // `>=`: a tenant stamping in whole seconds gives an update made in the same second as the
        // watermark's the same stamp; the updatedAt comparison keeps already-published users out.
        const changed = kind === 'reconcile' ? !sameUser(before, user) : stamp(user.updatedAt) >= watermark && before?.updatedAt !== user.updatedAt;
        const isNew = !before;
        if (kind !== 'baseline') {
          if (isNew) events.push(userEvent('user.created', user as EventUser, user.createdAt ?? user.updatedAt ?? detectedAt, 'poll'));
          else if (changed) events.push(userEvent('user.updated', user as EventUser, user.updatedAt ?? detectedAt, 'poll'));
          // Unreported differences stay unreported until a reconcile compares against what was
          // last published, so the snapshot keeps the last published state.
          else nextUsers.set(user.id, before!);
        }
        if (trackEnrollments && (kind === 'baseline' || kind === 'reconcile' || isNew || changed)) {
          const current = await readEnrollments(user.id);
          report.enrollmentReads += 1;
          if (kind !== 'baseline') events.push(...enrollmentChanges(user.id, enrollments.get(user.id), current, detectedAt));
          nextEnrollments.set(user.id, current);
        }
      }
      if (kind === 'reconcile') {
        for (const [id, last] of users) {
          if (nextUsers.has(id)) continue;
          // Stamped when noticed; the id comes from the last state seen, so every instance that
          // notices this deletion derives the same id.
          const deleted: UserEvent = userEvent('user.deleted', last as EventUser, detectedAt, 'poll');
          deleted.id = eventId('user.deleted', id, undefined, `last-seen:${last.updatedAt ?? ''}`);
          events.push(deleted);
          nextEnrollments.delete(id);
        }
      } else {
        // Deletions are only concluded on a reconcile; until then the user is remembered as last seen.
        for (const [id, last] of users) if (!nextUsers.has(id)) nextUsers.set(id, last);
      }

      // The cycle succeeded: remember, then publish (creations before what follows them).
      users = nextUsers;
      enrollments = nextEnrollments;
      for (const user of roster) watermark = Math.max(watermark, stamp(user.updatedAt));
      for (const event of sortForPublishing(events)) {
        if (options.dedupe && !(await options.dedupe.claim(`poll:${event.id}`, options.dedupeTtlMs ?? 48 * 3_600_000))) continue;
        options.publish(event);
        report.published += 1;
      }
    } catch (error) {
      report.error = (error as Error).message;
      options.logger?.warn({ err: report.error, cycle, kind }, 'poller: cycle failed; nothing published, retrying next cycle');
    }
    if (!report.error) cycle += 1;
    for (const listener of listeners) listener(report);
    return report;
  }

  function pollOnce(pollOptions: { reconcile?: boolean } = {}): Promise<PollCycleReport> {
    const previous = running ?? Promise.resolve(undefined);
    const next = previous.then(() => runCycle(pollOptions.reconcile ?? false));
    running = next;
    void next.finally(() => {
      if (running === next) running = undefined;
    });
    return next;
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(async () => {
      const started = now();
      await pollOnce();
      schedule(Math.max(0, intervalMs - (now() - started)));
    }, delayMs);
    timer.unref?.();
  }

  return {
    start() {
      stopped = false;
      schedule(0);
    },
    pollOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
    onCycle(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function stamp(iso: string | undefined): number {
  const ms = iso ? Date.parse(iso) : Number.NaN;
  return Number.isNaN(ms) ? Number.NEGATIVE_INFINITY : ms;
}

function sameUser(a: TiUser | undefined, b: TiUser): boolean {
  return a !== undefined && canonical(a) === canonical(b);
}

/** JSON with object keys sorted at every depth, so key order never reads as a change. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** New enrollments become `user.enrolled`; enrollments that reached `completed` become `course.completed`. */
function enrollmentChanges(
  userId: string,
  before: EnrollmentState | undefined,
  after: EnrollmentState,
  detectedAt: string,
): EnrollmentEvent[] {
  const events: EnrollmentEvent[] = [];
  for (const [courseId, enrollment] of after) {
    const previous = before?.get(courseId);
    const data: EventEnrollment = { ...enrollment, userId, courseId };
    const enrolledAt = typeof enrollment['enrolledAt'] === 'string' ? enrollment['enrolledAt'] : detectedAt;
    if (!previous) events.push(enrollmentEvent('user.enrolled', data, enrolledAt, 'poll'));
    if (enrollment.status === 'completed' && previous?.status !== 'completed') {
      events.push(enrollmentEvent('course.completed', data, enrollment.completedAt ?? detectedAt, 'poll'));
    }
  }
  return events;
}

const PUBLISH_RANK: Record<TiEvent['name'], number> = {
  'user.created': 0,
  'user.updated': 1,
  'user.enrolled': 2,
  'course.completed': 3,
  'user.deleted': 4,
};

/** In time order; for equal times, a user's creation before its update, enrollment and deletion. */
function sortForPublishing(events: TiEvent[]): TiEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => stamp(a.event.at) - stamp(b.event.at) || PUBLISH_RANK[a.event.name] - PUBLISH_RANK[b.event.name] || a.index - b.index)
    .map(({ event }) => event);
}
