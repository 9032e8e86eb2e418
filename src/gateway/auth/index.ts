/**
 * Client authentication: static tokens and OIDC access tokens behind one `authenticate(request)`,
 * the development-token policy, and the per-client rate limit.
 */
export { createAuthenticator, type Authenticator, type AuthenticatorConfig } from './authenticator.js';
export { developmentTokenFor } from './development-token.js';
export { createClientRateLimiter, type ClientRateLimiter } from './client-rate-limit.js';
export type { ClientIdentity } from './types.js';
