/**
 * One operation POSTed for a Server-Sent Events answer (`Accept: text/event-stream`), as
 * subscriptions and incremental (`@defer`/`@stream`) results are read. Each reader keeps what it
 * does with the events; this holds what they share: the request, the abort the reader owns (so
 * the gateway stops work when the consumer stops early), and the errors as GatewayError.
 */
import { print, type DocumentNode } from 'graphql';
import { GatewayError } from '../errors/index.js';
import { anySignal } from './any-signal.js';
import { readServerSentEvents } from './server-sent-events.js';
import { toGatewayError, type Attempt } from './to-gateway-error.js';

export interface EventStreamRequest {
  url: string;
  fetch: typeof fetch;
  headers: Record<string, string>;
  document: DocumentNode;
  operationName: string | undefined;
  variables: object | undefined;
  signal: AbortSignal | undefined;
}

export interface EventStreamCall {
  attempt: Attempt;
  /** Throws the error as a GatewayError (the caller's own abort as its reason). */
  rethrow(error: unknown): never;
  /** Sends the operation; `streaming` says whether the answer is an event stream (a refusal may not be). */
  post(): Promise<{ response: Response; streaming: boolean }>;
  /** Ends the connection: call it in a `finally`, so a consumer that stops early closes it. */
  stop(): void;
}

export function eventStreamCall(request: EventStreamRequest): EventStreamCall {
  const attempt: Attempt = { operationName: request.operationName, attempts: 1 };
  const stop = new AbortController();
  const signal = anySignal(request.signal, stop.signal)!;
  const rethrow = (error: unknown): never => {
    if (request.signal?.aborted) throw request.signal.reason;
    throw error instanceof GatewayError ? error : toGatewayError(error, attempt);
  };
  return {
    attempt,
    rethrow,
    async post() {
      const response = await request
        .fetch(request.url, {
          method: 'POST',
          headers: { ...request.headers, accept: 'text/event-stream', 'content-type': 'application/json' },
          body: JSON.stringify({ query: print(request.document), variables: request.variables ?? {}, operationName: request.operationName }),
          signal,
        })
        .catch(rethrow);
      return { response, streaming: (response.headers.get('content-type') ?? '').includes('text/event-stream') };
    },
    stop: () => stop.abort(),
  };
}

/** An event's (or a refusal's) JSON object, or undefined for anything else. */
export function parsePayload<T extends object>(text: string): T | undefined {
  if (!text.trim()) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The GraphQL result of a refusal (400 validation, 401, 429): the gateway answers it in the format
 * asked for, so it is either a JSON body or an event stream's one event.
 */
export async function refusalPayload<T extends object>(response: Response, streaming: boolean): Promise<T | undefined> {
  if (!streaming || !response.body) return parsePayload<T>(await response.text().catch(() => ''));
  try {
    for await (const message of readServerSentEvents(response.body)) {
      const payload = parsePayload<T>(message.data);
      if (payload) return payload;
    }
  } catch {
    // A stream cut short holds no result: the status alone says what happened.
  }
  return undefined;
}
