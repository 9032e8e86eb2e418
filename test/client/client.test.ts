/**
 * The SDK against a real GraphQL server on loopback (Yoga, with a plugin that can answer like a
 * struggling proxy): typed results, the token header, typed errors from `extensions.code`, retries
 * for queries only, bounded, and abort.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GraphQLError, parse } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { createClient, GatewayError, type GatewayErrorDetail, type TypedDocumentNode } from '../../src/client/index.js';
import { ConfigError } from '../../src/errors/index.js';

const TOKEN = 'client-token-for-tests';

/** What the server does next: counts per field and scripted HTTP failures. */
const state = {
  calls: new Map<string, number>(),
  httpFailures: [] as { status: number; body: string; headers?: Record<string, string> }[],
  seenAuthorization: [] as (string | null)[],
  seenHeaders: [] as Record<string, string>[],
  rateLimitedUntilCall: 0,
  /** Set when the server's countdown generator was closed (the client went away). */
  countdownClosed: false,
};

function count(field: string): number {
  const n = (state.calls.get(field) ?? 0) + 1;
  state.calls.set(field, n);
  return n;
}

const yoga = createYoga({
  logging: false,
  maskedErrors: false,
  schema: createSchema({
    typeDefs: /* GraphQL */ `
      type Query {
        greeting(name: String!): String!
        user(id: ID!): User
        throttled: String!
        slow: String!
      }
      type User { id: ID!, email: String! }
      type Mutation { bump: Int! }
      type Subscription { countdown(from: Int!, delayMs: Int = 0): Int!, forbidden: Int! }
    `,
    resolvers: {
      Query: {
        greeting: (_: unknown, args: { name: string }) => `hello ${args.name}`,
        user: (_: unknown, args: { id: string }) => {
          count('user');
          throw new GraphQLError(`no user with id ${args.id}`, { extensions: { code: 'NOT_FOUND' } });
        },
        throttled: () => {
          const n = count('throttled');
          if (n <= state.rateLimitedUntilCall) {
            throw new GraphQLError('slow down', { extensions: { code: 'RATE_LIMITED', retryAfterMs: 5 } });
          }
          return `ok after ${n}`;
        },
        slow: () => new Promise((resolve) => setTimeout(() => resolve('late'), 2_000)),
      },
      Mutation: { bump: () => count('bump') },
      Subscription: {
        countdown: {
          async *subscribe(_: unknown, args: { from: number; delayMs: number }) {
            try {
              for (let n = args.from; n >= 0; n--) {
                if (args.delayMs) await new Promise((resolve) => setTimeout(resolve, args.delayMs));
                yield { countdown: n };
              }
            } finally {
              state.countdownClosed = true;
            }
          },
        },
        forbidden: {
          // eslint-disable-next-line require-yield
          async *subscribe() {
            throw new GraphQLError('read scope required', { extensions: { code: 'FORBIDDEN' } });
          },
        },
      },
    },
  }),
  plugins: [
    {
      onRequest({ request, endResponse }) {
        state.seenAuthorization.push(request.headers.get('authorization'));
        state.seenHeaders.push(Object.fromEntries(request.headers.entries()));
        count('http');
        const failure = state.httpFailures.shift();
        if (failure) endResponse(new Response(failure.body, { status: failure.status, headers: failure.headers ?? {} }));
      },
    },
  ],
});

let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeAllConnections(); // the aborted `slow` request would otherwise hold it open
  await closed;
});
beforeEach(() => {
  state.calls.clear();
  state.httpFailures = [];
  state.seenAuthorization = [];
  state.seenHeaders = [];
  state.rateLimitedUntilCall = 0;
  state.countdownClosed = false;
});

const Greeting = parse('query Greeting($name: String!) { greeting(name: $name) }') as TypedDocumentNode<
  { greeting: string },
  { name: string }
>;
const UserById = parse('query UserById($id: ID!) { user(id: $id) { id email } }') as TypedDocumentNode<
  { user: { id: string; email: string } | null },
  { id: string }
