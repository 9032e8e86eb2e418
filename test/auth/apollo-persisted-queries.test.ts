/**
 * Apollo Client's persisted-queries link, unchanged, against the gateway: it sends only
 * `extensions.persistedQuery.sha256Hash` (POST, or GET with useGETForHashedQueries) and the gateway
 * runs the manifest's text; for a document the gateway does not hold, the link's own retry with
 * the text works where free text is allowed and is refused where only trusted documents run.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIdOf } from '../../src/gateway/index.js';
import { useHarness } from '../helpers/gateway.js';

const TOKEN = { name: 'apollo-web', token: 'apollo-web-client-token-01', scopes: ['read' as const] };

// Written with __typename where Apollo's cache would add it, so the text Apollo hashes is this one.
const ME = gql`
  query Me {
    CurrentUser {
      __typename
      email
    }
  }
`;
const USERS = gql`
  query Users($n: Int) {
    users(perPage: $n) {
      __typename
      total
    }
  }
`;
const NOT_DEPLOYED = gql`
  query NotDeployed {
    CurrentUser {
      __typename
      id
    }
  }
`;

interface Seen {
  method: string;
  url: string;
  body: any;
}

function apollo(url: string, seen: Seen[], useGETForHashedQueries = false) {
  const recordingFetch: typeof fetch = async (input, init) => {
    seen.push({ method: init?.method ?? 'GET', url: String(input), body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
    return fetch(input, init);
  };
  const link = ApolloLink.from([
    new PersistedQueryLink({ sha256: (text: string) => createHash('sha256').update(text).digest('hex'), useGETForHashedQueries }),
    new HttpLink({ uri: url, fetch: recordingFetch, headers: { authorization: `Bearer ${TOKEN.token}` } }),
  ]);
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ti-graph-apollo-'));
  await writeFile(join(dir, 'web.json'), JSON.stringify(Object.fromEntries([ME, USERS].map((d) => [documentIdOf(print(d)), print(d)]))));
});
// Registered before the harnesses, so it runs after they have closed.
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const open = useHarness(() => ({ tokens: [TOKEN], env: { TI_GRAPH_TRUSTED_DOCUMENTS: dir } }));
const strict = useHarness(() => ({ tokens: [TOKEN], env: { TI_GRAPH_TRUSTED_DOCUMENTS: dir, TI_GRAPH_TRUSTED_ONLY: 'true' } }));

describe("Apollo Client's persisted-queries link", () => {
  it('runs deployed documents by hash alone, over POST and GET, where only trusted documents run', async () => {
    const seen: Seen[] = [];
    const client = apollo(strict().gateway.url, seen);
    const me = await client.query({ query: ME, fetchPolicy: 'network-only' });
    expect((me.data as any).CurrentUser.email).toContain('@');
    const users = await client.query({ query: USERS, variables: { n: 2 }, fetchPolicy: 'network-only' });
    expect((users.data as any).users.total).toBeGreaterThan(0);
    expect(seen).toHaveLength(2);
    for (const request of seen) {
      expect(request.body.query).toBeUndefined();
      expect(request.body.extensions.persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    }

    const viaGet: Seen[] = [];
    const getClient = apollo(strict().gateway.url, viaGet, true);
    const again = await getClient.query({ query: USERS, variables: { n: 1 }, fetchPolicy: 'network-only' });
    expect((again.data as any).users.total).toBeGreaterThan(0);
    expect(viaGet[0]!.method).toBe('GET');
    expect(new URL(viaGet[0]!.url).searchParams.has('query')).toBe(false);
  });

  it("a document the gateway does not hold: the link's retry with the text runs where free text is allowed", async () => {
    const seen: Seen[] = [];
    const result = await apollo(open().gateway.url, seen).query({ query: NOT_DEPLOYED, fetchPolicy: 'network-only' });
    expect((result.data as any).CurrentUser.id).toBeTruthy();
    expect(seen).toHaveLength(2);
    expect(seen[0]!.body.query).toBeUndefined();
    expect(seen[1]!.body.query).toBe(print(NOT_DEPLOYED));
  });

  it('and is refused where only trusted documents run: the retry carrying the text is still not found', async () => {
    const seen: Seen[] = [];
    strict().sandbox.requests.reset();
    const error = await apollo(strict().gateway.url, seen)
      .query({ query: NOT_DEPLOYED, fetchPolicy: 'network-only' })
      .then(() => undefined, (e: unknown) => e);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.body.query).toBe(print(NOT_DEPLOYED));
    const text = JSON.stringify(error);
    expect(text).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect(text).toContain('deploy the app');
    expect(strict().sandbox.requests.count({ route: 'POST /incoming/api/graphql' })).toBe(0); // nothing reached the tenant
  });
});
