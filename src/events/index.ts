/**
 * Events: TI webhooks in, GraphQL subscriptions out, a poller for tenants without webhooks, and
 * fan-out across gateway instances over Redis.
 */
export {
  type TiEvent,
  type UserEvent,
  type EnrollmentEvent,
  type TiEventName,
  type UserEventName,
  type EnrollmentEventName,
  type EventSource,
  type EventUser,
  type EventEnrollment,
  USER_EVENT_NAMES,
  ENROLLMENT_EVENT_NAMES,
  userEvent,
  enrollmentEvent,
  eventId,
} from './event.js';
export { encodeEnvelope, decodeEnvelope, type WebhookEnvelope, type DecodedEnvelope } from './envelope.js';
export {
  signTiBody,
  verifyTiSignature,
  signStandardWebhook,
  verifyStandardWebhook,
  TI_SIGNATURE_HEADER,
  WEBHOOK_ID_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
} from './signature.js';
export { createMemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
export { createEventBus, EVENTS_TOPIC, type EventBus, type EventBusOptions } from './bus.js';
export { createEventOrderer, type EventOrderer, type EventOrdererOptions } from './order-events.js';
export {
  createWebhookReceiver,
  DEFAULT_TOLERANCE_MS,
  DEFAULT_EVENT_AGE_LIMIT_MS,
  DEFAULT_DEDUPE_TTL_MS,
  DEFAULT_MAX_BODY_BYTES,
  type WebhookReceiver,
  type WebhookReceiverOptions,
} from './webhook-receiver.js';
export { useWebhookReceiver, DEFAULT_WEBHOOK_PATH } from './use-webhook-receiver.js';
export { eventsTypeDefs, eventsResolvers, eventsSchemaExtension, type EventsContext } from './subscriptions.js';
export { createRosterPoller, type RosterPoller, type RosterPollerOptions, type PollCycleReport } from './roster-poller.js';
export { attachGraphqlWs, type GraphqlWsOptions, type GraphqlWsHandle } from './graphql-ws.js';
export { createEventsService, type EventsService, type EventsServiceOptions } from './events-service.js';
