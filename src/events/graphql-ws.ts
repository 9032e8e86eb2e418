import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { GraphQLError, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';

/**
 * The close code of a socket whose subscriber was dropped for reading too slowly (its buffer of
 * events was full; see `subscriber.ts`). Sent after the subscription's last `next` message, which
 * carries the error with code SUBSCRIBER_TOO_SLOW.
 */
export const SUBSCRIBER_TOO_SLOW_CLOSE_CODE = 4410;

/**
 * graphql-ws next to Yoga's SSE: the same Yoga instance (schema, plugins, context) executes the
 * operations that arrive over a WebSocket on the GraphQL path.
 *
 * Browsers cannot set headers on a WebSocket, so clients send their token in the connection
 * payload (`{ "authorization": "Bearer ..." }`). It is folded into a `Request` that carries the
 * upgrade request's headers; `context` reads it once per connection and returns what every
 * operation's context starts from (the gateway: the authenticated client, its loaders), or
 * undefined to refuse the connection (close code 4401) before any operation runs.
 */
export interface GraphqlWsOptions {
  /** Same as Yoga's `graphqlEndpoint`. Default `/graphql`. */
  path?: string;
  /** The connection's base context, or undefined to refuse it. Default: an empty context. */
  context?: (request: Request) => Record<string, unknown> | undefined | Promise<Record<string, unknown> | undefined>;
  /** Rewrites (or refuses, by throwing) each subscribe payload before it is parsed: the gateway's trusted-documents gate. */
  params?: <T extends { query?: unknown; extensions?: unknown }>(payload: T) => T;
}

export interface GraphqlWsHandle {
  close(): Promise<void>;
}

export function attachGraphqlWs(
  httpServer: HttpServer,
  // Any Yoga instance: the server context type does not matter here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  yoga: YogaServerInstance<any, any>,
  options: GraphqlWsOptions = {},
): GraphqlWsHandle {
  const path = options.path ?? '/graphql';
  const wsServer = new WebSocketServer({ server: httpServer, path });
  const contexts = new WeakMap<object, { request: Request; base: Record<string, unknown> }>();

  const disposable = useServer<Record<string, unknown> | undefined>(
    {
      onConnect: async (ctx) => {
        const request = toRequest(ctx.extra.request, ctx.connectionParams, path);
        const base = options.context ? await options.context(request) : {};
        if (!base) {
          ctx.extra.socket.close(4401, 'Unauthorized: send {"authorization": "Bearer <client token>"} as the connection payload');
          return false;
        }
        contexts.set(ctx, { request, base });
        return true;
      },
      onSubscribe: async (ctx, _id, received) => {
        let payload = received;
        if (options.params) {
          try {
            payload = options.params(received);
          } catch (error) {
            return [new GraphQLError((error as Error).message, { extensions: { code: (error as { code?: unknown }).code ?? 'BAD_USER_INPUT' } })];
          }
        }
        const connection = contexts.get(ctx);
        if (!connection) throw new Error('connection was not initialised');
        const { request, base } = connection;
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...base,
          ...ctx,
          request,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        });
        const args: ExecutionArgs = {
          schema,
          operationName: payload.operationName ?? null,
          document: parse(payload.query),
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args;
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        if (!result.errors?.some((error) => error.extensions?.['code'] === 'SUBSCRIBER_TOO_SLOW')) return;
        // After this message went out (graphql-ws sends it once onNext returns): the socket is
        // not read from, so it is closed rather than left to buffer. ws destroys it if the client
        // never answers the close.
        setImmediate(() => ctx.extra.socket.close(SUBSCRIBER_TOO_SLOW_CLOSE_CODE, 'Subscriber too slow: dropped'));
      },
      execute: (args) => (args.rootValue as { execute: (a: ExecutionArgs) => never }).execute(args),
      subscribe: (args) => (args.rootValue as { subscribe: (a: ExecutionArgs) => never }).subscribe(args),
    },
    wsServer,
  );

  return {
    async close() {
      await disposable.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    },
  };
}

function toRequest(upgrade: IncomingMessage, connectionParams: Record<string, unknown> | undefined, path: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(upgrade.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  const auth = connectionParams?.['authorization'] ?? connectionParams?.['Authorization'];
  if (typeof auth === 'string') headers.set('authorization', auth);
  const host = upgrade.headers.host ?? 'localhost';
  return new Request(`http://${host}${path}`, { method: 'POST', headers });
}
