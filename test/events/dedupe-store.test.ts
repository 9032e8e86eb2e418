import { describe, expect, it } from 'vitest';
import { createMemoryDedupeStore } from '../../src/events/dedupe-store.js';
import { waitFor } from '../helpers/wait-for.js';

describe('the memory dedupe store', () => {
  it('claims a key once within its TTL, and again once the TTL has passed', async () => {
    const store = createMemoryDedupeStore();
    expect(await store.claim('id:a', 60_000)).toBe(true);
    expect(await store.claim('id:a', 60_000)).toBe(false);
    expect(await store.claim('id:short', 5)).toBe(true);
    await waitFor(() => store.claim('id:short', 60_000), 'the 5 ms claim to expire');
    expect(await store.claim('id:short', 60_000)).toBe(false);
    expect(await store.claim('id:a', 60_000)).toBe(false);
  });

  it('forgets a released claim, and the oldest keys past maxKeys', async () => {
    const store = createMemoryDedupeStore({ maxKeys: 2 });
    expect(await store.claim('a', 60_000)).toBe(true);
    await store.release('a');
    expect(await store.claim('a', 60_000)).toBe(true);
    expect(await store.claim('b', 60_000)).toBe(true);
    expect(await store.claim('c', 60_000)).toBe(true); // a is forgotten
    expect(await store.claim('b', 60_000)).toBe(false); // a repeat does not renew b
    expect(await store.claim('a', 60_000)).toBe(true); // b, the oldest, is forgotten now
    expect(await store.claim('c', 60_000)).toBe(false);
    expect(await store.claim('b', 60_000)).toBe(true);
  });
});
