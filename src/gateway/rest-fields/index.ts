/**
 * The REST-only operations and the cross-surface fields on the tenant's `User`, as one schema
 * extension built from the fields' declarations (`fields/`, one `restField(...)` each): their SDL,
 * resolvers, scopes and REST costs are all read from there, never restated.
 *
 * Why computed fields keyed on `id` rather than a second stitched subschema with merged types: the
 * REST data is fetched in-process by the typed client, so a merged-type subschema would add a
 * delegation round (build a sub-request, execute it against a local schema, merge the results) per
 * user for no gain. A resolver with `selectionSet: '{ id }'` gives the same guarantee stitching's
 * merging would (the tenant is always asked for the key) and the per-request DataLoaders give the
 * batching and deduplication.
 */
import type { IResolvers } from '@graphql-tools/utils';
import { Kind, parse, print, type DefinitionNode, type FieldDefinitionNode } from 'graphql';
import { ENDPOINTS } from '../../tenant/index.js';
import type { GatewayContext } from '../context.js';
import type { FieldCost } from '../limits/index.js';
import type { SchemaExtension } from '../schema-extension.js';
import { higherScope, type Scope } from '../scopes.js';
import { REST_FIELDS } from './fields/index.js';
import type { RestField } from './rest-field.js';
import { restTypeDefs, restTypeResolvers } from './types.js';

export { restField, type RestField, type RestFieldDeclaration, type FieldCoordinate } from './rest-field.js';
export { REST_FIELDS } from './fields/index.js';

const DEFAULT_SCOPE: Readonly<Record<string, Scope>> = { Query: 'read', Mutation: 'write' };

/**
 * Root fields needing more than their operation's default scope (read for a query, write for a
 * mutation): the highest scope of the endpoints each calls, or its own `scope`.
 */
function restFieldScopes(fields: readonly RestField[]): Record<string, Scope> {
  const scopes: Record<string, Scope> = {};
  for (const field of fields) {
    const byDefault = DEFAULT_SCOPE[field.type];
    if (!byDefault) continue;
    const needed = field.endpoints.reduce<Scope>((scope, endpoint) => higherScope(scope, ENDPOINTS[endpoint].scope), field.scope ?? byDefault);
    if (needed !== byDefault) scopes[`${field.type}.${field.name}`] = needed;
  }
  return scopes;
}

/**
 * The shared types' SDL with every declared field added: into its type when the shared SDL
 * defines that type (`UserAccount.enrollments`), else in one `extend type` per type.
 */
export function restFieldTypeDefs(shared: string, fields: readonly RestField[]): string {
  const byType = new Map<string, FieldDefinitionNode[]>();
  for (const field of fields) byType.set(field.type, [...(byType.get(field.type) ?? []), field.definition]);
  const definitions: DefinitionNode[] = parse(shared).definitions.map((definition) => {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) return definition;
    const added = byType.get(definition.name.value);
    byType.delete(definition.name.value);
    return added ? { ...definition, fields: [...(definition.fields ?? []), ...added] } : definition;
  });
  for (const [type, added] of byType) definitions.push({ kind: Kind.OBJECT_TYPE_EXTENSION, name: { kind: Kind.NAME, value: type }, fields: added });
  return print({ kind: Kind.DOCUMENT, definitions });
}

export function restFieldResolvers(fields: readonly RestField[]): IResolvers<unknown, GatewayContext> {
  const resolvers: Record<string, Record<string, unknown>> = {};
  for (const [type, own] of Object.entries(restTypeResolvers)) resolvers[type] = { ...(own as Record<string, unknown>) };
  for (const field of fields) {
    const byType = (resolvers[field.type] ??= {});
    byType[field.name] = field.selectionSet ? { selectionSet: field.selectionSet, resolve: field.resolve } : field.resolve;
  }
  return resolvers as IResolvers<unknown, GatewayContext>;
}

const restFieldCosts = (fields: readonly RestField[]): Record<string, FieldCost> =>
  Object.fromEntries(fields.map((field) => [`${field.type}.${field.name}`, field.cost]));

export const restFields: SchemaExtension = {
  name: 'rest-fields',
  typeDefs: restFieldTypeDefs(restTypeDefs, REST_FIELDS),
  resolvers: restFieldResolvers(REST_FIELDS),
  scopes: restFieldScopes(REST_FIELDS),
  costs: restFieldCosts(REST_FIELDS),
};
