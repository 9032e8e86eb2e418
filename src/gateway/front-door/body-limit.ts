/**
 * The request size limit of the GraphQL path: a declared `Content-Length` over the limit is
 * refused before a byte is read; otherwise the body is read (bounded) once, for the door's
 * concerns and for Yoga. A refused body is drained (up to a bound, by the door) so the 413
 * reaches the client. A client that goes away mid-upload is a client abort: one info line (the
 * access log's, route `aborted`), no error.
 */
import { PayloadTooLargeError, RequestAbortedError } from '../../errors/index.js';
import { readBody } from '../../node-http/index.js';
import type { DoorRequest, DoorStep } from './door.js';
import { graphqlErrorBody, refusalContentType } from './state.js';

const HAS_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function requestBodyLimit(options: { maxBytes: number }): DoorStep {
  const { maxBytes } = options;
  const message = `request body over the ${maxBytes}-byte limit`;
  const refuse = ({ state, accept }: DoorRequest) => {
    state.route = 'limit';
    return { status: 413, headers: { 'content-type': refusalContentType(accept) }, body: graphqlErrorBody('BAD_USER_INPUT', message, state.requestId) };
  };
  return async (request) => {
    if (!HAS_BODY.has(request.method)) return undefined;
    const declared = request.req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBytes) return refuse(request);
    try {
      request.body = await readBody(request.req, maxBytes);
    } catch (error) {
      if (error instanceof PayloadTooLargeError) return refuse(request);
      if (error instanceof RequestAbortedError) return 'aborted';
      throw error;
    }
    return undefined;
  };
}
