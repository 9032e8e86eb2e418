/**
 * `__typename` in every selection set below an operation's root, as Apollo Client's cache adds it to
 * every query it sends (its `addTypenameToDocument`): a document that already has them is one Apollo
 * leaves unchanged, so the text in the trusted-documents manifest is the text Apollo asks for, and
 * the gateway's answers carry the `__typename` its cache normalises by.
 */
import { Kind, visit, type ASTNode, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

export function addTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent: ASTNode | readonly ASTNode[] | undefined) {
      // The root of an operation (Query, Mutation) is left as written, as Apollo does.
      if (parent && !Array.isArray(parent) && (parent as ASTNode).kind === Kind.OPERATION_DEFINITION) return undefined;
      // Already there, or an introspection selection (its meta fields are not the schema's objects).
      if (node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'))) return undefined;
      return { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}
