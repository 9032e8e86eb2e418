import { SubscriptionDroppedError } from '../errors/index.js';
import type { Logger } from '../util/index.js';
import type { TiEvent } from './event.js';

/**
 * The bus's subscribers, each with a bounded buffer of its own. Delivering an event appends it to
 * every subscriber's buffer (or hands it to a read already waiting) and never waits: a slow
 * subscriber is the subscriber's problem. When `bufferSize` events wait unread (its client stopped
 * reading its socket, so the server stopped pulling), the subscriber is dropped at once: its buffer
 * is freed, it stops receiving, and its next read rejects with `SubscriptionDroppedError` (the
 * subscription fields turn that into a final error with code SUBSCRIBER_TOO_SLOW; graphql-ws then
 * closes the socket with 4410). Nothing a subscriber does makes delivery throw.
 *
 * Hand-written rather than a Repeater per subscriber: Yoga's pub/sub Repeater throws (uncaught,
 * from inside the event dispatch) once 1,024 pushes are pending, which took the process down.
 */
export interface SubscriberStats {
  /** Subscribers open now. */
  open: number;
  /** Subscribers dropped since start, by reason. */
  dropped: { buffer_full: number };
}

export interface SubscriberSet {
  subscribe(): AsyncIterableIterator<TiEvent>;
  deliver(event: TiEvent): void;
  /** Completes every open subscriber (shutdown). */
  endAll(): void;
  stats(): SubscriberStats;
}

export function createSubscriberSet(options: { bufferSize: number; logger?: Logger | undefined }): SubscriberSet {
  const bufferSize = Math.max(1, options.bufferSize);
  const open = new Set<Subscriber>();
  const dropped = { buffer_full: 0 };
  let warnedAt = 0;
  let droppedSinceWarning = 0;

  const onDrop = () => {
    dropped.buffer_full++;
    droppedSinceWarning++;
    // A flood could drop many at once: at most one line every 10 s, saying how many.
    const now = Date.now();
    if (now - warnedAt >= 10_000) {
      options.logger?.warn({ dropped: droppedSinceWarning, bufferSize }, 'events: subscribers dropped for reading too slowly (their buffers were full)');
      warnedAt = now;
      droppedSinceWarning = 0;
    }
  };

  return {
    subscribe() {
      const subscriber = new Subscriber(bufferSize, () => open.delete(subscriber), onDrop);
      open.add(subscriber);
      return subscriber;
    },
    deliver(event) {
      for (const subscriber of open) subscriber.offer(event);
    },
    endAll() {
      for (const subscriber of [...open]) void subscriber.return();
    },
    stats: () => ({ open: open.size, dropped: { ...dropped } }),
  };
}

type Step = IteratorResult<TiEvent, undefined>;
const DONE: Step = { done: true, value: undefined };

class Subscriber implements AsyncIterableIterator<TiEvent> {
  private buffer: TiEvent[] = [];
  private head = 0;
  private waiting: ((step: Step) => void) | undefined;
  private state: 'open' | 'dropped' | 'ended' = 'open';

  constructor(
    private readonly bufferSize: number,
    private readonly unregister: () => void,
    private readonly onDrop: () => void,
  ) {}

  offer(event: TiEvent): void {
    if (this.state !== 'open') return;
    if (this.waiting) {
      const wake = this.waiting;
      this.waiting = undefined;
      wake({ done: false, value: event });
      return;
    }
    if (this.buffer.length - this.head >= this.bufferSize) {
      this.state = 'dropped';
      this.buffer = [];
      this.head = 0;
      this.unregister();
      this.onDrop();
      return;
    }
    this.buffer.push(event);
  }

  next(): Promise<Step> {
    if (this.head < this.buffer.length) {
      const value = this.buffer[this.head++]!;
      // Compact now and then rather than shift() each time (O(n) per read on a long buffer).
      if (this.head >= 1_024 || this.head === this.buffer.length) {
        this.buffer = this.buffer.slice(this.head);
        this.head = 0;
      }
      return Promise.resolve({ done: false, value });
    }
    if (this.state === 'dropped') {
      this.state = 'ended';
      return Promise.reject(new SubscriptionDroppedError(this.bufferSize));
    }
    if (this.state === 'ended') return Promise.resolve(DONE);
    // One read at a time is what every consumer does; a second concurrent read ends the first.
    this.waiting?.(DONE);
    return new Promise<Step>((resolve) => {
      this.waiting = resolve;
    });
  }

  return(): Promise<Step> {
    if (this.state !== 'ended') {
      this.state = 'ended';
      this.buffer = [];
      this.head = 0;
      this.unregister();
    }
    const wake = this.waiting;
    this.waiting = undefined;
    wake?.(DONE);
    return Promise.resolve(DONE);
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<TiEvent> {
    return this;
  }
}
