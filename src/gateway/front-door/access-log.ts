import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../../util/index.js';
import { pathOf, stateOf, type FrontDoorRoute, type FrontDoorServerContext, type FrontDoorState } from './state.js';

export interface RequestOutcome {
  route: FrontDoorRoute;
  status: number;
  method: string;
  /** Seconds from arrival to the response head. */
  durationSeconds: number;
  operationName: string | undefined;
}

/**
 * One access line per request (`msg: "request"`, with its id, route and status) and the outcome
 * for whoever observes requests (metrics). A forwarded request that succeeded is the hot path:
 * its line is debug, since a line per request at info was a sixth of the gateway's CPU per
 * forwarded request. A shed request (503 at capacity) is debug too, with one warn line at most every
 * 10 s saying how many were shed. A client that went away mid-upload is one info line, route `aborted`.
 */
export interface AccessRecorderOptions {
  logger: Logger;
  observe?: (outcome: RequestOutcome) => void;
}

/** Writes one request's access line (see createAccessRecorder). */
export type AccessRecorder = (state: FrontDoorState, method: string, path: string, status: number) => void;

/** Yoga's answers; `record` is the one the door writes its own answers' lines with (one shed counter for both). */
export function useAccessLog(options: { record: AccessRecorder; graphqlPath: string }): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  const { record } = options;
  // Yoga's path: the operation's name (metrics, traces), from the client's operationName or the
  // document's single named operation; a subscription (SSE) is named as a query is.
  const name = ({ args }: { args: { contextValue: unknown; document: Parameters<typeof getOperationAST>[0]; operationName?: string | null | undefined } }) => {
    const state = (args.contextValue as FrontDoorServerContext).frontDoor;
    if (state && state.operationName === undefined) state.operationName = getOperationAST(args.document, args.operationName)?.name?.value;
  };
  return {
    onExecute: name,
    onSubscribe: name,
    onResponse({ request, response, serverContext }) {
      const state = stateOf(serverContext, request);
      // Webhooks, health and every refusal name their own route.
      if (state.route === 'none' && pathOf(request.url) === options.graphqlPath) state.route = 'yoga';
      record(state, request.method, pathOf(request.url), response.status);
    },
  };
}

/** At most one "shed" report per interval (the metrics count every shed request). */
const SHED_REPORT_INTERVAL_MS = 10_000;

/**
 * Writes one request's access line and hands its outcome to the observer: the plugin does it for
 * what Yoga answered, the door for what it answered itself.
 */
export function createAccessRecorder(options: AccessRecorderOptions): AccessRecorder {
  const { logger, observe } = options;
  // Shed requests are counted, not logged one by one: under overload clients retry at once, and a
  // line per refusal (thousands a second in the soak) spent CPU the admitted requests needed.
  let shedSinceReport = 0;
  let lastShedReport = -Infinity;
  const countShed = (requestId: string) => {
    shedSinceReport += 1;
    const now = performance.now();
    if (now - lastShedReport < SHED_REPORT_INTERVAL_MS) return;
    logger.warn({ shed: shedSinceReport, reqId: requestId }, 'at capacity: requests shed (503) since the last report');
    shedSinceReport = 0;
    lastShedReport = now;
  };
  return (state, method, path, status) => {
    const quiet = (state.route === 'fast' && status < 400) || state.route === 'shed';
    const seconds = Number(process.hrtime.bigint() - state.startedAt) / 1e9;
    observe?.({ route: state.route, status, method, durationSeconds: seconds, operationName: state.operationName });
    if (state.route === 'shed') countShed(state.requestId);
    if (quiet && !logger.isLevelEnabled('debug')) return;
    const line = {
      reqId: state.requestId,
      method,
      path,
      status,
      route: state.route,
      ...(state.lane ? { lane: true } : {}),
      client: state.client?.name,
      ...(state.operationName !== undefined ? { operationName: state.operationName } : {}),
      ms: Math.round(seconds * 100_000) / 100,
      ...(state.failure !== undefined ? { err: state.failure } : {}),
    };
    if (quiet) logger.debug(line, 'request');
    else if (state.failure !== undefined) logger.warn(line, 'request');
    else if (state.route === 'aborted') logger.info(line, 'client aborted the request');
    else logger.info(line, 'request');
  };
}
