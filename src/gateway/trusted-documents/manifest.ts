/**
 * A trusted-documents manifest: `{ "sha256:<hex>": "<document text>" }`, the hex being SHA-256 of
 * the exact UTF-8 text (what `npm run codegen` writes to src/generated/trusted-documents.json).
 * Apollo's persisted-query manifest (`{"format": "apollo-persisted-query-manifest", "version": 1,
 * "operations": [{"id", "body", ...}]}`, what TI's own frontend tooling generates) is read too.
 *
 * Every entry is checked before any is used: the id must be the hash of its text (a manifest edited
 * by hand, or truncated mid-write, cannot smuggle in a document under another's id) and the text
 * must parse as GraphQL.
 */
import { createHash } from 'node:crypto';
import { parse } from 'graphql';

/** `sha256:` + 64 lowercase hex digits. */
const DOCUMENT_ID = /^sha256:[0-9a-f]{64}$/;

export function documentIdOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** A manifest that cannot be used; `message` names the file and the entry. */
export class ManifestError extends Error {
  constructor(source: string, problem: string) {
    super(`${source}: ${problem}`);
    this.name = 'ManifestError';
  }
}

/** The documents of one manifest file, by id. @throws ManifestError */
export function parseManifest(json: string, source: string): Map<string, string> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    throw new ManifestError(source, `not JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ManifestError(source, 'must be a JSON object of "sha256:<hex>": "<document text>" entries');
  }
  const entries: Array<[string, unknown]> = isApolloManifest(value)
    ? apolloEntries(value, source)
    : Object.entries(value);
  const documents = new Map<string, string>();
  for (const [id, text] of entries) {
    const where = `entry ${JSON.stringify(id.slice(0, 80))}`;
    if (!DOCUMENT_ID.test(id)) throw new ManifestError(source, `${where}: the id must be "sha256:" and 64 lowercase hex digits`);
    if (typeof text !== 'string' || text.trim() === '') throw new ManifestError(source, `${where}: the document text must be a non-empty string`);
    if (documentIdOf(text) !== id) throw new ManifestError(source, `${where}: the id is not the SHA-256 of its text`);
    try {
      parse(text, { noLocation: true });
    } catch (error) {
      throw new ManifestError(source, `${where}: not a GraphQL document (${(error as Error).message})`);
    }
    documents.set(id, text);
  }
  return documents;
}

interface ApolloManifest {
  format: 'apollo-persisted-query-manifest';
  operations: unknown;
}

function isApolloManifest(value: object): value is ApolloManifest {
  return (value as { format?: unknown }).format === 'apollo-persisted-query-manifest';
}

function apolloEntries(manifest: ApolloManifest, source: string): Array<[string, unknown]> {
  if ((manifest as { version?: unknown }).version !== 1) throw new ManifestError(source, 'only version 1 of the Apollo persisted-query manifest is read');
  if (!Array.isArray(manifest.operations)) throw new ManifestError(source, 'an Apollo manifest needs an "operations" array');
  return manifest.operations.map((operation: { id?: unknown; body?: unknown }, index: number) => {
    if (typeof operation?.id !== 'string') throw new ManifestError(source, `operation ${index}: no "id"`);
    return [`sha256:${operation.id}`, operation.body];
  });
}
