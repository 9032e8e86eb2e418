import type { Server as HttpServer, IncomingMessage } from 'node:http';
import { GraphQLError, getOperationAST, type ExecutionArgs } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer, type WebSocket } from 'ws';

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
 * operation's context starts from (the gateway: the authenticated client), or undefined to refuse
 * the connection (close code 4401) before any operation runs. `operation` is then asked for each
 * operation before it is parsed (the gateway's front door: rate, admission, the access line): it
 * refuses with errors (the socket stays open), or admits with the operation's own context and a
 * `done` it is told once the operation's result or stream is ready.
 */
export interface GraphqlWsOptions<Base extends Record<string, unknown> = Record<string, unknown>> {
  /** Same as Yoga's `graphqlEndpoint`. */
  path: string;
  /** The connection's base context, or undefined to refuse it. Default: an empty context. */
  context?: (request: Request) => Base | undefined | Promise<Base | undefined>;
  /** Rewrites (or refuses, by throwing) each subscribe payload before it is parsed: the gateway's trusted-documents gate. */
  params?: <T extends { query?: unknown; extensions?: unknown }>(payload: T) => T;
  /** Admits or refuses each operation (see above); absent: every operation runs on the base context. */
  operation?: (base: Base, payload: OperationPayload, connection: object) => Promise<OperationAdmission> | OperationAdmission;
  /**
   * Checks each raw message before graphql-ws parses it (the JSON depth bound); a message refused
   * closes the socket with 4400, as graphql-ws does for a message it cannot read.
   */
  acceptMessage?: (data: Buffer) => boolean;
  /** Largest message accepted (bytes); larger closes the socket (1009). Default: ws's 100 MiB. */
  maxPayload?: number;
}

export interface OperationPayload {
  query?: unknown;
  operationName?: string | null | undefined;
  variables?: Record<string, unknown> | null | undefined;
  extensions?: Record<string, unknown> | null | undefined;
}

export type OperationAdmission =
  | { errors: readonly GraphQLError[] }
  | {
      /** Merged over the base into the operation's context. */
      context: Record<string, unknown>;
      /** Called once: the result or stream is ready (`errors` when it was refused after admission). */
      done(outcome: { operationName: string | undefined; errors?: readonly GraphQLError[] | undefined }): void;
    };

export interface GraphqlWsHandle {
  close(): Promise<void>;
}

type Done = Extract<OperationAdmission, { done: unknown }>['done'];

export function attachGraphqlWs<Base extends Record<string, unknown> = Record<string, unknown>>(
  httpServer: HttpServer,
  // Any Yoga instance: the server context type does not matter here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  yoga: YogaServerInstance<any, any>,
  options: GraphqlWsOptions<Base>,
): GraphqlWsHandle {
  const path = options.path;
  const wsServer = new WebSocketServer({ server: httpServer, path, ...(options.maxPayload ? { maxPayload: options.maxPayload } : {}) });
  const contexts = new WeakMap<object, { request: Request; base: Base }>();
  const acceptMessage = options.acceptMessage;
  if (acceptMessage) {
    wsServer.on('connection', (socket: WebSocket) => {
      // Before graphql-ws's own listener reads it: a refused message never reaches JSON.parse.
      const emit = socket.emit;
      socket.emit = function (this: WebSocket, event: string | symbol, ...args: unknown[]) {
        if (event === 'message' && !acceptMessage(toBuffer(args[0]))) {
          this.close(4400, 'message refused (nested too deep)');
          return true;
        }
        return emit.call(this, event, ...args);
      } as typeof socket.emit;
    });
  }

  const disposable = useServer<Record<string, unknown> | undefined>(
    {
      onConnect: async (ctx) => {
        const request = toRequest(ctx.extra.request, ctx.connectionParams, path);
        const base = options.context ? await options.context(request) : ({} as Base);
        if (!base) {
          ctx.extra.socket.close(4401, 'Unauthorized: send {"authorization": "Bearer <client token>"} as the connection payload');
          return false;
        }
        contexts.set(ctx, { request, base });
        return true;
      },
      onSubscribe: async (ctx, _id, received) => {
        const connection = contexts.get(ctx);
        if (!connection) throw new Error('connection was not initialised');
        const { request, base } = connection;
        const admission = options.operation ? await options.operation(base, received as OperationPayload, ctx) : { context: {}, done: () => undefined };
        if ('errors' in admission) return admission.errors;
        const refused = (errors: readonly GraphQLError[], operationName?: string) => {
          admission.done({ operationName: operationName ?? received.operationName ?? undefined, errors });
          return errors;
        };
        let payload = received;
        if (options.params) {
          try {
            payload = options.params(received);
          } catch (error) {
            return refused([new GraphQLError((error as Error).message, { extensions: { code: (error as { code?: unknown }).code ?? 'BAD_USER_INPUT' } })]);
          }
        }
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          ...base,
          ...admission.context,
          ...ctx,
          request,
          req: ctx.extra.request,
          socket: ctx.extra.socket,
          params: payload,
        });
        let document;
        try {
          document = parse(payload.query);
        } catch (error) {
          if (error instanceof GraphQLError) return refused([error]);
          throw error;
        }
        const operationName = getOperationAST(document, payload.operationName)?.name?.value;
        const args: ExecutionArgs = {
          schema,
          operationName: payload.operationName ?? null,
          document,
          variableValues: payload.variables ?? null,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe, done: admission.done, operationName },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return refused(errors, operationName);
        return args;
      },
      onNext: (ctx, _id, _payload, _args, result) => {
        if (!result.errors?.some((error) => error.extensions?.['code'] === 'SUBSCRIBER_TOO_SLOW')) return;
        // After this message went out (graphql-ws sends it once onNext returns): the socket is
        // not read from, so it is closed rather than left to buffer. ws destroys it if the client
        // never answers the close.
        setImmediate(() => ctx.extra.socket.close(SUBSCRIBER_TOO_SLOW_CLOSE_CODE, 'Subscriber too slow: dropped'));
      },
      // The admission is done once the result (or the stream) is ready, whatever happened.
      execute: (args) => settle(args, 'execute'),
      subscribe: (args) => settle(args, 'subscribe'),
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

async function settle(args: ExecutionArgs, kind: 'execute' | 'subscribe'): Promise<never> {
  const root = args.rootValue as { execute: (a: ExecutionArgs) => never; subscribe: (a: ExecutionArgs) => never; done: Done; operationName: string | undefined };
  let errors: readonly GraphQLError[] | undefined;
  try {
    const result = await root[kind](args);
    // A result with errors and no data is a refusal (a limit, a scope), as a 4xx is over HTTP.
    const single = result as { data?: unknown; errors?: readonly GraphQLError[] };
    if (!(Symbol.asyncIterator in (result as object)) && single.data === undefined && single.errors?.length) errors = single.errors;
    return result;
  } catch (error) {
    errors = [error instanceof GraphQLError ? error : new GraphQLError('Unexpected error.')];
    throw error;
  } finally {
    root.done({ operationName: root.operationName, errors });
  }
}

function toBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  if (Array.isArray(data)) return Buffer.concat(data as Buffer[]);
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  return Buffer.from(String(data));
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
