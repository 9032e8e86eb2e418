/**
 * A subscriber that stops reading its socket while webhooks flood in: over SSE and over graphql-ws,
 * it is dropped once its buffer is full (the gateway survives, its memory does not grow with the
 * flood), it gets a final error with code SUBSCRIBER_TOO_SLOW when it reads again (graphql-ws: and
 * close code 4410), the drop is counted in `ti_graph_subscriptions_dropped_total{reason}`, and a
 * subscriber that keeps reading receives every event. Before the bounded buffers, Yoga's pub/sub
 * threw `RepeaterOverflowError` from inside the publish and the process crashed.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readServerSentEvents } from '../../src/client/index.js';
import { createLogger } from '../../src/util/index.js';
import { deliver, envelope, sampleUser, startEventsServer, type EventsServer } from './support.js';

const BUFFER = 64;
const QUERY = 'subscription { userEvents { id type userId user { firstName } } }';
/** ~60 KB per event, so the sockets' kernel buffers (a few MB) fill after about a hundred. */
const PADDING = 'x'.repeat(60_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: EventsServer;
const eventLogs: string[] = [];
const host = () => new URL(server.graphqlUrl);

beforeAll(async () => {
  server = await startEventsServer({
    subscriptionBuffer: BUFFER,
    gateway: { metrics: { port: 0, host: '127.0.0.1' } },
    logger: createLogger({ level: 'warn', destination: { write: (line: string) => eventLogs.push(line) } }),
  });
});
afterAll(async () => {
  await server?.close();
});

/** An SSE subscription on a raw socket, read until the stream starts, then not read at all. */
async function stalledSse(): Promise<{ socket: Socket; resume(): Promise<string> }> {
  const body = JSON.stringify({ query: QUERY });
  const socket = connect({ host: host().hostname, port: Number(host().port) });
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.write(
    `POST ${host().pathname} HTTP/1.1\r\nHost: ${host().host}\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\n` +
      `Authorization: Bearer ${server.token}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
  const head = await new Promise<string>((resolve) => socket.once('data', (chunk: Buffer) => resolve(chunk.toString())));
  expect(head).toMatch(/^HTTP\/1\.1 200/);
  socket.pause();
  return {
    socket,
    /** Reads what the server still sends, up to the end of the stream; returns its last 64 KB. */
    resume: () =>
      new Promise<string>((resolve, reject) => {
        let tail = '';
        const timer = setTimeout(() => reject(new Error(`SSE stream did not end; tail: ${tail.slice(-500)}`)), 15_000);
        socket.on('data', (chunk: Buffer) => {
          tail = (tail + chunk.toString()).slice(-65_536);
          if (/event: complete\r?\n/.test(tail)) {
            clearTimeout(timer);
            resolve(tail);
          }
        });
        socket.resume();
      }),
  };
}

/** A graphql-ws subscription whose socket is paused once the subscription is live. */
async function stalledWs(): Promise<{ ws: WebSocket; resume(): Promise<{ code: number; messages: any[] }> }> {
  const ws = new WebSocket(server.graphqlUrl.replace('http', 'ws'), 'graphql-transport-ws');
  await new Promise<void>((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const messages: any[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data));
    // Only what tells how it ended: the flood's events are not kept.
    if (message.type !== 'next' || message.payload?.errors) messages.push(message);
  });
  ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${server.token}` } }));
  for (const deadline = Date.now() + 5_000; !messages.some((m) => m.type === 'connection_ack'); ) {
    if (Date.now() > deadline) throw new Error('no connection_ack');
    await sleep(10);
  }
  ws.send(JSON.stringify({ id: 'slow', type: 'subscribe', payload: { query: QUERY } }));
  return {
    ws,
    resume: () =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`socket not closed; got ${JSON.stringify(messages)}`)), 15_000);
        ws.once('close', (code) => {
          clearTimeout(timer);
          resolve({ code, messages });
        });
        ws.resume();
      }),
  };
}

describe('a subscriber that stops reading under a webhook flood', () => {
  it('is dropped with a code (SSE and graphql-ws); the gateway and the other subscribers carry on', async () => {
    const bus = server.service.bus;
    // A subscriber that keeps reading, counting the flood's events.
    const abort = new AbortController();
    const healthy = await fetch(server.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query: QUERY }),
      signal: abort.signal,
    });
    let received = 0;
    const reading = (async () => {
      for await (const message of readServerSentEvents(healthy.body!)) {
        if (message.data && message.data.includes('"userId":"flood-')) received++;
      }
    })().catch(() => {});

    const sse = await stalledSse();
    const ws = await stalledWs();
    for (const deadline = Date.now() + 5_000; bus.stats().open < 3; ) {
      if (Date.now() > deadline) throw new Error(`subscribers not live: ${JSON.stringify(bus.stats())}`);
      await sleep(10);
    }
    ws.ws.pause();

    const rssBefore = process.memoryUsage().rss;
    let accepted = 0;
    let sent = 0;
    let rssPeak = rssBefore;
    const floodUntil = Date.now() + 20_000;
    const worker = async () => {
      while (bus.stats().dropped.buffer_full < 2 && Date.now() < floodUntil) {
        const n = sent++;
        const answer = await deliver(server.webhookUrl, envelope('user.created', sampleUser({ id: `flood-${n}`, firstName: `${n}-${PADDING}` })));
        if (answer.status === 202) accepted++;
        if (n % 200 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    // Hundreds more after the drops (~18 MB): nothing is buffered for the dropped subscribers any more.
    const afterDrop = sent;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (sent < afterDrop + 300) {
          const n = sent++;
          if ((await deliver(server.webhookUrl, envelope('user.created', sampleUser({ id: `flood-${n}`, firstName: `${n}-${PADDING}` })))).status === 202) accepted++;
        }
      }),
    );
    rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
    console.log(`slow subscriber: ${sent} webhooks of ~60 KB, ${accepted} accepted; RSS ${(rssBefore / 2 ** 20).toFixed(0)} MB before, peak ${(rssPeak / 2 ** 20).toFixed(0)} MB`);

    expect(bus.stats().dropped.buffer_full).toBe(2);
    expect(bus.stats().open).toBe(1);
    expect(accepted).toBe(sent);
    // Far from the flood's size (~60 KB x hundreds, doubled by both stalled sockets): nothing piles up.
    expect(rssPeak - rssBefore).toBeLessThan(150 * 2 ** 20);

    // The reading subscriber got every event.
    for (const deadline = Date.now() + 15_000; received < accepted && Date.now() < deadline; ) await sleep(50);
    expect(received).toBe(accepted);

    // The dropped ones, reading again, find the final error with its code, then the end.
    const tail = await sse.resume();
    expect(tail).toContain('"code":"SUBSCRIBER_TOO_SLOW"');
    const closed = await ws.resume();
    expect(closed.code).toBe(4410);
    expect(closed.messages.find((m) => m.type === 'next')?.payload.errors[0].extensions.code).toBe('SUBSCRIBER_TOO_SLOW');

    const metrics = await (await fetch(server.harness.gateway.metricsUrl!)).text();
    expect(metrics).toContain('ti_graph_subscriptions_dropped_total{reason="buffer_full"} 2');
    // One warning line for the drops, not one per drop or per event.
    const dropLines = eventLogs.filter((line) => line.includes('subscribers dropped'));
    expect(dropLines.length).toBeGreaterThanOrEqual(1);
    expect(dropLines.length).toBeLessThanOrEqual(2);

    abort.abort();
    await reading;
    sse.socket.destroy();
  }, 60_000);
});
