/**
 * The node:http chores both servers share (the gateway's front door and the sandbox tenant). Not
 * in `src/util`, which imports nothing of ours: a body over its limit is a typed error.
 */
export { readBody, sendJson } from './http.js';
