/**
 * The sandbox tenant's GraphQL endpoint (`/incoming/api/graphql` and `/helium`): a real TI schema
 * snapshot, real resolvers over the tenant store for the user-facing fields, deterministic mocks
 * (flagged in `extensions.simulated`) for the rest, batching, GET queries, the vendor's
 * 1,000-point complexity limit, and introspection that can be switched off.
 */
import type { GraphQLSchema } from 'graphql';
import { createFieldResolver, type RootResolver } from './field-resolver.js';
import { createHandler, type GraphqlHttpRequest, type GraphqlHttpResponse } from './handler.js';
import { createDocumentPreparer } from './prepared-document.js';
import { snapshotSchema } from './schema-cache.js';

export { MAX_QUERY_COST } from './cost.js';
export type { GraphqlHttpRequest, GraphqlHttpResponse } from './handler.js';

export interface SandboxGraphqlOptions {
  /** A vendor snapshot reference (date prefix or file name) or a schema file path; newest by default. */
  snapshotPath?: string;
  /** false: introspection queries fail validation, like a production server that disabled it. */
  introspection?: boolean;
}

export interface SandboxGraphql<Tenant> {
  schema: GraphQLSchema;
  /** Absolute path of the snapshot being served. */
  snapshotPath: string;
  /** Auth is already checked; `tenant` is the key's tenant. */
  handle(input: GraphqlHttpRequest<Tenant>): Promise<GraphqlHttpResponse>;
}

export function createSandboxGraphql<Tenant>(options: SandboxGraphqlOptions = {}): SandboxGraphql<Tenant> {
  const { path, schema } = snapshotSchema(options.snapshotPath);
  const realRootFields = new Map<string, RootResolver<Tenant>>();
  const handle = createHandler<Tenant>({
    schema,
    preparer: createDocumentPreparer(schema, { introspection: options.introspection ?? true }),
    fieldResolver: createFieldResolver(realRootFields),
  });
  return { schema, snapshotPath: path, handle };
}
