/**
 * The checks and trims the planner applies to a document: what makes it unplannable (`refuse`, caught
 * by buildPlan as a Fallback), whether a gateway subtree stays on the gateway, and the pruned tenant
 * document's unused variables and fragments dropped.
 */
import {
  Kind,
  getNamedType,
  isCompositeType,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { PlanContext } from './plan-types.js';
import type { Fragments } from './selections.js';

/** Thrown while planning: the document keeps stitched execution, for this reason. */
export class NotPlannable extends Error {}
export const refuse = (reason: string): never => {
  throw new NotPlannable(reason);
};

export const isObjectOrInterface = (type: GraphQLCompositeType): type is GraphQLObjectType => 'getFields' in type;

/** A gateway field's subtree must stay on the gateway: no tenant object type below it. */
export function assertPureGateway(context: PlanContext, node: FieldNode, parent: GraphQLCompositeType, fragments: Fragments): void {
  const seen = new Set<string>();
  const check = (selectionSet: SelectionSetNode, type: GraphQLCompositeType) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet || !isObjectOrInterface(type)) continue;
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        if (isCompositeType(named)) {
          if (isTenantType(context, named.name)) {
            refuse(`gateway field ${type.name}.${selection.name.value} returns tenant type ${named.name}`);
          }
          check(selection.selectionSet, named);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        check(selection.selectionSet, selection.typeCondition ? (context.plan.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : type);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value]!;
        check(fragment.selectionSet, context.plan.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType);
      }
    }
  };
  if (!node.selectionSet || !isObjectOrInterface(parent)) return;
  const field = parent.getFields()[node.name.value];
  if (!field) return;
  const named = getNamedType(field.type);
  if (isCompositeType(named)) {
    if (isTenantType(context, named.name)) refuse(`gateway field ${parent.name}.${node.name.value} returns tenant type ${named.name}`);
    check(node.selectionSet, named);
  }
}

/** A type the tenant owns: every type of the served schema that no extension defined. */
function isTenantType(context: PlanContext, typeName: string): boolean {
  return context.plan.tenantTypes.has(typeName);
}

export function documentHasConditions(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') found = true;
    },
  });
  return found;
}

/** Drops the variable definitions and fragments a pruned document no longer uses (the tenant validates). */
export function trim(document: DocumentNode): DocumentNode {
  const [operation, ...rest] = document.definitions as [OperationDefinitionNode, ...FragmentDefinitionNode[]];
  const byName = new Map(rest.map((fragment) => [fragment.name.value, fragment]));
  const usedFragments = new Set<string>();
  const usedVariables = new Set<string>();
  const scan = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node.selectionSet, {
      Variable(variable) {
        usedVariables.add(variable.name.value);
      },
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (usedFragments.has(name)) return;
        usedFragments.add(name);
        const fragment = byName.get(name);
        if (fragment) scan(fragment);
      },
    });
  scan(operation);
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      { ...operation, variableDefinitions: (operation.variableDefinitions ?? []).filter((definition) => usedVariables.has(definition.variable.name.value)) },
      ...rest.filter((fragment) => usedFragments.has(fragment.name.value)),
    ],
  };
}
