/**
 * Admission control for what Yoga executes (composed and REST-backed operations, the expensive
 * kind): at most `maxInFlight` at once, then a short bounded queue, then 503 with Retry-After at
 * once (load shedding), so overload costs the rejected clients a retry instead of costing every
 * client a timeout. Forwarded (fast path), health and webhook requests are answered before this
 * plugin and are never queued. A slot is held until Yoga's response head is ready (a
 * subscription stream does not hold one for its lifetime).
 */
import type { Plugin } from 'graphql-yoga';
import { graphqlErrorBody, pathOf, refusalContentType, stateOf, type FrontDoorServerContext } from './state.js';

export interface AdmissionOptions {
  graphqlPath: string;
  maxInFlight: number;
  maxQueued: number;
  /** Longest a request waits in the queue before it is shed. */
  queueTimeoutMs: number;
  /** Called with the queue's state whenever it changes (metrics). */
  observe?: (state: { inFlight: number; queued: number }) => void;
  /** Called for each shed request. */
  onShed?: () => void;
}

export interface AdmissionControl {
  readonly inFlight: number;
  readonly queued: number;
}

export function useAdmissionControl(options: AdmissionOptions): Plugin<Record<string, unknown>, FrontDoorServerContext> & { admission: AdmissionControl } {
  const { graphqlPath, maxInFlight, maxQueued, queueTimeoutMs } = options;
  let inFlight = 0;
  const queue: Array<() => void> = [];
  const held = new WeakSet<object>();
  const report = () => options.observe?.({ inFlight, queued: queue.length });

  const release = (key: object) => {
    if (!held.delete(key)) return;
    const next = queue.shift();
    if (next) next();
    else inFlight -= 1;
    report();
  };

  /** Resolves true once admitted (the slot is then held under `key`), false when shed. */
  const admit = (key: object): Promise<boolean> | boolean => {
    if (inFlight < maxInFlight) {
      inFlight += 1;
      held.add(key);
      report();
      return true;
    }
    if (queue.length >= maxQueued) return false;
    return new Promise((resolve) => {
      const enter = () => {
        clearTimeout(timer);
        held.add(key);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const at = queue.indexOf(enter);
        if (at !== -1) queue.splice(at, 1);
        report();
        resolve(false);
      }, queueTimeoutMs);
      queue.push(enter);
      report();
    });
  };

  const retryAfterSeconds = Math.max(1, Math.ceil(queueTimeoutMs / 1_000));
  return {
    admission: {
      get inFlight() {
        return inFlight;
      },
      get queued() {
        return queue.length;
      },
    },
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS' || pathOf(request.url) !== graphqlPath) return;
      const state = stateOf(serverContext, request);
      if (await admit(state)) {
        // Released when the response head is ready, or when the client goes away first.
        serverContext.res?.once('close', () => release(state));
        return;
      }
      state.route = 'shed';
      options.onShed?.();
      endResponse(
        new fetchAPI.Response(
          graphqlErrorBody('RATE_LIMITED', 'The gateway is at capacity; retry shortly', state.requestId, { retryAfterMs: retryAfterSeconds * 1_000 }),
          { status: 503, headers: { 'content-type': refusalContentType(request.headers.get('accept')), 'retry-after': String(retryAfterSeconds) } },
        ),
      );
    },
    onResponse({ request, serverContext }) {
      release(stateOf(serverContext, request));
    },
  };
}
