/**
 * Real GraphQL clients against the gateway, over the generated documents: graphql-sse (distinct
 * connections: a POST with Accept: text/event-stream per operation) for a tenant-only query, a
 * composed query and a subscription; graphql-ws; Apollo Client and urql over HTTP.
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { cacheExchange, Client as UrqlClient, fetchExchange } from '@urql/core';
import { print } from 'graphql';
import { createClient as createSseClient } from 'graphql-sse';
import { createClient as createWsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createEventsService, userEvent, type EventsService } from '../../src/events/index.js';
import { CurrentUserDetailDocument, CurrentUserDocument, LoginDocument, UserEventsDocument } from '../../src/generated/operations.js';
import { SANDBOX_PASSWORD } from '../../src/sandbox/index.js';
import { sampleUser } from '../events/support.js';
import { gql, startHarness, type Harness } from '../helpers/gateway.js';

const routeOf = (h: Harness, reqId: string) => h.logs.map((l) => JSON.parse(l)).find((l) => l.reqId === reqId && l.msg === 'request')?.route;

async function first<T>(iterator: AsyncIterator<T>): Promise<T> {
  const { value, done } = await iterator.next();
  if (done) throw new Error('the stream ended without a result');
  await iterator.return?.();
  return value;
}

describe('real clients against the gateway', () => {
  let h: Harness;
  let events: EventsService;
  let authorization: string;
  // The learner context (TI's authToken header): CurrentUserDetail's REST half reads that user.
  let authtoken: string;
  beforeAll(async () => {
    events = createEventsService({ webhookSecret: 'front-door-webhook-secret-0123', orderHoldMs: 0 });
    h = await startHarness({ events });
    authorization = `Bearer ${h.gateway.token}`;
    const email = h.sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 5 }).users.find((u) => u.active)!.email;
    const login = await gql(h, { query: print(LoginDocument), variables: { email, password: SANDBOX_PASSWORD } });
    authtoken = login.body.data.Login;
  });
  afterAll(async () => {
    await h.close();
    await events.close();
  });

  it('graphql-sse (distinct connections): a tenant-only query, a composed query and a subscription', async () => {
    const client = createSseClient({ url: h.gateway.url, singleConnection: false, headers: { authorization, authtoken }, retryAttempts: 0 });
    try {
      const tenantOnly = await first(client.iterate({ query: print(CurrentUserDocument) }));
      expect((tenantOnly.data as any).CurrentUser.email).toMatch(/@/);
      const composed = await first(client.iterate({ query: print(CurrentUserDetailDocument) }));
      expect(composed.errors).toBeUndefined();
      expect(Array.isArray((composed.data as any).CurrentUser.groups)).toBe(true);

      const subscription = client.iterate({ query: print(UserEventsDocument), variables: { types: ['CREATED'] } });
      const next = subscription.next();
      // Until the subscription is live a published event may pass it by: publish until one arrives.
      let received: IteratorResult<any> | undefined;
      for (let i = 0; !received && i < 100; i++) {
        events.bus.publish(userEvent('user.created', sampleUser({ id: `sse-client-${i}`, email: `sse-${i}@example.com` }), new Date().toISOString(), 'webhook'));
        received = await Promise.race([next, new Promise<undefined>((resolve) => setTimeout(resolve, 100))]);
      }
      expect(received?.value.data.userEvents).toMatchObject({ type: 'CREATED', source: 'WEBHOOK' });
      expect(received!.value.data.userEvents.userId).toMatch(/^sse-client-/);
      await subscription.return?.();
    } finally {
      client.dispose();
    }
  });

  it('graphql-ws: the same queries over a WebSocket, the token in the connection payload', async () => {
    // The learner token rides on the upgrade request's headers (Node clients can set them).
    const learner = authtoken;
    class LearnerWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { headers: { authtoken: learner } });
      }
    }
    const client = createWsClient({ url: h.gateway.url.replace(/^http/, 'ws'), webSocketImpl: LearnerWebSocket, connectionParams: { authorization }, retryAttempts: 0 });
    try {
      const tenantOnly = await first(client.iterate({ query: print(CurrentUserDocument) }));
      expect((tenantOnly.data as any).CurrentUser.email).toMatch(/@/);
      const composed = await first(client.iterate({ query: print(CurrentUserDetailDocument) }));
      expect(composed.errors).toBeUndefined();
      expect(Array.isArray((composed.data as any).CurrentUser.enrollments)).toBe(true);
    } finally {
      await client.dispose();
    }
  });

  it('Apollo Client over the generated documents (its Accept prefers application/graphql-response+json)', async () => {
    const client = new ApolloClient({
      link: new HttpLink({ uri: h.gateway.url, headers: { authorization, authtoken, 'x-request-id': 'apollo-client-1' } }),
      cache: new InMemoryCache(),
    });
    const tenantOnly = await client.query({ query: CurrentUserDocument, fetchPolicy: 'network-only' });
    expect(tenantOnly.data?.CurrentUser?.email).toMatch(/@/);
    expect(routeOf(h, 'apollo-client-1')).toBe('fast');
    const composed = await client.query({ query: CurrentUserDetailDocument, fetchPolicy: 'network-only' });
    expect(composed.error).toBeUndefined();
    expect(Array.isArray(composed.data?.CurrentUser?.groups)).toBe(true);
    client.stop();
  });

  it('urql over the generated documents', async () => {
    const client = new UrqlClient({
      url: h.gateway.url,
      exchanges: [cacheExchange, fetchExchange],
      fetchOptions: { headers: { authorization, authtoken, 'x-request-id': 'urql-client-1' } },
      preferGetMethod: false,
    });
    const tenantOnly = await client.query(CurrentUserDocument, {}).toPromise();
    expect(tenantOnly.error).toBeUndefined();
    expect(tenantOnly.data?.CurrentUser?.email).toMatch(/@/);
    expect(routeOf(h, 'urql-client-1')).toBe('fast');
    const composed = await client.query(CurrentUserDetailDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    expect(composed.error).toBeUndefined();
    expect(Array.isArray(composed.data?.CurrentUser?.enrollments)).toBe(true);
  });
});
