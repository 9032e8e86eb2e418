/**
 * The first look at a document's text, before anything recursive touches it. graphql-js parses by
 * recursive descent, so a 2,500-deep `{ a { a { ... } } }` overflows the stack inside `parse` even
 * with its own `maxTokens` (the parser recurses before the token count is reached). The lexer is a
 * loop: walking its tokens bounds both the token count and the bracket nesting, then `parse` runs
 * with `maxTokens` as a second guard.
 */
import { GraphQLError, Lexer, Source, TokenKind, parse, type DocumentNode } from 'graphql';
import { documentLimitError } from './errors.js';
import type { SourceLimits } from './options.js';

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/** A refusal (token count, bracket nesting, or the lexer's own syntax error), or undefined when the text may be parsed. */
export function checkSource(text: string, limits: SourceLimits): GraphQLError | undefined {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > limits.maxTokens) {
        return documentLimitError('tokens', `Document token limit of ${limits.maxTokens} exceeded.`, limits.maxTokens);
      }
      if (OPENING.has(token.kind)) {
        nesting += 1;
        if (nesting > limits.maxNesting) {
          return documentLimitError('nesting', `Document nesting limit of ${limits.maxNesting} exceeded.`, limits.maxNesting);
        }
      } else if (CLOSING.has(token.kind)) {
        nesting -= 1;
      }
    }
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  return undefined;
}

/** Parses a document after `checkSource` allowed it; throws the refusal or the syntax error as a GraphQLError. */
export function parseWithinLimits(text: string, limits: SourceLimits): DocumentNode {
  const refusal = checkSource(text, limits);
  if (refusal) throw refusal;
  return parse(text, { maxTokens: limits.maxTokens });
}
