/**
 * Client authentication and the per-client rate limit on the GraphQL path, as one plugin over the
 * gateway's `Authenticator` (static tokens and OIDC access tokens, src/gateway/auth). Health,
 * readiness, webhooks (signed), CORS preflights and the GraphiQL page (answered by Yoga before
 * this runs) carry no client token.
 *
 * `admitClient` is the one place the outcome is decided and `refusalFor` the one place it is put
 * into words: the fast lane calls `admitClient` too (before Yoga), and hands a refused request to
 * Yoga with the outcome on its state, so a refusal looks the same whichever door it met.
 */
import type { Plugin } from 'graphql-yoga';
import { ClientAuthError, ClientRateLimitError } from '../../errors/index.js';
import type { Authenticator, ClientRateLimiter } from '../auth/index.js';
import { graphqlErrorBody, pathOf, refusalContentType, stateOf, type FrontDoorServerContext, type FrontDoorState } from './state.js';

export interface ClientAuthOptions {
  authenticator: Authenticator;
  /** Per-client request rate; absent: none. */
  rateLimiter?: ClientRateLimiter | undefined;
  graphqlPath: string;
}

/** How long a client is told to wait when the identity provider cannot be reached. */
const IDP_RETRY_AFTER_SECONDS = 5;

/**
 * Authenticates the request's `Authorization` header and takes one request from the client's
 * rate; the outcome goes on `state` (`client`, or `refusal`). Runs once per request.
 */
export async function admitClient(state: FrontDoorState, authorization: string | null | undefined, options: Omit<ClientAuthOptions, 'graphqlPath'>): Promise<void> {
  if (state.admission !== undefined) return;
  try {
    const client = await options.authenticator.authenticateHeader(authorization);
    options.rateLimiter?.take(client);
    state.client = client;
    state.admission = 'admitted';
  } catch (error) {
    state.admission = error instanceof ClientAuthError || error instanceof ClientRateLimitError ? error : { unavailable: error };
  }
}

/** The response for a refused client: 401, 429 + Retry-After, or 503 + Retry-After (IdP down). */
export function refusalFor(state: FrontDoorState): { status: number; body: string; headers: Record<string, string> } | undefined {
  const outcome = state.admission;
  if (outcome === undefined || outcome === 'admitted') return undefined;
  if (outcome instanceof ClientAuthError) {
    state.route = 'auth';
    return { status: 401, body: graphqlErrorBody('UNAUTHENTICATED', outcome.message, state.requestId), headers: { 'www-authenticate': 'Bearer' } };
  }
  if (outcome instanceof ClientRateLimitError) {
    state.route = 'rate';
    return {
      status: 429,
      body: graphqlErrorBody('RATE_LIMITED', outcome.message, state.requestId, { retryAfterMs: outcome.retryAfterMs }),
      headers: { 'retry-after': String(Math.max(1, Math.ceil(outcome.retryAfterMs / 1000))) },
    };
  }
  state.route = 'auth';
  state.failure = outcome.unavailable;
  return {
    status: 503,
    body: graphqlErrorBody('UPSTREAM_ERROR', 'the identity provider could not be reached to check the token; retry shortly', state.requestId),
    headers: { 'retry-after': String(IDP_RETRY_AFTER_SECONDS) },
  };
}

export function useClientAuth(options: ClientAuthOptions): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  const { graphqlPath } = options;
  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS' || pathOf(request.url) !== graphqlPath) return;
      const state = stateOf(serverContext, request);
      await admitClient(state, request.headers.get('authorization'), options);
      const refusal = refusalFor(state);
      if (refusal) {
        endResponse(
          new fetchAPI.Response(refusal.body, { status: refusal.status, headers: { 'content-type': refusalContentType(request.headers.get('accept')), ...refusal.headers } }),
        );
        return;
      }
      state.authToken = request.headers.get('authtoken') ?? undefined;
    },
  };
}
