/**
 * Request media types parsed properly before Yoga's parsers look at them (they compare the header
 * text): `application/JSON` or `Application/Json ; charset="UTF-8"` is JSON and is rewritten to
 * its canonical spelling; a charset other than UTF-8, or a header that is not a media type at all,
 * is 415 here; other types (`text/json`, `application/jsonx`) reach Yoga unchanged and get its 415.
 */
import type { Plugin } from 'graphql-yoga';
import { parseMediaType, YOGA_BODY_TYPES } from './media-type.js';
import { graphqlErrorBody, pathOf, refusalContentType, stateOf, type FrontDoorServerContext } from './state.js';

/** The spellings that need no work (what clients send nearly always); the fast lane takes only these. */
export const CANONICAL_JSON: ReadonlySet<string> = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

export function useRequestMediaTypes(options: { graphqlPath: string }): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  return {
    onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const header = request.headers.get('content-type');
      if (header === null || CANONICAL_JSON.has(header) || pathOf(request.url) !== options.graphqlPath) return;
      const parsed = parseMediaType(header);
      const charset = parsed?.params.charset?.toLowerCase();
      if (!parsed || (YOGA_BODY_TYPES.has(parsed.essence) && charset !== undefined && charset !== 'utf-8')) {
        const state = stateOf(serverContext, request);
        state.route = 'limit';
        endResponse(
          new fetchAPI.Response(graphqlErrorBody('BAD_REQUEST', 'Content-Type must be application/json (UTF-8)', state.requestId), {
            status: 415,
            headers: { 'content-type': refusalContentType(request.headers.get('accept')), accept: 'application/json' },
          }),
        );
        return;
      }
      if (!YOGA_BODY_TYPES.has(parsed.essence)) return;
      const canonical = charset ? `${parsed.essence}; charset=utf-8` : parsed.essence;
      const rest = Object.entries(parsed.params)
        .filter(([name]) => name !== 'charset')
        .map(([name, value]) => `; ${name}=${JSON.stringify(value)}`)
        .join('');
      request.headers.set('content-type', canonical + rest);
    },
  };
}
