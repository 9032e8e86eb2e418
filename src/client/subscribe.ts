/**
 * GraphQL subscriptions over Server-Sent Events, as the gateway serves them (POST with
 * `Accept: text/event-stream`): one long response, one `next` event per result, `complete` at the
 * end. Not retried: whether and when to resubscribe after a drop is the app's call.
 */
import { eventStreamCall, parsePayload, refusalPayload, type EventStreamRequest } from './event-stream-call.js';
import { readServerSentEvents } from './server-sent-events.js';
import { fromGraphqlResponse } from './to-gateway-error.js';

export type SubscriptionRequest = EventStreamRequest;

interface ExecutionPayload {
  data?: unknown;
  errors?: { message?: unknown; path?: unknown; extensions?: unknown }[];
}

export async function* subscribeOverSse<TResult>(request: SubscriptionRequest): AsyncGenerator<TResult, void, undefined> {
  // Ours to stop when the consumer stops early, so the connection does not linger.
  const call = eventStreamCall(request);
  const { attempt, rethrow } = call;
  try {
    const { response, streaming } = await call.post();
    if (!response.ok || !streaming || !response.body) {
      // Refused (401, validation): a GraphQL result, as JSON or as the stream's one event.
      const payload = await refusalPayload<ExecutionPayload>(response, streaming);
      throw fromGraphqlResponse({ status: response.status, headers: response.headers, errors: payload?.errors, data: payload?.data }, attempt);
    }
    try {
      for await (const message of readServerSentEvents(response.body)) {
        if (message.event === 'complete') return;
        const payload = parsePayload<ExecutionPayload>(message.data);
        if (!payload) continue;
        if (payload.errors?.length) throw fromGraphqlResponse({ status: response.status, errors: payload.errors, data: payload.data }, attempt);
        yield payload.data as TResult;
      }
    } catch (error) {
      rethrow(error);
    }
  } finally {
    call.stop();
  }
}
