/**
 * Turns one (document, operation) into a plan, once: the tenant part (ONE printed tenant request:
 * the operation without the gateway's fields, fragments carried, key fields added where a
 * cross-surface field needs them), the gateway's root fields (a document over the plan schema),
 * and the attach points where cross-surface fields hang off tenant objects (one more document,
 * run after the tenant answered, over every collected parent at once).
 *
 * Documents outside what the planner handles get a `Fallback` (with the reason) and keep today's
 * stitched execution: subscriptions, introspection (`__schema`, `__type`), mutations mixing both
 * surfaces at the root (or several tenant root fields with cross-surface fields: the REST reads
 * would no longer sit between the serial tenant mutations), a gateway field that returns a tenant
 * object type, the root type selected below the root, a cross-surface field that is non-null or
 * whose declared key is more than plain fields, and aliases that collide with the planner's own.
 */
import {
  Kind,
  getNamedType,
  getOperationAST,
  isAbstractType,
  isCompositeType,
  isNonNullType,
  print,
  specifiedRules,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { parentsFieldName, type PlanSchema } from './plan-schema.js';
import { aliasedField, childSelections, collectFields, responseKey, selectionSetOf, type Fragments } from './selections.js';

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

class NotPlannable extends Error {}
const refuse = (reason: string): never => {
  throw new NotPlannable(reason);
};

export interface PlanContext {
  /** The unified (served) schema: documents are validated against it. */
  schema: GraphQLSchema;
  plan: PlanSchema;
  /** `Type.field` of every field an extension added. */
  extensionFields: ReadonlySet<string>;
}

export function buildPlan(context: PlanContext, document: DocumentNode, operationName: string | undefined | null): Plan | Fallback {
  try {
    return planOperation(context, document, operationName);
  } catch (error) {
    if (error instanceof NotPlannable) return { kind: 'fallback', reason: error.message };
    throw error;
  }
}

function planOperation(context: PlanContext, document: DocumentNode, operationName: string | undefined | null): Plan {
  const { schema, extensionFields } = context;
  const planSchema = context.plan.schema;
  if (validate(schema, document, specifiedRules).length > 0) refuse('invalid document');
  const operation = getOperationAST(document, operationName);
  if (!operation) refuse('no such operation');
  if (operation!.operation === 'subscription') refuse('subscription');
  const op = operation!;

  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  // Response keys the client gives to a field other than the one of that name: a key field the
  // planner adds must then go under its own alias (else it asks for `id` as `id`, as stitching does,
  // and the merge leaves it out unless the client selected it).
  const takenKeys = new Set<string>();
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') refuse('introspection');
      if (node.alias?.value.startsWith(KEY_ALIAS_PREFIX)) refuse(`alias ${node.alias.value} is the planner's`);
      if (node.alias && node.alias.value !== node.name.value) takenKeys.add(node.alias.value);
      if (node.arguments?.length) takenKeys.add(responseKey(node));
    },
  });
  const keyAlias = (field: string) => (takenKeys.has(field) ? `${KEY_ALIAS_PREFIX}${field}` : field);

  const rootType = (op.operation === 'mutation' ? planSchema.getMutationType() : planSchema.getQueryType())!;
  const servedRoot = (op.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType())!;
  const isExtension = (type: { name: string }, field: string) => extensionFields.has(`${type.name}.${field}`);
  const typeOf = (name: string) => planSchema.getType(name) as GraphQLCompositeType;
  const isGatewayRoot = (field: string) => field === '__typename' || isExtension(servedRoot, field);

  // The root's response keys, split by surface.
  const rootFields = collectFields(planSchema, fragments, rootType, [op.selectionSet], undefined);
  const tenantRoots: Array<{ key: string; nodes: FieldNode[] }> = [];
  const gatewayRootKeys = new Set<string>();
  for (const [key, nodes] of rootFields) {
    const onGateway = isGatewayRoot(nodes[0]!.name.value);
    if (nodes.some((node) => isGatewayRoot(node.name.value) !== onGateway)) refuse('one response key on both surfaces');
    if (onGateway) gatewayRootKeys.add(key);
    else tenantRoots.push({ key, nodes });
  }

  // Memo: does a selection set (fragments expanded) reach an extension field below a tenant type?
  const reachesExtension = new Map<SelectionSetNode, boolean>();
  const containsExtension = (selectionSet: SelectionSetNode, type: GraphQLCompositeType): boolean => {
    const known = reachesExtension.get(selectionSet);
    if (known !== undefined) return known;
    reachesExtension.set(selectionSet, false);
    let found = false;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__typename') continue;
        if (isExtension(type, selection.name.value)) found = true;
        else if (selection.selectionSet && isObjectOrInterface(type)) {
          const field = type.getFields()[selection.name.value];
          if (field) found = containsExtension(selection.selectionSet, getNamedType(field.type) as GraphQLCompositeType);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        found = containsExtension(selection.selectionSet, selection.typeCondition ? typeOf(selection.typeCondition.name.value) : type);
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment) found = containsExtension(fragment.selectionSet, typeOf(fragment.typeCondition.name.value));
      }
      if (found) break;
    }
    reachesExtension.set(selectionSet, found);
    return found;
  };

  // ---- The tenant document: no gateway fields; key fields (and __typename) where the merge needs them.
  const keysOf = (type: GraphQLObjectType, field: string): readonly string[] => {
    const coordinate = `${type.name}.${field}`;
    const keys = context.plan.crossSurfaceKeys.get(coordinate);
    if (keys === undefined) refuse(`${coordinate} declares a key the planner cannot read`);
    const definition = type.getFields()[field]!;
    if (isNonNullType(definition.type)) refuse(`${coordinate} is non-null: its errors would bubble into tenant data`);
    return keys!;
  };
  const tenantFragments = new Map<string, FragmentDefinitionNode | null>();
  const toTenant = (selectionSet: SelectionSetNode, type: GraphQLCompositeType): SelectionSetNode | null => {
    const atRoot = type.name === rootType.name;
    const selections: SelectionNode[] = [];
    const keys = new Set<string>();
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (atRoot && isGatewayRoot(name)) continue;
        if (name === '__typename') {
          selections.push(selection);
          continue;
        }
        if (isExtension(type, name)) {
          if (atRoot) refuse('gateway root field below the root');
          for (const key of keysOf(type as GraphQLObjectType, name)) keys.add(key);
          continue;
        }
        if (!selection.selectionSet) {
          selections.push(selection);
          continue;
        }
        const field = (type as GraphQLObjectType).getFields()[name]!;
        const named = getNamedType(field.type) as GraphQLCompositeType;
        if (named.name === rootType.name || named.name === planSchema.getQueryType()?.name || named.name === planSchema.getMutationType()?.name) {
          refuse('a root type selected below the root');
        }
        let child = toTenant(selection.selectionSet, named);
        if (!child) refuse('a tenant field left with no selection');
        if (isAbstractType(named) && containsExtension(selection.selectionSet, named)) {
          child = selectionSetOf([...child!.selections, aliasedField(TYPENAME_ALIAS, '__typename')]);
        }
        selections.push({ ...selection, selectionSet: child! });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const child = toTenant(selection.selectionSet, selection.typeCondition ? typeOf(selection.typeCondition.name.value) : type);
        if (child) selections.push({ ...selection, selectionSet: child });
      } else {
        const name = selection.name.value;
        if (!tenantFragments.has(name)) {
          tenantFragments.set(name, null);
          const fragment = fragments[name]!;
          const child = toTenant(fragment.selectionSet, typeOf(fragment.typeCondition.name.value));
          tenantFragments.set(name, child ? { ...fragment, selectionSet: child } : null);
        }
        if (tenantFragments.get(name)) selections.push(selection);
      }
    }
    for (const key of keys) selections.push(aliasedField(keyAlias(key), key));
    return selections.length > 0 ? selectionSetOf(selections) : null;
  };

  let tenant: TenantPart | undefined;
  if (tenantRoots.length > 0) {
    if (op.operation === 'mutation' && gatewayRootKeys.size > 0) refuse('a mutation with root fields on both surfaces');
    const selectionSet = toTenant(op.selectionSet, rootType)!;
    const tenantOperation: OperationDefinitionNode = { ...op, selectionSet };
    const tenantDocument = trim({ kind: Kind.DOCUMENT, definitions: [tenantOperation, ...[...tenantFragments.values()].filter((f): f is FragmentDefinitionNode => !!f)] });
    const query = print(tenantDocument);
    const usedOperation = tenantDocument.definitions[0] as OperationDefinitionNode;
    tenant = {
      query,
      bodyPrefix: `{"query":${JSON.stringify(query)}${op.name ? `,"operationName":${JSON.stringify(op.name.value)}` : ''}`,
      variables: (usedOperation.variableDefinitions ?? []).map((definition) => definition.variable.name.value),
      rootFields: tenantRoots.map(({ key, nodes }) => ({ key, nodes, nonNull: isNonNullType(rootType.getFields()[nodes[0]!.name.value]!.type) })),
    };
  }

  // ---- The gateway's root fields: the operation with the tenant's root fields taken out.
  let gatewayRoots: Plan['gatewayRoots'];
  if (gatewayRootKeys.size > 0) {
    const rootFragments = new Map<string, FragmentDefinitionNode | null>();
    const toGateway = (selectionSet: SelectionSetNode): SelectionSetNode | null => {
      const selections: SelectionNode[] = [];
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (isGatewayRoot(selection.name.value)) {
            assertPureGateway(context, selection, rootType, fragments);
            selections.push(selection);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const child = toGateway(selection.selectionSet);
          if (child) selections.push({ ...selection, selectionSet: child });
        } else {
          const name = selection.name.value;
          if (!rootFragments.has(name)) {
            rootFragments.set(name, null);
            const child = toGateway(fragments[name]!.selectionSet);
            rootFragments.set(name, child ? { ...fragments[name]!, selectionSet: child } : null);
          }
          if (rootFragments.get(name)) selections.push(selection);
        }
      }
      return selections.length > 0 ? selectionSetOf(selections) : null;
    };
    const selectionSet = toGateway(op.selectionSet)!;
    const definitions: DefinitionNode[] = [{ ...op, selectionSet }];
    for (const [name, fragment] of Object.entries(fragments)) {
      const rootLevel = fragment.typeCondition.name.value === rootType.name;
      if (!rootLevel) definitions.push(fragment);
      else if (rootFragments.get(name)) definitions.push(rootFragments.get(name)!);
    }
    gatewayRoots = { document: { kind: Kind.DOCUMENT, definitions }, keys: gatewayRootKeys };
  }

  // ---- Attach points: every (path, object type) of the tenant's answer that has cross-surface fields.
  const points: AttachPoint[] = [];
  const typenamePaths: Step[][] = [];
  const crossSelections: FieldNode[] = [];
  const extensionOnlyFragments = new Map<string, FragmentDefinitionNode | null>();
  const extensionOnly = (selectionSet: SelectionSetNode, type: GraphQLCompositeType): SelectionSetNode | null => {
    const selections: SelectionNode[] = [];
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (isExtension(type, selection.name.value)) {
          assertPureGateway(context, selection, type, fragments);
          selections.push(selection);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const child = extensionOnly(selection.selectionSet, selection.typeCondition ? typeOf(selection.typeCondition.name.value) : type);
        if (child) selections.push({ ...selection, selectionSet: child });
      } else {
        const name = selection.name.value;
        if (!extensionOnlyFragments.has(name)) {
          extensionOnlyFragments.set(name, null);
          const fragment = fragments[name]!;
          const child = extensionOnly(fragment.selectionSet, typeOf(fragment.typeCondition.name.value));
          extensionOnlyFragments.set(name, child ? { ...fragment, selectionSet: child } : null);
        }
        if (extensionOnlyFragments.get(name)) selections.push(selection);
      }
    }
    return selections.length > 0 ? selectionSetOf(selections) : null;
  };

  const hasDirectives = documentHasConditions(document);
  const orderOf = (type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): ResponseOrder => ({
    type,
    selectionSets,
    fixed: hasDirectives ? undefined : [...collectFields(planSchema, fragments, type, selectionSets, undefined).keys()],
  });

  const walk = (selectionSets: readonly SelectionSetNode[], setType: GraphQLCompositeType, runtime: GraphQLObjectType, path: Step[]) => {
    const fields = collectFields(planSchema, fragments, runtime, selectionSets, undefined);
    const gatewayKeys = new Set<string>();
    const keyFields = new Set<string>();
    for (const [key, nodes] of fields) {
      const name = nodes[0]!.name.value;
      if (name === '__typename') continue;
      if (isExtension(runtime, name)) {
        gatewayKeys.add(key);
        for (const field of keysOf(runtime, name)) keyFields.add(field);
        continue;
      }
      const childSets = childSelections(nodes);
      if (childSets.length === 0) continue;
      const named = getNamedType(runtime.getFields()[name]!.type) as GraphQLCompositeType;
      if (!childSets.some((set) => containsExtension(set, named))) continue;
      if (isAbstractType(named)) {
        typenamePaths.push([...path, { key }]);
        for (const possible of planSchema.getPossibleTypes(named)) walk(childSets, named, possible, [...path, { key, typename: possible.name }]);
      } else {
        walk(childSets, named, named as GraphQLObjectType, [...path, { key }]);
      }
    }
    if (gatewayKeys.size === 0) return;
    const subSelections = selectionSets.map((set) => extensionOnly(set, setType)).filter((set): set is SelectionSetNode => !!set);
    const alias = `p${points.length}`;
    crossSelections.push({
      kind: Kind.FIELD,
      alias: { kind: Kind.NAME, value: alias },
      name: { kind: Kind.NAME, value: parentsFieldName(runtime.name) },
      selectionSet: selectionSetOf(subSelections.map((set) => ({ kind: Kind.INLINE_FRAGMENT, selectionSet: set }))),
    });
    points.push({
      path,
      alias,
      keys: [...keyFields].map((field) => ({ alias: keyAlias(field), field })),
      gatewayKeys,
      order: orderOf(runtime, selectionSets),
    });
  };
  for (const { key, nodes } of tenantRoots) {
    const childSets = childSelections(nodes);
    if (childSets.length === 0) continue;
    const named = getNamedType(rootType.getFields()[nodes[0]!.name.value]!.type) as GraphQLCompositeType;
    if (!childSets.some((set) => containsExtension(set, named))) continue;
    if (isAbstractType(named)) {
      typenamePaths.push([{ key }]);
      for (const possible of planSchema.getPossibleTypes(named)) walk(childSets, named, possible, [{ key, typename: possible.name }]);
    } else {
      walk(childSets, named, named as GraphQLObjectType, [{ key }]);
    }
  }
  if (points.length > 0 && op.operation === 'mutation' && tenantRoots.length > 1) {
    refuse('several tenant mutations with cross-surface fields (the REST reads must follow each one)');
  }
  let crossSurface: Plan['crossSurface'];
  if (points.length > 0) {
    const queryOperation: OperationDefinitionNode = {
      kind: Kind.OPERATION_DEFINITION,
      operation: 'query' as OperationDefinitionNode['operation'],
      ...(op.variableDefinitions ? { variableDefinitions: op.variableDefinitions } : {}),
      selectionSet: selectionSetOf(crossSelections),
    };
    // The extension-only versions of fragments spread where the cross-surface fields hang, and
    // the fragments on the gateway's own types, spread inside those fields' subtrees.
    const definitions: DefinitionNode[] = [
      queryOperation,
      ...[...extensionOnlyFragments.values()].filter((f): f is FragmentDefinitionNode => !!f),
      ...Object.values(fragments).filter((f) => !context.plan.tenantTypes.has(f.typeCondition.name.value)),
    ];
    crossSurface = { document: { kind: Kind.DOCUMENT, definitions }, points };
  }

  return {
    kind: 'plan',
    operation: op,
    fragments,
    tenant,
    gatewayRoots,
    crossSurface,
    typenamePaths,
    rootOrder: orderOf(rootType, [op.selectionSet]),
  };
}

