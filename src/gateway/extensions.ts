/**
 * Everything the gateway adds to the tenant's schema, in one list. New capabilities (subscriptions,
 * lifecycle mutations) join here as another `SchemaExtension`; `compose.ts` does the rest.
 */
import { eventsSchemaExtension } from '../events/index.js';
import { lifecycleSchemaExtension } from '../lifecycle/index.js';
import type { SchemaExtension } from './schema-extension.js';
import { restFields } from './rest-fields/index.js';
import { incrementalDeliveryExtension } from './incremental/index.js';

export const GATEWAY_EXTENSIONS: readonly SchemaExtension[] = [restFields, eventsSchemaExtension, lifecycleSchemaExtension, incrementalDeliveryExtension];
