/**
 * The fast lane: a thin pre-handler in front of Yoga's node listener for the plainest requests:
 * `POST /graphql` with a declared length within the limit, a canonical JSON content type, no
 * Origin (CORS is Yoga's), an Accept Yoga would answer with one JSON result, while the gateway is
 * not shutting down. For those it runs the same client check (`admitClient`) and the same
 * fast-path decision as the plugins do, then either forwards a tenant-only body and writes the
 * tenant's answer straight to the socket, or runs a single operation the gateway executes from
 * its query plan (planned-execution.ts) and writes its result, with or without errors, itself.
 *
 * Everything else goes to Yoga, with whatever the lane learned on the request's state (its id, the
 * client's admission, the body it read), so no plugin does the work twice
 * and every refusal and error is worded by the one plugin that owns it. Why it exists: on Yoga's
 * server, each request costs a fetch Request and Response and their headers; measured in the
 * same run, forwarding through the plugins alone cost about three times the CPU per request of a
 * bare Node proxy.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { RequestAbortedError } from '../../errors/index.js';
import { readBody } from '../../node-http/index.js';
import type { Authenticator, ClientRateLimiter } from '../auth/index.js';
import type { AccessRecorder } from './access-log.js';
import { admitClient } from './client-auth.js';
import { CANONICAL_JSON } from './content-type.js';
import { jsonNestedDeeperThan } from './json-depth.js';
import type { FastPath } from './fast-path.js';
import type { LaneAnswer, PlannedExecution } from './planned-execution.js';
import { graphqlErrorBody, newState, type FrontDoorServerContext, type FrontDoorState } from './state.js';

export interface FastLaneOptions {
  fastPath: FastPath;
  /** Runs the operations the gateway executes from their plan; absent: those are Yoga's. */
  planned?: PlannedExecution | undefined;
  authenticator: Authenticator;
  rateLimiter?: ClientRateLimiter | undefined;
  graphqlPath: string;
  maxRequestBytes: number;
  /** Bodies nested deeper are Yoga's to refuse (useJsonDepthLimit), never parsed here. */
  maxJsonDepth: number;
  shuttingDown(): boolean;
  record: AccessRecorder;
}

type NodeListener = (req: IncomingMessage, res: ServerResponse) => void;
type YogaListener = (req: IncomingMessage, res: ServerResponse, serverContext: FrontDoorServerContext) => unknown;


export function createFastLane(options: FastLaneOptions, yoga: YogaListener): NodeListener {
  const { fastPath, planned, graphqlPath, maxRequestBytes, record } = options;

  const toYoga = (req: IncomingMessage, res: ServerResponse, state?: FrontDoorState) => void yoga(req, res, state ? { frontDoor: state } : {});

  const write = (res: ServerResponse, state: FrontDoorState, answer: LaneAnswer) => {
    const bytes = typeof answer.body === 'string' ? Buffer.from(answer.body) : answer.body;
    res.writeHead(answer.status, { ...answer.headers, 'content-length': bytes.length, 'x-request-id': state.requestId });
    res.end(bytes);
    state.lane = true;
    record(state, 'POST', graphqlPath, answer.status);
  };

  const serve = async (req: IncomingMessage, res: ServerResponse, mediaType: 'application/json' | 'application/graphql-response+json') => {
    const state = newState(req.headers['x-request-id']);
    try {
      await admitClient(state, req.headers.authorization, options);
      if (state.admission !== 'admitted') return toYoga(req, res, state);
      let body: Buffer;
      try {
        body = await readBody(req, maxRequestBytes);
      } catch (error) {
        if (!(error instanceof RequestAbortedError)) throw error;
        state.route = 'aborted';
        return record(state, 'POST', graphqlPath, 499);
      }
      state.body = body;
      const authToken = req.headers.authtoken;
      if (typeof authToken === 'string') state.authToken = authToken;
      if (jsonNestedDeeperThan(body, options.maxJsonDepth)) {
        state.fastPathDeclined = true;
        return toYoga(req, res, state);
      }
      const decision = fastPath.decide(body, state.client!);
      if (decision?.forwarding) {
        state.route = 'fast';
        state.operationName = decision.forwarding.operationName;
        return write(res, state, await fastPath.forward(decision.forwarding, state, mediaType));
      }
      state.fastPathDeclined = true;
      if (decision?.execution && planned) {
        const answer = await planned.run(decision.execution, state, res, mediaType, req.headers.accept ?? null);
        if (answer !== 'yoga') return write(res, state, answer);
      }
      return toYoga(req, res, state);
    } catch (error) {
      // A bug of ours, not the client's: a safe answer, the details on the access line.
      state.failure = error;
      if (res.headersSent) res.destroy();
      else {
        const body = graphqlErrorBody('INTERNAL', 'Unexpected error.', state.requestId);
        res.writeHead(500, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), 'x-request-id': state.requestId });
        res.end(body);
      }
      record(state, 'POST', graphqlPath, 500);
    }
  };

  return (req, res) => {
    const headers = req.headers;
    const length = headers['content-length'];
    if (
      req.method !== 'POST' ||
      req.url !== graphqlPath ||
      length === undefined ||
      Number(length) > maxRequestBytes ||
      headers.origin !== undefined ||
      !CANONICAL_JSON.has(headers['content-type'] ?? '') ||
      options.shuttingDown()
    ) {
      return toYoga(req, res);
    }
    const mediaType = fastPath.negotiate(headers.accept);
    if (mediaType === 'other') return toYoga(req, res);
    void serve(req, res, mediaType);
  };
}