const isObjectOrInterface = (type: GraphQLCompositeType): type is GraphQLObjectType => 'getFields' in type;

/** A gateway field's subtree must stay on the gateway: no tenant object type below it. */
function assertPureGateway(context: PlanContext, node: FieldNode, parent: GraphQLCompositeType, fragments: Fragments): void {
  const seen = new Set<string>();
  const check = (selectionSet: SelectionSetNode, type: GraphQLCompositeType) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (!selection.selectionSet || !isObjectOrInterface(type)) continue;
        const field = type.getFields()[selection.name.value];
        if (!field) continue;
        const named = getNamedType(field.type);
        if (isCompositeType(named)) {
          if (isTenantType(context, named.name)) {
            refuse(`gateway field ${type.name}.${selection.name.value} returns tenant type ${named.name}`);
          }
          check(selection.selectionSet, named);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        check(selection.selectionSet, selection.typeCondition ? (context.plan.schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : type);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value]!;
        check(fragment.selectionSet, context.plan.schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType);
      }
    }
  };
  if (!node.selectionSet || !isObjectOrInterface(parent)) return;
  const field = parent.getFields()[node.name.value];
  if (!field) return;
  const named = getNamedType(field.type);
  if (isCompositeType(named)) {
    if (isTenantType(context, named.name)) refuse(`gateway field ${parent.name}.${node.name.value} returns tenant type ${named.name}`);
    check(node.selectionSet, named);
  }
}

/** A type the tenant owns: every type of the served schema that no extension defined. */
function isTenantType(context: PlanContext, typeName: string): boolean {
  return context.plan.tenantTypes.has(typeName);
}

function documentHasConditions(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') found = true;
    },
  });
  return found;
}

/** Drops the variable definitions and fragments a pruned document no longer uses (the tenant validates). */
function trim(document: DocumentNode): DocumentNode {
  const [operation, ...rest] = document.definitions as [OperationDefinitionNode, ...FragmentDefinitionNode[]];
  const byName = new Map(rest.map((fragment) => [fragment.name.value, fragment]));
  const usedFragments = new Set<string>();
  const usedVariables = new Set<string>();
  const scan = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node.selectionSet, {
      Variable(variable) {
        usedVariables.add(variable.name.value);
      },
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (usedFragments.has(name)) return;
        usedFragments.add(name);
        const fragment = byName.get(name);
        if (fragment) scan(fragment);
      },
    });
  scan(operation);
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      { ...operation, variableDefinitions: (operation.variableDefinitions ?? []).filter((definition) => usedVariables.has(definition.variable.name.value)) },
      ...rest.filter((fragment) => usedFragments.has(fragment.name.value)),
    ],
  };
}
