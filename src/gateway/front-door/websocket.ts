/**
 * The gateway's graphql-ws door: operations over a WebSocket meet the rules a POST meets. The
 * connection payload's token is checked by the same authenticator (a refusal closes with 4401 and
 * is logged); then each operation, before it is parsed, takes one request from the client's rate,
 * is admitted by the same admission control (a slot held until its result or stream is ready),
 * gets its own request id and GraphQL context (loaders per operation, not per socket) and one
 * access line (method `WS`, the operation's name) that the metrics count. Trusted documents,
 * document limits, scopes and the subscription bounds are Yoga's plugins, run for every door.
 * Messages nested deeper than the JSON bound close the socket (4400) before they are parsed.
 */
import type { Server } from 'node:http';
import { GraphQLError } from 'graphql';
import { ClientRateLimitError } from '../../errors/index.js';
import { attachGraphqlWs, type GraphqlWsHandle } from '../../events/index.js';
import type { GatewayContext } from '../context.js';
import type { Authenticator, ClientIdentity, ClientRateLimiter } from '../auth/index.js';
import type { TrustedDocumentGate } from '../trusted-documents/index.js';
import type { AccessRecorder } from './access-log.js';
import type { AdmissionControl } from './admission.js';
import { jsonNestedDeeperThan } from './json-depth.js';
import { newState, type FrontDoorState } from './state.js';

export interface WebSocketDoorOptions {
  authenticator: Authenticator;
  rateLimiter?: ClientRateLimiter | undefined;
  admission: AdmissionControl;
  record: AccessRecorder;
  trusted: TrustedDocumentGate;
  graphqlPath: string;
  maxJsonDepth: number;
  maxMessageBytes: number;
  /** The operation's GraphQL context (from its admitted state), as for a POST. */
  context(state: FrontDoorState): GatewayContext;
}

interface Connection extends Record<string, unknown> {
  client: ClientIdentity;
  authToken: string | undefined;
}

const METHOD = 'WS';

export function attachWebSocketDoor(server: Server, yoga: Parameters<typeof attachGraphqlWs>[1], options: WebSocketDoorOptions): GraphqlWsHandle {
  const { admission, record, graphqlPath: path } = options;
  const refusal = (state: FrontDoorState, message: string, code: string, extra: Record<string, unknown> = {}) =>
    ({ errors: [new GraphQLError(message, { extensions: { code, requestId: state.requestId, ...extra } })] }) as const;

  return attachGraphqlWs<Connection>(server, yoga, {
    path,
    maxPayload: options.maxMessageBytes,
    acceptMessage: (data) => !jsonNestedDeeperThan(data, options.maxJsonDepth),
    params: (payload) => options.trusted.resolve(payload),
    context: async (request) => {
      const state = newState(request.headers.get('x-request-id'));
      const client = await options.authenticator.authenticate(request).catch((error: unknown) => {
        state.failure = error;
        return undefined;
      });
      if (!client) {
        state.route = 'auth';
        record(state, METHOD, path, 401);
        return undefined;
      }
      return { client, authToken: request.headers.get('authtoken') ?? undefined };
    },
    operation: async (connection, payload, socket) => {
      const state = newState(undefined);
      state.client = connection.client;
      if (connection.authToken !== undefined) state.authToken = connection.authToken;
      if (typeof payload.operationName === 'string') state.operationName = payload.operationName;
      try {
        options.rateLimiter?.take(connection.client);
      } catch (error) {
        if (!(error instanceof ClientRateLimitError)) throw error;
        state.route = 'rate';
        record(state, METHOD, path, 429);
        return refusal(state, error.message, error.code, { retryAfterMs: error.retryAfterMs });
      }
      if (!(await admission.admit(state, undefined))) {
        const shed = admission.shed(state, null);
        record(state, METHOD, path, shed.status);
        return refusal(state, 'The gateway is at capacity; retry shortly', 'RATE_LIMITED', { retryAfterMs: Number(shed.headers['retry-after']) * 1_000 });
      }
      return {
        context: { ...options.context(state), connection: socket },
        done({ operationName, errors }) {
          admission.release(state);
          if (operationName !== undefined) state.operationName = operationName;
          state.route = 'yoga';
          record(state, METHOD, path, errors ? 400 : 200);
        },
      };
    },
  });
}
