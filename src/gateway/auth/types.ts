import type { Scope } from '../scopes.js';

/**
 * Who a request comes from, as the rest of the gateway sees it: a name for logs, metrics and the
 * per-client rate limit, and the scopes it holds. Never the credential itself.
 */
export interface ClientIdentity {
  /** The static token's name, or the JWT's `azp` / `client_id` / `sub`. */
  name: string;
  scopes: Scope[];
  /** How it authenticated: a static client token or an OIDC access token. */
  via: 'token' | 'oidc';
}
