/**
 * Reads a `text/event-stream` body (the HTML Living Standard's format, which Yoga uses for GraphQL
 * over SSE) into events. Uses only fetch's ReadableStream and TextDecoder, so it runs in browsers.
 */

export interface ServerSentEvent {
  /** The `event:` field; undefined for a plain message. */
  event: string | undefined;
  /** The `data:` lines joined with newlines. */
  data: string;
}

export async function* readServerSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<ServerSentEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let event: string | undefined;
  let data: string[] = [];
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
        // A CR that ends the chunk may be the first half of a CRLF: wait for the next chunk.
        if (!done && newline === buffer.length - 1 && buffer.endsWith('\r')) break;
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
        if (line === '') {
          // A blank line dispatches what was gathered; comment-only blocks (keep-alive pings) carry no data.
          if (data.length > 0 || event !== undefined) yield { event, data: data.join('\n') };
          event = undefined;
          data = [];
          continue;
        }
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (done) return;
    }
  } finally {
    // Stops the download when the consumer leaves early (break, return, abort).
    await reader.cancel().catch(() => undefined);
  }
}
