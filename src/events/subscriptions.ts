import { GraphQLError } from 'graphql';
import { filter, pipe } from 'graphql-yoga';
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

/** Each subscription filters the one event stream by its arguments. */
export const eventsResolvers = {
  Subscription: {
    userEvents: {
      subscribe: (_: unknown, args: UserEventsArgs, context: EventsContext) =>
        pipe(
          busOf(context).subscribe(),
          filter(
            (event: TiEvent): event is UserEvent =>
              event.kind === 'user' &&
              (!args.types?.length || args.types.includes(USER_EVENT_TYPES[event.name])) &&
              (!args.userId || event.userId === args.userId),
          ),
        ),
      resolve: toUserEvent,
    },
    courseCompleted: {
      subscribe: (_: unknown, args: EnrollmentArgs, context: EventsContext) =>
        pipe(
          busOf(context).subscribe(),
          filter((event: TiEvent): event is EnrollmentEvent => matchesEnrollment(event, args) && event.name === 'course.completed'),
        ),
      resolve: toEnrollmentEvent,
    },
    enrollmentChanged: {
      subscribe: (_: unknown, args: EnrollmentArgs, context: EventsContext) =>
        pipe(
          busOf(context).subscribe(),
          filter((event: TiEvent): event is EnrollmentEvent => matchesEnrollment(event, args)),
        ),
      resolve: toEnrollmentEvent,
    },
  },
};

/** The schema extension the gateway lists (same shape as the gateway's `SchemaExtension`). */
export const eventsSchemaExtension = {
  name: 'events',
  typeDefs: eventsTypeDefs,
  resolvers: eventsResolvers,
};
