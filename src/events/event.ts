import { createHash } from 'node:crypto';
import { z } from 'zod';

/**
 * The one event model everything in `src/events` speaks: the webhook receiver and the poller
 * produce it, the bus carries it, the subscriptions serve it. A webhook envelope and a poll diff
 * describing the same change become equal events (same `id`), so a consumer can tell them apart
 * only by `source`.
 */

/** Event names of the vendor's envelope that ti-graph models. */
export const USER_EVENT_NAMES = ['user.created', 'user.updated', 'user.deleted'] as const;
export const ENROLLMENT_EVENT_NAMES = ['user.enrolled', 'course.completed'] as const;
export type UserEventName = (typeof USER_EVENT_NAMES)[number];
export type EnrollmentEventName = (typeof ENROLLMENT_EVENT_NAMES)[number];
export type TiEventName = UserEventName | EnrollmentEventName;

export type EventSource = 'webhook' | 'poll';

/** The user as the event carries it (the REST API's user, loosely validated). */
export const eventUserSchema = z.looseObject({
  id: z.string().min(1),
  email: z.string(),
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
  role: z.string().nullable().optional(),
  active: z.boolean().optional(),
  groups: z.array(z.string()).optional(),
  customFields: z.record(z.string(), z.unknown()).optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type EventUser = z.infer<typeof eventUserSchema>;

export const eventEnrollmentSchema = z.looseObject({
  userId: z.string().min(1),
  courseId: z.string().min(1),
  status: z.string().optional(),
  enrolledAt: z.string().nullable().optional(),
  completedAt: z.string().nullable().optional(),
});
export type EventEnrollment = z.infer<typeof eventEnrollmentSchema>;

interface EventBase {
  /** Derived from the change itself (name, user, course, time): equal for the same change from any source. */
  id: string;
  /** When the change happened (ISO 8601), per the tenant. */
  at: string;
  userId: string;
  source: EventSource;
}

export interface UserEvent extends EventBase {
  kind: 'user';
  name: UserEventName;
  user: EventUser;
}

export interface EnrollmentEvent extends EventBase {
  kind: 'enrollment';
  name: EnrollmentEventName;
  courseId: string;
  enrollment: EventEnrollment;
}

export type TiEvent = UserEvent | EnrollmentEvent;

export function isUserEventName(name: string): name is UserEventName {
  return (USER_EVENT_NAMES as readonly string[]).includes(name);
}

export function isEnrollmentEventName(name: string): name is EnrollmentEventName {
  return (ENROLLMENT_EVENT_NAMES as readonly string[]).includes(name);
}

/** A stable id for one change, so the same change seen by webhook and by polling has one id. */
export function eventId(name: TiEventName, userId: string, courseId: string | undefined, at: string): string {
  return createHash('sha256').update(JSON.stringify([name, userId, courseId ?? null, at])).digest('base64url').slice(0, 22);
}

export function userEvent(name: UserEventName, user: EventUser, at: string, source: EventSource): UserEvent {
  return { kind: 'user', name, id: eventId(name, user.id, undefined, at), at, userId: user.id, user, source };
}

export function enrollmentEvent(
  name: EnrollmentEventName,
  enrollment: EventEnrollment,
  at: string,
  source: EventSource,
): EnrollmentEvent {
  const { userId, courseId } = enrollment;
  return { kind: 'enrollment', name, id: eventId(name, userId, courseId, at), at, userId, courseId, enrollment, source };
}

/**
 * Reads the vendor's `timestamp`: an ISO 8601 string, or a Unix time in seconds (or in
 * milliseconds when it is too large to be seconds). Returns epoch milliseconds, or undefined.
 */
export function parseTimestamp(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) {
    return value < 1e12 ? Math.round(value * 1000) : Math.round(value);
  }
  if (typeof value === 'string' && value.trim() !== '') {
    if (/^\d+(\.\d+)?$/.test(value.trim())) return parseTimestamp(Number(value));
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? undefined : ms;
  }
  return undefined;
}
