/**
 * Client authentication: `Authorization: Bearer <token>` against the configured client tokens.
 * The tenant key never leaves the gateway; clients hold only these tokens. Lookups go by SHA-256
 * of the token, so comparing a guess costs the same whatever prefix it shares with a real token.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ClientToken } from '../config/index.js';

export interface ClientRegistry {
  /** The client a request's Authorization header names, or undefined. */
  authenticate(authorization: string | undefined): ClientToken | undefined;
  /** Every token value (for log scrubbing). */
  readonly secrets: readonly string[];
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64');

export function createClientRegistry(tokens: readonly ClientToken[]): ClientRegistry {
  const byDigest = new Map(tokens.map((client) => [digest(client.token), client]));
  // Headers that already authenticated, so a client's every request does not hash its token again.
  // Only successes are kept (guesses cannot grow it) and it is bounded (a token sent with varying
  // whitespace or casing of "Bearer" is still a handful of entries).
  const known = new Map<string, ClientToken>();
  return {
    authenticate(authorization) {
      if (!authorization) return undefined;
      const hit = known.get(authorization);
      if (hit) return hit;
      if (authorization.length < 8 || authorization.slice(0, 7).toLowerCase() !== 'bearer ') return undefined;
      const client = byDigest.get(digest(authorization.slice(7).trim()));
      if (client) {
        if (known.size >= 1_000) known.clear();
        known.set(authorization, client);
      }
      return client;
    },
    secrets: tokens.map((client) => client.token),
  };
}

/** A development token with every scope, minted when no client token is configured. */
export function mintDevelopmentToken(): ClientToken {
  return { name: 'development', token: `tig_dev_${randomBytes(24).toString('base64url')}`, scopes: ['read', 'write', 'admin'] };
}
