/**
 * The sandbox tenant's GraphQL endpoint (`/incoming/api/graphql` and `/helium`): a real TI schema
 * snapshot, real resolvers over the tenant store for the user-facing fields, deterministic mocks
 * (flagged in `extensions.simulated`) for the rest, batching, GET queries, the vendor's
 * 1,000-point complexity limit, and introspection that can be switched off.
 */
import type { GraphQLSchema } from 'graphql';
import { createFieldResolver, type RootResolver } from './field-resolver.js';
import { createHandler, type GraphqlHttpRequest, type GraphqlHttpResponse } from './handler.js';
import { createDocumentPreparer, selectOperation } from './prepared-document.js';
import { MAX_QUERY_POINTS } from '../../cost/index.js';
import { REAL_ROOT_FIELDS, type GraphqlTenant } from './resolvers.js';
import { snapshotSchema } from './schema-cache.js';

export { MAX_QUERY_POINTS as MAX_QUERY_COST } from '../../cost/index.js';
export { checkSnapshot } from './schema-cache.js';
export type { GraphqlHttpRequest, GraphqlHttpResponse } from './handler.js';
export type { GraphqlTenant } from './resolvers.js';

export interface SandboxGraphqlOptions {
  /** A vendor snapshot reference (date prefix or file name) or a schema file path; newest by default. */
  snapshotPath?: string;
  /** false: introspection queries fail validation, like a production server that disabled it. */
  introspection?: boolean;
}

export interface SandboxGraphql<Tenant extends GraphqlTenant = GraphqlTenant> {
  schema: GraphQLSchema;
  /** Absolute path of the snapshot being served. */
  snapshotPath: string;
  /** Auth is already checked; `tenant` is the key's tenant. */
  handle(input: GraphqlHttpRequest<Tenant>): Promise<GraphqlHttpResponse>;
  /**
   * The points TI bills for a request (src/cost's model): each valid operation of the body (a batch
   * is an array) or of a GET's `query`, summed. An operation that will be refused (invalid, over
   * the per-query limit) costs nothing.
   */
  price(method: string, url: URL, body: unknown): number;
}

/**
 * Builds the endpoint for one snapshot. Cheap after the first call for a snapshot: the schema is
 * shared; each endpoint keeps its own document cache (introspection on/off validate differently).
 */
export function createSandboxGraphql<Tenant extends GraphqlTenant = GraphqlTenant>(
  options: SandboxGraphqlOptions = {},
): SandboxGraphql<Tenant> {
  const { path, schema } = snapshotSchema(options.snapshotPath);
  const realRootFields = REAL_ROOT_FIELDS as ReadonlyMap<string, RootResolver<Tenant>>;
  const preparer = createDocumentPreparer(schema, { introspection: options.introspection ?? true });
  const handle = createHandler<Tenant>({ schema, preparer, fieldResolver: createFieldResolver(realRootFields) });
  const priceOne = (request: unknown): number => {
    if (request === null || typeof request !== 'object') return 0;
    const { query, operationName } = request as { query?: unknown; operationName?: unknown };
    if (typeof query !== 'string') return 0;
    const prepared = preparer.prepare(query);
    if (!prepared.ok) return 0;
    const operation = selectOperation(prepared.operations, typeof operationName === 'string' ? operationName : undefined);
    if (typeof operation === 'string') return 0;
    const points = preparer.cost(prepared, operation);
    return points > MAX_QUERY_POINTS ? 0 : points;
  };
  const price = (method: string, url: URL, body: unknown): number => {
    if (method.toUpperCase() === 'GET') {
      return priceOne({ query: url.searchParams.get('query') ?? undefined, operationName: url.searchParams.get('operationName') ?? undefined });
    }
    return Array.isArray(body) ? body.reduce((sum: number, request) => sum + priceOne(request), 0) : priceOne(body);
  };
  return { schema, snapshotPath: path, handle, price };
}
