import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src/events/canonical-json.js';
import { deliver, nextEvent, sampleUser, startEventsServer, untilLive, type EventsServer, type SseSubscription } from '../events/support.js';

const USER_EVENTS = /* GraphQL */ `
  subscription { userEvents { id type userId } }
`;

describe('webhook dedupe on the canonical JSON of the envelope (#14 item 8)', () => {
  let server: EventsServer;
  let sub: SseSubscription;
  beforeAll(async () => {
    server = await startEventsServer();
    sub = await server.subscribe(USER_EVENTS);
    await untilLive(server.service.bus, sub);
  });
  afterAll(async () => {
    sub?.close();
    await server?.close();
  });

  it('processes once the same event re-serialised: keys reordered, pretty-printed, no id', async () => {
    const user = sampleUser();
    const timestamp = new Date().toISOString();
    const original = JSON.stringify({ event: 'user.created', timestamp, data: user });
    const reordered = JSON.stringify({ data: Object.fromEntries(Object.entries(user).reverse()), timestamp, event: 'user.created' });
    const pretty = JSON.stringify({ event: 'user.created', timestamp, data: user }, null, 2);
    expect(new Set([original, reordered, pretty]).size).toBe(3);

    const results = [];
    for (const body of [original, reordered, pretty]) results.push(await deliver(server.webhookUrl, body));
    expect(results.map((r) => r.status)).toEqual([202, 200, 200]);
    expect(results.slice(1).map((r) => r.body.status)).toEqual(['duplicate', 'duplicate']);

    // A different event is not mistaken for the same one: the next event on the stream is the marker.
    const marker = sampleUser();
    expect((await deliver(server.webhookUrl, JSON.stringify({ event: 'user.created', timestamp, data: marker }))).status).toBe(202);
    expect((await nextEvent(sub)).userId).toBe(user.id);
    expect((await nextEvent(sub)).userId).toBe(marker.id);
  });

  it('canonical JSON sorts keys at every level and keeps array order and values', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson(JSON.parse('{"n": 1.0, "s": "\\u00e9"}'))).toBe('{"n":1,"s":"é"}');
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(canonicalJson(deep)).toBeUndefined();
  });
});
