/**
 * Where the gateway gets the tenant's schema: the committed snapshot by default (fast start, no
 * network at boot), or live introspection when asked.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildClientSchema, type GraphQLSchema } from 'graphql';
import type { TenantConfig } from '../config/index.js';
import { VENDOR_SNAPSHOT_DIR, fetchIntrospection, loadSchemaFile, resolveSnapshotPath } from '../schema/index.js';

/** `schema/tenant.graphql`, written by `ti-graph schema pull`. */
export const TENANT_SNAPSHOT_PATH = join(dirname(VENDOR_SNAPSHOT_DIR), 'tenant.graphql');

/** The pulled snapshot when there is one, else the newest vendor snapshot. */
export function snapshotSchemaPath(): string {
  return existsSync(TENANT_SNAPSHOT_PATH) ? TENANT_SNAPSHOT_PATH : resolveSnapshotPath();
}

export function loadSnapshotSchema(path: string = snapshotSchemaPath()): GraphQLSchema {
  return loadSchemaFile(path);
}

/** Live introspection through the schema-pull library (typed errors, key never in a message). */
export async function introspectTenantSchema(tenant: TenantConfig): Promise<GraphQLSchema> {
  const url = new URL(tenant.graphqlPath, `${tenant.baseUrl}/`).href;
  return buildClientSchema(await fetchIntrospection({ url, apiKey: tenant.apiKey, auth: tenant.graphqlAuth, timeoutMs: tenant.timeoutMs }));
}
