/**
 * What each operation costs at the tenant (Thought Industries' points, src/cost) against the base
 * and against the target: a vendor change that announces "an additional cost of N points" on a
 * field an operation selects raises its price, and past the vendor's 1,000 points per query the
 * tenant refuses it. Such an operation breaks; the description change that did it is tied to it.
 */
import { Kind, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { MAX_QUERY_POINTS, pointsPricer } from '../cost/index.js';
import type { DocumentUnit } from './documents.js';
import type { ChangeReport, OperationPoints } from './report.js';
import type { UsageIndex } from './usage-index.js';

export interface PricingSchemas {
  base: GraphQLSchema;
  target: GraphQLSchema;
  /** The tenant's own schemas, when base and target carry the gateway's additions (free at the tenant). */
  baseTenant?: GraphQLSchema | undefined;
  targetTenant?: GraphQLSchema | undefined;
}

/** Every operation's points against base and target (fragments are priced where they are spread). */
export function priceUnits(units: readonly DocumentUnit[], schemas: PricingSchemas): Array<OperationPoints & { unit: DocumentUnit }> {
  const base = pointsPricer(schemas.base, { tenantSchema: schemas.baseTenant ?? schemas.base });
  const target = pointsPricer(schemas.target, { tenantSchema: schemas.targetTenant ?? schemas.target });
  const priced: Array<OperationPoints & { unit: DocumentUnit }> = [];
  for (const unit of units) {
    if (unit.definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const fragments = new Map<string, FragmentDefinitionNode>(unit.fragments.map((f) => [f.name.value, f]));
    priced.push({
      unit,
      name: unit.name,
      kind: unit.kind,
      file: unit.file,
      line: unit.line,
      column: unit.column,
      base: base.operation(unit.definition, fragments),
      target: target.operation(unit.definition, fragments),
    });
  }
  return priced;
}

const DESCRIPTION_CHANGES = new Set(['FIELD_DESCRIPTION_CHANGED', 'FIELD_DESCRIPTION_ADDED']);

/**
 * Marks as breaking, for each operation over the limit on the target, the description changes of
 * fields it selects (where a new or higher "additional cost" is announced). Returns how many
 * operations are over the limit.
 */
export function tieOverLimit(priced: ReadonlyArray<OperationPoints & { unit: DocumentUnit }>, changes: ChangeReport[], index: UsageIndex, limit = MAX_QUERY_POINTS): number {
  const over = priced.filter((op) => op.target > limit);
  for (const op of over) {
    for (const change of changes) {
      if (!DESCRIPTION_CHANGES.has(change.type) || !change.path) continue;
      const usage = index.byCoordinate.get(change.path)?.find((u) => u.unit === op.unit);
      if (!usage) continue;
      change.impact = 'breaks';
      change.operations.push({
        impact: 'breaks',
        operation: { name: op.name, kind: op.kind, file: op.file, line: op.line, column: op.column },
        coordinate: change.path,
        at: { file: usage.usage.file, line: usage.usage.line, column: usage.usage.column },
        reason: `its price at the tenant rises from ${op.base} to ${op.target} points, over Thought Industries' limit of ${limit} points per query: the tenant will refuse it`,
      });
    }
  }
  return over.length;
}
