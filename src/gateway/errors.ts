/**
 * What a client may see of a failure. Typed errors keep their stable `extensions.code` and their
 * (already masked) message; the tenant's own GraphQL errors pass through; anything else is an
 * internal error: logged with the request id, shown only as "Unexpected error.". Every message is
 * scrubbed of the tenant key on the way out.
 */
import { GraphQLError } from 'graphql';
import { RateLimitedError, TiGraphError } from '../errors/index.js';
import { redactSecrets, type Logger } from '../util/index.js';

export function createErrorMasker(secrets: readonly string[], logger: Logger) {
  const scrub = (text: string) => redactSecrets(text, secrets);
  return function maskError(error: unknown): Error {
    const graphqlError = error instanceof GraphQLError ? error : undefined;
    const original = graphqlError ? graphqlError.originalError : error;
    const where = { ...(graphqlError?.nodes ? { nodes: graphqlError.nodes } : {}), ...(graphqlError?.path ? { path: graphqlError.path } : {}) };
    if (original instanceof TiGraphError) {
      const extensions: Record<string, unknown> = { code: original.code };
      // The tenant's own back-off hint, so a client can wait instead of hammering.
      if (original instanceof RateLimitedError && original.retryAfterMs !== undefined) extensions.retryAfterMs = original.retryAfterMs;
      return new GraphQLError(scrub(original.message), { ...where, extensions });
    }
    if (graphqlError && (!original || original instanceof GraphQLError || isTenantReportedError(original))) {
      const message = scrub(graphqlError.message);
      if (message === graphqlError.message) return graphqlError;
      return new GraphQLError(message, { ...where, extensions: graphqlError.extensions });
    }
    logger.error({ err: original }, 'unexpected error while resolving');
    return new GraphQLError('Unexpected error.', { ...where, extensions: { code: 'INTERNAL' } });
  };
}

/** Stitching rebuilds the tenant's errors as plain objects carrying the tenant's message. */
function isTenantReportedError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && !(error instanceof Error);
}
