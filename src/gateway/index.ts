/**
 * The unified gateway: the tenant's GraphQL schema, unchanged and delegated, plus the REST-only
 * operations, as one Yoga graph behind client tokens.
 */
export { startGateway, buildGatewaySchema, type GatewayOptions, type InternalGatewayOptions, type RunningGateway, type ShutdownOptions } from './gateway.js';
export { setHeapGrowth } from './heap.js';
export { composeGatewaySchema, type GatewaySchema } from './compose.js';
export { GATEWAY_EXTENSIONS } from './extensions.js';
export type { SchemaExtension } from './schema-extension.js';
export type { GatewayContext } from './context.js';
export type { GatewayRestClient } from './rest-port.js';
export type { Scope } from './scopes.js';
export { developmentTokenFor, createAuthenticator, type Authenticator, type ClientIdentity } from './auth/index.js';
export { loadTrustedDocuments, documentIdOf, type TrustedDocumentStore } from './trusted-documents/index.js';
export { loadSnapshotSchema, snapshotSchemaPath, TENANT_SNAPSHOT_PATH } from './tenant-schema.js';
export { printUnifiedSchema, UNIFIED_SCHEMA_PATH } from './print-unified-schema.js';
export { redisAlertClaim, schemaFingerprint, type ServedGraph, type AlertClaim, type CheckOutcome } from './schema-follow/index.js';
