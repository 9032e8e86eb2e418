/**
 * Where the gateway gets the tenant's schema: the committed snapshot by default (fast start, no
 * network at boot), or live introspection when asked.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildClientSchema, type GraphQLSchema } from 'graphql';
import type { TenantConfig } from '../config/index.js';
import { InputError, SchemaError } from '../errors/index.js';
import { VENDOR_SNAPSHOT_DIR, fetchIntrospection, loadSchemaFile, resolveSnapshotPath } from '../schema/index.js';

/** `schema/tenant.graphql`, written by `ti-graph schema pull`. */
export const TENANT_SNAPSHOT_PATH = join(dirname(VENDOR_SNAPSHOT_DIR), 'tenant.graphql');

/** The pulled snapshot when there is one, else the newest vendor snapshot. */
export function snapshotSchemaPath(): string {
  return existsSync(TENANT_SNAPSHOT_PATH) ? TENANT_SNAPSHOT_PATH : resolveSnapshotPath();
}

/** @throws InputError (exit 2) naming the file and what is wrong with it, before anything listens. */
export function loadSnapshotSchema(path: string = snapshotSchemaPath()): GraphQLSchema {
  let schema: GraphQLSchema;
  try {
    schema = loadSchemaFile(path);
  } catch (error) {
    if (error instanceof SchemaError) throw new InputError(`tenant schema snapshot: ${error.message}; rewrite it with "ti-graph schema pull"`, 'schema');
    throw error;
  }
  if (!schema.getQueryType()) throw new InputError(`tenant schema snapshot: ${path} has no Query type; rewrite it with "ti-graph schema pull"`, 'schema');
  return schema;
}

/** Live introspection through the schema-pull library (typed errors, key never in a message). */
export async function introspectTenantSchema(tenant: TenantConfig): Promise<GraphQLSchema> {
  const url = new URL(tenant.graphqlPath, `${tenant.baseUrl}/`).href;
  return buildClientSchema(await fetchIntrospection({ url, apiKey: tenant.apiKey, auth: tenant.graphqlAuth, timeoutMs: tenant.timeoutMs }));
}
