/**
 * Drift: what changed between two schemas, and which of OUR operations each change breaks or may
 * affect (GraphQL Inspector classifies, graphql-js validates, a usage index maps the two). Plus
 * the coverage audit of the seed's lifecycle operations. The report shape is documented in README.md.
 */
export { gatewayAdditions, applyGatewayAdditions } from './gateway-additions.js';
export { runDrift, DEFAULT_BASE, DEFAULT_DOCUMENTS, DEFAULT_GATEWAY, type DriftRunOptions, type DriftRunResult } from './run.js';
export { checkDrift, type DriftCheckInput } from './check.js';
export { loadManifestOperations, manifestFiles, appOfManifest, unitsOf, type ManifestOperation } from './manifests.js';
export { loadDocuments, displayPath, type DocumentSet, type DocumentUnit, type DocumentGlobs, type SourcePosition } from './documents.js';
export { buildUsageIndex, collectUsages, type Usage, type UsageIndex, type UsageKind, type UsageVia } from './usage-index.js';
export { loadSchemaSource, isUrl, tenantGraphqlUrl, type LoadedSchema } from './schema-source.js';
export { updateSnapshot, type UpdatedSnapshot } from './update-snapshot.js';
export { formatReport, REPORT_FORMATS, type ReportFormat } from './format/index.js';
export {
  REPORT_VERSION,
  exitCodeFor,
  type DriftReport,
  type ChangeReport,
  type OperationImpact,
  type InvalidOperation,
  type Impact,
  type Criticality,
} from './report.js';
export {
  checkCoverage,
  formatCoverageText,
  detectGraphqlCoverage,
  GATEWAY_SOURCE,
  LIFECYCLE_OPERATIONS,
  REST_ENDPOINTS,
  type CoverageReport,
  type CoverageEntry,
  type LifecycleOperation,
  type RootFieldMatch,
  type Surface,
} from './lifecycle-coverage/index.js';
