/**
 * Client authentication and the per-client rate limit on the GraphQL path, over the gateway's
 * `Authenticator` (static tokens and OIDC access tokens, src/gateway/auth). Health, readiness,
 * webhooks (signed), CORS preflights and the GraphiQL page carry no client token: the door hands
 * those to Yoga before this concern.
 */
import { ClientAuthError, ClientRateLimitError } from '../../errors/index.js';
import type { Authenticator, ClientRateLimiter } from '../auth/index.js';
import type { DoorAnswer, DoorStep } from './door.js';
import { graphqlErrorBody, refusalContentType, type FrontDoorState } from './state.js';

export interface ClientAuthOptions {
  authenticator: Authenticator;
  /** Per-client request rate; absent: none. */
  rateLimiter?: ClientRateLimiter | undefined;
}

/** How long a client is told to wait when the identity provider cannot be reached. */
const IDP_RETRY_AFTER_SECONDS = 5;

/** The answer to a refused client: 401, 429 + Retry-After, or 503 + Retry-After (the IdP down). */
function refusal(state: FrontDoorState, error: unknown, accept: string | null): DoorAnswer {
  const contentType = refusalContentType(accept);
  if (error instanceof ClientAuthError) {
    state.route = 'auth';
    return { status: 401, body: graphqlErrorBody('UNAUTHENTICATED', error.message, state.requestId), headers: { 'content-type': contentType, 'www-authenticate': 'Bearer' } };
  }
  if (error instanceof ClientRateLimitError) {
    state.route = 'rate';
    return {
      status: 429,
      body: graphqlErrorBody('RATE_LIMITED', error.message, state.requestId, { retryAfterMs: error.retryAfterMs }),
      headers: { 'content-type': contentType, 'retry-after': String(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) },
    };
  }
  state.route = 'auth';
  state.failure = error;
  return {
    status: 503,
    body: graphqlErrorBody('UPSTREAM_ERROR', 'the identity provider could not be reached to check the token; retry shortly', state.requestId),
    headers: { 'content-type': contentType, 'retry-after': String(IDP_RETRY_AFTER_SECONDS) },
  };
}

/** Authenticates the `Authorization` header and takes one request from the client's rate; the client (and its learner token) go on the state. */
export function clientAuth(options: ClientAuthOptions): DoorStep {
  return async ({ req, state, accept }) => {
    try {
      const client = await options.authenticator.authenticateHeader(req.headers.authorization);
      options.rateLimiter?.take(client);
      state.client = client;
    } catch (error) {
      return refusal(state, error, accept);
    }
    const authToken = req.headers.authtoken;
    if (typeof authToken === 'string') state.authToken = authToken;
    return undefined;
  };
}
