/**
 * Trusted documents (persisted operations): manifests of `{ "sha256:<hex>": "<text>" }` loaded from
 * TI_GRAPH_TRUSTED_DOCUMENTS and reloaded in place, and the gate that turns an id into its text
 * (or refuses, under TI_GRAPH_TRUSTED_ONLY, any text that is not trusted).
 */
export { loadTrustedDocuments, type TrustedDocumentStore, type TrustedDocumentStoreOptions } from './store.js';
export { createTrustedDocumentGate, type TrustedDocumentGate, type WireParams } from './gate.js';
export { useTrustedDocuments } from './plugin.js';
export { documentIdOf, parseManifest, ManifestError } from './manifest.js';
