/**
 * The gateway's front door: one node-level door (door.ts) owns every request. Its concerns on the
 * GraphQL path are the one list below, in the order a request meets them; a new HTTP concern is a
 * file exporting a `DoorStep`, registered there. What the door leaves to Yoga (door.ts says what)
 * reaches it as an admitted request, and Yoga's side of the door is the plugin list below: the
 * access line and connection handling of Yoga's answers, the admission slot's release, the webhook
 * mount (its receiver takes a fetch Request), the JSON bound on what Yoga parses, the subscription
 * bounds.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import type { TenantGraphqlClient } from '../../tenant/index.js';
import type { Logger } from '../../util/index.js';
import type { ErrorMasker } from '../errors.js';
import type { DocumentRouter } from '../document-router.js';
import { admissionControl, createAdmissionControl, useAdmissionRelease } from './admission.js';
import { requestBodyLimit } from './body-limit.js';
import type { Authenticator, ClientRateLimiter } from '../auth/index.js';
import type { TrustedDocumentGate } from '../trusted-documents/index.js';
import { useAccessLog, createAccessRecorder, type RequestOutcome } from './access-log.js';
import { clientAuth } from './client-auth.js';
import { useConnectionManagement } from './connection.js';
import { requestMediaType } from './content-type.js';
import { corsHeaders } from './cors.js';
import { createDoor, yogasAlone, type DoorStep } from './door.js';
import { createFastPath, fastPathDecision, type FastPath } from './fast-path.js';
import { createPlannedExecution, plannedExecution, type PlannedExecutionOptions } from './planned-execution.js';
import { healthChecks } from './health.js';
import { useWebhooks, type WebhookHandler } from './webhooks.js';
import type { FrontDoorServerContext, FrontDoorState } from './state.js';
import { useSubscriptionLimits } from './subscription-limits.js';
import { jsonDepthLimit, useJsonDepthLimit } from './json-depth.js';
import { attachWebSocketDoor } from './websocket.js';
import type { Server } from 'node:http';
import type { GraphqlWsHandle } from '../../events/index.js';
import type { GatewayContext } from '../context.js';

export type { FrontDoorServerContext, FrontDoorState, FrontDoorRoute } from './state.js';
export type { RequestOutcome } from './access-log.js';
export { HEALTH_PATH, READY_PATH } from './health.js';
export { parseMediaType, yogaResponseMediaType } from './media-type.js';
export { trackConnections, type ConnectionTracker } from './drain.js';
export { corsPolicy } from './cors.js';

export const GRAPHQL_PATH = '/graphql';

export interface FrontDoorOptions {
  logger: Logger;
  /** `TI_GRAPH_CORS_ORIGINS`: who may read the answers the door writes itself (Yoga's CORS plugin, the rest). */
  corsOrigins: '*' | readonly string[];
  /** GraphiQL is served (development): a GET asking for HTML is Yoga's page. */
  graphiql: boolean;
  /** The one masker (`createErrorMasker`): every error the front door words itself goes through it. */
  maskError: ErrorMasker;
  authenticator: Authenticator;
  /** Per-client request rate; absent: none. */
  rateLimiter?: ClientRateLimiter | undefined;
  tenant: TenantGraphqlClient;
  trusted: TrustedDocumentGate;
  /** True when manifests are loaded (a body may name a document by id). */
  hasTrustedDocuments: boolean;
  tenantKey: string;
  maxRequestBytes: number;
  /** How much of a refused body is read and discarded so the refusal reaches the client. */
  drainBytes: number;
  maxBatchOperations: number;
  /**
   * Absent: the fast path is off (nothing forwarded or planned by the door: Yoga executes). `graph()` is the graph served now:
   * read once per decision (the gateway may swap it when the tenant's schema changes).
   */
  fastPath?: { graph(): { router: DocumentRouter; schema: GraphQLSchema } };
  admission: { maxInFlight: number; maxQueued: number; queueTimeoutMs: number };
  /** Admission control for forwarded requests (tenant-only), apart from the composed ones'. */
  forwardAdmission: { maxInFlight: number; maxQueued: number; queueTimeoutMs: number };
  /**
   * The query plan, for the door to run what the gateway executes without Yoga's request objects
   * (needs the fast path); absent: Yoga runs all of it.
   */
  plan?: Omit<PlannedExecutionOptions, 'admission' | 'maskError' | 'logger'>;
  /** `POST /webhooks/ti`, authenticated by its signature; absent: 404. */
  webhooks?: WebhookHandler;
  shuttingDown(): boolean;
  /** Every answer says `Connection: close` (default: while shutting down). */
  closeConnections?: () => boolean;
  /** The GraphQL context of an admitted request or operation (graphql-ws builds one per operation). */
  context(state: FrontDoorState): GatewayContext;
  /** Open subscriptions per graphql-ws socket and per client identity. */
  subscriptions: { perSocket: number; perClient: number };
  /** Deepest JSON nesting accepted in a request (bodies, variables, graphql-ws messages). */
  maxJsonDepth: number;
  /** Sees every request's outcome (metrics). */
  observeRequest?: (outcome: RequestOutcome) => void;
  observeAdmission?: (state: { inFlight: number; queued: number }) => void;
}

