/**
 * What each operation will cost at the tenant, in Thought Industries' points (src/cost), before
 * production: codegen prints the operations over a warning threshold and fails on any over the
 * vendor's 1,000-point limit, naming `file:line:column`, the operation and its points. Only the
 * tenant part is priced: the gateway's REST-backed fields are free here (the packaged tenant
 * schema says which fields are the tenant's).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { Kind, getLocation, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import { MAX_QUERY_POINTS, pointsPricer } from '../cost/index.js';
import { loadSchemaFile, resolveSnapshotPath } from '../schema/index.js';
import { loadDocumentFiles } from './generate.js';

/** Operations past this many points are printed: little room is left for a vendor change adding cost. */
export const POINTS_WARNING = 500;

export interface OperationPoints {
  /** `(anonymous)` for an unnamed operation. */
  name: string;
  file: string;
  line: number;
  column: number;
  points: number;
}

export interface PointsCheck {
  /** Every operation, in file order, with its points. */
  operations: OperationPoints[];
  /** Operations over the warning threshold, within the limit. */
  warnings: OperationPoints[];
  /** Operations over the limit: TI refuses them. */
  over: OperationPoints[];
  warnAt: number;
  limit: number;
}

const PACKAGED_TENANT_SCHEMA = fileURLToPath(new URL('../../schema/tenant.graphql', import.meta.url));

/** The tenant schema the packaged unified schema was printed from (the newest vendor snapshot when there is none). */
export function packagedTenantSchema(): GraphQLSchema {
  return loadSchemaFile(existsSync(PACKAGED_TENANT_SCHEMA) ? PACKAGED_TENANT_SCHEMA : resolveSnapshotPath());
}

/**
 * Prices every operation of the documents (fragments shared across files). `schema` is what the
 * documents are written against; `tenantSchema` the tenant's own (default: the packaged one).
 */
export function priceOperations(
  schema: GraphQLSchema,
  documents: readonly Types.DocumentFile[],
  options: { tenantSchema?: GraphQLSchema; warnAt?: number; limit?: number } = {},
): PointsCheck {
  const pricer = pointsPricer(schema, { tenantSchema: options.tenantSchema ?? packagedTenantSchema() });
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of documents) {
    for (const definition of file.document?.definitions ?? []) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  const operations: OperationPoints[] = [];
  for (const file of documents) {
    for (const definition of file.document?.definitions ?? []) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const where = definition.loc ? getLocation(definition.loc.source, definition.loc.start) : { line: 1, column: 1 };
      operations.push({
        name: definition.name?.value ?? '(anonymous)',
        file: file.location ?? definition.loc?.source.name ?? '(document)',
        line: where.line,
        column: where.column,
        points: pricer.operation(definition, fragments),
      });
    }
  }
  const warnAt = options.warnAt ?? POINTS_WARNING;
  const limit = options.limit ?? MAX_QUERY_POINTS;
  return {
    operations,
    warnings: operations.filter((op) => op.points > warnAt && op.points <= limit),
    over: operations.filter((op) => op.points > limit),
    warnAt,
    limit,
  };
}

/** The lines codegen prints: warnings, then failures (`file:line:column: ...`). Empty when every operation is cheap. */
export function formatPointsCheck(check: PointsCheck): string[] {
  const at = (op: OperationPoints) => `${op.file}:${op.line}:${op.column}`;
  return [
    ...check.warnings.map(
      (op) => `${at(op)}: warning: operation ${op.name} costs ${op.points} points at the tenant (warning above ${check.warnAt}, limit ${check.limit})`,
    ),
    ...check.over.map(
      (op) => `${at(op)}: operation ${op.name} costs ${op.points} points at the tenant, over Thought Industries' limit of ${check.limit} points per query: the tenant will refuse it`,
    ),
  ];
}

/** `priceOperations` over the files the globs match (as codegen finds them). */
export async function priceDocumentFiles(
  cwd: string,
  globs: string[],
  schema: GraphQLSchema,
  options: { tenantSchema?: GraphQLSchema; warnAt?: number; limit?: number } = {},
): Promise<PointsCheck> {
  return priceOperations(schema, await loadDocumentFiles(cwd, globs), options);
}
