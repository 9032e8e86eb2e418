/**
 * Admission control for what the gateway executes (composed and REST-backed operations, the
 * expensive kind): at most `maxInFlight` at once, then a short bounded queue, then 503 with
 * Retry-After at once (load shedding), so overload costs the rejected clients a retry instead of
 * costing every client a timeout. Forwarded (fast path), health and webhook requests are answered
 * before it and are never queued. A slot is held until the response head is ready (a subscription
 * stream does not hold one for its lifetime), or until the client goes away.
 *
 * The door admits each request once, after the fast path's decision (what it forwards is never
 * queued here): what the door executes from the plan releases its slot when its answer is written,
 * what goes on to Yoga when Yoga's response head is ready (`useAdmissionRelease`). graphql-ws
 * operations are admitted by the same controller (websocket.ts).
 */
import type { ServerResponse } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { DoorStep } from './door.js';
import { graphqlErrorBody, refusalContentType, stateOf, type FrontDoorServerContext, type FrontDoorState } from './state.js';

export interface AdmissionOptions {
  maxInFlight: number;
  maxQueued: number;
  /** Longest a request waits in the queue before it is shed. */
  queueTimeoutMs: number;
  /** Called with the queue's state whenever it changes (metrics). */
  observe?: (state: { inFlight: number; queued: number }) => void;
}

/** A shed request's answer: 503, Retry-After, a GraphQL-shaped RATE_LIMITED error. */
export interface ShedAnswer {
  status: 503;
  headers: Record<string, string>;
  body: string;
}

export interface AdmissionControl {
  readonly inFlight: number;
  readonly queued: number;
  /**
   * Admits the request (true: it holds a slot, released when `res` closes or `release` is called)
   * or sheds it (false: answer with `shed`).
   */
  admit(state: FrontDoorState, res: ServerResponse | undefined): Promise<boolean> | boolean;
  release(state: FrontDoorState): void;
  /** The answer to a shed request; `state.route` becomes `shed`. */
  shed(state: FrontDoorState, accept: string | null): ShedAnswer;
}

export function createAdmissionControl(options: AdmissionOptions): AdmissionControl {
  const { maxInFlight, maxQueued, queueTimeoutMs } = options;
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
  const enter = (key: object): Promise<boolean> | boolean => {
    if (inFlight < maxInFlight) {
      inFlight += 1;
      held.add(key);
      report();
      return true;
    }
    if (queue.length >= maxQueued) return false;
    return new Promise((resolve) => {
      const admitted = () => {
        clearTimeout(timer);
        held.add(key);
        resolve(true);
      };
      const timer = setTimeout(() => {
        const at = queue.indexOf(admitted);
        if (at !== -1) queue.splice(at, 1);
        report();
        resolve(false);
      }, queueTimeoutMs);
      queue.push(admitted);
      report();
    });
  };

  const holdUntilClosed = (state: FrontDoorState, res: ServerResponse | undefined) => {
    // Released when the response head is ready, or when the client goes away first.
    res?.once('close', () => release(state));
    return true;
  };

  const retryAfterSeconds = Math.max(1, Math.ceil(queueTimeoutMs / 1_000));
  return {
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return queue.length;
    },
    admit(state, res) {
      const admitted = enter(state);
      if (admitted === true) return holdUntilClosed(state, res);
      if (admitted === false) return false;
      return admitted.then((yes) => yes && holdUntilClosed(state, res));
    },
    release,
    shed(state, accept) {
      state.route = 'shed';
      return {
        status: 503,
        headers: { 'content-type': refusalContentType(accept), 'retry-after': String(retryAfterSeconds) },
        body: graphqlErrorBody('RATE_LIMITED', 'The gateway is at capacity; retry shortly', state.requestId, { retryAfterMs: retryAfterSeconds * 1_000 }),
      };
    },
  };
}

/** The door's concern: admits the request, or sheds it (503 + Retry-After at once). */
export function admissionControl(admission: AdmissionControl): DoorStep {
  return async ({ state, res, accept }) => ((await admission.admit(state, res)) ? undefined : admission.shed(state, accept));
}

/** A request the door admitted and handed to Yoga releases its slot once Yoga's response head is ready. */
export function useAdmissionRelease(admission: AdmissionControl): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  return {
    onResponse({ request, serverContext }) {
      admission.release(stateOf(serverContext, request));
    },
  };
}
