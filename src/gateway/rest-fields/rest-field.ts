/**
 * The one declaration of a REST-backed field: its SDL, the endpoints of the table
 * (`src/tenant/rest/endpoints.ts`) it calls, its scope and its resolver, together. Everything else
 * the gateway knows about the field (its place in the schema, its resolver map entry, the scope a
 * client needs, its REST cost for the document limits) is derived from this, in `./index.ts`.
 */
import { Kind, parse, type FieldDefinitionNode } from 'graphql';
import { SchemaError } from '../../errors/index.js';
import type { MutationResolvers, QueryResolvers, UserAccountResolvers, UserResolvers } from '../../generated/resolvers-types.js';
import type { FieldCost } from '../limits/index.js';
import type { EndpointName } from '../rest-port.js';
import type { Scope } from '../scopes.js';

/** The types REST-backed fields hang on, with their generated resolver signatures (src/generated/resolvers-types.ts). */
interface ResolversByType {
  Query: QueryResolvers;
  Mutation: MutationResolvers;
  User: UserResolvers;
  UserAccount: UserAccountResolvers;
}
type TypeName = keyof ResolversByType;

/** `Type.field` of a field the unified schema has (`npm run schema:print`, then `npm run codegen`, types a new one). */
export type FieldCoordinate = { [T in TypeName]: `${T}.${Extract<keyof ResolversByType[T], string>}` }[TypeName];

/** The plain-function form of the generated resolver of `C`: args, parent and result typed by the schema. */
type ResolveAt<C extends FieldCoordinate> = C extends `${infer T extends TypeName}.${infer F}`
  ? F extends keyof ResolversByType[T]
    ? Extract<NonNullable<ResolversByType[T][F]>, (...args: never[]) => unknown>
    : never
  : never;

export interface RestFieldDeclaration<C extends FieldCoordinate> {
  /** Where the field sits, `Type.field`. */
  field: C;
  /** The field's SDL as it appears inside its type (description, arguments, type), e.g. `"A user by REST id." user(id: ID!): UserAccount`. */
  sdl: string;
  /** The endpoints of the table the resolver calls, each once per instance of the field. */
  endpoints: readonly [EndpointName, ...EndpointName[]];
  /**
   * Raises the scope a client needs above the highest of the endpoints' scopes and the
   * operation's default (read for a query, write for a mutation): a policy the table cannot know,
   * e.g. offboarding is an admin act. Only root fields are scope-checked.
   */
  scope?: Scope;
  /**
   * A field on a tenant type (cross-surface): the tenant fields the resolver needs on its parent,
   * as graphql-tools' `selectionSet` (`'{ id }'`); the gateway asks the tenant for them.
   */
  selectionSet?: string;
  resolve: ResolveAt<C>;
  /**
   * Only where it differs from the derived cost: one REST call per endpoint, and below the root
   * (one instance per parent object, fetched through the request's loaders) shared with the other
   * fields of the same parent that call the same endpoints.
   */
  cost?: FieldCost;
}

/** A declaration as the gateway composes it (the resolver's generated type erased). */
export interface RestField {
  type: TypeName;
  name: string;
  /** Parsed from `sdl`, once. */
  definition: FieldDefinitionNode;
  endpoints: readonly EndpointName[];
  scope: Scope | undefined;
  selectionSet: string | undefined;
  resolve: (...args: never[]) => unknown;
  cost: FieldCost;
}

const ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation']);

/** The REST cost the endpoints imply: one call each; below the root, shared per parent by endpoint. */
function derivedCost(type: string, endpoints: readonly EndpointName[]): FieldCost {
  return ROOT_TYPES.has(type) ? { restCalls: endpoints.length } : { restCalls: endpoints.length, resource: endpoints.join('+') };
}

/**
 * Declares a REST-backed field. The SDL must define exactly the field `field` names (checked here,
 * when the module loads, so a mismatch fails the gateway's start and every test, naming it).
 */
export function restField<C extends FieldCoordinate>(declaration: RestFieldDeclaration<C>): RestField {
  const [type, name] = declaration.field.split('.') as [TypeName, string];
  let definition: FieldDefinitionNode | undefined;
  try {
    const document = parse(`type ${type} { ${declaration.sdl} }`);
    const node = document.definitions[0];
    if (node?.kind === Kind.OBJECT_TYPE_DEFINITION && node.fields?.length === 1) definition = node.fields[0];
  } catch (error) {
    throw new SchemaError(`REST field ${declaration.field} has invalid SDL: ${(error as Error).message}`);
  }
  if (!definition || definition.name.value !== name) {
    throw new SchemaError(`REST field ${declaration.field}: its sdl must define exactly the field ${name}`);
  }
  return {
    type,
    name,
    definition,
    endpoints: declaration.endpoints,
    scope: declaration.scope,
    selectionSet: declaration.selectionSet,
    resolve: declaration.resolve as RestField['resolve'],
    cost: declaration.cost ?? derivedCost(type, declaration.endpoints),
  };
}
