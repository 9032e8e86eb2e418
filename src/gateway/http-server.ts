/**
 * The gateway's HTTP front door, in the order a request meets it: request id, health routes,
 * client authentication, request size limit, then either the fast path (a tenant-only operation
 * forwarded to the tenant as-is on a keep-alive socket) or Yoga over the composed schema.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { ClientAuthError, ClientRateLimitError, PayloadTooLargeError, TiGraphError, TrustedDocumentError } from '../errors/index.js';
import type { TenantGraphqlClient } from '../tenant/index.js';
import { readBody, sendJson } from '../node-http/index.js';
import { redactSecrets, type Logger } from '../util/index.js';
import type { Authenticator, ClientIdentity, ClientRateLimiter } from './auth/index.js';
import type { GatewayContext } from './context.js';
import type { DocumentRouter } from './document-router.js';
import { hasScope, type Scope } from './scopes.js';
import type { TrustedDocumentGate, WireParams } from './trusted-documents/index.js';
import { MAX_BATCH_OPERATIONS, type GatewayYoga } from './yoga.js';

export interface HttpHandlerOptions {
  yoga: GatewayYoga;
  router: DocumentRouter;
  tenant: TenantGraphqlClient;
  authenticator: Authenticator;
  /** Per-client request rate; absent: none. */
  rateLimiter?: ClientRateLimiter | undefined;
  /** Trusted documents: ids become their text before the fast path decides; free text may be refused. */
  trusted: TrustedDocumentGate;
  /** True when manifests are loaded (a body may name a document by id). */
  hasTrustedDocuments: boolean;
  maxRequestBytes: number;
  /** GraphiQL is served without a token (it holds none of the tenant's data); false in production. */
  graphiql: boolean;
  logger: Logger;
  /** The tenant key: a forwarded response is checked for it before it leaves. */
  tenantKey: string;
  /** Builds the per-request context for Yoga (REST loaders etc.). */
  createContext(base: { requestId: string; client: ClientIdentity; authToken: string | undefined; logger: Logger }): GatewayContext;
  /** `POST /webhooks/ti` (authenticated by its signature, not a client token); absent: 404. */
  webhooks?: (request: Request) => Promise<Response>;
}

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Bodies up to this size have their fast-path decision cached by their text. */
const MAX_CACHED_BODY_BYTES = 4_096;
/** A body naming a document by id holds one of these (a cheap byte search before any JSON.parse). */
const DOCUMENT_ID_MARKERS = [Buffer.from('"documentId"'), Buffer.from('"persistedQuery"')];
const BODY_CACHE_ENTRIES = 1_000;

