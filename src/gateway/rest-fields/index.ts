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
import type { SchemaExtension } from '../extension.js';
import { restResolvers } from './resolvers.js';
import { restTypeDefs } from './type-defs.js';

export const restFields: SchemaExtension = {
  name: 'rest-fields',
  typeDefs: restTypeDefs,
  resolvers: restResolvers,
  scopes: {
    'Mutation.deactivateUser': 'admin',
    'Mutation.deleteUser': 'admin',
  },
};
