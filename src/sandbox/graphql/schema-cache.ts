import type { GraphQLSchema } from 'graphql';
import { SchemaError } from '../../errors/index.js';
import { VENDOR_SNAPSHOT_DIR, loadSchemaFile, resolveSnapshotPath } from '../../schema/index.js';

const schemas = new Map<string, GraphQLSchema>();

/**
 * The vendor snapshot for a reference (newest when undefined), built once per file: a snapshot is
 * 1.6 MB of introspection JSON, and every sandbox and test in a process shares the built schema.
 */
export function snapshotSchema(ref?: string): { path: string; schema: GraphQLSchema } {
  const path = resolveSnapshotPath(ref);
  let schema = schemas.get(path);
  if (!schema) {
    schema = loadSchemaFile(path);
    // A schema without a query root builds, then fails every request: refuse it here instead.
    if (!schema.getQueryType()) throw new SchemaError(`${path} has no Query type: every GraphQL request would fail`);
    schemas.set(path, schema);
  }
  return { path, schema };
}

/**
 * Loads and checks a snapshot the caller named by file (throws SchemaError naming the file and
 * what is wrong); the committed vendor snapshots are known good and stay lazily built.
 */
export function checkSnapshot(ref?: string): string {
  const path = resolveSnapshotPath(ref);
  if (!path.startsWith(`${VENDOR_SNAPSHOT_DIR}/`)) snapshotSchema(path);
  return path;
}
