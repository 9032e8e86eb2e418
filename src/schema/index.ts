export {
  VENDOR_SNAPSHOT_DIR,
  listVendorSnapshots,
  resolveSnapshotPath,
  parseIntrospectionJson,
  loadSchemaFile,
  schemaFromText,
  printSortedSchema,
} from './load.js';
