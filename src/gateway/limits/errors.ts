import { GraphQLError } from 'graphql';
import { DocumentLimitError, type DocumentLimit } from '../../errors/index.js';

/**
 * The GraphQL error a refused document gets: the typed error's message and facts in `extensions`.
 * No `originalError`: a refusal is an expected answer (HTTP 200 for JSON), not an internal failure,
 * and it may be answered before Yoga's masking runs.
 */
export function documentLimitError(limit: DocumentLimit, message: string, max: number, found?: number): GraphQLError {
  const typed = new DocumentLimitError(limit, message, max, found);
  return new GraphQLError(typed.message, {
    extensions: { code: typed.code, limit, max, ...(found !== undefined ? { found } : {}) },
  });
}
