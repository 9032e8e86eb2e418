import { readFileSync, readdirSync } from 'node:fs';
import { brotliDecompressSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildClientSchema,
  buildSchema,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { SchemaError } from '../errors/index.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The vendor's published schema snapshots, copied byte for byte into `schema/vendor/`. */
export const VENDOR_SNAPSHOT_DIR = join(REPO_ROOT, 'schema', 'vendor');

/**
 * The installed package carries each snapshot Brotli-compressed (`.introspection.json.br`, written
 * by `npm run build`): 4 MB of JSON is 100 kB that way. A checkout reads the plain JSON.
 */
export const COMPRESSED_SUFFIX = '.br';

/** Snapshot file names, oldest first (names start with their date): plain JSON, else compressed. */
export function listVendorSnapshots(): string[] {
  let names: string[];
  try {
    names = readdirSync(VENDOR_SNAPSHOT_DIR);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const plain = new Set(names.filter((f) => f.endsWith('.introspection.json')));
  const compressed = names.filter((f) => f.endsWith(`.introspection.json${COMPRESSED_SUFFIX}`) && !plain.has(f.slice(0, -COMPRESSED_SUFFIX.length)));
  return [...plain, ...compressed].sort();
}

/** A file's text, decompressed when it is a `.br` snapshot. */
export function readSchemaText(path: string): string {
  const bytes = readFileSync(path);
  return (path.endsWith(COMPRESSED_SUFFIX) ? brotliDecompressSync(bytes) : bytes).toString('utf8');
}

/**
 * Resolves a snapshot reference: an existing file path, or a vendor snapshot named by its date
 * prefix (`2022-12-21`) or full file name. Undefined means the newest vendor snapshot.
 */
export function resolveSnapshotPath(ref?: string): string {
  const snapshots = listVendorSnapshots();
  if (ref === undefined) {
    const newest = snapshots[snapshots.length - 1];
    if (!newest) throw new SchemaError(`no vendor schema snapshots in ${VENDOR_SNAPSHOT_DIR}`);
    return join(VENDOR_SNAPSHOT_DIR, newest);
  }
  const byName = snapshots.find((f) => f === ref || f.startsWith(`${ref}-`) || f.startsWith(ref));
  if (byName) return join(VENDOR_SNAPSHOT_DIR, byName);
  try {
    readFileSync(ref, { flag: 'r' }).subarray(0, 0);
    return resolve(ref);
  } catch {
    throw new SchemaError(
      `schema snapshot "${ref}" is neither a file nor a vendor snapshot; known: ${snapshots.map((s) => s.slice(0, 10)).join(', ')}`,
    );
  }
}

/** Reads an introspection result, with or without the `{ data: ... }` wrapper. */
export function parseIntrospectionJson(text: string, source: string): IntrospectionQuery {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new SchemaError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  const candidate = (json as { data?: unknown })?.data ?? json;
  if (!candidate || typeof candidate !== 'object' || !('__schema' in candidate)) {
    throw new SchemaError(`${source} is not an introspection result (no "__schema")`);
  }
  return candidate as IntrospectionQuery;
}

/** Loads a schema from SDL (`.graphql`/`.gql`) or introspection JSON (`.json`). */
export function loadSchemaFile(path: string): GraphQLSchema {
  let text: string;
  try {
    text = readSchemaText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EISDIR' ? 'it is a folder, not a file' : code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? (error as Error).message);
    throw new SchemaError(`cannot read schema file ${path}: ${why}`);
  }
  return schemaFromText(text, path.endsWith(COMPRESSED_SUFFIX) ? path.slice(0, -COMPRESSED_SUFFIX.length) : path);
}

/** Builds a schema from SDL or introspection JSON text, telling which by content. */
export function schemaFromText(text: string, source: string): GraphQLSchema {
  const trimmed = text.trimStart();
  if (trimmed === '') throw new SchemaError(`${source} is empty`);
  try {
    if (trimmed.startsWith('{') || source.endsWith('.json')) return buildClientSchema(parseIntrospectionJson(text, source));
    return buildSchema(text);
  } catch (error) {
    if (error instanceof SchemaError) throw error;
    throw new SchemaError(`${source} is not a valid schema: ${(error as Error).message}`);
  }
}

/** Sorted, stable SDL: the same schema always prints the same text. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema)).trimEnd()}\n`;
}
