/**
 * The fast path, as one plugin: a POST whose every operation is the tenant's own is forwarded to
 * the tenant as-is, but only when the answer is what Yoga would send for it: JSON in (the media
 * type already parsed by useRequestMediaTypes), an Accept header Yoga would answer with one JSON
 * result (the response says the same media type Yoga would choose), a body Yoga would accept
 * unchanged (an object, or a batch of them, with only query/operationName/variables/extensions,
 * each of the right type), an operation Yoga would run (valid, within limits, named when the
 * document has several, variables that coerce) and a client whose scopes cover it. Anything
 * else, including every error case, is Yoga's to answer. The decision is cached by body text.
 */
import { getVariableValues, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { TiGraphError } from '../../errors/index.js';
import type { TenantGraphqlClient } from '../../tenant/index.js';
import { parseRetryAfter } from '../../tenant/index.js';
import { redactSecrets, type Logger } from '../../util/index.js';
import type { DocumentRouter } from '../document-router.js';
import { hasScope, type Scope } from '../scopes.js';
import { yogaResponseMediaType, type Negotiated } from './media-type.js';
import { graphqlErrorBody, pathOf, stateOf, type FrontDoorServerContext } from './state.js';

export interface FastPathOptions {
  graphqlPath: string;
  router: DocumentRouter;
  /** The composed schema (the tenant's types are the same in it): variables are coerced against it. */
  schema: GraphQLSchema;
  tenant: TenantGraphqlClient;
  /** A forwarded response is checked for it (raw and URL-encoded) before it leaves. */
  tenantKey: string;
  maxBatchOperations: number;
  logger: Logger;
}

interface ForwardPlan {
  scopes: Scope[];
  /** The operation name of a single operation (metrics, traces); undefined for a batch or an anonymous one. */
  operationName: string | undefined;
}

/** Bodies up to this size have their decision cached by their text. */
const MAX_CACHED_BODY_BYTES = 4_096;
const BODY_CACHE_ENTRIES = 1_000;
const ACCEPT_CACHE_ENTRIES = 100;
/** The wait a tenant 429 without Retry-After is answered with. */
const DEFAULT_RETRY_AFTER_MS = 1_000;
const BODY_KEYS = new Set(['query', 'operationName', 'variables', 'extensions']);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function useFastPath(options: FastPathOptions): Plugin<Record<string, unknown>, FrontDoorServerContext> {
  const { graphqlPath, router, schema, tenant, logger, maxBatchOperations } = options;
  const keyForms = [...new Set([options.tenantKey, encodeURIComponent(options.tenantKey)])].map((form) => Buffer.from(form));

  /** One operation of the body: its scope when Yoga would run it unchanged and it is tenant-only, else null. */
  const planOperation = (operation: unknown): { scope: Scope; name: string | undefined } | null => {
    if (!isPlainObject(operation)) return null;
    for (const key in operation) if (operation[key] != null && !BODY_KEYS.has(key)) return null;
    const { query, operationName, variables, extensions } = operation;
    if (typeof query !== 'string') return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    if (variables != null && !isPlainObject(variables)) return null;
    if (extensions != null && !isPlainObject(extensions)) return null;
    const route = router.route(query);
    if (!route.tenantOnly) return null;
    const name = typeof operationName === 'string' ? operationName : '';
    const only = name === '' && route.operations.size === 1 ? route.operations.keys().next().value! : name;
    const definition = route.operations.get(only);
    const scope = route.scopes.get(only);
    if (!definition || !scope) return null;
    if (definition.variableDefinitions?.length || variables) {
      const coerced = getVariableValues(schema, definition.variableDefinitions ?? [], (variables as Record<string, unknown>) ?? {});
      if (coerced.errors) return null;
    }
    return { scope, name: definition.name?.value };
  };

  const planBody = (payload: unknown): ForwardPlan | null => {
    const batch = Array.isArray(payload);
    const operations = batch ? payload : [payload];
    if (operations.length === 0 || operations.length > maxBatchOperations) return null;
    const scopes: Scope[] = [];
    let operationName: string | undefined;
    for (const operation of operations) {
      const plan = planOperation(operation);
      if (!plan) return null;
      scopes.push(plan.scope);
      if (!batch) operationName = plan.name;
    }
    return { scopes, operationName };
  };

  // The same body text always gets the same plan (the router and schema are fixed for the
  // gateway's life), so a client repeating a request skips JSON.parse and the checks. Keyed by
  // the bytes read as latin1 (one char per byte: cheap and exact); small bodies only.
  const plans = new Map<string, ForwardPlan | null>();
  const planFor = (body: Buffer): ForwardPlan | null => {
    const cacheable = body.length <= MAX_CACHED_BODY_BYTES;
    const key = cacheable ? body.toString('latin1') : '';
    if (cacheable) {
      const known = plans.get(key);
      if (known !== undefined) return known;
    }
    let plan: ForwardPlan | null;
    try {
      plan = planBody(JSON.parse(body.toString('utf8')));
    } catch {
      plan = null;
    }
    if (cacheable) {
      if (plans.size >= BODY_CACHE_ENTRIES) plans.delete(plans.keys().next().value!);
      plans.set(key, plan);
    }
    return plan;
  };

  const accepts = new Map<string, Negotiated>();
  const negotiate = (accept: string | null): Negotiated => {
    const key = accept ?? '';
    let known = accepts.get(key);
    if (known === undefined) {
      known = yogaResponseMediaType(accept);
      if (accepts.size >= ACCEPT_CACHE_ENTRIES) accepts.clear();
      accepts.set(key, known);
    }
    return known;
  };

  return {
    async onRequest({ request, serverContext, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const state = serverContext.frontDoor;
      const body = state?.body;
      if (!state || !body || !state.client || pathOf(request.url) !== graphqlPath) return;
      const contentType = request.headers.get('content-type');
      if (contentType !== 'application/json' && !(contentType?.startsWith('application/json;') ?? false)) return;
      const mediaType = negotiate(request.headers.get('accept'));
      if (mediaType === 'other') return;
      const plan = planFor(body);
      if (!plan) return;
      for (const needed of plan.scopes) if (!hasScope(state.client.scopes, needed)) return;

      state.route = 'fast';
      state.operationName = plan.operationName;
      const json = `${mediaType}; charset=utf-8`;
      const answer = (status: number, text: string | Buffer, headers: Record<string, string> = {}) =>
        endResponse(new fetchAPI.Response(text as BodyInit, { status, headers: { 'content-type': json, 'x-request-id': state.requestId, ...headers } }));

      let response;
      try {
        response = await tenant.http.post(body, { authToken: state.authToken });
      } catch (error) {
        const code = error instanceof TiGraphError ? error.code : 'UPSTREAM_ERROR';
        logger.warn({ reqId: state.requestId, err: error }, 'tenant unreachable');
        return answer(502, graphqlErrorBody(code, 'The tenant could not be reached', state.requestId));
      }
      if (response.status === 429) {
        // The tenant's budget is spent: the same typed answer the composed path gives, plus the
        // HTTP signals (status, Retry-After) a client's retry logic reads.
        // The seed tenant sends no hint with its 429: then a short default, so clients still pace.
        const retryAfterMs = parseRetryAfter(response.rateLimitHeaders['retry-after'], Date.now()) ?? DEFAULT_RETRY_AFTER_MS;
        logger.warn({ reqId: state.requestId, status: 429, retryAfterMs }, 'tenant rate-limited the pass-through');
        return answer(
          429,
          graphqlErrorBody('RATE_LIMITED', 'Rate limited by the tenant', state.requestId, { retryAfterMs }),
          { ...response.rateLimitHeaders, 'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1_000))) },
        );
      }
      if (response.status !== 200 || !response.contentType.includes('json')) {
        // Not a GraphQL answer the client can use (an HTML error page, the tenant refusing our
        // key): report it as the tenant failing, without passing its body along.
        logger.warn({ reqId: state.requestId, status: response.status }, 'tenant answered pass-through with an error status');
        return answer(502, graphqlErrorBody('UPSTREAM_ERROR', 'The tenant failed', state.requestId));
      }
      // Responses are small JSON; buffering them lets us guarantee the key never leaves, even if
      // the tenant echoes it in an error message.
      let out = response.body;
      if (keyForms.some((form) => out.indexOf(form) !== -1)) out = Buffer.from(redactSecrets(out.toString('utf8'), [options.tenantKey]));
      answer(200, out, response.rateLimitHeaders);
    },
  };
}