>;
const Throttled = parse('query Throttled { throttled }') as TypedDocumentNode<{ throttled: string }, Record<string, never>>;
const Slow = parse('query Slow { slow }') as TypedDocumentNode<{ slow: string }, Record<string, never>>;
const Countdown = parse('subscription Countdown($from: Int!, $delayMs: Int) { countdown(from: $from, delayMs: $delayMs) }') as TypedDocumentNode<
  { countdown: number },
  { from: number; delayMs?: number }
>;
const Forbidden = parse('subscription Forbidden { forbidden }') as TypedDocumentNode<{ forbidden: number }, Record<string, never>>;
const Bump = parse('mutation Bump { bump }') as TypedDocumentNode<{ bump: number }, Record<string, never>>;

const fastRetry = { baseDelayMs: 1, maxDelayMs: 50 };

async function failure(promise: Promise<unknown>): Promise<GatewayError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GatewayError);
  return error as GatewayError;
}

describe('createClient', () => {
  it('resolves typed data and sends the token as a Bearer header plus the caller headers', async () => {
    const client = createClient({ url, token: TOKEN, headers: { 'x-app': 'roster' } });
    const data = await client.request(Greeting, { name: 'Ada' }, { headers: { 'x-request-id': 'r1' } });
    expect(data.greeting).toBe('hello Ada');
    expect(state.seenAuthorization).toEqual([`Bearer ${TOKEN}`]);
    expect(state.seenHeaders[0]).toMatchObject({ 'x-app': 'roster', 'x-request-id': 'r1' });
  });

  it('asks a token function before every attempt', async () => {
    let issued = 0;
    const client = createClient({ url, token: () => `t${++issued}`, retry: fastRetry });
    state.httpFailures.push({ status: 503, body: 'busy' });
    await client.request(Greeting, { name: 'Bo' });
    expect(state.seenAuthorization).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('maps extensions.code to a typed error with path and operation name, and does not retry it', async () => {
    const client = createClient({ url, token: TOKEN, retry: fastRetry });
    const error = await failure(client.request(UserById, { id: 'u-404' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.operationName).toBe('UserById');
    expect(error.errors[0]).toMatchObject({ code: 'NOT_FOUND', path: ['user'], message: 'no user with id u-404' });
    expect(error.data).toEqual({ user: null });
    expect(error.message).toContain('UserById: no user with id u-404');
    expect(error.message).not.toContain(TOKEN);
    expect(error.attempts).toBe(1);
    expect(state.calls.get('user')).toBe(1);
  });

  it('retries a rate-limited query, honouring the server hint, until it succeeds', async () => {
    state.rateLimitedUntilCall = 2;
    const client = createClient({ url, token: TOKEN, retry: fastRetry });
    const data = await client.request(Throttled);
    expect(data.throttled).toBe('ok after 3');
  });

  it('gives up after maxAttempts and says how many attempts were made', async () => {
    state.rateLimitedUntilCall = 10;
    const client = createClient({ url, token: TOKEN, retry: { ...fastRetry, maxAttempts: 4 } });
    const error = await failure(client.request(Throttled));
    expect(error.code).toBe('RATE_LIMITED');
    expect(error.attempts).toBe(4);
    expect(error.retryAfterMs).toBe(5);
    expect(state.calls.get('throttled')).toBe(4);
  });

  it('retries a query after a proxy 503 but never a mutation', async () => {
    const client = createClient({ url, token: TOKEN, retry: fastRetry });
    state.httpFailures.push({ status: 503, body: '<html>busy</html>' });
    expect((await client.request(Greeting, { name: 'Cy' })).greeting).toBe('hello Cy');
    expect(state.calls.get('http')).toBe(2);

    state.calls.clear();
    state.httpFailures.push({ status: 503, body: '<html>busy</html>' });
    const error = await failure(client.request(Bump));
    expect(error).toMatchObject({ code: 'UPSTREAM_ERROR', status: 503, attempts: 1, operationName: 'Bump' });
    expect(state.calls.get('http')).toBe(1);
    expect(state.calls.get('bump')).toBeUndefined();
  });

  it('does not wait longer than maxDelayMs: a long Retry-After ends the retries at once', async () => {
    const client = createClient({ url, token: TOKEN, retry: fastRetry });
    state.httpFailures.push({ status: 429, body: 'later', headers: { 'retry-after': '120' } });
    const error = await failure(client.request(Greeting, { name: 'Di' }));
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, retryAfterMs: 120_000, attempts: 1 });
  });

  it('reports a rejected token as UNAUTHENTICATED without retrying', async () => {
    const client = createClient({ url, token: TOKEN, retry: fastRetry });
    state.httpFailures.push({ status: 401, body: JSON.stringify({ errors: [{ message: 'bad token', extensions: { code: 'UNAUTHENTICATED' } }] }), headers: { 'content-type': 'application/json' } });
    const error = await failure(client.request(Greeting, { name: 'Ed' }));
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401, attempts: 1 });
    expect(error.errors[0]?.message).toBe('bad token');
  });

  it('maps a refused connection to NETWORK_ERROR after bounded retries', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const client = createClient({ url: `http://127.0.0.1:${port}/graphql`, token: TOKEN, retry: fastRetry });
    const error = await failure(client.request(Greeting, { name: 'Fay' }));
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', attempts: 3, status: undefined });
  });

  it('rejects with the abort reason, not a GatewayError, when the caller aborts', async () => {
    const client = createClient({ url, token: TOKEN });
    const controller = new AbortController();
    const pending = client.request(Slow, undefined, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('page closed')), 50);
    await expect(pending).rejects.toThrow('page closed');
  });

  it('aborts through the client-wide signal too', async () => {
    const controller = new AbortController();
    const client = createClient({ url, token: TOKEN, signal: controller.signal });
    controller.abort(new Error('unmounted'));
    await expect(client.request(Greeting, { name: 'Gus' })).rejects.toThrow('unmounted');
    expect(state.calls.get('http')).toBeUndefined();
  });

  it('refuses a bad URL or a missing token with a ConfigError naming the option', () => {
    expect(() => createClient({ url: 'localhost:4000/graphql', token: TOKEN })).toThrow(ConfigError);
    expect(() => createClient({ url: 'localhost:4000/graphql', token: TOKEN })).toThrow(/^url: must be an absolute http\(s\) URL/);
    expect(() => createClient({ url, token: '' })).toThrow(/^token: /);
    expect(() => createClient({ url: 'ftp://host/graphql?apiKey=s3cret-key', token: TOKEN })).toThrow('got "ftp://host/graphql?apiKey=***"');
  });
});

