/**
 * The gateway's one extension mechanism. The tenant's schema is served unchanged; everything the
 * gateway adds (REST-backed fields, cross-surface fields on tenant types, later subscriptions and
 * lifecycle mutations) is a `SchemaExtension`, listed once in `extensions.ts` and composed by
 * `compose.ts`, which also refuses any name an extension shares with the tenant.
 */
import type { IResolvers } from '@graphql-tools/utils';
import type { GatewayContext } from './context.js';
import type { FieldCost } from './limits/index.js';
import type { Scope } from './scopes.js';

export interface SchemaExtension {
  /** Shown in composition errors: which extension asked for a name the tenant already has. */
  name: string;
  /** SDL: new types, `extend type Query/Mutation/...`, and `extend type <TenantType>` fields. */
  typeDefs: string;
  /**
   * Resolvers for the fields above. A field on a tenant type that needs the tenant object's key
   * declares it with `selectionSet: '{ id }'`, so the gateway asks the tenant for it.
   */
  resolvers: IResolvers<unknown, GatewayContext>;
  /** Root fields that need more than their operation's default scope, e.g. `Mutation.deleteUser: 'admin'`. */
  scopes?: Record<string, Scope>;
  /**
   * What each field it adds costs in REST calls, by `Type.field`, for the document limits. Every
   * field on Query, Mutation or a tenant type needs one (subscriptions excepted).
   */
  costs?: Record<string, FieldCost>;
}
