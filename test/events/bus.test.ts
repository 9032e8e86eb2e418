import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../helpers/wait-for.js';
import { ConfigError } from '../../src/errors/index.js';
import { createEventBus } from '../../src/events/bus.js';
import { userEvent, type TiEvent } from '../../src/events/event.js';

const event = (id: string): TiEvent => userEvent('user.created', { id, email: `${id}@example.com` }, new Date().toISOString(), 'webhook');

describe('createEventBus', () => {
  it('delivers to every subscriber, and endSubscriptions completes them', async () => {
    const bus = createEventBus();
    const a = bus.subscribe();
    const b = bus.subscribe();
    const nextA = a.next();
    const nextB = b.next();
    await new Promise((resolve) => setImmediate(resolve));
    bus.publish(event('u1'));
    expect([(await nextA).value.userId, (await nextB).value.userId]).toEqual(['u1', 'u1']);
    const pending = a.next();
    bus.endSubscriptions();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect((await b.next()).done).toBe(true);
    await bus.close();
  });

  it('drops a subscriber whose buffer is full, freeing it; publishing never throws and the others keep receiving', async () => {
    const bus = createEventBus({ bufferSize: 3 });
    const stalled = bus.subscribe();
    const reader = bus.subscribe();
    const seen: string[] = [];
    const reading = (async () => {
      for await (const e of reader) seen.push(e.userId);
    })();
    // Ten thousand events at a subscriber that never reads (one at a time, as webhooks come, so the
    // reader keeps up): no throw, one drop.
    for (let i = 0; i < 10_000; i++) {
      expect(() => bus.publish(event(`u${i}`))).not.toThrow();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(bus.stats()).toEqual({ open: 1, dropped: { buffer_full: 1 } });
    // Its buffer was freed when it was dropped: its next read says why it ended, then it is done.
    await expect(stalled.next()).rejects.toMatchObject({ code: 'SUBSCRIBER_TOO_SLOW', reason: 'buffer_full' });
    expect((await stalled.next()).done).toBe(true);
    await waitFor(() => seen.length === 10_000, 'the reader to receive every event', { timeoutMs: 5_000, intervalMs: 10 });
    bus.endSubscriptions();
    await reading;
    await bus.close();
  });

  it('publishConfirmed resolves in memory once local subscribers have the event', async () => {
    const bus = createEventBus();
    const sub = bus.subscribe();
    await bus.publishConfirmed(event('u1'));
    expect((await sub.next()).value.userId).toBe('u1');
    await bus.close();
  });

  it('refuses a REDIS_URL that is not redis:// and never logs a Redis password', async () => {
    expect(() => createEventBus({ redisUrl: 'http://127.0.0.1:6379' })).toThrow(ConfigError);
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    // Nothing listens on port 1: the client fails and reconnects, and says so in the logs.
    const bus = createEventBus({ redisUrl: 'redis://:hunter2-redis-password@127.0.0.1:1/0', logger });
    try {
      await waitFor(() => lines.length >= 2, 'two log lines', { timeoutMs: 5_000, intervalMs: 20 });
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join('')).not.toContain('hunter2');
      expect(lines.join('')).toContain('127.0.0.1:1');
    } finally {
      await bus.close();
    }
  });
});
