/**
 * Our operations are written against the gateway's unified schema: the tenant's schema plus what
 * the gateway adds (REST-backed root fields, fields on tenant types, subscriptions). To judge a
 * tenant change by those operations, the same additions are applied to both tenant schemas.
 *
 * The additions are read from the committed unified schema (`npm run schema:print` output), not
 * from the gateway's code: whatever the unified schema has that the tenant snapshot lacks. This
 * keeps `drift` free of the gateway's runtime imports and as fast as a plain check.
 */
import {
  extendSchema,
  isObjectType,
  Kind,
  OperationTypeNode,
  parse,
  printSchema,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationTypeDefinitionNode,
} from 'graphql';
import { SchemaError } from '../errors/index.js';

/** What `unified` adds to `tenant`, as an SDL document of new types and type extensions. */
export function gatewayAdditions(unified: GraphQLSchema, tenant: GraphQLSchema): DocumentNode {
  const definitions: DefinitionNode[] = [];
  for (const node of parse(printSchema(unified)).definitions) {
    if (node.kind === Kind.SCHEMA_DEFINITION) continue;
    if (node.kind === Kind.DIRECTIVE_DEFINITION) {
      if (!tenant.getDirective(node.name.value)) definitions.push(node);
      continue;
    }
    if (!('name' in node) || !node.name) continue;
    const existing = tenant.getType(node.name.value);
    if (!existing) {
      definitions.push(node);
    } else if (node.kind === Kind.OBJECT_TYPE_DEFINITION && isObjectType(existing)) {
      const have = existing.getFields();
      const added = (node.fields ?? []).filter((field) => !have[field.name.value]);
      if (added.length > 0) definitions.push({ kind: Kind.OBJECT_TYPE_EXTENSION, name: node.name, fields: added });
    }
  }
  // A root the tenant lacks (Subscription): name it as a root, or extendSchema adds a plain type.
  const roots: OperationTypeDefinitionNode[] = [];
  for (const [operation, type, tenantHas] of [
    [OperationTypeNode.MUTATION, unified.getMutationType(), tenant.getMutationType()],
    [OperationTypeNode.SUBSCRIPTION, unified.getSubscriptionType(), tenant.getSubscriptionType()],
  ] as const) {
    if (type && !tenantHas) {
      roots.push({ kind: Kind.OPERATION_TYPE_DEFINITION, operation, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: type.name } } });
    }
  }
  if (roots.length > 0) definitions.push({ kind: Kind.SCHEMA_EXTENSION, operationTypes: roots });
  return { kind: Kind.DOCUMENT, definitions };
}

/**
 * The tenant schema as the gateway would serve it. A tenant change the additions no longer fit
 * (a field the gateway adds now exists upstream, a type it extends is gone) is a SchemaError that
 * names it: the gateway itself would refuse to start on that schema.
 */
export function applyGatewayAdditions(tenant: GraphQLSchema, additions: DocumentNode, label: string): GraphQLSchema {
  try {
    return extendSchema(tenant, additions, { assumeValidSDL: false });
  } catch (error) {
    // graphql-js lists every clash, one per paragraph: the first few say enough.
    const clashes = (error as Error).message.split(/\n\n+/);
    const shown = clashes.slice(0, 3).join('; ');
    const more = clashes.length > 3 ? ` (and ${clashes.length - 3} more)` : '';
    throw new SchemaError(`the gateway's additions no longer fit ${label}: ${shown}${more}`);
  }
}
