/**
 * What a plan is: the tenant part (one printed request), the gateway's root fields, and the attach
 * points where cross-surface fields hang off tenant objects. Built by build-plan.ts, run by run-plan.ts.
 */
import type { DocumentNode, FieldNode, GraphQLObjectType, GraphQLSchema, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { PlanSchema } from './plan-schema.js';
import type { Fragments } from './selections.js';

/** Aliases the planner adds to the tenant request; a document already using one falls back. */
export const KEY_ALIAS_PREFIX = 'tigKey_';
export const TYPENAME_ALIAS = `${KEY_ALIAS_PREFIX}_typename`;

/** One step from a tenant object to a field of it; `typename` filters an abstract field's objects. */
export interface Step {
  key: string;
  typename?: string;
}

/** Where objects of one type, at one path of the tenant's answer, get cross-surface fields. */
export interface AttachPoint {
  path: readonly Step[];
  /** Response key of this point's synthetic root field in the cross-surface document. */
  alias: string;
  /** Key fields read off each tenant object: alias in the tenant request -> the field the resolver reads. */
  keys: ReadonlyArray<{ alias: string; field: string }>;
  /** Response keys the extension fields answer (so the merge knows which side a key comes from). */
  gatewayKeys: ReadonlySet<string>;
  order: ResponseOrder;
}

/** The response keys of an object in response order: fixed, or (with @skip/@include) per request. */
export interface ResponseOrder {
  type: GraphQLObjectType;
  selectionSets: readonly SelectionSetNode[];
  fixed: readonly string[] | undefined;
}

export interface TenantPart {
  /** The request body up to the variables: `{"query":"..."` (the printed tenant document). */
  bodyPrefix: string;
  /** The operation's variables the tenant document still uses (passed through as sent). */
  variables: readonly string[];
  /** The tenant root fields: a failed tenant call nulls each, with its error, at its path. */
  rootFields: ReadonlyArray<{ key: string; nodes: readonly FieldNode[]; nonNull: boolean }>;
  /** The printed tenant document (for tests and logs). */
  query: string;
}

export interface Plan {
  kind: 'plan';
  /**
   * The gateway's documents keep the client's `@defer`/`@stream`: the run yields an initial
   * payload and then one per deferred fragment or streamed item (run-incremental.ts).
   */
  incremental: boolean;
  operation: OperationDefinitionNode;
  fragments: Fragments;
  tenant: TenantPart | undefined;
  /** The gateway's root fields (and root `__typename`) as a document over the plan schema. */
  gatewayRoots: { document: DocumentNode; keys: ReadonlySet<string> } | undefined;
  crossSurface: { document: DocumentNode; points: readonly AttachPoint[] } | undefined;
  /** Abstract-typed positions where the tenant request asked for `__typename` under an alias. */
  typenamePaths: ReadonlyArray<readonly Step[]>;
  rootOrder: ResponseOrder;
}

export interface Fallback {
  kind: 'fallback';
  reason: string;
}


export interface PlanContext {
  /** The unified (served) schema: documents are validated against it. */
  schema: GraphQLSchema;
  plan: PlanSchema;
  /** `Type.field` of every field an extension added. */
  extensionFields: ReadonlySet<string>;
}
