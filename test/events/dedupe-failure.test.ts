import { describe, expect, it } from 'vitest';
import { createMemoryDedupeStore, type DedupeStore } from '../../src/events/dedupe-store.js';
import type { TiEvent } from '../../src/events/index.js';
import { createWebhookReceiver } from '../../src/events/webhook-receiver.js';
import { envelope, sampleUser, SECRET, signedHeaders } from './support.js';

/** The real memory store, with the id claims failing while `down` is set (a Redis hiccup). */
function flakyStore(): DedupeStore & { down: boolean } {
  const inner = createMemoryDedupeStore();
  const store = {
    down: true,
    claim: (key: string, ttlMs: number) => (store.down && key.startsWith('id:') ? Promise.reject(new Error('connection reset')) : inner.claim(key, ttlMs)),
    release: (key: string) => inner.release(key),
    close: () => inner.close(),
  };
  return store;
}

describe('webhook receiver with a failing dedupe store', () => {
  it("answers 503 and forgets the half-made claim, so the sender's retry is processed once", async () => {
    const store = flakyStore();
    const processed: TiEvent[] = [];
    const receiver = createWebhookReceiver({ secret: SECRET, dedupe: store, process: (event) => void processed.push(event) });
    const body = envelope('user.created', sampleUser());
    const deliver = () =>
      receiver.handle(new Request('http://gateway.test/webhooks/ti', { method: 'POST', body, headers: signedHeaders(body, { standardId: 'msg_flaky' }) }));

    expect((await deliver()).status).toBe(503);
    await receiver.drain();
    expect(processed).toHaveLength(0);

    store.down = false;
    expect((await deliver()).status).toBe(202);
    await receiver.drain();
    expect(processed).toHaveLength(1);
    expect((await deliver()).status).toBe(200); // a later repeat is still a repeat
  });

  it('answers 503 when the event cannot be published to every instance, and the retry is processed once', async () => {
    const store = createMemoryDedupeStore();
    const published: TiEvent[] = [];
    let busDown = true;
    const receiver = createWebhookReceiver({
      secret: SECRET,
      dedupe: store,
      process: async (event) => {
        if (busDown) throw new Error('Redis circuit open');
        published.push(event);
      },
    });
    const body = envelope('user.created', sampleUser());
    const deliver = () =>
      receiver.handle(new Request('http://gateway.test/webhooks/ti', { method: 'POST', body, headers: signedHeaders(body, { standardId: 'msg_unpublished' }) }));

    const refused = await deliver();
    expect(refused.status).toBe(503);
    expect(await refused.json()).toMatchObject({ error: 'unavailable' });
    busDown = false;
    expect((await deliver()).status).toBe(202); // not taken for a repeat: the claims were released
    expect(published).toHaveLength(1);
    expect((await deliver()).status).toBe(200);
  });
});
