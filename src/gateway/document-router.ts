/**
 * Decides, once per document text, whether a request can skip the composed schema: a valid
 * operation that touches only the tenant's own fields is forwarded to the tenant as-is (the fast
 * path). A valid one that also selects the gateway's fields (REST, cross-surface) comes with its
 * parsed document, which the front door may run from its query plan without Yoga's request
 * objects. Anything else (introspection of the gateway's schema, subscriptions, invalid or
 * over-limit documents) goes through Yoga, which also produces the proper errors. The decision is cached by document text, so the steady state costs a cache lookup
 * (bounded, least recently used first out).
 */
import {
  Kind,
  NoSchemaIntrospectionCustomRule,
  TypeInfo,
  specifiedRules,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { checkDocument, parseWithinLimits, type DocumentLimits } from './limits/index.js';
import { hasDeferOrStream } from './incremental/index.js';
import { LRUCache } from 'lru-cache';
import { requiredScope, type FieldScopes, type Scope } from './scopes.js';

export interface DocumentRoute {
  /** True when every selected field is the tenant's own and the document passed validation and limits. */
  tenantOnly: boolean;
  /**
   * The parsed document, when it passed validation and limits and has no subscription (what the
   * front door may execute); undefined when only Yoga may answer it.
   */
  document: DocumentNode | undefined;
  /** Scope each operation needs, by operation name ('' for an anonymous operation). */
  scopes: ReadonlyMap<string, Scope>;
  /** Each operation by name ('' for an anonymous one): the fast path coerces variables against it. */
  operations: ReadonlyMap<string, OperationDefinitionNode>;
}

const GATEWAY_ONLY: DocumentRoute = { tenantOnly: false, document: undefined, scopes: new Map(), operations: new Map() };

export interface DocumentRouterOptions {
  schema: GraphQLSchema;
  extensionFields: ReadonlySet<string>;
  fieldScopes: FieldScopes;
  /** The gateway's document limits: the fast path refuses (hands to Yoga) exactly what Yoga refuses. */
  limits: DocumentLimits;
  /** How many distinct documents to remember. */
  cacheSize?: number;
}

export interface DocumentRouter {
  /**
   * `variables` are the request's own: a page size given by a variable changes the cost, so such a
   * document is re-checked with them (pass exactly what the client sent, undefined when nothing).
   */
  route(query: string, variables: unknown): DocumentRoute;
}

interface Decision {
  route: DocumentRoute;
  /** Set when the limits verdict depends on variables: the parsed document to re-check per request. */
  recheck?: DocumentNode;
}

export function createDocumentRouter(options: DocumentRouterOptions): DocumentRouter {
  const { schema, extensionFields, fieldScopes } = options;
  const { limits } = options;
  const rules = limits.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
  const cacheSize = options.cacheSize ?? 1_000;
  const cache = new LRUCache<string, Decision>({ max: Math.max(1, cacheSize) });
  const refused = (document: DocumentNode, variables: unknown) =>
    checkDocument(document, { schema, limits, variables: isRecord(variables) ? variables : undefined }).error !== undefined;

  const decide = (query: string): Decision => {
    let document: DocumentNode;
    try {
      // Over-limit and invalid documents are Yoga's to answer, with the proper error.
      document = parseWithinLimits(query, limits);
    } catch {
      return { route: GATEWAY_ONLY };
    }
    // Limits before validation, as in Yoga: validation is quadratic in what they bound.
    const verdict = checkDocument(document, { schema, limits });
    if (verdict.error && !verdict.dependsOnVariables) return { route: GATEWAY_ONLY };
    if (validate(schema, document, rules).length > 0) return { route: GATEWAY_ONLY };
    // TI's GraphQL has no @defer/@stream: the gateway answers them (Yoga's path, the query plan).
    if (hasDeferOrStream(document)) return { route: GATEWAY_ONLY };
    const scopes = new Map<string, Scope>();
    const operations = new Map<string, OperationDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      if (definition.operation === 'subscription') return { route: GATEWAY_ONLY };
      scopes.set(definition.name?.value ?? '', requiredScope(document, definition, fieldScopes));
      operations.set(definition.name?.value ?? '', definition);
    }
    let tenantOnly = true;
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Field(node) {
          const name = node.name.value;
          const parent = typeInfo.getParentType();
          // The gateway's schema is not the tenant's: introspection is answered by the gateway.
          if (name === '__schema' || name === '__type' || (parent && extensionFields.has(`${parent.name}.${name}`))) {
            tenantOnly = false;
            return false;
          }
          return undefined;
        },
      }),
    );
    const route = { tenantOnly, document, scopes, operations };
    return verdict.estimate.variableSlicing ? { route, recheck: document } : { route };
  };

  return {
    route(query, variables) {
      let decision = cache.get(query);
      if (decision === undefined) {
        decision = decide(query);
        cache.set(query, decision);
      }
      if (decision.recheck && refused(decision.recheck, variables)) return GATEWAY_ONLY;
      return decision.route;
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
