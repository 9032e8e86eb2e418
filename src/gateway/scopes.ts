/**
 * Client scopes. A token's scopes are ranked: admin implies write, write implies read. A query
 * needs read, a mutation write, and a few destructive root fields admin (declared by the schema
 * extension that adds them).
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { SCOPES, type Scope } from '../config/index.js';

export type { Scope };

/** read < write < admin; `schema` is outside the ranking (-1): it implies none of them, none implies it. */
const RANKED: readonly Scope[] = SCOPES.filter((scope) => scope !== 'schema');
const rank = (scope: Scope): number => RANKED.indexOf(scope);

export function hasScope(granted: readonly Scope[], needed: Scope): boolean {
  if (needed === 'schema') return granted.includes('schema');
  return granted.some((scope) => rank(scope) >= 0 && rank(scope) >= rank(needed));
}

/** True for a query that selects only introspection fields (`__schema`, `__type`, `__typename`). */
export function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return (
    operation.operation === 'query' &&
    operation.selectionSet.selections.every((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'))
  );
}

/** The higher of two scopes. */
export function higherScope(a: Scope, b: Scope): Scope {
  return rank(b) > rank(a) ? b : a;
}

/** `Mutation.deleteUser` -> `admin`: root fields whose scope is above their operation's default. */
export type FieldScopes = ReadonlyMap<string, Scope>;

/** The highest scope any root field of the operation needs. */
export function requiredScope(document: DocumentNode, operation: OperationDefinitionNode, fieldScopes: FieldScopes): Scope {
  const rootType = operation.operation === 'query' ? 'Query' : operation.operation === 'mutation' ? 'Mutation' : 'Subscription';
  let needed: Scope = operation.operation === 'mutation' ? 'write' : 'read';
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const scope = fieldScopes.get(`${rootType}.${selection.name.value}`);
        if (scope) needed = higherScope(needed, scope);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return needed;
}
