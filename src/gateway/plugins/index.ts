/**
 * The gateway's front door as Yoga plugins, in the order a request meets them (after Yoga's own
 * CORS and GraphiQL): request id, access log and connection handling (response side), client
 * auth, request media types, body size limit, the fast path, health and readiness, the webhook
 * mount, admission control; then Yoga parses, validates and executes.
 */
import type { Plugin } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { DEFAULT_WEBHOOK_PATH, useWebhookReceiver, type WebhookReceiver } from '../../events/index.js';
import type { TenantGraphqlClient } from '../../tenant/index.js';
import type { Logger } from '../../util/index.js';
import type { DocumentRouter } from '../document-router.js';
import { useAccessLog, type RequestOutcome } from './access-log.js';
import { useAdmissionControl } from './admission.js';
import { useBufferedBodyHandoff, useRequestBodyLimit } from './body-limit.js';
import { useClientAuth, type Authenticate } from './client-auth.js';
import { useConnectionManagement } from './connection.js';
import { useRequestMediaTypes } from './content-type.js';
import { useFastPath } from './fast-path.js';
import { useHealthChecks } from './health.js';
import { useRequestId } from './request-id.js';
import type { FrontDoorServerContext } from './state.js';

export { staticTokenAuthenticator, type Authenticate } from './client-auth.js';
export type { FrontDoorServerContext, FrontDoorState, FrontDoorRoute } from './state.js';
export type { RequestOutcome } from './access-log.js';
export { HEALTH_PATH, READY_PATH } from './health.js';
export { parseMediaType, yogaResponseMediaType } from './media-type.js';

export const GRAPHQL_PATH = '/graphql';

export interface FrontDoorOptions {
  logger: Logger;
  authenticate: Authenticate;
  tenant: TenantGraphqlClient;
  tenantKey: string;
  maxRequestBytes: number;
  /** How much of a refused body is read and discarded so the refusal reaches the client. */
  drainBytes: number;
  maxBatchOperations: number;
  /** Absent: the fast path is off (every request through Yoga). */
  fastPath?: { router: DocumentRouter; schema: GraphQLSchema };
  admission: { maxInFlight: number; maxQueued: number; queueTimeoutMs: number };
  /** `POST /webhooks/ti`, authenticated by its signature; absent: 404. */
  webhooks?: WebhookReceiver;
  shuttingDown(): boolean;
  /** Sees every request's outcome (metrics). */
  observeRequest?: (outcome: RequestOutcome) => void;
  observeAdmission?: (state: { inFlight: number; queued: number }) => void;
}

export function createFrontDoorPlugins(options: FrontDoorOptions): Array<Plugin<Record<string, unknown>, FrontDoorServerContext>> {
  const graphqlPath = GRAPHQL_PATH;
  const plugins: Array<Plugin<Record<string, unknown>, FrontDoorServerContext>> = [
    useRequestId(),
    useAccessLog({ logger: options.logger, graphqlPath, webhookPath: DEFAULT_WEBHOOK_PATH, ...(options.observeRequest ? { observe: options.observeRequest } : {}) }),
    useConnectionManagement({ shuttingDown: options.shuttingDown, drainBytes: options.drainBytes }),
    useClientAuth({ authenticate: options.authenticate, graphqlPath }),
    useRequestMediaTypes({ graphqlPath }),
    useRequestBodyLimit({ graphqlPath, maxBytes: options.maxRequestBytes, drainBytes: options.drainBytes }),
  ];
  if (options.fastPath) {
    plugins.push(
      useFastPath({
        graphqlPath,
        router: options.fastPath.router,
        schema: options.fastPath.schema,
        tenant: options.tenant,
        tenantKey: options.tenantKey,
        maxBatchOperations: options.maxBatchOperations,
        logger: options.logger,
      }),
    );
  }
  plugins.push(useBufferedBodyHandoff());
  plugins.push(...useHealthChecks({ ping: () => options.tenant.ping() }));
  if (options.webhooks) plugins.push(useWebhookReceiver(options.webhooks) as Plugin<Record<string, unknown>, FrontDoorServerContext>);
  plugins.push(
    useAdmissionControl({ graphqlPath, ...options.admission, ...(options.observeAdmission ? { observe: options.observeAdmission } : {}) }),
  );
  return plugins;
}
