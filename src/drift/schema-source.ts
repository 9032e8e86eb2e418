/**
 * Where a drift check's schemas come from: a file (SDL or introspection JSON), a vendor snapshot by
 * date, or a live GraphQL endpoint introspected with the tenant key from config.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildClientSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import type { Config } from '../config/index.js';
import { InputError, TiGraphError } from '../errors/index.js';
import { fetchIntrospection, loadSchemaFile, resolveSnapshotPath } from '../schema/index.js';
import { maskUrl } from '../util/index.js';
import { displayPath } from './documents.js';

export interface LoadedSchema {
  schema: GraphQLSchema;
  /** How reports name it: a path relative to the working directory, or the URL with secrets masked. */
  label: string;
  /** The raw result when it came from live introspection. */
  introspection?: IntrospectionQuery;
}

export interface SchemaSourceContext {
  cwd: string;
  config: Config;
  /** For a URL that is a ti-graph gateway: these headers (its bearer token) instead of the tenant key. */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export function isUrl(ref: string): boolean {
  return /^https?:\/\//i.test(ref);
}

/** The configured tenant's GraphQL endpoint, the default drift target. */
export function tenantGraphqlUrl(config: Config): string | undefined {
  return config.tenant ? `${config.tenant.baseUrl}${config.tenant.graphqlPath}` : undefined;
}

/** Resolves a file reference: a path (relative to cwd) or a vendor snapshot name/date. */
export function resolveSchemaPath(ref: string, cwd: string): string {
  const local = resolve(cwd, ref);
  if (existsSync(local)) return local;
  return resolveSnapshotPath(ref);
}

export async function loadSchemaSource(ref: string, context: SchemaSourceContext): Promise<LoadedSchema> {
  if (!isUrl(ref)) {
    const path = resolveSchemaPath(ref, context.cwd);
    return { schema: loadSchemaFile(path), label: displayPath(path, context.cwd) };
  }
  let url: URL;
  try {
    url = new URL(ref);
  } catch {
    throw new InputError(`"${maskUrl(ref)}" is not a valid URL`, 'target');
  }
  if (context.headers && Object.keys(context.headers).length > 0) {
    // A gateway (or any endpoint the caller authenticates): the tenant key is never sent here.
    const introspection = await fetchIntrospection({
      url: url.toString(),
      headers: context.headers,
      ...(context.fetch ? { fetch: context.fetch } : {}),
    }).catch((error: unknown) => {
      if (error instanceof TiGraphError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
        throw new InputError(`--target ${maskUrl(url.toString())} refused introspection (${error.code}${(error as TiGraphError & { status?: number }).status ? `, HTTP ${(error as TiGraphError & { status?: number }).status}` : ''}): check the token in --header "Authorization: Bearer ..."`, 'header');
      }
      throw error;
    });
    return { schema: buildClientSchema(introspection), label: maskUrl(url.toString()), introspection };
  }
  const tenant = context.config.tenant;
  if (!tenant) {
    throw new InputError(
      `--target ${maskUrl(ref)}: a ti-graph gateway wants its token, pass --header "Authorization: Bearer <token>"; the tenant itself wants TI_BASE_URL (or TI_SUBDOMAIN) and TI_API_KEY set`,
      'target',
    );
  }
  // The key goes only to the tenant it belongs to, never to whatever host a flag names.
  if (url.origin !== new URL(tenant.baseUrl).origin) {
    throw new InputError(
      `${url.origin} is not the configured tenant (${tenant.baseUrl}); the tenant key is only sent to its own origin: point TI_BASE_URL at it or pass a snapshot file`,
      'target',
    );
  }
  // An apiKey in the URL itself would end up in reports: drop it, the configured key is used instead.
  url.searchParams.delete('apiKey');
  const introspection = await fetchIntrospection({
    url: url.toString(),
    apiKey: tenant.apiKey,
    auth: tenant.graphqlAuth,
    timeoutMs: tenant.timeoutMs,
    ...(context.fetch ? { fetch: context.fetch } : {}),
  });
  return { schema: buildClientSchema(introspection), label: maskUrl(url.toString()), introspection };
}
