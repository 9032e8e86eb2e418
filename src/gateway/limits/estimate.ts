/**
 * What a document would cost the gateway, from its text alone (plus variables when known): depth,
 * aliases, REST calls (lists multiplied by their page size), and the introspection it asks for.
 * What it costs the tenant is the vendor's model (`src/cost`), priced in `check-document.ts`.
 * One walk, no execution, memoised per fragment; run only after `checkSource` bounded the
 * nesting, so its recursion is bounded too.
 */
import {
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type DocumentNode,
} from 'graphql';
import { ASSUMED_LIST_SIZE, SLICING_ARGUMENTS, UNSLICED_LIST_SIZE, fieldCostsOf, type FieldCost } from './field-costs.js';

export interface DocumentEstimate {
  /** Deepest field nesting outside introspection. */
  depth: number;
  /** Aliased fields, fragments expanded. */
  aliases: number;
  /** REST calls the gateway would make. */
  restCalls: number;
  /** Fields resolved inside `__schema` / `__type`, lists at the schema's real sizes. */
  introspectionCost: number;
  /** Whether any `__schema` / `__type` is selected. */
  introspection: boolean;
  /** How many times the document lists every type (`__schema { types }`, aliases and fragments expanded). */
  schemaWalks: number;
  /** Whether a page size comes from a variable: the estimate then depends on the request's variables. */
  variableSlicing: boolean;
  /**
   * Most fields sharing one response name in one selection set, fragments merged in. graphql-js's
   * OverlappingFieldsCanBeMerged compares such fields pairwise (and their sub-selections with each
   * other): 200 `CurrentUser { id }` side by side take it a quarter of a second.
   */
  sameNameFields: number;
  /** Most fragments (spreads and inline) merged into one selection set: also compared pairwise. */
  fragmentsPerSelection: number;
  /** Longest chain of fragment spreads inside fragments (walked no deeper than MAX_FRAGMENT_CHAIN + 1). */
  fragmentChain: number;
}

/** How deep the walk follows spreads inside fragments; a longer chain is reported, not walked. */
export const MAX_FRAGMENT_CHAIN = 64;

export interface EstimateOptions {
  operationName?: string | null | undefined;
  /** The request's variables; absent ones fall back to the variable's default, then the argument's. */
  variables?: Readonly<Record<string, unknown>> | null | undefined;
  /** REST costs of gateway fields by `Type.field` (default: those its extensions declared, recorded by `compose.ts`). */
  fieldCosts?: Readonly<Record<string, FieldCost>>;
}

interface Totals {
  depth: number;
  aliases: number;
  restCalls: number;
  introspectionCost: number;
  introspection: boolean;
  schemaWalks: number;
  variableSlicing: boolean;
  sameNameFields: number;
  fragmentsPerSelection: number;
}

const ZERO: Totals = {
  schemaWalks: 0,
  depth: 0,
  aliases: 0,
  restCalls: 0,
  introspectionCost: 0,
  introspection: false,
  variableSlicing: false,
  sameNameFields: 0,
  fragmentsPerSelection: 0,
};

/** One selection set's walk: its totals, and what it merges into a parent set when it is a fragment. */
interface Walked {
  totals: Totals;
  /** Response names of the set's own fields (fragments merged in), with how many fields carry each. */
  names: Map<string, number>;
  /** Fragments merged into the set, nested ones included. */
  fragments: number;
}

/** How big the schema's introspection lists really are: `__schema { types }` is every type, not ten. */
interface IntrospectionSizes {
  types: number;
  perType: number;
  perField: number;
  directives: number;
}

const sizesBySchema = new WeakMap<GraphQLSchema, IntrospectionSizes>();
function introspectionSizes(schema: GraphQLSchema): IntrospectionSizes {
  let sizes = sizesBySchema.get(schema);
  if (sizes) return sizes;
  const types = Object.values(schema.getTypeMap());
  let members = 0;
  let args = 0;
  let fields = 0;
  for (const type of types) {
    if ('getFields' in type) {
      const all = Object.values(type.getFields()) as Array<{ args?: readonly unknown[] }>;
      members += all.length;
      fields += all.length;
      for (const field of all) args += field.args?.length ?? 0;
    } else if ('getValues' in type) {
      members += type.getValues().length;
    }
  }
  sizes = {
    types: types.length,
    perType: Math.max(1, Math.ceil(members / Math.max(1, types.length))),
    perField: Math.max(1, Math.ceil(args / Math.max(1, fields))),
    directives: schema.getDirectives().length,
  };
  sizesBySchema.set(schema, sizes);
  return sizes;
}

