import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, Repeater, type PubSub, type PubSubEventTarget } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { ConfigError } from '../errors/index.js';
import { maskUrl, type Logger } from '../util/index.js';
import { createMemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
import type { TiEvent } from './event.js';
import { createRedisDedupeStore } from './redis-dedupe-store.js';

/** The one channel every event travels on (under the bus's namespace); subscribers filter by kind and arguments. */
export const EVENTS_TOPIC = 'events';

type Topics = Record<string, [TiEvent]>;

export interface EventBus {
  publish(event: TiEvent): void;
  /** Every event published from now on, on any instance sharing this bus's Redis. */
  subscribe(): AsyncIterable<TiEvent> & AsyncIterator<TiEvent>;
  /**
   * Ends every open subscription (their streams complete). For shutdown: a subscription never
   * finishes on its own, so its connection would otherwise hold the server open.
   */
  endSubscriptions(): void;
  /** The delivery dedupe store: in memory, or shared in Redis when the bus is. */
  readonly dedupe: DedupeStore;
  /** `memory`, or `redis` when events fan out across instances. */
  readonly transport: 'memory' | 'redis';
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** `redis://` or `rediss://`; unset keeps events in this process. */
  redisUrl?: string | undefined;
  /**
   * Prefix of the Redis channel and dedupe keys (default `ti-graph`): instances that should share
   * events share a namespace; unrelated deployments on one Redis use different ones.
   */
  namespace?: string;
  logger?: Logger;
}

/**
 * Yoga's pub/sub, in memory by default. With a Redis URL it rides Yoga's Redis event target, so a
 * subscriber on gateway instance B sees an event published by instance A (each instance also hears
 * its own publishes back through Redis, exactly once), and deliveries are deduplicated in Redis.
 */
export function createEventBus(options: EventBusOptions = {}): EventBus {
  const namespace = options.namespace ?? 'ti-graph';
  const topic = `${namespace}:${EVENTS_TOPIC}`;
  if (!options.redisUrl) {
    const pubsub = createPubSub<Topics>();
    const dedupe = createMemoryDedupeStore();
    return busOver(pubsub, topic, dedupe, 'memory', async () => dedupe.close());
  }

  let url: URL;
  try {
    url = new URL(options.redisUrl);
  } catch {
    throw new ConfigError('REDIS_URL', 'is not a URL; expected redis://[:password@]host:port[/db]');
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError('REDIS_URL', 'must be a redis:// or rediss:// URL');
  }
  // What logs may show: never the password in the URL's userinfo.
  if (url.password) url.password = '***';
  const display = maskUrl(url.toString());
  // A subscriber connection cannot issue other commands, so publishing and SET NX use a second one.
  const publishClient = new Redis(options.redisUrl, { maxRetriesPerRequest: 2 });
  // No ready check on the subscriber: ioredis sends INFO to check readiness, and when a SUBSCRIBE
  // goes out first (a subscription right after start) the INFO is refused in subscriber mode, the
  // connection is dropped before it was ever "ready" and the subscription is not restored.
  const subscribeClient = new Redis(options.redisUrl, { maxRetriesPerRequest: 2, enableReadyCheck: false });
  for (const [role, client] of [['publish', publishClient], ['subscribe', subscribeClient]] as const) {
    // ioredis reconnects by itself; without a listener its errors would be unhandled.
    client.on('error', (error: Error) => options.logger?.warn({ err: error.message, role, redis: display }, 'events: Redis error'));
    client.on('reconnecting', () => options.logger?.warn({ role, redis: display }, 'events: Redis connection lost; reconnecting'));
  }
  const eventTarget = createRedisEventTarget<CustomEvent<TiEvent>>({
    publishClient: withHandledRejections(publishClient, ['publish'], options.logger),
    subscribeClient: withHandledRejections(subscribeClient, ['subscribe', 'unsubscribe'], options.logger),
  });
  const pubsub = createPubSub<Topics>({ eventTarget: eventTarget as PubSubEventTarget<Topics> });
  const dedupe = createRedisDedupeStore(publishClient, `${namespace}:webhook-delivery:`);
  return busOver(pubsub, topic, dedupe, 'redis', async () => {
    await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
  });
}

/**
 * Yoga's Redis event target fires `subscribe`, `unsubscribe` and `publish` without awaiting them,
 * so a command failing (Redis down, or a subscription ending after the bus closed) would be an
 * unhandled rejection that can take the process down. This wraps those methods to log instead.
 */
function withHandledRejections(client: Redis, methods: string[], logger: Logger | undefined): Redis {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof property !== 'string' || !methods.includes(property) || typeof value !== 'function') return value;
      return (...args: unknown[]) =>
        (value as (...a: unknown[]) => Promise<unknown>).apply(target, args).catch((error: Error) => {
          logger?.warn({ err: error.message, command: property }, 'events: Redis command failed');
        });
    },
  });
}

function busOver(
  pubsub: PubSub<Topics>,
  topic: string,
  dedupe: DedupeStore,
  transport: EventBus['transport'],
  closeTransport: () => Promise<void>,
): EventBus {
  let closed = false;
  /** The stop functions of open subscriptions. */
  const open = new Set<() => void>();
  return {
    transport,
    dedupe,
    publish(event) {
      if (!closed) pubsub.publish(topic, event);
    },
    subscribe() {
      const source = pubsub.subscribe(topic);
      return new Repeater<TiEvent>(async (push, stop) => {
        open.add(stop);
        // However it ends (the client left, or endSubscriptions), stop listening to the topic.
        void stop.then(() => {
          open.delete(stop);
          void source.return?.(undefined);
        });
        for await (const event of source) await push(event);
        stop();
      });
    },
    endSubscriptions() {
      for (const stop of [...open]) stop();
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const stop of [...open]) stop();
      await closeTransport();
    },
  };
}
