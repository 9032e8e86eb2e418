/**
 * What every resolver of one gateway request sees. Built once per request by the HTTP layer; the
 * REST loaders are per request, so deduplication never leaks data between clients.
 */
import type { EventBus } from '../events/index.js';
import type { CacheReport } from '../tenant/cache/index.js';
import type { TenantCallContext } from '../tenant/index.js';
import type { Logger } from '../util/index.js';
import type { ClientIdentity } from './auth/index.js';
import type { RestLoaders } from './loaders.js';
import type { GatewayRestClient } from './rest-port.js';

export interface GatewayContext extends TenantCallContext {
  requestId: string;
  /** The authenticated client (its name and scopes); never the tenant key. */
  client: ClientIdentity;
  rest: GatewayRestClient;
  loaders: RestLoaders;
  logger: Logger;
  /** The events bus the subscription fields read (set when the gateway runs an events service). */
  events?: EventBus;
  /** What the REST read cache answered this request with (stale entries' age), for `extensions.cache`. */
  cacheReport?: CacheReport;
  /** The graphql-ws connection an operation arrived on (per-socket subscription bounds); absent over HTTP. */
  connection?: object;
}
