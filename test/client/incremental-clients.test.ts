/**
 * The clients teams use, against the gateway with @defer, the sandbox's REST API slowed (1 s per
 * REST call, the tenant's GraphQL not): Apollo Client 4 (Defer20220824Handler) and urql over
 * multipart/mixed, graphql-sse over SSE, and the SDK's `client.incremental`. Each receives the
 * initial payload (the tenant's answer) before the deferred REST part; "before" is checked against
 * the sandbox, not a clock: when the initial payload arrived, the deferred part's enrollment calls
 * had not even been made.
 */
import { ApolloClient, HttpLink, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { Defer20220824Handler } from '@apollo/client/incremental';
import { Client as UrqlClient, fetchExchange } from '@urql/core';
import { createClient as createSseClient } from 'graphql-sse';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/index.js';
import { RosterWithEnrollmentsDocument } from '../../src/generated/operations.js';
import { useHarness } from '../helpers/gateway.js';

const ENROLLMENTS = { route: 'GET /incoming/api/v1/users/:id/enrollments' };

const TENANT_FIRST = /* GraphQL */ `
  query TenantFirst {
    CompanyDetails {
      name
    }
    ... @defer(label: "roster") {
      users(perPage: 3) {
        total
        items {
          email
          enrollments {
            courseId
          }
        }
      }
    }
  }
`;

describe('GraphQL clients receive @defer payloads incrementally', () => {
  const h = useHarness({ sandbox: { users: 20, faults: { latencyMs: 1_000, path: '/incoming/api/v1' } } });
  const authorization = () => `Bearer ${h().gateway.token}`;
  const enrollmentCalls = () => h().sandbox.requests.count(ENROLLMENTS);

  it('Apollo Client 4 with its Defer20220824Handler (multipart/mixed)', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: h().gateway.url, headers: { authorization: authorization() } }),
      cache: new InMemoryCache(),
      incrementalHandler: new Defer20220824Handler(),
    });
    try {
      h().sandbox.requests.reset();
      const seen: Array<{ data: any; dataState: string; enrollmentCalls: number }> = [];
      await new Promise<void>((resolve, reject) => {
        const subscription = client.watchQuery({ query: apolloGql(TENANT_FIRST), fetchPolicy: 'network-only' }).subscribe({
          next(result) {
            if (result.error) return reject(result.error);
            if (result.dataState === 'empty') return;
            seen.push({ data: result.data, dataState: result.dataState, enrollmentCalls: enrollmentCalls() });
            if (result.dataState === 'complete') {
              subscription.unsubscribe();
              resolve();
            }
          },
          error: reject,
        });
      });
      const [initial, ...later] = seen;
      expect(initial!.dataState).toBe('streaming');
      expect(initial!.data.CompanyDetails.name).toEqual(expect.any(String));
      expect(initial!.data.users).toBeUndefined();
      expect(initial!.enrollmentCalls).toBe(0);
      const complete = later.at(-1)!;
      expect(complete.dataState).toBe('complete');
      expect(complete.data.users.items).toHaveLength(3);
      for (const item of complete.data.users.items) expect(Array.isArray(item.enrollments)).toBe(true);
    } finally {
      client.stop();
    }
  });

  it('urql (multipart/mixed)', async () => {
    const client = new UrqlClient({ url: h().gateway.url, exchanges: [fetchExchange], fetchOptions: { headers: { authorization: authorization() } }, preferGetMethod: false });
    h().sandbox.requests.reset();
    const seen: Array<{ data: any; hasNext: boolean; enrollmentCalls: number }> = [];
    await new Promise<void>((resolve, reject) => {
      const { unsubscribe } = client.query(TENANT_FIRST, {}).subscribe((result) => {
        if (result.error) return reject(result.error);
        seen.push({ data: result.data, hasNext: result.hasNext, enrollmentCalls: enrollmentCalls() });
        if (!result.hasNext) {
          // The callback may run before subscribe() has returned the handle: unsubscribe after it.
          queueMicrotask(() => unsubscribe());
          resolve();
        }
      });
    });
    const [initial, ...later] = seen;
    expect(initial!.hasNext).toBe(true);
    expect(initial!.data.CompanyDetails.name).toEqual(expect.any(String));
    expect(initial!.data.users).toBeUndefined();
    expect(initial!.enrollmentCalls).toBe(0);
    const last = later.at(-1)!;
    expect(last.hasNext).toBe(false);
    expect(last.data.users.items).toHaveLength(3);
    expect(last.data.CompanyDetails.name).toEqual(initial!.data.CompanyDetails.name);
  });

  it('graphql-sse (text/event-stream, distinct connections)', async () => {
    const client = createSseClient({ url: h().gateway.url, singleConnection: false, headers: { authorization: authorization() }, retryAttempts: 0 });
    try {
      h().sandbox.requests.reset();
      const seen: Array<{ payload: any; enrollmentCalls: number }> = [];
      for await (const payload of client.iterate({ query: TENANT_FIRST })) seen.push({ payload, enrollmentCalls: enrollmentCalls() });
      const [initial, ...later] = seen;
      expect(initial!.payload).toEqual({ data: { CompanyDetails: { name: expect.any(String) } }, hasNext: true });
      expect(initial!.enrollmentCalls).toBe(0);
      const deferred = later.flatMap(({ payload }) => payload.incremental ?? []);
      expect(deferred).toHaveLength(1);
      expect(deferred[0]).toMatchObject({ path: [], label: 'roster', data: { users: { total: 20 } } });
      expect(later.at(-1)!.payload.hasNext).toBe(false);
    } finally {
      client.dispose();
    }
  });

  it('the SDK: client.incremental yields merged results, deferred fields typed as possibly absent', async () => {
    const client = createClient({ url: h().gateway.url, token: h().gateway.token! });
    const values = [];
    for await (const value of client.incremental(RosterWithEnrollmentsDocument, { page: 1, perPage: 3 })) {
      // The generated type: a row's enrollments are absent until their deferred payload arrives.
      const firstRow = value.data.users.items[0]!;
      const enrollments: ReadonlyArray<{ courseId: string }> | null | undefined = 'enrollments' in firstRow ? firstRow.enrollments : undefined;
      values.push({ ...value, firstEnrollments: enrollments });
    }
    const [initial, ...later] = values;
    expect(initial!.hasNext).toBe(true);
    expect(initial!.data.users.items).toHaveLength(3);
    expect(initial!.firstEnrollments).toBeUndefined();
    const last = later.at(-1)!;
    expect(last.hasNext).toBe(false);
    expect(last.errors).toEqual([]);
    for (const item of last.data.users.items) expect(Array.isArray((item as { enrollments?: unknown }).enrollments)).toBe(true);
    // Each value is a snapshot: the first is unchanged by what came later.
    expect('enrollments' in initial!.data.users.items[0]!).toBe(false);
  });

  it('the SDK: an error in one deferred fragment is listed, and the others arrive', async () => {
    const client = createClient({ url: h().gateway.url, token: h().gateway.token! });
    const document = apolloGql(`{
      CompanyDetails { name }
      ... @defer(label: "missing") { user(id: "no-such-user") { email } }
      ... @defer(label: "present") { users(perPage: 2) { items { email } } }
    }`);
    let last: any;
    for await (const value of client.incremental(document)) last = value;
    expect(last.hasNext).toBe(false);
    expect(last.data.CompanyDetails.name).toEqual(expect.any(String));
    expect(last.data.user).toBeNull();
    expect(last.data.users.items).toHaveLength(2);
    expect(last.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND', path: ['user'] })]);
  });
});

