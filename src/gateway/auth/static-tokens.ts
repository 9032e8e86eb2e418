/**
 * Static client tokens (`TI_GRAPH_TOKENS`): `Authorization: Bearer <token>` against the configured
 * list. Lookups go by SHA-256 of the token, so comparing a guess costs the same whatever prefix it
 * shares with a real token.
 */
import { createHash } from 'node:crypto';
import type { ClientToken } from '../../config/index.js';
import type { ClientIdentity } from './types.js';

export interface StaticTokens {
  /** The client a bearer token names, or undefined. */
  lookup(token: string): ClientIdentity | undefined;
  /** Every token value (for log scrubbing). */
  readonly secrets: readonly string[];
}

const digest = (token: string) => createHash('sha256').update(token).digest('base64');

export function createStaticTokens(tokens: readonly ClientToken[]): StaticTokens {
  const byDigest = new Map<string, ClientIdentity>(tokens.map((client) => [digest(client.token), { name: client.name, scopes: [...client.scopes], via: 'token' }]));
  return {
    // The authenticator remembers successes, so this runs once per client, not per request.
    lookup: (token) => byDigest.get(digest(token)),
    secrets: tokens.map((client) => client.token),
  };
}
