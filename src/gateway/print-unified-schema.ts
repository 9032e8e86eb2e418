/**
 * `npm run schema:print`: writes the gateway's schema, sorted, to `schema/unified.graphql` (what
 * the typed-operations codegen reads). Deterministic: same tenant snapshot, same text; a second
 * run changes nothing. Written atomically (temp file + rename).
 */
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { printSortedSchema } from '../schema/index.js';
import { writeFileIfChangedSync } from '../util/index.js';
import { buildGatewaySchema } from './gateway.js';
import { loadSnapshotSchema, snapshotSchemaPath, TENANT_SNAPSHOT_PATH } from './tenant-schema.js';

export const UNIFIED_SCHEMA_PATH = join(dirname(TENANT_SNAPSHOT_PATH), 'unified.graphql');

/** The unified schema's SDL, from the tenant snapshot the gateway starts with. */
export function printUnifiedSchema(tenantSnapshot: string = snapshotSchemaPath()): string {
  return printSortedSchema(buildGatewaySchema(loadSnapshotSchema(tenantSnapshot)));
}

/** Writes the file only when its content changes; returns whether it did. */
function writeUnifiedSchema(path: string = UNIFIED_SCHEMA_PATH): boolean {
  return writeFileIfChangedSync(path, printUnifiedSchema());
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const changed = writeUnifiedSchema();
  process.stderr.write(`${UNIFIED_SCHEMA_PATH}: ${changed ? 'written' : 'unchanged'} (tenant schema from ${snapshotSchemaPath()})\n`);
}