describe('client.subscribe (SSE)', () => {
  it('yields every result until the server completes, with the token sent', async () => {
    const client = createClient({ url, token: TOKEN });
    const seen: number[] = [];
    for await (const data of client.subscribe(Countdown, { from: 3 })) seen.push(data.countdown);
    expect(seen).toEqual([3, 2, 1, 0]);
    expect(state.seenAuthorization).toEqual([`Bearer ${TOKEN}`]);
  });

  it('closes the stream when the loop stops early', async () => {
    const client = createClient({ url, token: TOKEN });
    for await (const data of client.subscribe(Countdown, { from: 1_000, delayMs: 5 })) {
      expect(data.countdown).toBe(1_000);
      break;
    }
    await expect.poll(() => state.countdownClosed, { timeout: 5_000 }).toBe(true);
  });

  it('ends with a GatewayError carrying the code of an error result', async () => {
    const client = createClient({ url, token: TOKEN });
    const error = await failure((async () => {
      for await (const _ of client.subscribe(Forbidden)) void _;
    })());
    expect(error).toMatchObject({ code: 'FORBIDDEN', operationName: 'Forbidden' });
  });

  it('maps a refusal before streaming (401) to UNAUTHENTICATED', async () => {
    state.httpFailures.push({ status: 401, body: JSON.stringify({ errors: [{ message: 'no token', extensions: { code: 'UNAUTHENTICATED' } }] }), headers: { 'content-type': 'application/json' } });
    const client = createClient({ url, token: TOKEN });
    const error = await failure(client.subscribe(Countdown, { from: 1 }).next());
    expect(error).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });

  it('stops with the abort reason when the signal aborts', async () => {
    const client = createClient({ url, token: TOKEN });
    const controller = new AbortController();
    const seen: number[] = [];
    const run = (async () => {
      for await (const data of client.subscribe(Countdown, { from: 1_000, delayMs: 5 }, { signal: controller.signal })) {
        seen.push(data.countdown);
        if (seen.length === 2) controller.abort(new Error('left the page'));
      }
    })();
    await expect(run).rejects.toThrow('left the page');
    expect(seen).toEqual([1_000, 999]);
  });

  it('refuses the wrong method for the operation type, saying which to use', async () => {
    const client = createClient({ url, token: TOKEN });
    const viaRequest = await failure(client.request(Countdown, { from: 1 }));
    expect(viaRequest.message).toContain('use client.subscribe()');
    const viaSubscribe = await failure(client.subscribe(Greeting, { name: 'Hal' }).next());
    expect(viaSubscribe).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(viaSubscribe.message).toContain('use client.request()');
    expect(state.calls.get('http')).toBeUndefined();
  });
});

