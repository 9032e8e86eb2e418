/**
 * Prices documents on the vendor's model (`model.ts`): one walk of the selections, fragments priced
 * once per operation and reused at every spread (so a fan-out of spreads costs a multiplication,
 * not a walk per path). Works on documents not yet validated: an unknown field, type or fragment
 * is simply not priced (validation refuses the document anyway).
 *
 * The tenant part: with `tenantSchema` given, a document written for another schema (the gateway's,
 * which adds REST-backed fields and types to the tenant's) is walked with that schema's types, and
 * only fields the tenant's schema has are priced, at the tenant's annotations; the gateway's own
 * fields cost nothing here, while tenant fields under them still do.
 */
import {
  Kind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { additionalCost } from './model.js';

export interface PricedOperation {
  /** The operation's name; undefined for an anonymous one. */
  name: string | undefined;
  operation: OperationDefinitionNode;
  points: number;
}

export interface PointsPricer {
  /** Points of one operation, its fragments from `fragments` (by name). */
  operation(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): number;
  /** Every operation of a document, each priced on its own (as the vendor prices each query of a batch). */
  operations(document: DocumentNode): PricedOperation[];
  /**
   * What running the document costs: the operation `operationName` names, or the only one; when
   * the choice is ambiguous (several operations and no name), the dearest, so nothing is under-priced.
   */
  request(document: DocumentNode, operationName?: string | null): number;
}

export interface PricerOptions {
  /** The tenant's own schema, when `schema` is a larger one built on it (the gateway's). Default: `schema`. */
  tenantSchema?: GraphQLSchema;
}

const pricers = new WeakMap<GraphQLSchema, WeakMap<GraphQLSchema, PointsPricer>>();

/** The pricer for documents on `schema` (one per schema pair, its field prices remembered). */
export function pointsPricer(schema: GraphQLSchema, options: PricerOptions = {}): PointsPricer {
  const tenantSchema = options.tenantSchema ?? schema;
  let byTenant = pricers.get(schema);
  if (!byTenant) pricers.set(schema, (byTenant = new WeakMap()));
  let pricer = byTenant.get(tenantSchema);
  if (!pricer) byTenant.set(tenantSchema, (pricer = createPricer(schema, tenantSchema)));
  return pricer;
}

function createPricer(schema: GraphQLSchema, tenantSchema: GraphQLSchema): PointsPricer {
  const fieldPoints = new Map<GraphQLField<unknown, unknown>, number>();

  /** 1 + the annotation for a tenant field; 0 for a field the tenant does not have. */
  const priceField = (parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): number => {
    let points = fieldPoints.get(field);
    if (points !== undefined) return points;
    let own: GraphQLField<unknown, unknown> | undefined = field;
    if (tenantSchema !== schema) {
      const tenantType = tenantSchema.getType(parent.name);
      own = tenantType && (isObjectType(tenantType) || isInterfaceType(tenantType)) ? tenantType.getFields()[field.name] : undefined;
    }
    points = own ? 1 + additionalCost(own) : 0;
    fieldPoints.set(field, points);
    return points;
  };

  const operation = (definition: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): number => {
    const root = schema.getRootType(definition.operation);
    if (!root) return 0;
    const fragmentPoints = new Map<string, number>();
    const visiting = new Set<string>();

    const selections = (parent: GraphQLCompositeType, set: SelectionSetNode): number => {
      let total = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const name = selection.name.value;
          // __typename, __schema, __type: free, and nothing under them is priced.
          if (name.startsWith('__')) continue;
          const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
          if (!field) continue;
          total += priceField(parent, field);
          if (selection.selectionSet) {
            const child = getNamedType(field.type);
            if (isCompositeType(child)) total += selections(child, selection.selectionSet);
          }
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
          if (condition && isCompositeType(condition)) total += selections(condition, selection.selectionSet);
        } else {
          total += spread(selection.name.value);
        }
      }
      return total;
    };

    const spread = (name: string): number => {
      const known = fragmentPoints.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      // Unknown or cyclic: validation refuses the document; it is not priced.
      if (!fragment || visiting.has(name)) return 0;
      const condition = schema.getType(fragment.typeCondition.name.value);
      if (!condition || !isCompositeType(condition)) return 0;
      visiting.add(name);
      const points = selections(condition, fragment.selectionSet);
      visiting.delete(name);
      fragmentPoints.set(name, points);
      return points;
    };

    return selections(root, definition.selectionSet);
  };

  const split = (document: DocumentNode) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    const definitions: OperationDefinitionNode[] = [];
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
      else if (definition.kind === Kind.OPERATION_DEFINITION) definitions.push(definition);
    }
    return { fragments, definitions };
  };

  const operations = (document: DocumentNode): PricedOperation[] => {
    const { fragments, definitions } = split(document);
    return definitions.map((definition) => ({ name: definition.name?.value, operation: definition, points: operation(definition, fragments) }));
  };

  return {
    operation,
    operations,
    request(document, operationName) {
      const { fragments, definitions } = split(document);
      const named = operationName ? definitions.filter((d) => d.name?.value === operationName) : [];
      let points = 0;
      for (const definition of named.length > 0 ? named : definitions) points = Math.max(points, operation(definition, fragments));
      return points;
    },
  };
}
