/**
 * Operations with `@defer`/`@stream`, read over Server-Sent Events (`Accept: text/event-stream`,
 * the same stream reader as subscriptions) and yielded as MERGED results: each value is the whole
 * `data` so far, so a screen renders every value as it is, without applying patches itself. The
 * generated types already say which fields may still be missing (a deferred fragment's fields are
 * `?: never` until it arrives).
 *
 * An error inside a deferred fragment does not end the iteration: it is listed in `errors` (with its
 * path, the fragment's fields null as the gateway sent them) and the other fragments keep coming. An
 * initial payload with errors and no data (a refused document, a failed tenant) rejects with a
 * GatewayError, as `request` does. Not retried: a half-delivered result is the app's to re-ask.
 */
import type { GatewayErrorDetail } from '../errors/index.js';
import { eventStreamCall, parsePayload as parseJsonObject, type EventStreamRequest } from './event-stream-call.js';
import { readServerSentEvents } from './server-sent-events.js';
import { fromGraphqlResponse } from './to-gateway-error.js';

/** One step of an incremental operation: everything received so far. */
export interface IncrementalResult<TResult> {
  /** The result so far: deferred fields appear as their payloads arrive. */
  data: TResult;
  /** Errors so far (the initial payload's and every deferred payload's), with their paths. */
  errors: readonly GatewayErrorDetail[];
  /** True while more payloads are coming; the last value has `false`. */
  hasNext: boolean;
}

export type IncrementalRequest = EventStreamRequest;

type RawError = { message?: unknown; path?: unknown; extensions?: unknown };

interface Payload {
  data?: unknown;
  errors?: RawError[];
  hasNext?: boolean;
  incremental?: Array<{ data?: unknown; items?: unknown[]; path?: Array<string | number>; errors?: RawError[] }>;
}

export async function* incrementalOverSse<TResult>(request: IncrementalRequest): AsyncGenerator<IncrementalResult<TResult>, void, undefined> {
  // Ours to stop when the consumer stops early: the gateway then stops the REST calls not yet made.
  const call = eventStreamCall(request);
  const { attempt, rethrow } = call;
  const details = (errors: RawError[] | undefined): GatewayErrorDetail[] =>
    errors?.length ? [...fromGraphqlResponse({ status: 200, errors }, attempt).errors] : [];
  try {
    const { response, streaming } = await call.post();
    // A refusal (400, 401) comes in the format asked for: as a stream's one event, read below.
    if (!streaming || !response.body) {
      const payload = parsePayload(await response.text().catch(() => ''));
      if (response.ok && payload && isRecord(payload.data)) {
        // One complete result (a gateway that did not stream it): the last value at once.
        yield { data: payload.data as TResult, errors: details(payload.errors), hasNext: false };
        return;
      }
      throw fromGraphqlResponse({ status: response.status, headers: response.headers, errors: payload?.errors, data: payload?.data }, attempt);
    }
    let data: Record<string, unknown> | undefined;
    const errors: GatewayErrorDetail[] = [];
    try {
      for await (const message of readServerSentEvents(response.body)) {
        if (message.event === 'complete') break;
        const payload = parsePayload(message.data);
        if (!payload) continue;
        if (data === undefined) {
          if (!isRecord(payload.data)) throw fromGraphqlResponse({ status: response.status, headers: response.headers, errors: payload.errors, data: payload.data }, attempt);
          data = structuredClone(payload.data);
          errors.push(...details(payload.errors));
        } else {
          errors.push(...details(payload.errors));
          for (const part of payload.incremental ?? []) {
            applyPart(data, part);
            errors.push(...details(part.errors));
          }
        }
        const hasNext = payload.hasNext === true;
        // Each value is a snapshot: the app may keep it while later payloads arrive.
        yield { data: (hasNext ? structuredClone(data) : data) as TResult, errors: [...errors], hasNext };
        if (!hasNext) return;
      }
      if (data === undefined) throw fromGraphqlResponse({ status: response.status, headers: response.headers }, attempt);
    } catch (error) {
      rethrow(error);
    }
  } finally {
    call.stop();
  }
}

/** Puts a deferred fragment's fields (`data`) or a streamed list's `items` at their path. */
function applyPart(root: Record<string, unknown>, part: NonNullable<Payload['incremental']>[number]): void {
  const path = part.path ?? [];
  if (part.items) {
    // A streamed list: the path ends with the index of the first item.
    const list = valueAt(root, path.slice(0, -1));
    const start = path[path.length - 1];
    if (Array.isArray(list) && typeof start === 'number') part.items.forEach((item, i) => (list[start + i] = item));
    return;
  }
  const target = valueAt(root, path);
  if (isRecord(target) && isRecord(part.data)) deepMerge(target, part.data);
}

function valueAt(root: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function deepMerge(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isRecord(existing) && isRecord(value)) deepMerge(existing, value);
    else if (Array.isArray(existing) && Array.isArray(value) && existing.length === value.length) {
      value.forEach((item, i) => (isRecord(existing[i]) && isRecord(item) ? deepMerge(existing[i] as Record<string, unknown>, item) : (existing[i] = item)));
    } else target[key] = value;
  }
}

const parsePayload = (text: string): Payload | undefined => parseJsonObject<Payload>(text);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
