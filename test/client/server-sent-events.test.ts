/**
 * The SSE reader on awkward but legal streams: chunks split anywhere (inside a CRLF, inside a
 * multi-byte character), comments and keep-alive pings, multi-line data, a last event with no
 * trailing blank line (dropped, as the standard says).
 */
import { describe, expect, it } from 'vitest';
import { readServerSentEvents, type ServerSentEvent } from '../../src/client/server-sent-events.js';

function streamOf(chunks: (string | Uint8Array)[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(typeof chunk === 'string' ? encoder.encode(chunk) : chunk);
      controller.close();
    },
  });
}

async function collect(chunks: (string | Uint8Array)[]): Promise<ServerSentEvent[]> {
  const events: ServerSentEvent[] = [];
  for await (const event of readServerSentEvents(streamOf(chunks))) events.push(event);
  return events;
}

describe('readServerSentEvents', () => {
  it('reads Yoga-style next/complete events and skips pings', async () => {
    expect(await collect([':\n\n', 'event: next\ndata: {"data":{"n":1}}\n\n', ':\n\n', 'event: complete\ndata:\n\n'])).toEqual([
      { event: 'next', data: '{"data":{"n":1}}' },
      { event: 'complete', data: '' },
    ]);
  });

  it('gives the same events whatever the chunking, CRLF and multi-byte characters included', async () => {
    const text = 'event: next\r\ndata: {"name":"Zoë 🎓"}\r\n\r\ndata: line one\r\ndata: line two\r\n\r\n';
    const bytes = new TextEncoder().encode(text);
    const expected = [
      { event: 'next', data: '{"name":"Zoë 🎓"}' },
      { event: undefined, data: 'line one\nline two' },
    ];
    expect(await collect([text])).toEqual(expected);
    for (let cut = 1; cut < bytes.length; cut++) {
      expect(await collect([bytes.slice(0, cut), bytes.slice(cut)])).toEqual(expected);
    }
    expect(await collect([...bytes].map((b) => Uint8Array.of(b)))).toEqual(expected);
  });

  it('drops an event the stream ended before dispatching', async () => {
    expect(await collect(['data: complete one\n\n', 'data: cut off'])).toEqual([{ event: undefined, data: 'complete one' }]);
  });
});
