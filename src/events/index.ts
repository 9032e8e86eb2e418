/**
 * Events: TI webhooks in, GraphQL subscriptions out, a poller for tenants without webhooks, and
 * fan-out across gateway instances over Redis. The door names what other modules use: the serve
 * command builds the service, the gateway mounts it and serves the subscription fields over
 * graphql-ws, the sandbox signs its deliveries. The parts inside (bus, orderer, dedupe stores,
 * receiver, poller) are reached only through `createEventsService`; their unit tests import them
 * from their own files.
 */
export { userEvent, type TiEvent } from './event.js';
export { encodeEnvelope } from './envelope.js';
export { signTiBody, verifyTiSignature, signStandardWebhook, verifyStandardWebhook, TI_SIGNATURE_HEADER } from './signature.js';
export type { EventBus } from './bus.js';
export { eventsSchemaExtension } from './subscriptions.js';
export { attachGraphqlWs, type GraphqlWsHandle, type GraphqlWsOptions, type OperationAdmission, type OperationPayload } from './graphql-ws.js';
export { createEventsService, type EventsService, type EventsServiceOptions } from './events-service.js';
