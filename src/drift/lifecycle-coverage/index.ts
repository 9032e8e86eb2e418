/**
 * `ti-graph coverage`: for each lifecycle operation of the seed guide, whether GraphQL serves it
 * (which root field), REST does (which endpoint), or both, and which one the gateway uses. The
 * seed's advice, "confirm coverage against the GraphQL schema via introspection", as one command.
 */
import type { GraphQLSchema } from 'graphql';
import { detectGraphqlCoverage, type RootFieldMatch } from './detect-graphql.js';
import {
  GATEWAY_SOURCE,
  LIFECYCLE_LABELS,
  LIFECYCLE_OPERATIONS,
  REST_ENDPOINTS,
  type LifecycleOperation,
  type RestEndpoint,
  type Surface,
} from './lifecycle-operations.js';

export { GATEWAY_SOURCE, LIFECYCLE_OPERATIONS, REST_ENDPOINTS, type LifecycleOperation, type Surface } from './lifecycle-operations.js';
export { detectGraphqlCoverage, type RootFieldMatch } from './detect-graphql.js';

export interface CoverageEntry {
  operation: LifecycleOperation;
  label: string;
  graphql: RootFieldMatch[];
  rest: RestEndpoint;
  availableIn: 'both' | 'graphql' | 'rest';
  gateway: Surface;
  /** The unified-schema field the gateway offers it as. */
  gatewayField: string;
  gatewayNote: string | null;
}

export interface CoverageReport {
  version: 1;
  /** The schema checked: path relative to the working directory or masked URL. */
  schema: string;
  restBasePath: string;
  operations: CoverageEntry[];
}

export function checkCoverage(schema: GraphQLSchema, labels: { schema: string; restBasePath: string }): CoverageReport {
  const graphql = detectGraphqlCoverage(schema);
  return {
    version: 1,
    schema: labels.schema,
    restBasePath: labels.restBasePath,
    operations: LIFECYCLE_OPERATIONS.map((operation) => ({
      operation,
      label: LIFECYCLE_LABELS[operation],
      graphql: graphql[operation],
      rest: REST_ENDPOINTS[operation],
      // Every seed operation has a REST endpoint, so the question is only whether GraphQL has it too.
      availableIn: graphql[operation].length > 0 ? 'both' : 'rest',
      gateway: GATEWAY_SOURCE[operation].surface,
      gatewayField: GATEWAY_SOURCE[operation].field,
      gatewayNote: GATEWAY_SOURCE[operation].note ?? null,
    })),
  };
}

export function formatCoverageText(report: CoverageReport): string {
  const rows = report.operations.map((entry) => [
    entry.label,
    entry.graphql.length > 0 ? entry.graphql.map((m) => `${m.root}.${m.field}`).join(', ') : '-',
    `${entry.rest.method} ${report.restBasePath}${entry.rest.path}`,
    entry.availableIn === 'both' ? 'both' : entry.availableIn === 'graphql' ? 'GraphQL only' : 'REST only',
    `${entry.gateway === 'rest' ? 'REST' : 'GraphQL'} (${entry.gatewayField})`,
  ]);
  const header = ['operation', 'GraphQL root field', 'REST endpoint', 'available in', 'gateway uses'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  const notes = report.operations.filter((e) => e.gatewayNote).map((e) => `  ${e.label}: ${e.gatewayNote}`);
  return [
    `Lifecycle coverage of ${report.schema} (REST base ${report.restBasePath})`,
    '',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    'The gateway uses REST for every operation except where noted (src/drift/lifecycle-coverage/lifecycle-operations.ts).',
    ...(notes.length > 0 ? ['Notes:', ...notes] : []),
    '',
  ].join('\n');
}