function introspectionListSize(parent: string, field: string, sizes: IntrospectionSizes): number | undefined {
  if (parent === '__Schema') return field === 'types' ? sizes.types : field === 'directives' ? sizes.directives : undefined;
  if (parent === '__Type') return sizes.perType;
  if (parent === '__Field' || parent === '__Directive') return sizes.perField;
  return undefined;
}

export function estimateDocument(schema: GraphQLSchema, document: DocumentNode, options: EstimateOptions = {}): DocumentEstimate {
  const fieldCosts = options.fieldCosts ?? fieldCostsOf(schema);
  const sizes = introspectionSizes(schema);
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    else if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  const named = options.operationName ? operations.filter((op) => op.name?.value === options.operationName) : [];
  const selected = named.length > 0 ? named : operations;

  const result: Totals & { fragmentChain: number } = { ...ZERO, fragmentChain: 0 };
  for (const operation of selected) {
    const variableDefaults = new Map<string, unknown>();
    for (const definition of operation.variableDefinitions ?? []) {
      if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, valueFromASTUntyped(definition.defaultValue));
    }
    const variables = options.variables ?? {};
    const memo = new Map<string, Walked>();
    const visiting = new Set<string>();
    let fragmentChain = 0;

    /** A slicing argument's value: literal, variable (request, then its default), else the argument's default. */
    const sliceOf = (node: FieldNode, field: GraphQLField<unknown, unknown> | undefined, totals: Totals): number | undefined => {
      for (const name of SLICING_ARGUMENTS) {
        const argument = field?.args.find((a) => a.name === name);
        const given = node.arguments?.find((a) => a.name.value === name);
        if (!argument && !given) continue;
        let value: unknown;
        if (given) value = readValue(given.value, totals);
        if (value === undefined) value = argument?.defaultValue;
        return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : ASSUMED_LIST_SIZE;
      }
      return undefined;
    };
    const readValue = (value: ValueNode, totals: Totals): unknown => {
      if (value.kind !== Kind.VARIABLE) return valueFromASTUntyped(value);
      totals.variableSlicing = true;
      const name = value.name.value;
      return Object.prototype.hasOwnProperty.call(variables, name) && variables[name] !== null ? variables[name] : variableDefaults.get(name);
    };

    /** Totals for ONE object of `parentType` selecting `set`; `pending` is a page size the parent field set for its list children. */
    const walk = (set: SelectionSetNode, parentType: GraphQLNamedType | undefined, pending: number | undefined, inIntrospection: boolean): Walked => {
      const totals: Totals = { ...ZERO };
      const resources = new Set<string>();
      const names = new Map<string, number>();
      let fragmentCount = 0;
      const merge = (child: Walked) => {
        add(child.totals);
        fragmentCount += 1 + child.fragments;
        for (const [name, count] of child.names) names.set(name, (names.get(name) ?? 0) + count);
      };
      const add = (child: Totals) => {
        totals.depth = Math.max(totals.depth, child.depth);
        totals.aliases += child.aliases;
        totals.restCalls += child.restCalls;
        totals.introspectionCost += child.introspectionCost;
        totals.introspection ||= child.introspection;
        totals.schemaWalks += child.schemaWalks;
        totals.variableSlicing ||= child.variableSlicing;
        totals.sameNameFields = Math.max(totals.sameNameFields, child.sameNameFields);
        totals.fragmentsPerSelection = Math.max(totals.fragmentsPerSelection, child.fragmentsPerSelection);
      };
      for (const selection of set.selections) {
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) ?? undefined : parentType;
          merge(walk(selection.selectionSet, condition, pending, inIntrospection));
          continue;
        }
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          // Unknown or cyclic: validation reports it; it costs nothing here.
          if (!fragment || visiting.has(name)) continue;
          if (visiting.size >= MAX_FRAGMENT_CHAIN) {
            fragmentChain = MAX_FRAGMENT_CHAIN + 1;
            continue;
          }
          const key = `${name}\u0000${pending ?? ''}\u0000${inIntrospection}`;
          let known = memo.get(key);
          if (!known) {
            visiting.add(name);
            fragmentChain = Math.max(fragmentChain, visiting.size);
            known = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value) ?? undefined, pending, inIntrospection);
            visiting.delete(name);
            memo.set(key, known);
          }
          merge(known);
          continue;
        }
        const name = selection.name.value;
        const responseName = selection.alias?.value ?? name;
        names.set(responseName, (names.get(responseName) ?? 0) + 1);
        if (name === '__typename') continue;
        const own: Totals = { ...ZERO };
        if (selection.alias) own.aliases += 1;
        const introspectionRoot = name === '__schema' || name === '__type';
        const introspective = inIntrospection || introspectionRoot;
        if (introspectionRoot) own.introspection = true;
        // The meta fields are on every query root but in no type's field map.
        const field =
          name === '__schema'
            ? SchemaMetaFieldDef
            : name === '__type'
              ? TypeMetaFieldDef
              : parentType && (isObjectType(parentType) || isInterfaceType(parentType))
                ? parentType.getFields()[name]
                : undefined;
        const slice = sliceOf(selection, field, own);
        const isList = field ? isListType(getNullableType(field.type)) : false;
        let size = 1;
        if (isList) {
          size = slice ?? pending ?? (introspective && parentType ? introspectionListSize(parentType.name, name, sizes) : undefined) ?? UNSLICED_LIST_SIZE;
        }
        const coordinate = parentType ? `${parentType.name}.${name}` : name;
        const rest = fieldCosts[coordinate];
        if (rest && !(rest.resource && resources.has(rest.resource))) {
          if (rest.resource) resources.add(rest.resource);
          own.restCalls += rest.restCalls;
        }
        if (introspective) own.introspectionCost += 1;
        if (parentType?.name === '__Schema' && name === 'types') own.schemaWalks += 1;
        if (selection.selectionSet) {
          const childType = field ? getNamedType(field.type) : undefined;
          const child = walk(selection.selectionSet, childType, isList ? undefined : slice, introspective).totals;
          own.sameNameFields = child.sameNameFields;
          own.fragmentsPerSelection = child.fragmentsPerSelection;
          own.depth = child.depth;
          own.aliases += child.aliases;
          own.restCalls += size * child.restCalls;
          own.introspectionCost += size * child.introspectionCost;
          own.introspection ||= child.introspection;
          own.schemaWalks += child.schemaWalks;
          own.variableSlicing ||= child.variableSlicing;
        }
        if (!introspective) own.depth += 1;
        add(own);
      }
      let sameName = 0;
      for (const count of names.values()) sameName = Math.max(sameName, count);
      totals.sameNameFields = Math.max(totals.sameNameFields, sameName);
      totals.fragmentsPerSelection = Math.max(totals.fragmentsPerSelection, fragmentCount);
      return { totals, names, fragments: fragmentCount };
    };

    const rootType = schema.getRootType(operation.operation) ?? undefined;
    const { totals } = walk(operation.selectionSet, rootType, undefined, false);
    result.depth = Math.max(result.depth, totals.depth);
    result.aliases = Math.max(result.aliases, totals.aliases);
    result.restCalls = Math.max(result.restCalls, totals.restCalls);
    result.introspectionCost = Math.max(result.introspectionCost, totals.introspectionCost);
    result.introspection ||= totals.introspection;
    result.schemaWalks = Math.max(result.schemaWalks, totals.schemaWalks);
    result.variableSlicing ||= totals.variableSlicing;
    result.sameNameFields = Math.max(result.sameNameFields, totals.sameNameFields);
    result.fragmentsPerSelection = Math.max(result.fragmentsPerSelection, totals.fragmentsPerSelection);
    result.fragmentChain = Math.max(result.fragmentChain, fragmentChain);
  }
  return result;
}
