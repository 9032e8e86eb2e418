/**
 * Small AST helpers the planner and the plan runner share: field collection (graphql-js's
 * CollectFields, with or without evaluating @skip/@include), the used fragments and variables of a
 * document, and node builders.
 */
import {
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  Kind,
  getDirectiveValues,
  isAbstractType,
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type InlineFragmentNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

export type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

export const responseKey = (node: FieldNode) => node.alias?.value ?? node.name.value;

/** True when a type condition (a type name, or none) applies to objects of `runtime`. */
function conditionApplies(schema: GraphQLSchema, condition: string | undefined, runtime: GraphQLObjectType): boolean {
  if (condition === undefined || condition === runtime.name) return true;
  const type = schema.getType(condition);
  return !!type && isAbstractType(type) && schema.isSubType(type, runtime);
}

/** @skip / @include, evaluated; `variables` undefined means "ignore them" (plan time). */
function included(node: { directives?: readonly DirectiveNode[] | undefined }, variables: Record<string, unknown> | undefined): boolean {
  if (variables === undefined || !node.directives?.length) return true;
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}

/**
 * CollectFields (GraphQL spec 6.3.2) for objects of `runtime`: response keys in the order the
 * response lists them, each with the field nodes merged under it. At plan time (`variables`
 * undefined) conditions are not evaluated but kept: a field reached through a fragment with
 * @skip/@include comes back with its selection set wrapped in that condition, so what is planned
 * below it still depends on it.
 */
export function collectFields(
  schema: GraphQLSchema,
  fragments: Fragments,
  runtime: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  variables: Record<string, unknown> | undefined,
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (selectionSet: SelectionSetNode, enclosing: ReadonlyArray<readonly DirectiveNode[]>) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, variables)) continue;
      const conditions = variables === undefined && selection.kind !== Kind.FIELD && selection.directives?.length ? [...enclosing, selection.directives] : enclosing;
      if (selection.kind === Kind.FIELD) {
        const key = responseKey(selection);
        const node = conditions.length && selection.selectionSet ? { ...selection, selectionSet: conditions.reduceRight(wrap, selection.selectionSet) } : selection;
        const list = fields.get(key);
        if (list) list.push(node);
        else fields.set(key, [node]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (conditionApplies(schema, selection.typeCondition?.name.value, runtime)) visit(selection.selectionSet, conditions);
      } else {
        const name = selection.name.value;
        // A fragment spread twice may sit under different conditions at plan time: visit each.
        if (variables !== undefined) {
          if (visited.has(name)) continue;
          visited.add(name);
        }
        const fragment = fragments[name];
        if (fragment && conditionApplies(schema, fragment.typeCondition.name.value, runtime)) visit(fragment.selectionSet, conditions);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet, []);
  return fields;
}

/** The selection sets of merged field nodes, each keeping its field's own @skip/@include. */
export function childSelections(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.filter((node) => node.selectionSet).map((node) => (node.directives?.length ? wrap(node.selectionSet!, node.directives) : node.selectionSet!));
}

/** `{ ... @directives { <selectionSet> } }`: keeps a parent field's conditions on its children. */
function wrap(selectionSet: SelectionSetNode, directives: readonly DirectiveNode[]): SelectionSetNode {
  const fragment: InlineFragmentNode = { kind: Kind.INLINE_FRAGMENT, directives, selectionSet };
  return { kind: Kind.SELECTION_SET, selections: [fragment] };
}

export const selectionSetOf = (selections: readonly SelectionNode[]): SelectionSetNode => ({ kind: Kind.SELECTION_SET, selections });

export function aliasedField(alias: string, name: string): FieldNode {
  const field: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: name } };
  return alias === name ? field : { ...field, alias: { kind: Kind.NAME, value: alias } };
}

