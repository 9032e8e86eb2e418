/**
 * The CORS policy (`TI_GRAPH_CORS_ORIGINS`), as the options factory Yoga's CORS plugin asks per
 * request. An allowed origin is echoed with `Vary: Origin`; any other origin gets no CORS headers
 * at all, so a browser keeps the answer from the page (and refuses to send the real request after
 * a preflight). Preflights (`OPTIONS`) are answered by Yoga's plugin before client auth, admission
 * or anything else on the GraphQL path: browsers send them without the Authorization header.
 */

/** The options Yoga's CORS plugin takes per request (false: no CORS headers). */
export type CorsOptions = { origin: string[]; exposedHeaders: string[]; maxAge: number } | false;

/** Headers a browser page may read from an answer: the request id (support) and Retry-After (back-off). */
const EXPOSED_HEADERS = ['x-request-id', 'retry-after'];
/** How long a browser may reuse a preflight's answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/** Whether `origin` may read answers: `'*'` any origin; a list exactly those (scheme, host and port, compared case-insensitively); empty: none. */
function originPolicy(origins: '*' | readonly string[]): (origin: string) => boolean {
  const allowed = origins === '*' ? undefined : new Set(origins.map((origin) => origin.replace(/\/+$/, '').toLowerCase()));
  return (origin) => !allowed || allowed.has(origin.toLowerCase());
}

/** The policy as Yoga's CORS plugin asks it, per request (its preflights and its own answers). */
export function corsPolicy(origins: '*' | readonly string[]): (request: Request) => CorsOptions {
  const allows = originPolicy(origins);
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null || !allows(origin)) return false;
    // The origin is allowed: '*' tells Yoga's plugin to echo it, with Vary: Origin.
    return { origin: ['*'], exposedHeaders: EXPOSED_HEADERS, maxAge: PREFLIGHT_MAX_AGE_SECONDS };
  };
}

/**
 * The same policy for an answer the front door writes itself (not a preflight): the headers Yoga's
 * CORS plugin puts on its own answers for this origin, or undefined when it is not allowed.
 */
export function corsHeaders(origins: '*' | readonly string[]): (origin: string) => Record<string, string> | undefined {
  const allows = originPolicy(origins);
  const fixed = {
    vary: 'Origin',
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': EXPOSED_HEADERS.join(', '),
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_SECONDS),
  };
  return (origin) => (allows(origin) ? { 'access-control-allow-origin': origin, ...fixed } : undefined);
}
