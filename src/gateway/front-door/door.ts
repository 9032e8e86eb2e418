/**
 * The front door: the one owner of a request, in front of Yoga's node listener. Every request gets
 * its state (its id, echoed on the answer), then meets the door's concerns, one list in the order
 * they run (index.ts): health and readiness, what is Yoga's alone, then on the GraphQL path client
 * auth and rate, request media types, the body limit, the JSON depth bound, the fast path's
 * decision (forwarding), admission control, planned execution. Each concern answers (a probe, a
 * refusal, a shed request, a forwarded or planned result, with or without errors), hands the
 * request to Yoga, passes it on, or ends it (the client went away).
 *
 * What no concern answers is Yoga's: GET, SSE and multipart answers, multipart uploads, GraphiQL,
 * subscriptions, the stitched fallback; and everything off the GraphQL path (CORS preflights,
 * health, webhooks, 404s). Yoga then gets a typed admitted request: the request's state on its
 * server context (`frontDoor`: id, client, learner token) and the body the door read, as the node
 * request's `body` (Yoga's node adapter takes a body read already from there). Nothing on it tells
 * a plugin to skip work: what the door did is done, and Yoga's plugins do only what is Yoga's
 * (access line and connection handling of its answers, the admission slot's release, the
 * operation's checks and execution).
 *
 * Why a node-level door and not Yoga plugins: on Yoga's server each request costs a fetch Request
 * and Response and their headers; measured in the same run, forwarding through the plugins cost
 * about three times the CPU per request of a bare Node proxy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessRecorder } from './access-log.js';
import { drainThenClose } from './drain.js';
import type { Execution } from './fast-path.js';
import type { Negotiated } from './media-type.js';
import { graphqlErrorBody, newState, type FrontDoorServerContext, type FrontDoorState } from './state.js';

/** A request as the door's concerns see it. */
export interface DoorRequest {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  readonly state: FrontDoorState;
  readonly method: string;
  /** The URL's path (no query). */
  readonly path: string;
  readonly accept: string | null;
  /** The body, once the body limit read it (methods with a body). */
  body?: Buffer;
  /** An operation the gateway executes, as the fast path decided it, and the media type of its answer. */
  execution?: { execution: Execution; mediaType: Exclude<Negotiated, 'other'> };
}

/** An answer the door writes itself. */
export interface DoorAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/**
 * One HTTP concern: an answer ends the request with it; 'yoga' hands it to Yoga now (what is
 * Yoga's to answer: see above); 'aborted' ends it with no answer (the client went away
 * mid-request: one access line, status 499); undefined passes it to the next concern.
 */
export type DoorOutcome = DoorAnswer | 'yoga' | 'aborted' | undefined;
export type DoorStep = (request: DoorRequest) => DoorOutcome | Promise<DoorOutcome>;

export interface DoorOptions {
  /** The concerns, in the order they run. */
  steps: readonly DoorStep[];
  /** The CORS policy's answer for an origin (the headers a browser needs to read an answer), as Yoga's CORS plugin gives it. */
  cors(origin: string): Record<string, string> | undefined;
  /** Every answer says `Connection: close` (during shutdown). */
  closeConnections(): boolean;
  /** How much of an unread body is drained after a refusal, so the refusal reaches the client. */
  drainBytes: number;
  record: AccessRecorder;
}

type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;
export type YogaListener = (req: IncomingMessage, res: ServerResponse, serverContext: FrontDoorServerContext) => unknown;

const isPromise = <T>(value: T | Promise<T>): value is Promise<T> => typeof (value as { then?: unknown } | undefined)?.then === 'function';

export function createDoor(options: DoorOptions, yoga: YogaListener): NodeListener {
  const { steps, record, drainBytes } = options;

  const write = (request: DoorRequest, answer: DoorAnswer) => {
    const { req, res, state } = request;
    const bytes = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    const headers: Record<string, string | number> = { ...answer.headers, 'content-length': bytes.length, 'x-request-id': state.requestId };
    const origin = req.headers.origin;
    if (origin !== undefined) Object.assign(headers, options.cors(origin));
    // A refusal that leaves part of the body unread: the rest is drained, then the socket closed.
    if (!req.complete && answer.status >= 400 && request.method !== 'GET' && request.method !== 'HEAD') drainThenClose(req, res, drainBytes);
    else if (options.closeConnections()) {
      headers.connection = 'close';
      res.shouldKeepAlive = false;
    }
    res.writeHead(answer.status, headers);
    res.end(bytes);
    state.lane = true;
    record(state, request.method, request.path, answer.status);
  };

  const toYoga = (request: DoorRequest) => {
    // Node merges these with the head Yoga writes.
    request.res.setHeader('x-request-id', request.state.requestId);
    if (request.body !== undefined) (request.req as IncomingMessage & { body?: Buffer }).body = request.body;
    void yoga(request.req, request.res, { frontDoor: request.state });
  };

  const serve = async (request: DoorRequest) => {
    try {
      for (const step of steps) {
        let outcome = step(request);
        if (isPromise(outcome)) outcome = await outcome;
        if (outcome === 'yoga') return toYoga(request);
        if (outcome === 'aborted') {
          request.state.route = 'aborted';
          return record(request.state, request.method, request.path, 499);
        }
        if (outcome !== undefined) return write(request, outcome);
      }
      toYoga(request);
    } catch (error) {
      // A bug of ours, not the client's: a safe answer, the details on the access line.
      const { res, state } = request;
      state.failure = error;
      if (res.headersSent) {
        res.destroy();
        record(state, request.method, request.path, 500);
      } else {
        write(request, { status: 500, headers: { 'content-type': 'application/json; charset=utf-8' }, body: graphqlErrorBody('INTERNAL', 'Unexpected error.', state.requestId) });
      }
    }
  };

  return (req, res) => {
    const headers = req.headers;
    const state = newState(headers['x-request-id']);
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const path = query === -1 ? url : url.slice(0, query);
    void serve({ req, res, state, method, path, accept: headers.accept ?? null });
  };
}

/**
 * What only Yoga answers, before any client check: everything off the GraphQL path (the webhook
 * mount, Yoga's 404s), CORS preflights, and the GraphiQL page (a GET asking for HTML, when GraphiQL
 * is served).
 */
export function yogasAlone(options: { graphqlPath: string; graphiql: boolean }): DoorStep {
  return ({ path, method, accept }) =>
    path !== options.graphqlPath || method === 'OPTIONS' || (options.graphiql && method === 'GET' && (accept?.includes('text/html') ?? false)) ? 'yoga' : undefined;
}
