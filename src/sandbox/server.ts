import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename } from 'node:path';
import { InputError, PayloadTooLargeError, SchemaError } from '../errors/index.js';
import { SandboxStoreError, type SandboxRejection } from './errors.js';
import { readBody, sendJson } from '../node-http/index.js';
import { maskUrl } from '../util/index.js';
import { presentedKey, missingKeyMessage, type KeyPlacement } from './auth.js';
import type { BucketState, FaultDecision } from './faults/index.js';
import { checkSnapshot, createSandboxGraphql, type SandboxGraphql } from './graphql/index.js';
import { errorBody, MAX_BODY_BYTES } from './http.js';
import { DataFileWriter, readDataFile, type DataFileContent } from './persistence.js';
import { RequestCounter } from './request-log.js';
import { userRoutes, v2Routes, type RestHandler, type Router } from './rest/index.js';
import { DEFAULT_SEED } from './store/index.js';
import { buildTenants, DEFAULT_TENANT_NAME, type HostedTenant } from './tenants.js';
import { attachWebhookSender } from './webhooks/index.js';
import type { RequestLogEntry, Sandbox, SandboxOptions, SandboxTenant, TenantOptions } from './types.js';

/** One place the sandbox answers: a REST tree or a GraphQL endpoint, each with its own key placement. */
interface Surface {
  kind: 'rest' | 'graphql';
  /** Path prefix (REST tree base) or exact path (GraphQL). */
  path: string;
  keys: KeyPlacement;
  /** The vendor's real surfaces send X-RateLimit-* and Retry-After; the seed's do not. */
  rateLimitHeaders: boolean;
  router?: Router<RestHandler>;
}

const SURFACES: Surface[] = [
  { kind: 'rest', path: '/incoming/api/v1', keys: 'header-or-query', rateLimitHeaders: false, router: userRoutes() },
  { kind: 'rest', path: '/incoming/v2', keys: 'bearer', rateLimitHeaders: true, router: v2Routes() },
  { kind: 'graphql', path: '/incoming/api/graphql', keys: 'header-or-query', rateLimitHeaders: false },
  { kind: 'graphql', path: '/helium', keys: 'query', rateLimitHeaders: true },
];

/** The admin route that switches the served schema snapshot (tests, rehearsing a vendor change). */
export const SCHEMA_ADMIN_PATH = '/__sandbox/schema';

const STATUS_FOR: Record<SandboxRejection, number> = {
  not_found: 404,
  conflict: 409,
  invalid: 400,
  unprocessable: 422,
  unauthenticated: 401,
};

function surfaceFor(path: string): Surface | undefined {
  for (const surface of SURFACES) {
    if (surface.kind === 'graphql' ? path === surface.path : path === surface.path || path.startsWith(`${surface.path}/`)) {
      return surface;
    }
  }
  return undefined;
}

