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
 * forwarded request. A client that went away mid-upload is one info line, route `aborted`.
 */
export interface AccessLogOptions {
  logger: Logger;
  /** A request on it that no plugin claimed is Yoga's (`yoga`). */
  graphqlPath: string;
  observe?: (outcome: RequestOutcome) => void;
}

export function useAccessLog(options: AccessLogOptions): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  const record = createAccessRecorder(options);
  return {
    onExecute({ args }) {
      // Yoga's path: the operation's name (metrics, traces), from the client's operationName or
      // the document's single named operation.
      const state = (args.contextValue as FrontDoorServerContext).frontDoor;
      if (state && state.operationName === undefined) state.operationName = getOperationAST(args.document, args.operationName)?.name?.value;
    },
    onResponse({ request, response, serverContext }) {
      const state = stateOf(serverContext, request);
      // Webhooks, health and every refusal name their own route.
      if (state.route === 'none' && pathOf(request.url) === options.graphqlPath) state.route = 'yoga';
      record(state, request.method, pathOf(request.url), response.status);
    },
  };
}

/**
 * Writes one request's access line and hands its outcome to the observer: the plugin does it for
 * what Yoga answered, the fast lane for what it forwarded.
 */
export function createAccessRecorder(options: Pick<AccessLogOptions, 'logger' | 'observe'>) {
  const { logger, observe } = options;
  return (state: FrontDoorState, method: string, path: string, status: number): void => {
    const quiet = state.route === 'fast' && status < 400;
    const seconds = Number(process.hrtime.bigint() - state.startedAt) / 1e9;
    observe?.({ route: state.route, status, method, durationSeconds: seconds, operationName: state.operationName });
    if (quiet && !logger.isLevelEnabled('debug')) return;
    const line = {
      reqId: state.requestId,
      method,
      path,
      status,
      route: state.route,
      ...(state.lane ? { lane: true } : {}),
      client: state.client?.name,
      ms: Math.round(seconds * 100_000) / 100,
      ...(state.failure !== undefined ? { err: state.failure } : {}),
    };
    if (quiet) logger.debug(line, 'request');
    else if (state.failure !== undefined) logger.warn(line, 'request');
    else if (state.route === 'aborted') logger.info(line, 'client aborted the request');
    else logger.info(line, 'request');
  };
}