export interface FrontDoor {
  plugins: Array<Plugin<Record<string, unknown>, FrontDoorServerContext>>;
  /** The node listener: the door, in front of Yoga's. */
  listener(yoga: (req: IncomingMessage, res: ServerResponse, serverContext: FrontDoorServerContext) => unknown): (req: IncomingMessage, res: ServerResponse) => void;
  /** graphql-ws on the GraphQL path of `server`, through the same rules (websocket.ts). */
  attachWebSockets(server: Server, yoga: Parameters<typeof attachWebSocketDoor>[1]): GraphqlWsHandle;
}

/**
 * One fast path per served graph (its decisions are cached by body text, valid for one schema
 * only), the one of the graph served now deciding; forwarding is the same for all.
 */
function followingFastPath<Graph extends object>(graph: () => Graph, create: (graph: Graph) => FastPath): FastPath {
  let served = graph();
  let current = create(served);
  const now = (): FastPath => {
    const latest = graph();
    if (latest !== served) {
      served = latest;
      current = create(latest);
    }
    return current;
  };
  return {
    negotiate: (accept) => now().negotiate(accept),
    decide: (body, client) => now().decide(body, client),
    forward: (forwarding, state, mediaType) => now().forward(forwarding, state, mediaType),
  };
}

export function createFrontDoor(options: FrontDoorOptions): FrontDoor {
  const graphqlPath = GRAPHQL_PATH;
  const observe = options.observeRequest ? { observe: options.observeRequest } : {};
  // One bound on what is sent to the tenant at once, whatever graph decides what is forwarded.
  const forwardAdmission = createAdmissionControl(options.forwardAdmission);
  const fastPath = options.fastPath ? followingFastPath(options.fastPath.graph, (graph) =>
      createFastPath({
        router: graph.router,
        schema: graph.schema,
        tenant: options.tenant,
        trusted: options.trusted,
        hasTrustedDocuments: options.hasTrustedDocuments,
        tenantKey: options.tenantKey,
        maxBatchOperations: options.maxBatchOperations,
        logger: options.logger,
        maskError: options.maskError,
        admission: forwardAdmission,
      }),
    ) : undefined;
  // One recorder: the door's lines and Yoga's are written (and shedding counted) alike.
  const record = createAccessRecorder({ logger: options.logger, ...observe });
  const admission = createAdmissionControl({ ...options.admission, ...(options.observeAdmission ? { observe: options.observeAdmission } : {}) });
  const planned =
    options.plan && fastPath ? createPlannedExecution({ ...options.plan, maskError: options.maskError, logger: options.logger }) : undefined;
  const closeConnections = options.closeConnections ?? options.shuttingDown;

  // The door's concerns, in the order a request meets them.
  const steps: DoorStep[] = [
    healthChecks({ ping: () => options.tenant.ping(), shuttingDown: options.shuttingDown }),
    yogasAlone({ graphqlPath, graphiql: options.graphiql }),
    clientAuth({ authenticator: options.authenticator, rateLimiter: options.rateLimiter }),
    requestMediaType(),
    requestBodyLimit({ maxBytes: options.maxRequestBytes }),
    jsonDepthLimit(options.maxJsonDepth),
    ...(fastPath ? [fastPathDecision(fastPath)] : []),
    admissionControl(admission),
    ...(planned ? [plannedExecution(planned)] : []),
  ];

  // Yoga's side: what Yoga answers (door.ts), it answers with these.
  const plugins: Array<Plugin<Record<string, unknown>, FrontDoorServerContext>> = [
    useAccessLog({ record, graphqlPath }),
    useConnectionManagement({ shuttingDown: closeConnections, drainBytes: options.drainBytes }),
    useAdmissionRelease(admission),
    ...(options.webhooks ? [useWebhooks(options.webhooks)] : []),
    useJsonDepthLimit(options.maxJsonDepth) as Plugin<Record<string, unknown>, FrontDoorServerContext>,
    useSubscriptionLimits(options.subscriptions) as Plugin<Record<string, unknown>, FrontDoorServerContext>,
  ];

  return {
    plugins,
    attachWebSockets(server, yoga) {
      return attachWebSocketDoor(server, yoga, {
        authenticator: options.authenticator,
        rateLimiter: options.rateLimiter,
        admission,
        record,
        trusted: options.trusted,
        graphqlPath,
        maxJsonDepth: options.maxJsonDepth,
        maxMessageBytes: options.maxRequestBytes,
        context: options.context,
      });
    },
    listener(yoga) {
      return createDoor(
        { steps, cors: corsHeaders(options.corsOrigins), closeConnections, drainBytes: options.drainBytes, record },
        yoga,
      );
    },
  };
}
