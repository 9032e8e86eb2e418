/**
 * ti-graph's browser-safe SDK (`ti-graph/client`): a typed client for the gateway. It imports no
 * Node module and no server code, so it bundles for the browser as is; the typed documents it sends
 * come from `ti-graph/operations` or from the app itself.
 */
export { createClient, type ClientOptions, type ErrorPolicy, type GatewayClient, type PolicyResult, type RequestOptions, type ResultWithErrors, type VariablesArgs } from './create-client.js';
export { DEFAULT_RETRY, type RetryOptions } from './retry.js';
export type { IncrementalResult } from './incremental.js';
export { readServerSentEvents, type ServerSentEvent } from './server-sent-events.js';
export { GatewayError, type ErrorCode, type GatewayErrorDetail } from '../errors/index.js';
export type { TypedDocumentNode } from '@graphql-typed-document-node/core';