/**
 * Starts a sandbox: one HTTP server hosting one or more tenants (told apart by API key) on both REST
 * trees and both GraphQL endpoints. Resolves once it is listening.
 *
 * @throws InputError / ConfigError / SchemaError for bad options, a bad data file or snapshot.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const seed = options.seed ?? DEFAULT_SEED;
  const profile = options.profile ?? 'seed';
  if (profile !== 'seed' && profile !== 'v2') throw new InputError(`profile must be "seed" or "v2", got "${String(profile)}"`, 'profile');
  if (options.users !== undefined && !(Number.isInteger(options.users) && options.users >= 0 && options.users <= 1_000_000)) {
    throw new InputError(`users must be a whole number between 0 and 1000000, got ${options.users}`, 'users');
  }
  const logger = options.logger;
  // A snapshot given by file is loaded now, so a bad one fails the start (naming the file), not every request.
  const snapshotPath = checkSnapshot(options.schema);
  const saved = options.dataFile ? readDataFile(options.dataFile) : undefined;
  const tenantList: TenantOptions[] = options.tenants?.length
    ? options.tenants
    : [{ name: DEFAULT_TENANT_NAME, users: options.users, faults: options.faults }];
  const tenants = buildTenants(tenantList, seed, saved?.tenants);
  const byKey = new Map(tenants.map((t) => [t.apiKey, t]));
  const requests = new RequestCounter();

  let graphql: SandboxGraphql<SandboxTenant> | undefined;
  let servedSnapshot = snapshotPath;
  // Built on first use: most tests never touch GraphQL, and the schema costs time to build.
  const graphqlEndpoint = () =>
    (graphql ??= createSandboxGraphql<SandboxTenant>({ snapshotPath: servedSnapshot, introspection: options.graphqlIntrospection ?? true }));
  /**
   * The vendor changes its schema under a running client: serve another snapshot from now on. A
   * request already running finishes on the endpoint it started with (it holds its own reference).
   * @throws SchemaError naming the snapshot when it cannot be loaded; the served one stays.
   */
  const switchSchema = (ref: string): string => {
    const next = createSandboxGraphql<SandboxTenant>({ snapshotPath: checkSnapshot(ref), introspection: options.graphqlIntrospection ?? true });
    graphql = next;
    servedSnapshot = next.snapshotPath;
    logger?.info({ snapshot: basename(servedSnapshot) }, 'sandbox: now serving another schema snapshot');
    return servedSnapshot;
  };

  const writer = options.dataFile
    ? new DataFileWriter(options.dataFile, (): DataFileContent => collect(tenants), 100, (error) =>
        logger?.error({ err: error }, 'sandbox: saving the data file failed'),
      )
    : undefined;
  const unsubscribe = writer ? tenants.map((t) => t.store.onMutate(() => writer.schedule())) : [];
  const webhooks = options.webhooks ? attachWebhookSender({ tenants }, { ...options.webhooks, logger }) : undefined;
  if (writer && !saved) writer.flush();

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const rawUrl = req.url ?? '/';
    const url = new URL(rawUrl, 'http://sandbox.invalid');
    if (url.pathname === SCHEMA_ADMIN_PATH) return handleSchemaAdmin(req, res, url);
    const surface = surfaceFor(url.pathname);
    const entry: RequestLogEntry = { at: Date.now(), method, route: `${method} <unmatched>`, path: maskUrl(rawUrl), tenant: undefined, status: undefined };
    const debug = logger?.isLevelEnabled('debug') ? logger : undefined;
    res.once('finish', () => {
      entry.status = res.statusCode;
      debug?.debug({ method, path: entry.path, status: res.statusCode, ms: Date.now() - entry.at, tenant: entry.tenant }, 'sandbox request');
    });
    if (!surface) {
      requests.record(entry);
      return sendJson(res, 404, errorBody('not_found', `No route ${method} ${url.pathname}`));
    }

    const key = presentedKey(surface.keys, req, url.searchParams);
    const tenant = key !== undefined ? byKey.get(key) : undefined;
    entry.tenant = tenant?.name;
    const lookup = surface.router?.lookup(method, url.pathname.slice(surface.path.length) || '/');
    if (surface.kind === 'graphql') entry.route = `${method} ${surface.path}`;
    else if (lookup?.kind === 'match') entry.route = `${method} ${surface.path}${lookup.match.template}`;
    requests.record(entry);

    if (!tenant) {
      const headers: Record<string, string> = surface.keys === 'bearer' ? { 'www-authenticate': 'Bearer' } : {};
      const message = key === undefined ? missingKeyMessage(surface.keys) : 'Invalid API key';
      return sendJson(res, 401, errorBody('unauthorized', message), headers);
    }
    if (lookup?.kind === 'none') return sendJson(res, 404, errorBody('not_found', `No route ${method} ${url.pathname}`));
    if (lookup?.kind === 'method_not_allowed') {
      return sendJson(res, 405, errorBody('method_not_allowed', `${method} is not allowed here; use ${lookup.allow.join(', ')}`), {
        allow: lookup.allow.join(', '),
      });
    }

    const fault = tenant.nextFault(url.pathname);
    if (fault?.kind === 'drop') {
      entry.fault = 'drop';
      req.socket.destroy();
      return;
    }
    const headers = surface.rateLimitHeaders ? rateLimitHeaders(fault) : {};
    if (fault?.kind === 'reject') {
      entry.fault = fault.fault;
      await delay(fault.delayMs);
      if (fault.fault === 'error') return sendJson(res, 503, errorBody('service_unavailable', 'The service is temporarily unavailable; try again later'));
      if (fault.fault === 'burst429') return sendJson(res, 429, errorBody('too_many_requests', 'Too many requests'));
      return sendJson(res, 429, errorBody('rate_limited', 'Rate limit exceeded; slow down'), headers);
    }
    if (fault?.slow) entry.fault = 'slow';

    let body: unknown;
    try {
      body = method === 'GET' || method === 'HEAD' ? undefined : parseJson(await readBody(req, MAX_BODY_BYTES));
    } catch (error) {
      if (error instanceof PayloadTooLargeError) return sendJson(res, 413, errorBody('payload_too_large', error.message));
      const message = `The request body is not valid JSON: ${(error as Error).message}`;
      return surface.kind === 'graphql'
        ? sendJson(res, 400, { errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] })
        : sendJson(res, 400, errorBody('invalid_json', message));
    }

    let status: number;
    let payload: unknown;
    if (surface.kind === 'graphql') {
      if (Array.isArray(body)) entry.operations = body.length;
      else entry.operations = 1;
      // TI's points budget, when the tenant has one: priced before anything runs, refused as a whole.
      const billed = tenant.spendPoints(url.pathname, () => graphqlEndpoint().price(method, url, body));
      if (billed) entry.points = billed.points;
      if (billed && !billed.bucket.allowed) {
        entry.fault = 'points429';
        if (fault) await delay(fault.delayMs);
        const refusal = `Query complexity budget exceeded: this request costs ${billed.points} points and ${billed.bucket.remaining} of ${billed.bucket.limit} a minute are left; retry after ${billed.bucket.retryAfterSeconds} s.`;
        return sendJson(
          res,
          429,
          { errors: [{ message: refusal, extensions: { code: 'RATE_LIMITED' } }] },
          surface.rateLimitHeaders ? bucketHeaders(billed.bucket) : {},
        );
      }
      const result = await graphqlEndpoint().handle({ method, url, body, headers: req.headers, tenant });
      status = result.status;
      payload = result.body;
      const wrongBatch = Array.isArray(payload) ? tenant.batchAnswer(url.pathname) : undefined;
      if (wrongBatch) {
        entry.fault = wrongBatch === 'short' ? 'batchShort' : 'batchObject';
        payload = wrongBatch === 'short' ? (payload as unknown[]).slice(0, -1) : (payload as unknown[])[0];
      }
      Object.assign(headers, result.headers);
    } else {
      ({ status, body: payload } = runRest(lookup!.kind === 'match' ? lookup!.match : undefined, tenant, url, body));
    }
    if (fault) await delay(fault.delayMs);
    sendJson(res, status, payload, headers);
  }

  /**
   * `POST /__sandbox/schema {"schema": "2022-06-01"}` (a vendor date, file name or a schema file
   * path), with any hosted tenant's key in X-API-Key; `GET` says what is served. Loopback only.
   */
  async function handleSchemaAdmin(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const remote = req.socket.remoteAddress ?? '';
    if (!(remote === '127.0.0.1' || remote === '::1' || remote === '::ffff:127.0.0.1')) {
      return sendJson(res, 403, errorBody('forbidden', 'the sandbox admin routes answer on loopback only'));
    }
    const key = presentedKey('header-or-query', req, url.searchParams);
    if (key === undefined || !byKey.has(key)) return sendJson(res, 401, errorBody('unauthorized', key === undefined ? missingKeyMessage('header-or-query') : 'Invalid API key'));
    if (req.method === 'GET') return sendJson(res, 200, { schema: basename(servedSnapshot), path: servedSnapshot });
    if (req.method !== 'POST') return sendJson(res, 405, errorBody('method_not_allowed', 'use GET or POST'), { allow: 'GET, POST' });
    let body: unknown;
    try {
      body = parseJson(await readBody(req, MAX_BODY_BYTES));
    } catch (error) {
      return sendJson(res, 400, errorBody('invalid_json', `The request body is not valid JSON: ${(error as Error).message}`));
    }
    const ref = (body as { schema?: unknown } | undefined)?.schema;
    if (typeof ref !== 'string' || ref.trim() === '') return sendJson(res, 400, errorBody('schema_required', 'send {"schema": "<vendor date, snapshot file name or schema file>"}'));
    try {
      const path = switchSchema(ref.trim());
      return sendJson(res, 200, { schema: basename(path), path });
    } catch (error) {
      if (error instanceof SchemaError || error instanceof InputError) return sendJson(res, 422, errorBody('invalid_schema', error.message));
      throw error;
    }
  }

  function runRest(
    match: { handler: RestHandler; params: Record<string, string> } | undefined,
    tenant: HostedTenant,
    url: URL,
    body: unknown,
  ): { status: number; body: unknown } {
    try {
      return match!.handler({ tenant, params: match!.params, query: url.searchParams, body });
    } catch (error) {
      if (error instanceof SandboxStoreError) return { status: STATUS_FOR[error.reason], body: errorBody(error.errorCode, error.message) };
      throw error;
    }
  }

  const server = createServer({ keepAlive: true }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger?.error({ err: error, path: maskUrl(req.url ?? '/') }, 'sandbox: request failed');
      if (!res.headersSent) sendJson(res, 500, errorBody('internal_error', 'The sandbox failed to handle this request'));
      else res.destroy();
    });
  });
  // Longer than typical client pools keep idle sockets, so keep-alive reuse does not race the close.
  server.keepAliveTimeout = 30_000;
  server.headersTimeout = 31_000;
  server.listen(options.port ?? 0, options.host ?? '127.0.0.1');
  await once(server, 'listening');
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  const defaultTenant = tenants[0]!;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${host}:${port}`,
    apiKey: defaultTenant.apiKey,
    tenant: defaultTenant.name,
    profile,
    get snapshotPath() {
      return servedSnapshot;
    },
    setSchema: switchSchema,
    tenants,
    tenantByName: (name) => tenants.find((t) => t.name === name),
    requests,
    webhooks,
    close: () =>
      (closing ??= (async () => {
        await webhooks?.close();
        const closed = once(server, 'close');
        server.close();
        server.closeAllConnections();
        await closed;
        for (const stop of unsubscribe) stop();
        writer?.flush();
      })()),
  };
}

function collect(tenants: HostedTenant[]): DataFileContent {
  return { version: 1, tenants: Object.fromEntries(tenants.map((t) => [t.name, t.store.toSnapshot()])) };
}

function parseJson(buffer: Buffer): unknown {
  if (buffer.length === 0) return undefined;
  return JSON.parse(buffer.toString('utf8'));
}

/** X-RateLimit-* (and Retry-After on a refusal) when the tenant has a bucket configured. */
function rateLimitHeaders(fault: FaultDecision | undefined): Record<string, string> {
  if (!fault || fault.kind === 'drop' || !fault.bucket) return {};
  return bucketHeaders(fault.bucket);
}

function bucketHeaders(bucket: BucketState): Record<string, string> {
  const headers: Record<string, string> = {
    'x-ratelimit-limit': String(bucket.limit),
    'x-ratelimit-remaining': String(bucket.remaining),
    'x-ratelimit-reset': String(bucket.resetEpochSeconds),
  };
  if (!bucket.allowed) headers['retry-after'] = String(bucket.retryAfterSeconds);
  return headers;
}

function delay(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  // Unref'd: a slow response must not keep a closing process alive.
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
