import type { GraphQLSchema } from 'graphql';
import { loadSchemaFile, resolveSnapshotPath } from '../../schema/index.js';

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
    schemas.set(path, schema);
  }
  return { path, schema };
}