describe('@defer under trusted documents only', () => {
  const manifest = fileURLToPath(new URL('../../src/generated/trusted-documents.json', import.meta.url));
  const h = useHarness({ sandbox: { users: 10 }, env: { TI_GRAPH_TRUSTED_DOCUMENTS: manifest, TI_GRAPH_TRUSTED_ONLY: 'true' } });

  it('runs a trusted deferred document by id (multipart/mixed) and by its text (the SDK), and refuses other text', async () => {
    const id = (RosterWithEnrollmentsDocument as unknown as { __meta__: { hash: string } }).__meta__.hash;
    const byId = await fetch(h().gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'multipart/mixed', authorization: `Bearer ${h().gateway.token}` },
      body: JSON.stringify({ documentId: id, variables: { page: 1, perPage: 2 } }),
    });
    expect(byId.headers.get('content-type')).toMatch(/^multipart\/mixed/);
    const text = await byId.text();
    expect(text).toContain('"hasNext":true');
    expect(text.match(/"label":"enrollments"/g)).toHaveLength(2);

    const client = createClient({ url: h().gateway.url, token: h().gateway.token! });
    let last: any;
    for await (const value of client.incremental(RosterWithEnrollmentsDocument, { page: 1, perPage: 2 })) last = value;
    expect(last.hasNext).toBe(false);
    expect(last.data.users.items).toHaveLength(2);

    const untrusted = client.incremental(apolloGql(`{ users(perPage: 1) { items { ... @defer { enrollments { courseId } } } } }`));
    await expect(untrusted.next()).rejects.toMatchObject({ code: 'PERSISTED_QUERY_ONLY', status: 400 });
  });
});
