export {
  VENDOR_SNAPSHOT_DIR,
  listVendorSnapshots,
  resolveSnapshotPath,
  parseIntrospectionJson,
  loadSchemaFile,
  readSchemaText,
  schemaFromText,
  printSortedSchema,
} from './load.js';
export { fetchIntrospection, type IntrospectionTarget } from './introspect.js';
export { sortIntrospection } from './sort-introspection.js';
export {
  SDL_FILE,
  INTROSPECTION_FILE,
  renderSnapshot,
  writeSnapshot,
  type SnapshotFiles,
  type WrittenSnapshot,
} from './write-snapshot.js';
export { pullSchema, type PullResult } from './pull.js';