describe('errors policy (as Apollo Client errorPolicy)', () => {
  const GreetingAndUser = parse('query GreetingAndUser($id: ID!) { greeting(name: "Ada") user(id: $id) { id email } }') as TypedDocumentNode<
    { greeting: string; user: { id: string; email: string } | null },
    { id: string }
  >;

  it("'all' on the client resolves the typed partial data with the field's error, and complete data with none", async () => {
    const client = createClient({ url, token: TOKEN, retry: fastRetry, errors: 'all' });
    const partial = await client.request(GreetingAndUser, { id: 'u-404' });
    expectTypeOf(partial.data).toEqualTypeOf<{ greeting: string; user: { id: string; email: string } | null }>();
    expectTypeOf(partial.errors).toEqualTypeOf<readonly GatewayErrorDetail[]>();
    expect(partial.data).toEqual({ greeting: 'hello Ada', user: null });
    expect(partial.errors).toHaveLength(1);
    expect(partial.errors[0]).toMatchObject({ code: 'NOT_FOUND', path: ['user'], message: 'no user with id u-404' });
    // Partial data is the answer: not retried.
    expect(state.calls.get('user')).toBe(1);
    const complete = await client.request(Greeting, { name: 'Bo' });
    expect(complete).toEqual({ data: { greeting: 'hello Bo' }, errors: [] });
  });

  it("'throw' stays the default; a request overrides the client's policy either way", async () => {
    const throwing = createClient({ url, token: TOKEN, retry: fastRetry });
    const error = await failure(throwing.request(GreetingAndUser, { id: 'u-404' }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.data).toEqual({ greeting: 'hello Ada', user: null });
    const overridden = await throwing.request(GreetingAndUser, { id: 'u-404' }, { errors: 'all' });
    expectTypeOf(overridden.data.greeting).toEqualTypeOf<string>();
    expect(overridden.data.greeting).toBe('hello Ada');
    expect(overridden.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const plain = await throwing.request(Greeting, { name: 'Cy' });
    expectTypeOf(plain).toEqualTypeOf<{ greeting: string }>();
    const all = createClient({ url, token: TOKEN, retry: fastRetry, errors: 'all' });
    expect((await failure(all.request(GreetingAndUser, { id: 'u-404' }, { errors: 'throw' }))).code).toBe('NOT_FOUND');
  });

  it("'all' still rejects an answer with no data at all, and still retries a transient failure first", async () => {
    const client = createClient({ url, token: TOKEN, retry: fastRetry, errors: 'all' });
    state.httpFailures.push({ status: 503, body: 'busy' });
    expect(await client.request(Greeting, { name: 'Di' })).toEqual({ data: { greeting: 'hello Di' }, errors: [] });
    state.httpFailures.push({ status: 401, body: JSON.stringify({ errors: [{ message: 'no token', extensions: { code: 'UNAUTHENTICATED' } }] }), headers: { 'content-type': 'application/json' } });
    expect((await failure(client.request(Greeting, { name: 'Ed' }))).code).toBe('UNAUTHENTICATED');
    // A policy that is not one of the two is refused when the client is made.
    expect(() => createClient({ url, token: TOKEN, errors: 'none' as 'all' })).toThrow(/errors: must be 'throw' or 'all'/);
  });
});
