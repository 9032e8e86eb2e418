import type { Logger } from '../util/index.js';
import { createEventBus, type EventBus } from './bus.js';
import type { TiEvent } from './event.js';
import { createEventOrderer, type EventOrderer } from './order-events.js';
import { createRosterPoller, type RosterPollerOptions } from './roster-poller.js';
import { createWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

/**
 * Everything a gateway instance needs for events, built from config in one call: the bus (memory
 * or Redis) and the webhook receiver as a fetch handler. The gateway mounts the receiver on
 * `POST /webhooks/ti` and puts the bus in every request's context, where the subscription
 * resolvers (`eventsSchemaExtension`) read it (`startGateway({ events })`).
 */
export interface EventsServiceOptions {
  /** TI_WEBHOOK_SECRET; without it the webhook route answers 503. */
  webhookSecret: string | undefined;
  /** REDIS_URL; set it to fan events out across gateway instances. */
  redisUrl?: string | undefined;
  /** Redis channel and key prefix; see `EventBusOptions.namespace`. */
  namespace?: string;
  /** Timestamp window for deliveries. Default 5 minutes. */
  toleranceMs?: number;
  maxBodyBytes?: number;
  /** How long an event about a just-created user waits for its `user.created` (see order-events). */
  orderHoldMs?: number;
  /** TI_GRAPH_SUBSCRIPTION_BUFFER: events a subscriber may have waiting before it is dropped (default 1,000). */
  subscriptionBuffer?: number;
  /**
   * Poll the roster too (tenants without webhooks): started with the service, stopped by `close`.
   * Its events go on the same bus, deduplicated in the shared store across instances.
   */
  poll?: Omit<RosterPollerOptions, 'publish' | 'dedupe' | 'logger'>;
  /**
   * Told of every change this instance learns of, as soon as it is accepted: a webhook before it is
   * ordered (which may hold it for seconds), a poller diff before it is published. The REST read
   * cache invalidates here. Errors are logged, never thrown back.
   */
  onEvent?: (event: TiEvent) => void | Promise<void>;
  /**
   * Told that the events are arriving: a webhook was accepted, or a poll cycle finished (changes or
   * not). While they arrive, the REST read cache keeps entries until an event invalidates them.
   */
  onAlive?: () => void;
  logger?: Logger;
}

export interface EventsService {
  /** What the subscription fields read from the request context (`context.events`). */
  bus: EventBus;
  /** The handler of `POST /webhooks/ti`, authenticated by the delivery's signature, not a client token. */
  receiver: WebhookReceiver;
  /** Stops the poller, lets accepted deliveries finish, publishes what the orderer holds, closes the bus. */
  close(): Promise<void>;
}

export function createEventsService(options: EventsServiceOptions): EventsService {
  let orderer: EventOrderer | undefined;
  // Webhook events are ordered per user where they arrive at subscribers, on every instance (they
  // travel over Redis as received, so a webhook is acknowledged only once it reached every instance).
  // The poller's events come in order already.
  const bus = createEventBus({
    redisUrl: options.redisUrl,
    namespace: options.namespace,
    bufferSize: options.subscriptionBuffer,
    logger: options.logger,
    inbound: (deliver) => {
      const ordering = createEventOrderer({
        publish: deliver,
        holdMs: options.orderHoldMs,
        onSuperseded: (event) => options.logger?.debug({ event: event.name, id: event.id }, 'webhook: superseded event dropped'),
      });
      orderer = ordering;
      return (event) => (event.source === 'webhook' ? ordering.push(event) : deliver(event));
    },
  });
  const notify = (event: TiEvent) => {
    if (!options.onEvent) return;
    Promise.resolve()
      .then(() => options.onEvent!(event))
      .catch((error: unknown) => options.logger?.warn({ err: (error as Error).message, event: event.name }, 'events: change listener failed'));
  };
  const receiver = createWebhookReceiver({
    secret: options.webhookSecret,
    dedupe: bus.dedupe,
    process: (event) => {
      options.onAlive?.();
      notify(event);
      return bus.publishConfirmed(event);
    },
    toleranceMs: options.toleranceMs,
    maxBodyBytes: options.maxBodyBytes,
    logger: options.logger,
  });
  const poller = options.poll
    ? createRosterPoller({
        ...options.poll,
        publish: (event) => {
          notify(event);
          bus.publish(event);
        },
        dedupe: bus.dedupe,
        logger: options.logger,
      })
    : undefined;
  if (poller && options.onAlive) poller.onCycle((report) => (report.error ? undefined : options.onAlive!()));
  poller?.start();
  return {
    bus,
    receiver,
    async close() {
      await poller?.stop();
      await receiver.drain();
      orderer?.flush();
      orderer?.close();
      await bus.close();
    },
  };
}
