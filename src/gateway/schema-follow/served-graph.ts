/**
 * The graph the gateway serves: the tenant's schema, the unified schema composed over it, and
 * everything derived from the two (the fast path's router, the query planner). Built together,
 * swapped together: a request reads one `ServedGraph` and keeps it to the end.
 */
import { createHash } from 'node:crypto';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import type { DocumentRouter } from '../document-router.js';
import type { QueryPlanner } from '../plan/index.js';
import type { FieldScopes } from '../scopes.js';

export interface ServedGraph {
  /** The unified schema Yoga validates and executes against. */
  schema: GraphQLSchema;
  /** The tenant's own schema it was composed over. */
  tenantSchema: GraphQLSchema;
  router: DocumentRouter;
  /** Absent when the query plan is off (stitched execution only). */
  planner: QueryPlanner | undefined;
  fieldScopes: FieldScopes;
  extensionFields: ReadonlySet<string>;
}

/**
 * What "the schema changed" means: the printed, sorted SDL differs. Introspection order and
 * whitespace are the vendor's whim and change nothing.
 */
export function schemaFingerprint(schema: GraphQLSchema): string {
  return createHash('sha256').update(printSchema(lexicographicSortSchema(schema))).digest('hex');
}

/** The same, with a yield to requests between sorting and printing (each a few tens of ms on a large schema). */
export async function schemaFingerprintBetween(schema: GraphQLSchema, between: () => Promise<unknown>): Promise<string> {
  const sorted = lexicographicSortSchema(schema);
  await between();
  return createHash('sha256').update(printSchema(sorted)).digest('hex');
}
