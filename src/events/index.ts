/**
 * Events: TI webhooks in, GraphQL subscriptions out, a poller for tenants without webhooks, and
 * fan-out across gateway instances over Redis. The door names what other modules (and the tests)
 * use; the rest stays inside src/events.
 */
export { type TiEvent, type UserEvent, type EnrollmentEvent, type EventSource, type EventUser, userEvent, enrollmentEvent } from './event.js';
export { encodeEnvelope } from './envelope.js';
export { signTiBody, verifyTiSignature, signStandardWebhook, verifyStandardWebhook, TI_SIGNATURE_HEADER } from './signature.js';
export { createMemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
export { createEventBus, type EventBus } from './bus.js';
export { createEventOrderer, type EventOrderer } from './order-events.js';
export { createWebhookReceiver } from './webhook-receiver.js';
export { eventsSchemaExtension } from './subscriptions.js';
export { createRosterPoller, type RosterPoller } from './roster-poller.js';
export { attachGraphqlWs, type GraphqlWsHandle } from './graphql-ws.js';
export { createEventsService, type EventsService, type EventsServiceOptions } from './events-service.js';
