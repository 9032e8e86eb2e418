/**
 * Codegen (`ti-graph/codegen`): TypedDocumentNode operations and the trusted-documents manifest for
 * a set of GraphQL documents, against the unified schema shipped in the package or a running
 * gateway. `npm run codegen` (this repo's operations/) and `ti-graph codegen` (an app's) both use it.
 */
export { codegenConfig, pluginConfig, CODEGEN_SCALARS, CODEGEN_PLUGINS, PACKAGED_SCHEMA_PATH, type CodegenConfigOptions } from './config.js';
export { documentId, renderManifest, type TrustedDocumentId } from './document-id.js';
export { generateTypedOperations, loadDocumentFiles, type GenerateOptions, type GeneratedFile } from './generate.js';
export { findStaleFiles, writeFiles, type StaleFile } from './files.js';
export { loadCodegenSchema, parseHeaderFlags, type CodegenSchemaOptions } from './schema.js';
export { POINTS_WARNING, formatPointsCheck, packagedTenantSchema, priceDocumentFiles, priceOperations, type OperationPoints, type PointsCheck } from './points.js';
export { watchDocuments, type WatchDocumentsOptions } from './watch.js';
