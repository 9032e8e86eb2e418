/**
 * GraphQL subscriptions over Server-Sent Events, as the gateway serves them (POST with
 * `Accept: text/event-stream`): one long response, one `next` event per result, `complete` at the
 * end. Not retried: whether and when to resubscribe after a drop is the app's call.
 */
import { print, type DocumentNode } from 'graphql';
import { GatewayError } from '../errors/index.js';
import { anySignal } from './any-signal.js';
import { readServerSentEvents } from './server-sent-events.js';
import { fromGraphqlResponse, toGatewayError, type Attempt } from './to-gateway-error.js';

export interface SubscriptionRequest {
  url: string;
  fetch: typeof fetch;
  headers: Record<string, string>;
  document: DocumentNode;
  operationName: string | undefined;
  variables: object | undefined;
  signal: AbortSignal | undefined;
}

interface ExecutionPayload {
  data?: unknown;
  errors?: { message?: unknown; path?: unknown; extensions?: unknown }[];
}

export async function* subscribeOverSse<TResult>(request: SubscriptionRequest): AsyncGenerator<TResult, void, undefined> {
  const attempt: Attempt = { operationName: request.operationName, attempts: 1 };
  // Ours to abort when the consumer stops early, so the connection does not linger.
  const stop = new AbortController();
  const signal = anySignal(request.signal, stop.signal)!;
  const rethrow = (error: unknown): never => {
    if (request.signal?.aborted) throw request.signal.reason;
    throw error instanceof GatewayError ? error : toGatewayError(error, attempt);
  };
  try {
    const response = await request
      .fetch(request.url, {
        method: 'POST',
        headers: { ...request.headers, accept: 'text/event-stream', 'content-type': 'application/json' },
        body: JSON.stringify({ query: print(request.document), variables: request.variables ?? {}, operationName: request.operationName }),
        signal,
      })
      .catch(rethrow);
    const streaming = (response.headers.get('content-type') ?? '').includes('text/event-stream');
    if (!response.ok || !streaming || !response.body) {
      // Refused before streaming (401, validation): the body is a GraphQL result or nothing useful.
      const payload = parsePayload(await response.text().catch(() => ''));
      throw fromGraphqlResponse({ status: response.status, headers: response.headers, errors: payload?.errors, data: payload?.data }, attempt);
    }
    try {
      for await (const message of readServerSentEvents(response.body)) {
        if (message.event === 'complete') return;
        const payload = parsePayload(message.data);
        if (!payload) continue;
        if (payload.errors?.length) throw fromGraphqlResponse({ status: response.status, errors: payload.errors, data: payload.data }, attempt);
        yield payload.data as TResult;
      }
    } catch (error) {
      rethrow(error);
    }
  } finally {
    stop.abort();
  }
}

function parsePayload(text: string): ExecutionPayload | undefined {
  if (!text.trim()) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as ExecutionPayload) : undefined;
  } catch {
    return undefined;
  }
}
