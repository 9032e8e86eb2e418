/**
 * Decides, once per document text, whether a request can skip the composed schema: a valid
 * operation that touches only the tenant's own fields is forwarded to the tenant as-is (the fast
 * path). Anything else (REST fields, cross-surface fields, introspection of the gateway's schema,
 * subscriptions, invalid or over-limit documents) goes through Yoga, which also produces the
 * proper errors. The decision is cached by document text, so the steady state costs a Map lookup.
 */
import {
  Kind,
  TypeInfo,
  parse,
  specifiedRules,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { requiredScope, type FieldScopes, type Scope } from './scopes.js';

export interface DocumentRoute {
  /** True when every selected field is the tenant's own and the document passed validation and limits. */
  tenantOnly: boolean;
  /** Scope each operation needs, by operation name ('' for an anonymous operation). */
  scopes: ReadonlyMap<string, Scope>;
  /** Each operation by name ('' for an anonymous one): the fast path coerces variables against it. */
  operations: ReadonlyMap<string, OperationDefinitionNode>;
}

const GATEWAY_ONLY: DocumentRoute = { tenantOnly: false, scopes: new Map(), operations: new Map() };

export interface DocumentRouterOptions {
  schema: GraphQLSchema;
  extensionFields: ReadonlySet<string>;
  fieldScopes: FieldScopes;
  /** Extra validation rules (depth, cost, no-introspection): the fast path honours the same limits. */
  rules: readonly ValidationRule[];
  /** How many distinct documents to remember. */
  cacheSize?: number;
}

export interface DocumentRouter {
  route(query: string): DocumentRoute;
}

export function createDocumentRouter(options: DocumentRouterOptions): DocumentRouter {
  const { schema, extensionFields, fieldScopes } = options;
  const rules = [...specifiedRules, ...options.rules];
  const cacheSize = options.cacheSize ?? 1_000;
  const cache = new Map<string, DocumentRoute>();

  const decide = (query: string): DocumentRoute => {
    let document: DocumentNode;
    try {
      document = parse(query);
      // Limit rules report by throwing; either way an invalid document is Yoga's to answer.
      if (validate(schema, document, rules).length > 0) return GATEWAY_ONLY;
    } catch {
      return GATEWAY_ONLY;
    }
    const scopes = new Map<string, Scope>();
    const operations = new Map<string, OperationDefinitionNode>();
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      if (definition.operation === 'subscription') return GATEWAY_ONLY;
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
    return { tenantOnly, scopes, operations };
  };

  return {
    route(query) {
      let decision = cache.get(query);
      if (decision === undefined) {
        decision = decide(query);
        if (cache.size >= cacheSize) cache.delete(cache.keys().next().value!);
        cache.set(query, decision);
      }
      return decision;
    },
  };
}
