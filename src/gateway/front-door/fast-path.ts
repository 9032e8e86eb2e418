/**
 * The fast path: a POST whose every operation is the tenant's own is forwarded to the tenant as-is,
 * but only when the answer is what Yoga would send for it: JSON in, an Accept header Yoga would
 * answer with one JSON result (the response says the media type Yoga would choose), a body Yoga
 * would accept unchanged (an object, or a batch of them, with only query/operationName/variables/
 * extensions, each of the right type), an operation Yoga would run (valid, within limits, named
 * when the document has several, variables that coerce) and a client whose scopes cover it.
 * Anything else, including every error case, is Yoga's to answer. The same checks also pick out a
 * single operation the gateway must execute itself (an `Execution`): the door runs those from
 * the query plan, with no Yoga request or response built unless the result carries errors.
 *
 * One decision and one forwarder, as one of the door's concerns (`fastPathDecision`), for every
 * POST with a JSON body, browsers' included (the door writes their CORS headers).
 */
import { getVariableValues, type DocumentNode, type GraphQLSchema } from 'graphql';
import { RateLimitedError, TrustedDocumentError, UpstreamError } from '../../errors/index.js';
import { parseRetryAfter, type TenantGraphqlClient } from '../../tenant/index.js';
import { redactSecrets, type Logger } from '../../util/index.js';
import type { DocumentRouter } from '../document-router.js';
// A forwarded request's tenant failure is worded by the one masker, as on every other path.
import { maskedFailureBody, type ErrorMasker } from '../errors.js';
import { hasScope, type Scope } from '../scopes.js';
import type { TrustedDocumentGate, WireParams } from '../trusted-documents/index.js';
import type { ClientIdentity } from '../auth/index.js';
import type { AdmissionControl } from './admission.js';
import { yogaResponseMediaType, type Negotiated } from './media-type.js';
import type { DoorStep } from './door.js';
import type { FrontDoorState } from './state.js';

export interface FastPathOptions {
  router: DocumentRouter;
  /** The composed schema (the tenant's types are the same in it): variables are coerced against it. */
  schema: GraphQLSchema;
  tenant: TenantGraphqlClient;
  /** Trusted documents: ids become their text before anything decides; free text may be refused. */
  trusted: TrustedDocumentGate;
  /** True when manifests are loaded (a body may name a document by id). */
  hasTrustedDocuments: boolean;
  /** A forwarded response is checked for it (raw and URL-encoded) before it leaves. */
  tenantKey: string;
  maxBatchOperations: number;
  logger: Logger;
  /** The one masker (`createErrorMasker`): a failed forward is worded as a failed tenant call anywhere. */
  maskError: ErrorMasker;
  /**
   * Bounds what is sent to the tenant at once and what waits (the tenant's connection pool would
   * otherwise queue without bound when the tenant slows): beyond, 503 + Retry-After at once.
   */
  admission: AdmissionControl;
}

/** What to send the tenant, when a body may be forwarded. */
export interface Forwarding {
  body: Buffer;
  /** The operation name of a single operation (metrics, traces); undefined for a batch or an anonymous one. */
  operationName: string | undefined;
  /** Every operation is a query: a failed call is retried (a mutation is sent once). */
  readOnly: boolean;
}

/**
 * A single operation the gateway must execute itself (it selects REST or cross-surface fields):
 * valid, within limits, its variables coerce and the client's scopes cover it. The door runs
 * it from its query plan (planned-execution.ts).
 */
export interface Execution {
  /** The router's parsed document (the same object for the same text: the planner's cache key). */
  document: DocumentNode;
  /** The client's operationName, as sent. */
  operationName: string | undefined;
  /** The operation's own name (metrics, traces). */
  name: string | undefined;
  /** The client's variables as sent (frozen: the decision is shared by every request with this body). */
  variables: Readonly<Record<string, unknown>> | undefined;
}

