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
  getNamedType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  OperationTypeNode,
  parse,
  printSchema,
  type DefinitionNode,
  type DocumentNode,
  type ExecutableDefinitionNode,
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

/** The types the additions create and the `Type.field` coordinates they add (new types' fields included). */
function additionCoordinates(additions: DocumentNode): { types: Set<string>; fields: Set<string> } {
  const types = new Set<string>();
  const fields = new Set<string>();
  for (const node of additions.definitions) {
    if (!('name' in node) || !node.name || node.kind === Kind.DIRECTIVE_DEFINITION) continue;
    if (node.kind !== Kind.OBJECT_TYPE_EXTENSION) types.add(node.name.value);
    if ('fields' in node) for (const field of node.fields ?? []) fields.add(`${node.name.value}.${field.name.value}`);
  }
  return { types, fields };
}

/**
 * Whether documents written against `unified` use anything the gateway adds (a REST-backed field,
 * a gateway type in a variable or fragment): then they can only be judged with the additions.
 */
export function usesGatewayAdditions(unified: GraphQLSchema, additions: DocumentNode, definitions: readonly ExecutableDefinitionNode[]): boolean {
  const { types, fields } = additionCoordinates(additions);
  if (types.size === 0 && fields.size === 0) return false;
  const typeInfo = new TypeInfo(unified);
  let uses = false;
  const document: DocumentNode = { kind: Kind.DOCUMENT, definitions };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && fields.has(`${parent.name}.${node.name.value}`)) uses = true;
        const type = typeInfo.getType();
        if (type && types.has(getNamedType(type).name)) uses = true;
      },
      NamedType(node) {
        if (types.has(node.name.value)) uses = true;
      },
    }),
  );
  return uses;
}

/** True when `schema` already has every addition (it is a gateway's schema, not a tenant's). */
export function hasAllAdditions(schema: GraphQLSchema, additions: DocumentNode): boolean {
  const { types, fields } = additionCoordinates(additions);
  for (const type of types) if (!schema.getType(type)) return false;
  for (const coordinate of fields) {
    const [typeName, fieldName] = coordinate.split('.') as [string, string];
    const type = schema.getType(typeName);
    if (!type || !(isObjectType(type) || isInputObjectType(type) || isInterfaceType(type)) || !type.getFields()[fieldName]) return false;
  }
  return true;
}
