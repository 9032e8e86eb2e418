/**
 * Request media types parsed properly before anything reads the body (Yoga's parsers compare the
 * header text): `application/JSON` or `Application/Json ; charset="UTF-8"` is JSON and is
 * rewritten to its canonical spelling; a charset other than UTF-8, or a header that is not a media
 * type at all, is 415 here; other types (`text/json`, `application/jsonx`) reach Yoga unchanged
 * and get its 415.
 */
import type { DoorStep } from './door.js';
import { parseMediaType, YOGA_BODY_TYPES } from './media-type.js';
import { graphqlErrorBody, refusalContentType } from './state.js';

/** The spellings that need no work (what clients send nearly always). */
export const CANONICAL_JSON: ReadonlySet<string> = new Set(['application/json', 'application/json; charset=utf-8', 'application/json;charset=utf-8']);

export function requestMediaType(): DoorStep {
  return ({ req, method, state, accept }) => {
    if (method !== 'POST') return undefined;
    const header = req.headers['content-type'];
    if (header === undefined || CANONICAL_JSON.has(header)) return undefined;
    const parsed = parseMediaType(header);
    const charset = parsed?.params.charset?.toLowerCase();
    if (!parsed || (YOGA_BODY_TYPES.has(parsed.essence) && charset !== undefined && charset !== 'utf-8')) {
      state.route = 'limit';
      return {
        status: 415,
        headers: { 'content-type': refusalContentType(accept), accept: 'application/json' },
        body: graphqlErrorBody('BAD_REQUEST', 'Content-Type must be application/json (UTF-8)', state.requestId),
      };
    }
    if (!YOGA_BODY_TYPES.has(parsed.essence)) return undefined;
    const canonical = charset ? `${parsed.essence}; charset=utf-8` : parsed.essence;
    const rest = Object.entries(parsed.params)
      .filter(([name]) => name !== 'charset')
      .map(([name, value]) => `; ${name}=${JSON.stringify(value)}`)
      .join('');
    req.headers['content-type'] = canonical + rest;
    return undefined;
  };
}
