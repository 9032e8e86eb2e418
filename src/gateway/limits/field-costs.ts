import type { GraphQLSchema } from 'graphql';

/**
 * What each gateway-added field costs in REST calls, the way `@listSize`/`@cost` would say it in
 * SDL (kept out of the SDL so the printed schema and the tenant's drift stay untouched). The REST API has no
 * bulk reads, so a field on a listed object costs one call per object; fields that share a
 * DataLoader (`resource`) on the same object cost one call between them.
 */
export interface FieldCost {
  /** REST calls one instance of the field makes. */
  restCalls: number;
  /** Fields with the same resource on the same parent object share one call (the same DataLoader key). */
  resource?: string;
}

const fieldCostsBySchema = new WeakMap<GraphQLSchema, Readonly<Record<string, FieldCost>>>();

/**
 * Records the REST costs of `composed`'s gateway fields, by `Type.field`: each extension declares
 * its own (`SchemaExtension.costs`; the REST-backed fields derive theirs from their endpoints), and
 * `compose.ts` tells the schema once, where it is built, so every path estimates the same way.
 */
export function registerFieldCosts(composed: GraphQLSchema, costs: Readonly<Record<string, FieldCost>>): void {
  fieldCostsBySchema.set(composed, costs);
}

/** The REST costs recorded for `schema`; none for a schema not built by `compose.ts` (it has no gateway fields). */
export function fieldCostsOf(schema: GraphQLSchema): Readonly<Record<string, FieldCost>> {
  return fieldCostsBySchema.get(schema) ?? {};
}

/** Arguments that set how many items a list returns (`@listSize(slicingArguments:)`), by name on any field. */
export const SLICING_ARGUMENTS: readonly string[] = ['perPage', 'limit', 'first', 'last', 'pageSize'];

/** Items assumed for a list whose size no argument states (a variable without a value, a default-less argument). */
export const ASSUMED_LIST_SIZE = 100;

/** Items assumed for a list field with no slicing argument at all (nested lists such as a user's groups). */
export const UNSLICED_LIST_SIZE = 10;
