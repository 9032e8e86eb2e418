/**
 * The sandbox tenant: an HTTP server standing in for Thought Industries tenants (REST seed and v2
 * trees, GraphQL at /incoming/api/graphql and /helium), with seeded data, fault injection and
 * request counting. See README.md next to this file.
 */
export type {
  SandboxOptions,
  Sandbox,
  SandboxTenant,
  SandboxProfile,
  TenantOptions,
  FaultSpec,
  RequestLog,
  RequestLogEntry,
  RequestFilter,
} from './types.js';
export {
  TenantStore,
  SANDBOX_PASSWORD,
  DEFAULT_CUSTOM_FIELD_KEYS,
  DEFAULT_SEED,
  DEFAULT_USER_COUNT,
  type User,
  type UserInput,
  type Group,
  type Course,
  type Enrollment,
  type EnrollmentStatus,
  type CustomFieldValue,
  type StoreEvent,
  type StoreEventType,
  type StoreListener,
} from './store/index.js';
export { startSandbox } from './server.js';
export { SandboxStoreError, type SandboxRejection } from './errors.js';
export { attachWebhookSender, type WebhookSender, type WebhookSenderOptions, type WebhookDelivery, type DeliveryAttempt } from './webhooks/index.js';
export { describeSandbox, type SandboxDescription } from './describe.js';
export { parseFaultSpec } from './faults/index.js';
export { checkSnapshot } from './graphql/index.js';
export { derivedApiKey, DEFAULT_TENANT_NAME } from './tenants.js';
