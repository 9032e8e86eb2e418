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
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { hasDeferOrStream, withoutDeferOrStream } from '../incremental/index.js';
import { parentsFieldName } from './plan-schema.js';
import { aliasedField, childSelections, collectFields, responseKey, selectionSetOf } from './selections.js';
import { NotPlannable, assertPureGateway, documentHasConditions, isObjectOrInterface, refuse, trim } from './document-checks.js';
import { KEY_ALIAS_PREFIX, TYPENAME_ALIAS, type AttachPoint, type Fallback, type Plan, type PlanContext, type ResponseOrder, type Step, type TenantPart } from './plan-types.js';

/**
 * `incremental`: the client takes incremental delivery, so `@defer`/`@stream` are kept for the
 * gateway's part (the tenant's part never has them); otherwise the plan is for the document
 * without them (the whole result at once).
 */
export function buildPlan(context: PlanContext, document: DocumentNode, operationName: string | undefined | null, incremental = false): Plan | Fallback {
  try {
    const deferred = incremental && hasDeferOrStream(document);
    return planOperation(context, deferred ? document : withoutDeferOrStream(document), operationName, deferred);
  } catch (error) {
    if (error instanceof NotPlannable) return { kind: 'fallback', reason: error.message };
    throw error;
  }
}

function planOperation(context: PlanContext, document: DocumentNode, operationName: string | undefined | null, incremental: boolean): Plan {
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
    // The tenant answers in one call whatever is deferred (TI's GraphQL has no @defer): its part
    // arrives in the initial payload.
    const query = print(withoutDeferOrStream(tenantDocument));
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
    incremental,
    operation: op,
    fragments,
    tenant,
    gatewayRoots,
    crossSurface,
    typenamePaths,
    rootOrder: orderOf(rootType, [op.selectionSet]),
  };
}
