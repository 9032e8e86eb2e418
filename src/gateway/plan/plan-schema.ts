/**
 * The schema a plan's gateway part executes against: the tenant's types (no resolvers: a plan never
 * asks this schema for a tenant field) plus every extension's SDL and resolvers, plus one synthetic
 * root field per tenant type that has cross-surface fields. `_tigPlan_User: [User]` hands back the
 * tenant objects a plan collected (read from the root value under the field's response key), so
 * `{ p0: _tigPlan_User { active enrollments { courseId } } }` runs the cross-surface resolvers for
 * a whole page of users in one execution, with graphql-js's semantics (fragments, directives,
 * errors, null bubbling) and the parents being exactly what stitching would have passed: the key
 * fields the extension declared in `selectionSet`.
 */
import { addResolversToSchema } from '@graphql-tools/schema';
import type { IResolvers } from '@graphql-tools/utils';
import { Kind, assertValidSchema, concatAST, extendSchema, isCompositeType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { SchemaError } from '../../errors/index.js';
import type { SchemaExtension } from '../schema-extension.js';

/** The synthetic root field that yields collected parents of `typeName`. */
export const parentsFieldName = (typeName: string) => `_tigPlan_${typeName}`;

export interface PlanSchema {
  schema: GraphQLSchema;
  /**
   * `Type.field` of each cross-surface field (an extension field on a tenant type) -> the tenant
   * fields its resolver needs on the parent (`selectionSet: '{ id }'` -> ['id']); undefined when
   * the declared selection set is more than plain fields, which the planner leaves to stitching.
   */
  crossSurfaceKeys: ReadonlyMap<string, readonly string[] | undefined>;
  /** Names of the tenant's object, interface and union types (a gateway field must not return one). */
  tenantTypes: ReadonlySet<string>;
}

/** Reads `{ id }`-style selection sets; anything with arguments, aliases or nesting is undefined. */
function plainFields(selectionSet: string): string[] | undefined {
  let document;
  try {
    document = parse(`{ ${selectionSet.trim().replace(/^\{|\}$/g, '')} }`);
  } catch {
    return undefined;
  }
  const operation = document.definitions[0];
  if (operation?.kind !== Kind.OPERATION_DEFINITION) return undefined;
  const names: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.alias || selection.arguments?.length || selection.selectionSet || selection.directives?.length) return undefined;
    names.push(selection.name.value);
  }
  return names;
}

export function buildPlanSchema(tenantSchema: GraphQLSchema, extensions: readonly SchemaExtension[]): PlanSchema {
  const crossSurfaceKeys = new Map<string, readonly string[] | undefined>();
  const typesWithCrossSurface = new Set<string>();
  for (const extension of extensions) {
    const resolvers = extension.resolvers as Record<string, Record<string, unknown> | undefined>;
    for (const [typeName, fields] of Object.entries(resolvers)) {
      if (!isObjectType(tenantSchema.getType(typeName)) || !fields || typeName === tenantSchema.getQueryType()?.name) continue;
      if (typeName === tenantSchema.getMutationType()?.name || typeName === tenantSchema.getSubscriptionType()?.name) continue;
      for (const [fieldName, resolver] of Object.entries(fields)) {
        const declared = typeof resolver === 'object' && resolver !== null ? (resolver as { selectionSet?: unknown }).selectionSet : undefined;
        crossSurfaceKeys.set(`${typeName}.${fieldName}`, typeof declared === 'string' ? plainFields(declared) : []);
        typesWithCrossSurface.add(typeName);
      }
    }
  }

  const queryName = tenantSchema.getQueryType()?.name ?? 'Query';
  const syntheticFields: string[] = [];
  const syntheticResolvers: Record<string, (root: Record<string, unknown>, args: unknown, context: unknown, info: { path: { key: string | number } }) => unknown> = {};
  for (const typeName of typesWithCrossSurface) {
    const name = parentsFieldName(typeName);
    if (tenantSchema.getQueryType()?.getFields()[name]) throw new SchemaError(`the tenant schema has a field ${queryName}.${name}, which the query planner reserves`);
    syntheticFields.push(`${name}: [${typeName}]`);
    syntheticResolvers[name] = (root, _args, _context, info) => root[info.path.key as string];
  }

  // graphql-js's extendSchema over the tenant's built schema, resolvers then set on its fresh types
  // in place: what mergeSchemas did (print the tenant schema to SDL, merge, rebuild, map it twice
  // more) for a fifth of the time, which matters because a schema swap builds this on the event
  // loop while requests wait (#23).
  const typeDefs = [...extensions.map((extension) => extension.typeDefs), ...(syntheticFields.length ? [`extend type ${queryName} { ${syntheticFields.join(' ')} }`] : [])];
  const schema = extendSchema(tenantSchema, concatAST(typeDefs.map((sdl) => parse(sdl))));
  // One call (each one heals the whole schema): the extensions' resolver maps merged type by type.
  const resolvers: Record<string, unknown> = {};
  for (const map of [...extensions.map((extension) => extension.resolvers as Record<string, unknown>), { [queryName]: syntheticResolvers }]) {
    for (const [typeName, fields] of Object.entries(map)) {
      const known = resolvers[typeName];
      resolvers[typeName] = isPlainObject(known) && isPlainObject(fields) ? { ...known, ...fields } : fields;
    }
  }
  addResolversToSchema({ schema, resolvers: resolvers as IResolvers, updateResolversInPlace: true });
  // Validated now (graphql-js keeps the result): otherwise the first plan executed pays for it.
  assertValidSchema(schema);
  const tenantTypes = new Set(
    Object.values(tenantSchema.getTypeMap())
      .filter((type) => isCompositeType(type) && !type.name.startsWith('__'))
      .map((type) => type.name),
  );
  return { schema, crossSurfaceKeys, tenantTypes };
}

/** A resolver map's type entry that is a plain field map (not a GraphQLScalarType or other class instance). */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
