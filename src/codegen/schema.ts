/**
 * The schema an app's documents are typed against: a file (SDL or introspection JSON), a running
 * gateway's URL (introspected with the given headers, e.g. its bearer token), or by default the
 * unified schema shipped in the package.
 */
import { resolve } from 'node:path';
import { buildClientSchema, type GraphQLSchema } from 'graphql';
import { InputError } from '../errors/index.js';
import { fetchIntrospection, loadSchemaFile } from '../schema/index.js';
import { PACKAGED_SCHEMA_PATH } from './config.js';

export interface CodegenSchemaOptions {
  cwd: string;
  /** Request headers for a URL (`Authorization: Bearer ...`). */
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

export async function loadCodegenSchema(ref: string | undefined, options: CodegenSchemaOptions): Promise<GraphQLSchema> {
  if (ref === undefined) return loadSchemaFile(PACKAGED_SCHEMA_PATH);
  if (!/^https?:\/\//i.test(ref)) return loadSchemaFile(resolve(options.cwd, ref));
  let url: URL;
  try {
    url = new URL(ref);
  } catch {
    throw new InputError(`--schema "${ref}" is not a valid URL`, 'schema');
  }
  const introspection = await fetchIntrospection({
    url: url.toString(),
    headers: options.headers ?? {},
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  return buildClientSchema(introspection);
}

/** Parses repeated `--header "Name: value"` flags. */
export function parseHeaderFlags(values: string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const value of values ?? []) {
    const colon = value.indexOf(':');
    const name = colon > 0 ? value.slice(0, colon).trim() : '';
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name)) throw new InputError(`--header must be "Name: value" (a header name, a colon, the value)`, 'header');
    headers[name.toLowerCase()] = value.slice(colon + 1).trim();
  }
  return headers;
}
