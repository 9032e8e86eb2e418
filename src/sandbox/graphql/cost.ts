/**
 * Query complexity, the way the vendor bills it: 1,000 points per query is the published limit.
 *
 * Cost model:
 * - every selected field costs 1 point, at any depth, counted once per place it is selected
 *   (a fragment spread twice costs twice);
 * - a field whose description says "This field has an additional cost of N points" (TI's own
 *   annotation, 16 fields in the 2023-07-20 snapshot) costs 1 + N;
 * - `__typename` and the introspection subtree (`__schema`, `__type`) are free, so a schema pull
 *   is never refused;
 * - list sizes are not multiplied in: the vendor does not publish a multiplier, and the sandbox's
 *   mocked lists are short. This under-counts deep list queries compared with a multiplying model.
 */
import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export const MAX_QUERY_COST = 1_000;

const ADDITIONAL_COST = /additional cost of (\d+) points?/i;
const extraCostByField = new WeakMap<GraphQLField<unknown, unknown>, number>();

function fieldCost(field: GraphQLField<unknown, unknown> | undefined): number {
  if (!field) return 1;
  let extra = extraCostByField.get(field);
  if (extra === undefined) {
    const match = field.description ? ADDITIONAL_COST.exec(field.description) : null;
    extra = match ? Number(match[1]) : 0;
    extraCostByField.set(field, extra);
  }
  return 1 + extra;
}

/** The cost of one operation of a validated document. */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
): number {
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  return selectionCost(schema, root, operation.selectionSet, fragments, new Set());
}

function selectionCost(
  schema: GraphQLSchema,
  parent: GraphQLCompositeType,
  selectionSet: SelectionSetNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  visiting: Set<string>,
): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      total += fieldCost(field);
      if (selection.selectionSet && field) {
        const child = getNamedType(field.type);
        if (isCompositeType(child)) total += selectionCost(schema, child, selection.selectionSet, fragments, visiting);
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
      if (condition && isCompositeType(condition)) {
        total += selectionCost(schema, condition, selection.selectionSet, fragments, visiting);
      }
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      // Validation already rejects fragment cycles; the guard keeps this function total anyway.
      if (!fragment || visiting.has(name)) continue;
      const condition = schema.getType(fragment.typeCondition.name.value);
      if (!condition || !isCompositeType(condition)) continue;
      visiting.add(name);
      total += selectionCost(schema, condition, fragment.selectionSet, fragments, visiting);
      visiting.delete(name);
    }
  }
  return total;
}