function graphqlError(code: string, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/**
 * A fetch Request for Yoga, built with Yoga's own fetch implementation (cheaper for it to read than
 * the global one); `body` is what the front door already read (POST), if anything.
 */
function toFetchRequest(yoga: GatewayYoga, req: IncomingMessage, body?: Buffer): Request {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding' || name === 'connection') continue;
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return new yoga.fetchAPI.Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? '/graphql'}`, {
    method: req.method ?? 'GET',
    headers,
    ...(body ? { body: new Uint8Array(body.buffer, body.byteOffset, body.length) as Uint8Array<ArrayBuffer> } : {}),
  });
}

function fetchHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding' || name === 'connection') continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function sendResponse(res: ServerResponse, response: Response, requestId: string): Promise<number> {
  const headers: Record<string, string> = { 'x-request-id': requestId };
  response.headers.forEach((value, name) => {
    // Hop-by-hop headers are this connection's, not Yoga's: its `Connection: keep-alive` overrode a
    // client's `Connection: close` (the socket stayed open), and a buffered body has a length.
    if (!/^(transfer-encoding|connection|keep-alive)$/i.test(name)) headers[name] = value;
  });
  if (!response.body) {
    res.writeHead(response.status, headers);
    res.end();
    return response.status;
  }
  if ((response.headers.get('content-type') ?? '').includes('text/event-stream')) {
    // A subscription over SSE: stream it; the client going away cancels it (and its subscription).
    res.writeHead(response.status, headers);
    res.flushHeaders();
    // Yoga's body is its fetch ponyfill's stream, which Readable.fromWeb refuses: pump it by hand.
    const reader = response.body.getReader();
    res.once('close', () => void reader.cancel().catch(() => {}));
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          res.write(value);
        }
        res.end();
      } catch {
        res.destroy();
      }
    })();
    return response.status;
  }
  const bytes = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(bytes.length);
  res.writeHead(response.status, headers);
  res.end(bytes);
  return response.status;
}

/**
 * The CORS headers Yoga's default policy puts on an actual (non-preflight) response: any origin,
 * echoed, with credentials. The fast path answers browsers too, so it must say the same.
 */
function corsHeaders(origin: string): Record<string, string> {
  return { 'access-control-allow-origin': origin, vary: 'Origin', 'access-control-allow-credentials': 'true' };
}

interface WireOperation {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

export function createHttpHandler(options: HttpHandlerOptions): Handler {
  const { yoga, router, tenant, authenticator, rateLimiter, trusted, logger, maxRequestBytes } = options;
  // The key raw and URL-encoded (how a tenant echoing its request URL shows it): either one in a
  // body sends it through the full scrub.
  const keyForms = [...new Set([options.tenantKey, encodeURIComponent(options.tenantKey)])].map((form) => Buffer.from(form));

  /**
   * The scope each operation of a parsed body needs when every one is tenant-only (so the body can
   * be forwarded as-is), or null when the body must go through Yoga.
   */
  const forwardScopes = (payload: unknown): Scope[] | null => {
    const operations = Array.isArray(payload) ? payload : [payload];
    if (operations.length === 0 || operations.length > MAX_BATCH_OPERATIONS) return null;
    const scopes: Scope[] = [];
    for (const operation of operations as WireOperation[]) {
      if (!operation || typeof operation !== 'object' || typeof operation.query !== 'string') return null;
      const route = router.route(operation.query, operation.variables);
      if (!route.tenantOnly) return null;
      const name = typeof operation.operationName === 'string' ? operation.operationName : '';
      const needed = route.scopes.get(name) ?? (name === '' && route.scopes.size === 1 ? route.scopes.values().next().value : undefined);
      if (!needed) return null;
      scopes.push(needed);
    }
    return scopes;
  };

  // The same body text always gets the same answer from forwardScopes (the router is fixed for the
  // gateway's life), so a client repeating a request skips JSON.parse and the router entirely.
  // Keyed by the bytes read as latin1 (one char per byte: cheap and exact); small bodies only, so
  // the cache stays a few MB at most.
  const bodyDecisions = new Map<string, Scope[] | null>();
  const decideBody = (body: Buffer): Scope[] | null => {
    const cacheable = body.length <= MAX_CACHED_BODY_BYTES;
    const key = cacheable ? body.toString('latin1') : '';
    if (cacheable) {
      const known = bodyDecisions.get(key);
      if (known !== undefined) return known;
    }
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return null;
    }
    const decision = forwardScopes(payload);
    if (cacheable) {
      if (bodyDecisions.size >= BODY_CACHE_ENTRIES) bodyDecisions.delete(bodyDecisions.keys().next().value!);
      bodyDecisions.set(key, decision);
    }
    return decision;
  };

  /** True when every operation of the body is tenant-only and within the client's scopes. */
  const canForward = (body: Buffer, client: ClientIdentity): boolean => withinScopes(decideBody(body), client);
  const withinScopes = (scopes: Scope[] | null, client: ClientIdentity): boolean => {
    if (scopes === null) return false;
    for (const needed of scopes) if (!hasScope(client.scopes, needed)) return false;
    return true;
  };

  /**
   * The trusted-documents gate on a JSON body: `rewritten` is the body with every id replaced by
   * its document's text (what the tenant and Yoga are given), or undefined when nothing changed.
   * The rewritten text is the manifest's own string, so the router's cache (keyed by text) hits the
   * same entry every time: the fast-path decision is made once per document, not per request.
   * @throws TrustedDocumentError
   */
  const gateBody = (body: Buffer): { rewritten: Buffer; payload: unknown } | undefined => {
    const mayNameId = options.hasTrustedDocuments && DOCUMENT_ID_MARKERS.some((marker) => body.indexOf(marker) !== -1);
    if (!mayNameId && !trusted.trustedOnly) return undefined;
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return undefined; // Yoga reports the syntax error (and gates whatever it can parse).
    }
    if (!payload || typeof payload !== 'object') return undefined;
    let changed = false;
    const resolve = (params: unknown) => {
      if (!params || typeof params !== 'object') return params;
      const out = trusted.resolve(params as WireParams);
      if (out !== params) changed = true;
      return out;
    };
    const resolved = Array.isArray(payload) ? payload.map(resolve) : resolve(payload);
    return changed ? { rewritten: Buffer.from(JSON.stringify(resolved)), payload: resolved } : undefined;
  };

  const forward = async (res: ServerResponse, body: Buffer, authToken: string | undefined, requestId: string, origin: string | undefined): Promise<number> => {
    let response;
    try {
      response = await tenant.http.post(body, { authToken });
    } catch (error) {
      const code = error instanceof TiGraphError ? error.code : 'UPSTREAM_ERROR';
      logger.warn({ reqId: requestId, err: error }, 'tenant unreachable');
      sendJson(res, 502, graphqlError(code, 'The tenant could not be reached'), { 'x-request-id': requestId });
      return 502;
    }
    const isJson = response.contentType.includes('json');
    if (!isJson || response.status >= 500 || response.status === 401 || response.status === 403) {
      // Not a GraphQL answer the client can use (an HTML error page, the tenant refusing our key):
      // report it as the tenant failing, without passing its body along.
      logger.warn({ reqId: requestId, status: response.status }, 'tenant answered pass-through with an error status');
      sendJson(res, 502, graphqlError('UPSTREAM_ERROR', `The tenant failed (status ${response.status})`), { 'x-request-id': requestId });
      return 502;
    }
    // Responses are small JSON; buffering them lets us guarantee the key never leaves, even if
    // the tenant echoes it in an error message.
    let out = response.body;
    if (keyForms.some((form) => out.indexOf(form) !== -1)) out = Buffer.from(redactSecrets(out.toString('utf8'), [options.tenantKey]));
    res.writeHead(response.status, {
      'content-type': response.contentType,
      'content-length': out.length,
      'x-request-id': requestId,
      ...response.rateLimitHeaders,
      ...(origin ? corsHeaders(origin) : {}),
    });
    res.end(out);
    return response.status;
  };

  const handleGraphql = async (req: IncomingMessage, res: ServerResponse, requestId: string, who: { client?: string }): Promise<[number, string]> => {
    const method = req.method ?? 'GET';
    // CORS preflight and the GraphiQL page carry no token; Yoga answers both.
    const wantsGraphiql = method === 'GET' && options.graphiql && (req.headers.accept ?? '').includes('text/html');
    if (method === 'OPTIONS' || wantsGraphiql) {
      req.resume();
      return [await sendResponse(res, await yoga.fetch(toFetchRequest(yoga, req), {} as never), requestId), 'yoga'];
    }
    // Refusals a browser must be able to read, so they carry the CORS headers too.
    const cors = req.headers.origin ? corsHeaders(req.headers.origin) : {};
    let client: ClientIdentity;
    try {
      client = await authenticator.authenticateHeader(req.headers.authorization);
    } catch (error) {
      req.resume();
      if (error instanceof ClientAuthError) {
        sendJson(res, 401, graphqlError('UNAUTHENTICATED', error.message), {
          'www-authenticate': 'Bearer',
          'x-request-id': requestId,
          ...cors,
        });
        return [401, 'auth'];
      }
      // The identity provider could not be reached: not the client's fault, worth a retry.
      logger.warn({ reqId: requestId, err: error }, 'client authentication could not complete');
      sendJson(res, 503, graphqlError('UPSTREAM_ERROR', 'the identity provider could not be reached to check the token; retry shortly'), {
        'retry-after': '5',
        'x-request-id': requestId,
        ...cors,
      });
      return [503, 'auth'];
    }
    who.client = client.name;
    if (rateLimiter) {
      try {
        rateLimiter.take(client);
      } catch (error) {
        if (!(error instanceof ClientRateLimitError)) throw error;
        req.resume();
        sendJson(res, 429, { errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED', retryAfterMs: error.retryAfterMs } }] }, {
          'retry-after': String(Math.ceil(error.retryAfterMs / 1000)),
          'x-request-id': requestId,
          ...cors,
        });
        return [429, 'rate'];
      }
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxRequestBytes) {
      sendJson(res, 413, graphqlError('BAD_USER_INPUT', `request body over the ${maxRequestBytes}-byte limit`), {
        'x-request-id': requestId,
        connection: 'close',
        ...cors,
      });
      req.resume();
      return [413, 'limit'];
    }
    const authToken = typeof req.headers.authtoken === 'string' ? req.headers.authtoken : undefined;
    const context = () => options.createContext({ requestId, client, authToken, logger });
    if (method !== 'POST') {
      req.resume();
      return [await sendResponse(res, await yoga.fetch(toFetchRequest(yoga, req), context()), requestId), 'yoga'];
    }
    let body: Buffer;
    try {
      body = await readBody(req, maxRequestBytes);
    } catch (error) {
      if (!(error instanceof PayloadTooLargeError)) throw error;
      sendJson(res, 413, graphqlError('BAD_USER_INPUT', `request body over the ${maxRequestBytes}-byte limit`), {
        'x-request-id': requestId,
        connection: 'close',
        ...cors,
      });
      return [413, 'limit'];
    }
    const isJson = (req.headers['content-type'] ?? '').includes('json');
    if (isJson) {
      let gated;
      try {
        gated = gateBody(body);
      } catch (error) {
        if (!(error instanceof TrustedDocumentError)) throw error;
        sendJson(res, 400, graphqlError(error.code, error.message), { 'x-request-id': requestId, ...cors });
        return [400, 'trusted'];
      }
      if (gated) {
        body = gated.rewritten;
        if (withinScopes(forwardScopes(gated.payload), client)) return [await forward(res, body, authToken, requestId, req.headers.origin), 'fast'];
      } else if (canForward(body, client)) {
        return [await forward(res, body, authToken, requestId, req.headers.origin), 'fast'];
      }
    }
    // The body is consumed: hand Yoga a fetch Request over the bytes we read.
    const response = await yoga.fetch(toFetchRequest(yoga, req, body), context());
    return [await sendResponse(res, response, requestId), 'yoga'];
  };

  return (req, res) => {
    const started = process.hrtime.bigint();
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    const path = (req.url ?? '/').split('?', 1)[0]!;
    // The authenticated client's name (a token's name, a JWT's azp/client_id/sub), for the access line.
    const who: { client?: string } = {};
    const done = ([status, route]: [number, string]) => {
      // A forwarded request that succeeded is the hot path: its access line is debug, since
      // writing a line per request at info was a sixth of the gateway's CPU per forwarded request.
      // Everything else (Yoga, refusals, tenant failures) stays at info.
      const quiet = route === 'fast' && status < 400;
      if (quiet && !logger.isLevelEnabled('debug')) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { reqId: requestId, method: req.method, path, status, route, client: who.client, ms: Math.round(ms * 100) / 100 };
      if (quiet) logger.debug(line, 'request');
      else logger.info(line, 'request');
    };
    let work: Promise<[number, string]>;
    if (path === '/healthz') {
      sendJson(res, 200, { status: 'ok' });
      work = Promise.resolve([200, 'health']);
    } else if (path === '/readyz') {
      work = tenant.ping().then((ok) => {
        sendJson(res, ok ? 200 : 503, ok ? { status: 'ready' } : { status: 'unavailable', reason: 'the tenant did not answer a trivial query' });
        return [ok ? 200 : 503, 'health'];
      });
    } else if (path === '/graphql') {
      work = handleGraphql(req, res, requestId, who);
    } else if (path === '/webhooks/ti' && options.webhooks) {
      // The receiver reads (and caps) the body itself, straight from the socket.
      const request = new Request(`http://${req.headers.host ?? 'localhost'}${req.url ?? path}`, {
        method: req.method ?? 'POST',
        headers: fetchHeaders(req),
        ...(req.method === 'POST' ? { body: Readable.toWeb(req) as never, duplex: 'half' } : {}),
      } as RequestInit);
      work = options.webhooks(request).then(async (response) => [await sendResponse(res, response, requestId), 'webhook']);
    } else {
      sendJson(res, 404, { error: 'not found; the GraphQL endpoint is /graphql' });
      work = Promise.resolve([404, 'none']);
    }
    work.then(done, (error: unknown) => {
      logger.error({ reqId: requestId, err: error }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, graphqlError('INTERNAL', 'Unexpected error.'), { 'x-request-id': requestId });
      else res.destroy();
      done([500, 'error']);
    });
  };
}
