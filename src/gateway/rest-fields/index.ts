/**
 * The REST-only operations and the cross-surface fields on the tenant's `User`.
 *
 * Why computed fields keyed on `id` rather than a second stitched subschema with merged types: the
 * REST data is fetched in-process by the typed client, so a merged-type subschema would add a
 * delegation round (build a sub-request, execute it against a local schema, merge the results) per
 * user for no gain. A resolver with `selectionSet: '{ id }'` gives the same guarantee stitching's
 * merging would (the tenant is always asked for the key) and the per-request DataLoaders give the
 * batching and deduplication.
 */
import { ENDPOINTS } from '../../tenant/index.js';
import type { SchemaExtension } from '../schema-extension.js';
import { higherScope, type Scope } from '../scopes.js';
import { restResolvers, restRootFields, type RestRootField } from './resolvers.js';
import { restTypeDefs } from './type-defs.js';

/**
 * Root fields needing more than their operation's default scope (read for a query, write for a
 * mutation): the highest scope of the endpoints each calls, or its own `scope`.
 */
export function restFieldScopes(fields: { Query: Record<string, RestRootField>; Mutation: Record<string, RestRootField> }): Record<string, Scope> {
  const scopes: Record<string, Scope> = {};
  for (const [root, byDefault] of [['Query', 'read'], ['Mutation', 'write']] as const) {
    for (const [name, field] of Object.entries(fields[root])) {
      const needed = field.endpoints.reduce<Scope>((scope, endpoint) => higherScope(scope, ENDPOINTS[endpoint].scope), field.scope ?? byDefault);
      if (needed !== byDefault) scopes[`${root}.${name}`] = needed;
    }
  }
  return scopes;
}

export const restFields: SchemaExtension = {
  name: 'rest-fields',
  typeDefs: restTypeDefs,
  resolvers: restResolvers,
  scopes: restFieldScopes(restRootFields),
};
