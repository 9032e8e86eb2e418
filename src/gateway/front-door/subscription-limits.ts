/**
 * Open subscriptions are bounded per graphql-ws socket and per client identity (over every socket
 * and SSE stream), as one envelop plugin, so both doors count alike. A subscribe over a bound is
 * refused with RATE_LIMITED (`extensions.limit`, `max`); the connection and its other
 * subscriptions go on. A slot is freed when the stream ends (completed by either side, or the
 * client gone) or when the subscribe produced no stream at all (refused, failed).
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { SubscriptionLimitError } from '../../errors/index.js';
import type { ClientIdentity } from '../auth/index.js';

export interface SubscriptionLimitOptions {
  perSocket: number;
  perClient: number;
}

/** What an operation's context says about where it came from (the gateway's context has both). */
interface SubscriptionOrigin {
  client?: ClientIdentity;
  /** The graphql-ws connection the operation arrived on; absent over HTTP (SSE). */
  connection?: object;
}

export interface SubscriptionCounts {
  /** Open subscriptions, all clients (tests, metrics). */
  readonly open: number;
}

export function useSubscriptionLimits(options: SubscriptionLimitOptions): Plugin & { counts: SubscriptionCounts } {
  const perClient = new Map<string, number>();
  const perSocket = new WeakMap<object, number>();
  let open = 0;
  const refuse = (error: SubscriptionLimitError) =>
    new GraphQLError(error.message, { extensions: { code: error.code, limit: error.limit, max: error.max } });

  return {
    counts: {
      get open() {
        return open;
      },
    },
    onSubscribe({ args, subscribeFn, setSubscribeFn, setResultAndStopExecution }) {
      const origin = args.contextValue as SubscriptionOrigin;
      const client = origin.client ? `${origin.client.via}:${origin.client.name}` : undefined;
      const socket = origin.connection;
      const clientCount = client === undefined ? 0 : (perClient.get(client) ?? 0);
      const socketCount = socket === undefined ? 0 : (perSocket.get(socket) ?? 0);
      if (socket !== undefined && socketCount >= options.perSocket) {
        setResultAndStopExecution({ errors: [refuse(new SubscriptionLimitError('subscriptionsPerSocket', options.perSocket))] });
        return undefined;
      }
      if (client !== undefined && clientCount >= options.perClient) {
        setResultAndStopExecution({ errors: [refuse(new SubscriptionLimitError('subscriptionsPerClient', options.perClient))] });
        return undefined;
      }
      open += 1;
      if (client !== undefined) perClient.set(client, clientCount + 1);
      if (socket !== undefined) perSocket.set(socket, socketCount + 1);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        open -= 1;
        if (client !== undefined) {
          const left = (perClient.get(client) ?? 1) - 1;
          // No entry for a client with none open: the map holds only live clients.
          if (left > 0) perClient.set(client, left);
          else perClient.delete(client);
        }
        if (socket !== undefined) perSocket.set(socket, (perSocket.get(socket) ?? 1) - 1);
      };
      // A subscribe that fails outright (no result at all) frees its slot too.
      setSubscribeFn(async (subscribeArgs) => {
        try {
          return await subscribeFn(subscribeArgs);
        } catch (error) {
          release();
          throw error;
        }
      });
      return {
        onSubscribeResult({ result }) {
          if (!(Symbol.asyncIterator in (result as object))) {
            release();
            return undefined;
          }
          return { onEnd: release };
        },
        onSubscribeError: release,
      };
    },
  };
}
