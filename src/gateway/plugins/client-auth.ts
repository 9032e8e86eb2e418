/**
 * Client authentication on the GraphQL path, as one plugin over an injected `authenticate`: the
 * default checks the static client tokens (`ClientRegistry`); an OIDC/JWT one plugs in the same
 * way. Health, readiness, webhooks (signed), CORS preflights and the GraphiQL page (answered by
 * Yoga before this runs) carry no client token.
 */
import type { Plugin } from 'graphql-yoga';
import type { ClientToken } from '../../config/index.js';
import { UnauthenticatedError } from '../../errors/index.js';
import type { ClientRegistry } from '../auth.js';
import { graphqlErrorBody, pathOf, stateOf, type FrontDoorServerContext } from './state.js';

/** Resolves to the client a request authenticates as; rejects with UnauthenticatedError (safe message) to refuse it. */
export type Authenticate = (request: Request) => Promise<ClientToken>;

const REFUSAL = 'send "Authorization: Bearer <client token>"; the gateway does not know this token';

/** The default: `Authorization: Bearer <token>` against the configured static client tokens. */
export function staticTokenAuthenticator(registry: ClientRegistry): Authenticate {
  return (request) => {
    const client = registry.authenticate(request.headers.get('authorization') ?? undefined);
    return client ? Promise.resolve(client) : Promise.reject(new UnauthenticatedError(REFUSAL));
  };
}

export interface ClientAuthOptions {
  authenticate: Authenticate;
  graphqlPath: string;
}

export function useClientAuth(options: ClientAuthOptions): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  const { authenticate, graphqlPath } = options;
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS' || pathOf(request.url) !== graphqlPath) return;
      const state = stateOf(serverContext, request);
      try {
        state.client = await authenticate(request);
      } catch (error) {
        if (!(error instanceof UnauthenticatedError)) throw error;
        state.route = 'auth';
        endResponse(
          new fetchAPI.Response(graphqlErrorBody('UNAUTHENTICATED', error.message, state.requestId), {
            status: 401,
            headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
          }),
        );
        return;
      }
      state.authToken = request.headers.get('authtoken') ?? undefined;
    },
  };
}
