/**
 * One drift check: classify every change between two schemas with GraphQL Inspector, then say
 * which of our operations each change breaks or may affect.
 */
import { diff } from '@graphql-inspector/core';
import { buildClientSchema, introspectionFromSchema, type GraphQLSchema } from 'graphql';
import type { DocumentSet } from './documents.js';
import { MAX_QUERY_POINTS } from '../cost/index.js';
import { assessChanges } from './impact.js';
import { priceUnits, tieOverLimit } from './points.js';
import { exitCodeFor, REPORT_VERSION, type DriftReport } from './report.js';
import { buildUsageIndex } from './usage-index.js';
import { validateUnits } from './validate-units.js';

export interface DriftCheckInput {
  base: GraphQLSchema;
  target: GraphQLSchema;
  documents: DocumentSet;
  /** Names for the report (paths or masked URLs). */
  baseLabel: string;
  targetLabel: string;
  /** Set when both schemas carry the gateway's additions (from this unified schema). */
  gatewayLabel?: string;
  /** Any breaking change fails, used by our operations or not. */
  strict?: boolean;
  /** The tenant's own schemas under base and target when those carry the gateway's additions: only their fields are priced in points. */
  baseTenant?: GraphQLSchema | undefined;
  targetTenant?: GraphQLSchema | undefined;
  /** Awaited between the check's steps: a server judging in the background yields to its requests there. */
  between?: () => Promise<unknown>;
}

export async function checkDrift(input: DriftCheckInput): Promise<DriftReport> {
  const { documents } = input;
  const between = input.between ?? (async () => {});
  const [base, target] = await comparable(input.base, input.target, between);
  const strict = input.strict ?? false;
  const changes = input.base === input.target ? [] : await diff(base, target);
  await between();
  // Usages are resolved against the schema the documents were written for; validity against the new one.
  const index = buildUsageIndex(base, documents.units);
  await between();
  const errors = validateUnits(target, documents.units);
  await between();
  const assessed = assessChanges(changes, index, errors);
  await between();
  // Prices on the schemas as given (descriptions and all), not the introspection-stripped copies.
  const priced = priceUnits(documents.units, { base: input.base, target: input.target, baseTenant: input.baseTenant, targetTenant: input.targetTenant });
  const overPointsLimit = tieOverLimit(priced, assessed.changes, index);

  const count = (level: string) => assessed.changes.filter((c) => c.criticality === level).length;
  const report: DriftReport = {
    version: REPORT_VERSION,
    base: input.baseLabel,
    target: input.targetLabel,
    gateway: input.gatewayLabel ?? null,
    documents: { files: documents.files.length, operations: documents.operationCount, fragments: documents.fragmentCount },
    summary: {
      changes: assessed.changes.length,
      breaking: count('BREAKING'),
      dangerous: count('DANGEROUS'),
      nonBreaking: count('NON_BREAKING'),
      breaksOperations: assessed.changes.filter((c) => c.impact === 'breaks').length,
      affectsOperations: assessed.changes.filter((c) => c.impact === 'affects').length,
      invalidOperations: assessed.invalidOperations.length,
      overPointsLimit,
      strict,
      exitCode: 0,
    },
    changes: assessed.changes,
    invalidOperations: assessed.invalidOperations,
    points: { limit: MAX_QUERY_POINTS, operations: priced.map(({ unit: _unit, ...op }) => op) },
  };
  report.summary.exitCode = exitCodeFor(report, strict);
  return report;
}

/**
 * A schema built from SDL carries AST nodes (with their directive usages); one built from
 * introspection does not. Inspector reads both, so SDL against JSON would report every
 * `@deprecated` as removed: when the two differ, the SDL side goes through introspection too.
 */
async function comparable(base: GraphQLSchema, target: GraphQLSchema, between: () => Promise<unknown>): Promise<[GraphQLSchema, GraphQLSchema]> {
  const fromSdl = (schema: GraphQLSchema) => schema.getQueryType()?.astNode != null;
  if (fromSdl(base) === fromSdl(target)) return [base, target];
  const strip = async (schema: GraphQLSchema) => {
    if (!fromSdl(schema)) return schema;
    const introspection = introspectionFromSchema(schema, { specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true, schemaDescription: true });
    await between();
    const stripped = buildClientSchema(introspection);
    await between();
    return stripped;
  };
  return [await strip(base), await strip(target)];
}
