/**
 * The two incremental-delivery directives as the unified schema declares them, and the document
 * helpers the gateway needs around them: does a document use them, the same document without them
 * (what runs when the client cannot take incremental delivery, and what the tenant is sent: TI's
 * GraphQL API does not know `@defer`), and does a request's Accept ask for an incremental format.
 */
import { visit, type DocumentNode } from 'graphql';
import type { SchemaExtension } from '../schema-extension.js';

const INCREMENTAL_DIRECTIVES = new Set(['defer', 'stream']);

/**
 * `@defer` and `@stream` as graphql-js 17 and Yoga's plugin define them (the same text as
 * @graphql-tools/utils' GraphQLDeferDirective/GraphQLStreamDirective), declared in the served
 * schema so `schema/unified.graphql`, codegen and an app's editor accept them.
 */
export const incrementalDeliveryExtension: SchemaExtension = {
  name: 'incremental-delivery',
  typeDefs: /* GraphQL */ `
    """
    Directs the executor to defer this fragment when the \`if\` argument is true or undefined.
    """
    directive @defer(
      """
      Deferred when true or undefined.
      """
      if: Boolean! = true
      """
      Unique name
      """
      label: String
    ) on FRAGMENT_SPREAD | INLINE_FRAGMENT

    """
    Directs the executor to stream plural fields when the \`if\` argument is true or undefined.
    """
    directive @stream(
      """
      Stream when true or undefined.
      """
      if: Boolean! = true
      """
      Unique name
      """
      label: String
      """
      Number of items to return immediately
      """
      initialCount: Int = 0
    ) on FIELD
  `,
  resolvers: {},
};

const usesIncremental = new WeakMap<DocumentNode, boolean>();
const stripped = new WeakMap<DocumentNode, DocumentNode>();

/** True when the document has a `@defer` or `@stream` anywhere (memoised per parsed document). */
export function hasDeferOrStream(document: DocumentNode): boolean {
  let found = usesIncremental.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Directive(node) {
        if (INCREMENTAL_DIRECTIVES.has(node.name.value)) found = true;
      },
    });
    usesIncremental.set(document, found);
  }
  return found;
}

/**
 * The document with every `@defer` and `@stream` removed: the same result, delivered at once (the
 * incremental-delivery RFC lets a server ignore both). Memoised, so a cached plan keyed by the
 * document finds the same stripped node every time.
 */
export function withoutDeferOrStream(document: DocumentNode): DocumentNode {
  if (!hasDeferOrStream(document)) return document;
  let result = stripped.get(document);
  if (!result) {
    result = visit(document, {
      Directive(node) {
        return INCREMENTAL_DIRECTIVES.has(node.name.value) ? null : undefined;
      },
    }) as DocumentNode;
    stripped.set(document, result);
    usesIncremental.set(result, false);
  }
  return result;
}

/**
 * Whether the client asked, by name, for a format that carries incremental payloads
 * (`multipart/mixed`, `text/event-stream`). A wildcard is not asking: a client that accepts any
 * type (curl's default) or only JSON gets the whole result at once, as JSON.
 */
export function acceptsIncremental(accept: string | null | undefined): boolean {
  if (!accept) return false;
  for (const part of accept.toLowerCase().split(',')) {
    const type = part.split(';', 1)[0]!.trim();
    if (type === 'multipart/mixed' || type === 'text/event-stream') return true;
  }
  return false;
}

