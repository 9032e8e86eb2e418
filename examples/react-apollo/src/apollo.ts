/**
 * The Apollo Client for one signed-in token. Every document comes from `ti-graph codegen`, which
 * stamps it with its trusted-document id (`__meta__.hash`, "sha256:<hex>"), so the persisted-query
 * link sends that id and never the text: a gateway running trusted documents only
 * (TI_GRAPH_TRUSTED_ONLY) runs the app's documents and nothing else.
 */
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';

// Same origin by default: `vite` / `vite preview` proxy /graphql to the gateway (vite.config.ts).
const GATEWAY_URL = import.meta.env.VITE_TI_GRAPH_URL ?? '/graphql';

/** The id codegen computed at build time (Apollo's extension carries the bare hex of it). */
function trustedDocumentId(document: DocumentNode): string {
  const id = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  if (!id) throw new Error('this document has no trusted-document id: import it from src/generated/operations.ts (npm run codegen)');
  return id.replace(/^sha256:/, '');
}

export function createApolloClient(token: string): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([
      new PersistedQueryLink({ generateHash: trustedDocumentId }),
      new HttpLink({ uri: GATEWAY_URL, headers: { authorization: `Bearer ${token}` } }),
    ]),
    cache: new InMemoryCache(),
  });
}
