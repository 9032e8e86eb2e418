/**
 * The JSON nesting bound (`TI_GRAPH_MAX_JSON_DEPTH`), checked on the raw bytes before anything
 * parses them: `JSON.parse` of a 400,000-deep array holds the event loop for most of a second,
 * and the recursive walks after it (coercion, freezing, serialising for the tenant) overflow the
 * stack. One pass over the bytes, stopping at the first level too deep: a deep body is refused
 * after reading about `maxDepth` bytes of it, a flat 1 MB body costs a few milliseconds.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DocumentLimitError } from '../../errors/index.js';
import type { DoorStep } from './door.js';
import { graphqlErrorBody, refusalContentType } from './state.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const OPEN_OBJECT = 0x7b;
const CLOSE_ARRAY = 0x5d;
const CLOSE_OBJECT = 0x7d;

/** True when the JSON text nests arrays and objects deeper than `maxDepth` (brackets in strings do not count). */
export function jsonNestedDeeperThan(bytes: Uint8Array, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) {
      if (++depth > maxDepth) return true;
    } else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth--;
  }
  return false;
}

/** The same bound on a value already parsed (walked without recursion). */
export function valueNestedDeeperThan(value: unknown, maxDepth: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next.value !== 'object' || next.value === null) continue;
    const depth = next.depth + 1;
    if (depth > maxDepth) return true;
    for (const inner of Object.values(next.value)) if (typeof inner === 'object' && inner !== null) stack.push({ value: inner, depth });
  }
  return false;
}

export function jsonDepthError(maxDepth: number): DocumentLimitError {
  return new DocumentLimitError('jsonDepth', `request JSON is nested deeper than ${maxDepth} levels`, maxDepth);
}

const JSON_BODY = /^application\/(graphql\+)?json\b/;

/**
 * The door's concern: a JSON body (read by the body limit) or GET's `variables`/`extensions`
 * nested deeper than the bound is refused 400 (`BAD_USER_INPUT`, `extensions.limit: "jsonDepth"`)
 * before anything parses it.
 */
export function jsonDepthLimit(maxDepth: number): DoorStep {
  const error = jsonDepthError(maxDepth);
  return ({ req, method, body, state, accept }) => {
    let deep = false;
    if (method === 'GET') {
      const url = req.url ?? '';
      const query = url.indexOf('?');
      if (query === -1) return undefined;
      const params = new URLSearchParams(url.slice(query + 1));
      for (const name of ['variables', 'extensions']) {
        const value = params.get(name);
        if (value !== null && jsonNestedDeeperThan(Buffer.from(value), maxDepth)) deep = true;
      }
    } else {
      if (!body || !JSON_BODY.test(req.headers['content-type'] ?? '')) return undefined;
      deep = jsonNestedDeeperThan(body, maxDepth);
    }
    if (!deep) return undefined;
    state.route = 'limit';
    return {
      status: 400,
      headers: { 'content-type': refusalContentType(accept) },
      body: graphqlErrorBody(error.code, error.message, state.requestId, { limit: error.limit, max: error.max }),
    };
  };
}

/**
 * Yoga's part: bodies in other encodings (multipart, urlencoded) are checked once Yoga parsed
 * them, before any coercion.
 */
export function useJsonDepthLimit(maxDepth: number): Plugin {
  const error = jsonDepthError(maxDepth);
  return {
    onParams({ params }) {
      if (valueNestedDeeperThan(params.variables, maxDepth) || valueNestedDeeperThan(params.extensions, maxDepth)) {
        throw new GraphQLError(error.message, { extensions: { code: error.code, limit: error.limit, max: error.max, http: { status: 400 } } });
      }
    },
  };
}
