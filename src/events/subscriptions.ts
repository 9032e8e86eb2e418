import { GraphQLError } from 'graphql';
import { SubscriptionDroppedError } from '../errors/index.js';
import type { EventBus } from './bus.js';
import type { EnrollmentEvent, TiEvent, UserEvent, UserEventName } from './event.js';

/**
 * The subscription half of the unified graph, as a schema extension (type definitions and
 * resolvers). The resolvers are stateless: they read the bus from the request context's `events`
 * field, which the server fills in (the gateway from its events service). Served over Yoga's SSE
 * on the GraphQL endpoint and over graphql-ws.
 */

/** What the subscription resolvers need from the context. */
export interface EventsContext {
  events?: EventBus | undefined;
}
export const eventsTypeDefs = /* GraphQL */ `
  "What happened to a user record."
  enum UserEventType {
    CREATED
    UPDATED
    DELETED
  }

  "What changed about an enrollment."
  enum EnrollmentChange {
    "The user was enrolled in the course."
    ENROLLED
    "The user completed the course."
    COMPLETED
  }

  "How ti-graph learned about a change."
  enum EventSource {
    "A signed webhook from the tenant."
    WEBHOOK
    "The roster poller (tenants without webhooks)."
    POLL
  }

  "The user as the event reported it."
  type EventUser {
    id: ID!
    email: String!
    firstName: String
    lastName: String
    role: String
    active: Boolean
    "Ids of the user's groups."
    groups: [ID!]
    "ISO 8601."
    createdAt: String
    "ISO 8601."
    updatedAt: String
  }

  type UserEvent {
    "Stable per change: the same change seen by webhook and by polling has the same id."
    id: ID!
    type: UserEventType!
    "When the change happened (ISO 8601)."
    at: String!
    userId: ID!
    "The user after the change (for DELETED, as it was last)."
    user: EventUser!
    source: EventSource!
  }

  type EnrollmentEvent {
    "Stable per change: the same change seen by webhook and by polling has the same id."
    id: ID!
    change: EnrollmentChange!
    "When the change happened (ISO 8601)."
    at: String!
    userId: ID!
    courseId: ID!
    "not_started, in_progress or completed, as the tenant reports it."
    status: String
    enrolledAt: String
    completedAt: String
    source: EventSource!
  }

  type Subscription {
    "Users created, updated or deleted; all types unless \`types\` narrows them, all users unless \`userId\` does."
    userEvents(types: [UserEventType!], userId: ID): UserEvent!
    "Course completions, optionally for one course or one user."
    courseCompleted(courseId: ID, userId: ID): EnrollmentEvent!
    "Enrollments and completions, optionally for one course or one user."
    enrollmentChanged(courseId: ID, userId: ID): EnrollmentEvent!
  }
`;

const USER_EVENT_TYPES: Record<UserEventName, string> = {
  'user.created': 'CREATED',
  'user.updated': 'UPDATED',
  'user.deleted': 'DELETED',
};

interface UserEventsArgs {
  types?: string[] | null;
  userId?: string | null;
}
interface EnrollmentArgs {
  courseId?: string | null;
  userId?: string | null;
}

function toUserEvent(event: UserEvent) {
  return {
    id: event.id,
    type: USER_EVENT_TYPES[event.name],
    at: event.at,
    userId: event.userId,
    user: event.user,
    source: event.source.toUpperCase(),
  };
}

function toEnrollmentEvent(event: EnrollmentEvent) {
  const { enrollment } = event;
  return {
    id: event.id,
    change: event.name === 'course.completed' ? 'COMPLETED' : 'ENROLLED',
    at: event.at,
    userId: event.userId,
    courseId: event.courseId,
    status: enrollment.status ?? null,
    enrolledAt: enrollment.enrolledAt ?? null,
    completedAt: enrollment.completedAt ?? null,
    source: event.source.toUpperCase(),
  };
}

function matchesEnrollment(event: TiEvent, args: EnrollmentArgs): event is EnrollmentEvent {
  return (
    event.kind === 'enrollment' &&
    (!args.courseId || event.courseId === args.courseId) &&
    (!args.userId || event.userId === args.userId)
  );
}

function busOf(context: EventsContext): EventBus {
  if (!context.events) {
    throw new GraphQLError('subscriptions are not enabled on this server (it runs without an events service)', {
      extensions: { code: 'INTERNAL' },
    });
  }
  return context.events;
}

/** The last payload of a dropped subscriber's stream: resolving it raises the drop as the field's error. */
interface Dropped {
  dropped: SubscriptionDroppedError;
}
const isDropped = (value: unknown): value is Dropped => (value as Partial<Dropped>).dropped instanceof SubscriptionDroppedError;

/**
 * The bus's events that `keep` accepts, then, if the subscriber was dropped for reading too
 * slowly, one last `Dropped` payload (so the client gets a final error with a code, not a cut
 * stream) and the end. A hand-written iterator, not an async generator: `return()` (the client
 * left) must end a read that is waiting for the next event, which a generator cannot.
 */
function eventsWhere<T extends TiEvent>(bus: EventBus, keep: (event: TiEvent) => event is T): AsyncIterableIterator<T | Dropped> {
  const source = bus.subscribe();
  let finished = false;
  const iterator: AsyncIterableIterator<T | Dropped> = {
    async next() {
      while (!finished) {
        let step: IteratorResult<TiEvent, unknown>;
        try {
          step = await source.next();
        } catch (error) {
          if (!(error instanceof SubscriptionDroppedError)) throw error;
          finished = true;
          return { done: false, value: { dropped: error } };
        }
        if (step.done) break;
        if (keep(step.value)) return { done: false, value: step.value };
      }
      finished = true;
      return { done: true, value: undefined };
    },
    async return() {
      finished = true;
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}

/** The field's value, or the drop raised as its error (SUBSCRIBER_TOO_SLOW). */
function resolving<T, R>(toPayload: (event: T) => R) {
  return (value: T | Dropped): R => {
    if (isDropped(value)) throw value.dropped;
    return toPayload(value);
  };
}

/** Each subscription filters the one event stream by its arguments. */
export const eventsResolvers = {
  Subscription: {
    userEvents: {
      subscribe: (_: unknown, args: UserEventsArgs, context: EventsContext) =>
        eventsWhere(
          busOf(context),
          (event: TiEvent): event is UserEvent =>
            event.kind === 'user' &&
            (!args.types?.length || args.types.includes(USER_EVENT_TYPES[event.name])) &&
            (!args.userId || event.userId === args.userId),
        ),
      resolve: resolving(toUserEvent),
    },
    courseCompleted: {
      subscribe: (_: unknown, args: EnrollmentArgs, context: EventsContext) =>
        eventsWhere(busOf(context), (event: TiEvent): event is EnrollmentEvent => matchesEnrollment(event, args) && event.name === 'course.completed'),
      resolve: resolving(toEnrollmentEvent),
    },
    enrollmentChanged: {
      subscribe: (_: unknown, args: EnrollmentArgs, context: EventsContext) =>
        eventsWhere(busOf(context), (event: TiEvent): event is EnrollmentEvent => matchesEnrollment(event, args)),
      resolve: resolving(toEnrollmentEvent),
    },
  },
};

/** The schema extension the gateway lists (same shape as the gateway's `SchemaExtension`). */
export const eventsSchemaExtension = {
  name: 'events',
  typeDefs: eventsTypeDefs,
  resolvers: eventsResolvers,
};