/** What the front door may do with a body without Yoga: forward it, or execute it. */
export type Decision = { forwarding: Forwarding; execution?: undefined } | { execution: Execution; forwarding?: undefined };

/** A forwarded request's answer, in neither door's response type. */
export interface ForwardedAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

export interface FastPath {
  /** The media type of a forwarded answer for this Accept header, or 'other' (streaming, 406: Yoga's). */
  negotiate(accept: string | null | undefined): Negotiated;
  /** What to forward or execute for this JSON body and client, or undefined when Yoga must answer it. */
  decide(body: Buffer, client: ClientIdentity): Decision | undefined;
  forward(forwarding: Forwarding, state: FrontDoorState, mediaType: Exclude<Negotiated, 'other'>): Promise<ForwardedAnswer>;
}

interface BodyPlan {
  scopes: Scope[];
  operationName: string | undefined;
  readOnly: boolean;
  /** Set when the body is one operation the gateway executes (not forwarded). */
  execution?: Execution;
}

interface OperationPlan {
  scope: Scope;
  name: string | undefined;
  query: boolean;
  /** Set when the operation is not the tenant's alone (the gateway executes it). */
  execution?: Execution;
}

/** Bodies up to this size have their decision cached by their text. */
const MAX_CACHED_BODY_BYTES = 4_096;
const BODY_CACHE_ENTRIES = 1_000;
const ACCEPT_CACHE_ENTRIES = 100;
/** A body naming a document by id holds one of these (a cheap byte search before any JSON.parse). */
const DOCUMENT_ID_MARKERS = [Buffer.from('"documentId"'), Buffer.from('"persistedQuery"')];
/** The wait a tenant 429 without Retry-After is answered with. */
const DEFAULT_RETRY_AFTER_MS = 1_000;
const BODY_KEYS = new Set(['query', 'operationName', 'variables', 'extensions']);

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Frozen all the way down: a resolver that mutated its arguments would change every later request's. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function createFastPath(options: FastPathOptions): FastPath {
  const { router, schema, tenant, trusted, logger, maxBatchOperations, admission, maskError } = options;
  const tenantPath = tenant.http.displayUrl;
  const keyForms = [...new Set([options.tenantKey, encodeURIComponent(options.tenantKey)])].map((form) => Buffer.from(form));

  /**
   * One operation of the body, when Yoga would run it unchanged: its scope, and whether it is the
   * tenant's alone (forwarded) or the gateway's to execute; else null.
   */
  const planOperation = (operation: unknown): OperationPlan | null => {
    if (!isPlainObject(operation)) return null;
    for (const key in operation) if (operation[key] != null && !BODY_KEYS.has(key)) return null;
    const { query, operationName, variables, extensions } = operation;
    if (typeof query !== 'string') return null;
    if (operationName != null && typeof operationName !== 'string') return null;
    if (variables != null && !isPlainObject(variables)) return null;
    if (extensions != null && !isPlainObject(extensions)) return null;
    const route = router.route(query, variables ?? undefined);
    if (!route.tenantOnly && !route.document) return null;
    const name = typeof operationName === 'string' ? operationName : '';
    const only = name === '' && route.operations.size === 1 ? route.operations.keys().next().value! : name;
    const definition = route.operations.get(only);
    const scope = route.scopes.get(only);
    if (!definition || !scope) return null;
    if (definition.variableDefinitions?.length || variables) {
      // The tenant's own message for a bad variable is not for the client: Yoga words it.
      const coerced = getVariableValues(schema, definition.variableDefinitions ?? [], (variables as Record<string, unknown>) ?? {});
      if (coerced.errors) return null;
    }
    const plan: OperationPlan = { scope, name: definition.name?.value, query: definition.operation === 'query' };
    if (!route.tenantOnly) {
      plan.execution = {
        document: route.document!,
        operationName: typeof operationName === 'string' ? operationName : undefined,
        name: definition.name?.value,
        variables: variables ? deepFreeze(variables as Record<string, unknown>) : undefined,
      };
    }
    return plan;
  };

  const planBody = (payload: unknown): BodyPlan | null => {
    const batch = Array.isArray(payload);
    const operations = batch ? payload : [payload];
    if (operations.length === 0 || operations.length > maxBatchOperations) return null;
    const scopes: Scope[] = [];
    let operationName: string | undefined;
    let readOnly = true;
    for (const operation of operations) {
      const plan = planOperation(operation);
      if (!plan) return null;
      // A batch is forwarded whole or not at all: one the gateway must execute a part of is Yoga's.
      if (plan.execution) return batch ? null : { scopes: [plan.scope], operationName: plan.name, execution: plan.execution, readOnly: plan.query };
      scopes.push(plan.scope);
      readOnly &&= plan.query;
      if (!batch) operationName = plan.name;
    }
    return { scopes, operationName, readOnly };
  };

  // The same body text always gets the same plan (the router and schema are fixed for the
  // gateway's life), so a client repeating a request skips JSON.parse and the checks. Keyed by
  // the bytes read as latin1 (one char per byte: cheap and exact); small bodies only.
  const plans = new Map<string, BodyPlan | null>();
  const planFor = (body: Buffer): BodyPlan | null => {
    const cacheable = body.length <= MAX_CACHED_BODY_BYTES;
    const key = cacheable ? body.toString('latin1') : '';
    if (cacheable) {
      const known = plans.get(key);
      if (known !== undefined) return known;
    }
    let plan: BodyPlan | null;
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

  /**
   * The body with every trusted-document id replaced by its text (what the tenant is given), the
   * same body when there is nothing to resolve, or undefined when the gate refuses it (Yoga's gate
   * then words the refusal). Never cached: manifests reload.
   */
  const gate = (body: Buffer): { body: Buffer; plan: BodyPlan | null } | undefined => {
    const mayNameId = options.hasTrustedDocuments && DOCUMENT_ID_MARKERS.some((marker) => body.indexOf(marker) !== -1);
    if (!mayNameId && !trusted.trustedOnly) return { body, plan: planFor(body) };
    let payload: unknown;
    try {
      payload = JSON.parse(body.toString('utf8'));
    } catch {
      return undefined;
    }
    let changed = false;
    const resolve = (params: unknown) => {
      if (!isPlainObject(params)) return params;
      const out = trusted.resolve(params as WireParams);
      if (out !== params) changed = true;
      return out;
    };
    let resolved: unknown;
    try {
      resolved = Array.isArray(payload) ? payload.map(resolve) : resolve(payload);
    } catch (error) {
      if (error instanceof TrustedDocumentError) return undefined;
      throw error;
    }
    if (!changed) return { body, plan: planFor(body) };
    // The resolved text is the manifest's own string: the router's cache (keyed by text) hits the
    // same entry every time, so the decision is made once per document, not per request.
    return { body: Buffer.from(JSON.stringify(resolved)), plan: planBody(resolved) };
  };

  const accepts = new Map<string, Negotiated>();

  return {
    negotiate(accept) {
      const key = accept ?? '';
      let known = accepts.get(key);
      if (known === undefined) {
        known = yogaResponseMediaType(accept ?? null);
        if (accepts.size >= ACCEPT_CACHE_ENTRIES) accepts.clear();
        accepts.set(key, known);
      }
      return known;
    },

    decide(body, client) {
      const gated = gate(body);
      const plan = gated?.plan;
      if (!plan) return undefined;
      for (const needed of plan.scopes) if (!hasScope(client.scopes, needed)) return undefined;
      if (plan.execution) return { execution: plan.execution };
      return { forwarding: { body: gated.body, operationName: plan.operationName, readOnly: plan.readOnly } };
    },

    async forward(forwarding, state, mediaType) {
      const json = `${mediaType}; charset=utf-8`;
      const answer = (status: number, body: Buffer | string, headers: Record<string, string> = {}): ForwardedAnswer => ({
        status,
        body,
        headers: { 'content-type': json, ...headers },
      });
      if (!(await admission.admit(state, undefined))) {
        const shed = admission.shed(state, mediaType);
        return { status: shed.status, body: shed.body, headers: shed.headers };
      }
      let response;
      try {
        // Queries are retried by the tenant client (its retry policy); a body with a mutation goes once.
        const post = forwarding.readOnly ? tenant.query : tenant.http.post;
        response = await post(forwarding.body, { authToken: state.authToken });
      } catch (error) {
        state.failure = error;
        if (error instanceof RateLimitedError) {
          // The tenant's budget (requests or points) has no room within the tenant timeout: nothing was sent.
          const retryAfterMs = error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
          return answer(429, maskedFailureBody(error, state.requestId, maskError, { retryAfterMs }), {
            'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1_000))),
          });
        }
        return answer(502, maskedFailureBody(error, state.requestId, maskError));
      } finally {
        admission.release(state);
      }
      if (response.status === 429) {
        // The tenant's budget is spent: the same typed answer the composed path gives, plus the
        // HTTP signals (status, Retry-After) a client's retry logic reads. The seed tenant sends no
        // hint with its 429: then a short default, so clients still pace.
        const retryAfterMs = parseRetryAfter(response.rateLimitHeaders['retry-after'], Date.now()) ?? DEFAULT_RETRY_AFTER_MS;
        logger.warn({ reqId: state.requestId, status: 429, retryAfterMs }, 'tenant rate-limited the pass-through');
        const limited = new RateLimitedError({ method: 'POST', path: tenantPath, status: 429, retryAfterMs });
        return answer(429, maskedFailureBody(limited, state.requestId, maskError), {
          ...response.rateLimitHeaders,
          'retry-after': String(Math.max(1, Math.ceil(retryAfterMs / 1_000))),
        });
      }
      if (response.status !== 200 || !response.contentType.includes('json')) {
        // Not a GraphQL answer the client can use (an HTML error page, the tenant refusing our
        // key): report it as the tenant failing, without passing its body along.
        state.failure = `tenant answered the pass-through with status ${response.status}`;
        return answer(502, maskedFailureBody(new UpstreamError({ method: 'POST', path: tenantPath, status: response.status }), state.requestId, maskError));
      }
      // Responses are small JSON; buffering them lets us guarantee the key never leaves, even if
      // the tenant echoes it in an error message.
      let out = response.body;
      if (keyForms.some((form) => out.indexOf(form) !== -1)) out = Buffer.from(redactSecrets(out.toString('utf8'), [options.tenantKey]));
      return answer(200, out, response.rateLimitHeaders);
    },
  };
}

/**
 * The door's concern: a JSON body the fast path may forward is forwarded (its answer written by
 * the door); one operation the gateway executes is noted for the planned execution after admission;
 * anything else goes on (to Yoga, after admission).
 */
export function fastPathDecision(fastPath: FastPath): DoorStep {
  return (request) => {
    const { req, method, body, state, accept } = request;
    if (method !== 'POST' || !body || !state.client) return undefined;
    const contentType = req.headers['content-type'];
    if (contentType !== 'application/json' && !(contentType?.startsWith('application/json;') ?? false)) return undefined;
    const mediaType = fastPath.negotiate(accept);
    if (mediaType === 'other') return undefined;
    const decision = fastPath.decide(body, state.client);
    if (!decision) return undefined;
    if (decision.execution) {
      state.operationName = decision.execution.name;
      request.execution = { execution: decision.execution, mediaType };
      return undefined;
    }
    state.route = 'fast';
    state.operationName = decision.forwarding.operationName;
    return fastPath.forward(decision.forwarding, state, mediaType);
  };
}
