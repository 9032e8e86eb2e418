import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, type PubSub, type PubSubEventTarget } from 'graphql-yoga';
import { Redis } from 'ioredis';
import { ConfigError } from '../errors/index.js';
import { maskUrl } from '../util/index.js';
import { createMemoryDedupeStore, type DedupeStore } from './dedupe-store.js';
import type { TiEvent } from './event.js';
import { createRedisDedupeStore } from './redis-dedupe-store.js';

/** The one channel every event travels on; subscribers filter by kind and arguments. */
export const EVENTS_TOPIC = 'ti-graph:events';

type Topics = { [EVENTS_TOPIC]: [TiEvent] };

export interface EventBus {
  publish(event: TiEvent): void;
  /** Every event published from now on, on any instance sharing this bus's Redis. */
  subscribe(): AsyncIterable<TiEvent> & AsyncIterator<TiEvent>;
  /** The delivery dedupe store: in memory, or shared in Redis when the bus is. */
  readonly dedupe: DedupeStore;
  /** `memory`, or `redis` when events fan out across instances. */
  readonly transport: 'memory' | 'redis';
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** `redis://` or `rediss://`; unset keeps events in this process. */
  redisUrl?: string | undefined;
}

/**
 * Yoga's pub/sub, in memory by default. With a Redis URL it rides Yoga's Redis event target, so a
 * subscriber on gateway instance B sees an event published by instance A (each instance also hears
 * its own publishes back through Redis, exactly once), and deliveries are deduplicated in Redis.
 */
export function createEventBus(options: EventBusOptions = {}): EventBus {
  if (!options.redisUrl) {
    const pubsub = createPubSub<Topics>();
    const dedupe = createMemoryDedupeStore();
    return busOver(pubsub, dedupe, 'memory', async () => dedupe.close());
  }

  let url: URL;
  try {
    url = new URL(options.redisUrl);
  } catch {
    throw new ConfigError('REDIS_URL', `is not a URL: ${maskUrl(options.redisUrl)}`);
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    throw new ConfigError('REDIS_URL', 'must be a redis:// or rediss:// URL');
  }
  // A subscriber connection cannot issue other commands, so publishing and SET NX use a second one.
  const publishClient = new Redis(options.redisUrl, { maxRetriesPerRequest: 2 });
  const subscribeClient = new Redis(options.redisUrl, { maxRetriesPerRequest: 2 });
  const eventTarget = createRedisEventTarget<CustomEvent<TiEvent>>({ publishClient, subscribeClient });
  const pubsub = createPubSub<Topics>({ eventTarget: eventTarget as PubSubEventTarget<Topics> });
  const dedupe = createRedisDedupeStore(publishClient);
  return busOver(pubsub, dedupe, 'redis', async () => {
    await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
  });
}

function busOver(
  pubsub: PubSub<Topics>,
  dedupe: DedupeStore,
  transport: EventBus['transport'],
  closeTransport: () => Promise<void>,
): EventBus {
  let closed = false;
  return {
    transport,
    dedupe,
    publish(event) {
      if (!closed) pubsub.publish(EVENTS_TOPIC, event);
    },
    subscribe() {
      return pubsub.subscribe(EVENTS_TOPIC);
    },
    async close() {
      if (closed) return;
      closed = true;
      await closeTransport();
    },
  };
}
