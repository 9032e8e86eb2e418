/**
 * What each document uses, as schema coordinates (`Type`, `Type.field`, `Type.field.arg`,
 * `Enum.VALUE`, `Input.field`, `@directive`) with file, line and the AST offsets a validation error
 * can point at. Built with graphql-js's TypeInfo against the schema the documents were written for.
 */
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  Kind,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type ASTNode,
  type ExecutableDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import type { DocumentUnit, SourcePosition } from './documents.js';

export type UsageKind = 'type' | 'field' | 'argument' | 'inputField' | 'enumValue' | 'directive';
/**
 * How the document reaches the coordinate: selected as output, passed as a literal, typed by a
 * variable (the value comes at run time), or named in a fragment's type condition.
 */
export type UsageVia = 'output' | 'literal' | 'variable' | 'typeCondition';

export interface Usage extends SourcePosition {
  coordinate: string;
  kind: UsageKind;
  via: UsageVia;
  /** Source offsets [start, end) of the node, and the file it is in (may be a fragment's file). */
  start: number;
  end: number;
}

export interface UnitUsage {
  unit: DocumentUnit;
  usage: Usage;
}

/** Usages by coordinate across all units, plus the coordinates under each type for prefix lookups. */
export interface UsageIndex {
  byCoordinate: Map<string, UnitUsage[]>;
  /** `Type` -> every coordinate starting with `Type.` that some document uses. */
  membersOf: Map<string, string[]>;
}

/** Usages of one definition (not following fragment spreads: fragments are indexed on their own). */
export function collectUsages(schema: GraphQLSchema, definition: ExecutableDefinitionNode): Usage[] {
  const usages: Usage[] = [];
  const typeInfo = new TypeInfo(schema);
  const add = (coordinate: string, kind: UsageKind, via: UsageVia, node: ASTNode) => {
    const loc = node.loc;
    if (!loc) return;
    usages.push({
      coordinate,
      kind,
      via,
      file: loc.source.name,
      line: loc.startToken.line,
      column: loc.startToken.column,
      start: loc.start,
      end: loc.end,
    });
  };
  // Everything a variable's type can carry is in play: the app fills it at run time.
  const addInputTree = (type: GraphQLNamedType, node: ASTNode, seen: Set<string>) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    add(type.name, 'type', 'variable', node);
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        add(`${type.name}.${field.name}`, 'inputField', 'variable', node);
        addInputTree(getNamedType(field.type), node, seen);
      }
    }
  };

  visit(
    definition,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || field.name.startsWith('__')) return;
        add(`${parent.name}.${field.name}`, 'field', 'output', node);
        add(getNamedType(field.type).name, 'type', 'output', node);
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return;
        const directive = typeInfo.getDirective();
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        const owner = directive ? `@${directive.name}` : parent && field ? `${parent.name}.${field.name}` : undefined;
        if (!owner) return;
        const via: UsageVia = node.value.kind === Kind.VARIABLE ? 'variable' : 'literal';
        add(`${owner}.${argument.name}`, 'argument', via, node);
        if (via === 'literal') add(getNamedType(argument.type).name, 'type', 'literal', node.value);
      },
      ObjectValue(node) {
        const type = typeInfo.getInputType();
        if (type) add(getNamedType(type).name, 'type', 'literal', node);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        const named = parent ? getNamedType(parent) : undefined;
        if (named && isInputObjectType(named)) add(`${named.name}.${node.name.value}`, 'inputField', 'literal', node);
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        const named = type ? getNamedType(type) : undefined;
        if (named && isEnumType(named)) add(`${named.name}.${node.value}`, 'enumValue', 'literal', node);
      },
      VariableDefinition(node) {
        const type = typeFromAST(schema, node.type);
        if (type) addInputTree(getNamedType(type), node, new Set());
      },
      InlineFragment(node) {
        if (node.typeCondition) add(node.typeCondition.name.value, 'type', 'typeCondition', node.typeCondition);
      },
      FragmentDefinition(node) {
        add(node.typeCondition.name.value, 'type', 'typeCondition', node.typeCondition);
      },
      Directive(node) {
        add(`@${node.name.value}`, 'directive', 'literal', node);
      },
    }),
  );
  return usages;
}

/** Indexes every unit's usages, its own and those of the fragments it spreads. */
export function buildUsageIndex(schema: GraphQLSchema, units: DocumentUnit[]): UsageIndex {
  const perDefinition = new Map<ExecutableDefinitionNode, Usage[]>();
  const usagesOf = (definition: ExecutableDefinitionNode) => {
    let usages = perDefinition.get(definition);
    if (!usages) {
      usages = collectUsages(schema, definition);
      perDefinition.set(definition, usages);
    }
    return usages;
  };
  const byCoordinate = new Map<string, UnitUsage[]>();
  for (const unit of units) {
    for (const definition of [unit.definition, ...unit.fragments]) {
      for (const usage of usagesOf(definition)) {
        let list = byCoordinate.get(usage.coordinate);
        if (!list) byCoordinate.set(usage.coordinate, (list = []));
        list.push({ unit, usage });
      }
    }
  }
  const membersOf = new Map<string, string[]>();
  for (const coordinate of byCoordinate.keys()) {
    const dot = coordinate.indexOf('.');
    if (dot < 0) continue;
    const owner = coordinate.slice(0, dot);
    let list = membersOf.get(owner);
    if (!list) membersOf.set(owner, (list = []));
    list.push(coordinate);
  }
  return { byCoordinate, membersOf };
}
