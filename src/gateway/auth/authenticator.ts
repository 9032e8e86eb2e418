/**
 * The gateway's one way to tell who a request comes from: `Authorization: Bearer <credential>`,
 * either a static client token (service clients, `TI_GRAPH_TOKENS`) or an OIDC access token (end
 * users' apps, `TI_GRAPH_OIDC_*`). Both may be configured together; a static token is looked up
 * first (a hash-map hit), anything shaped like a JWT then goes to the OIDC verifier.
 */
import { LRUCache } from 'lru-cache';
import type { ClientToken, OidcConfig } from '../../config/index.js';
import { ClientAuthError } from '../../errors/index.js';
import { createOidcVerifier, looksLikeJwt } from './oidc.js';
import { createStaticTokens } from './static-tokens.js';
import type { ClientIdentity } from './types.js';

export interface AuthenticatorConfig {
  tokens: readonly ClientToken[];
  oidc: OidcConfig | undefined;
}

export interface Authenticator {
  /**
   * The client a request's Authorization header names.
   * @throws ClientAuthError (UNAUTHENTICATED, a safe message) or IdentityProviderError (the IdP is unreachable).
   */
  authenticate(request: Request): Promise<ClientIdentity>;
  /** The same, from the header value alone (the Node front door and graphql-ws have no fetch Request). */
  authenticateHeader(authorization: string | null | undefined): Promise<ClientIdentity>;
  /** Reads the IdP's discovery document, when one is configured (at start, so a wrong issuer shows at once). */
  discover(): Promise<void>;
  /** Every static token value (for log scrubbing). */
  readonly secrets: readonly string[];
  /** What is configured, for the start-up log line. */
  readonly describe: { tokens: string[]; oidcIssuer: string | undefined };
}

/** Credentials remembered after they authenticated. */
const KNOWN_ENTRIES = 10_000;

const ASK = 'send "Authorization: Bearer <credential>" (a client token or an access token from the identity provider)';

export function createAuthenticator(config: AuthenticatorConfig): Authenticator {
  const tokens = createStaticTokens(config.tokens);
  const oidc = config.oidc ? createOidcVerifier(config.oidc) : undefined;

  // Authorization headers that authenticated, until their credential expires (a JWT's exp; never for
  // a static token): a client's every request costs one cache lookup, whichever kind it holds. Only
  // successes are kept, so guesses cannot grow it; the least recently used goes first when it is full.
  const known = new LRUCache<string, { identity: ClientIdentity; expiresAtMs: number }>({ max: KNOWN_ENTRIES });
  const remember = (authorization: string, identity: ClientIdentity, expiresAtMs: number) => {
    known.set(authorization, { identity, expiresAtMs });
    return identity;
  };

  const authenticateHeader = async (authorization: string | null | undefined): Promise<ClientIdentity> => {
    if (!authorization) throw new ClientAuthError(ASK);
    const hit = known.get(authorization);
    if (hit) {
      if (Date.now() < hit.expiresAtMs) return hit.identity;
      known.delete(authorization);
    }
    if (authorization.length < 8 || authorization.slice(0, 7).toLowerCase() !== 'bearer ') throw new ClientAuthError(ASK);
    const credential = authorization.slice(7).trim();
    const client = tokens.lookup(credential);
    if (client) return remember(authorization, client, Infinity);
    if (looksLikeJwt(credential)) {
      if (!oidc) throw new ClientAuthError('the gateway accepts no JWTs (no identity provider is configured) and knows no such client token');
      const verified = await oidc.verify(credential);
      return remember(authorization, verified.identity, verified.expiresAtMs);
    }
    throw new ClientAuthError('the gateway does not know this client token');
  };

  return {
    authenticate: (request) => authenticateHeader(request.headers.get('authorization')),
    authenticateHeader,
    discover: async () => oidc?.discover(),
    secrets: tokens.secrets,
    describe: { tokens: config.tokens.map((t) => t.name), oidcIssuer: config.oidc?.issuer },
  };
}
