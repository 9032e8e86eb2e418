/**
 * A trusted document's id: `sha256:<hex>` of the exact text the SDK would send for it, which is
 * graphql-js `print` of the document (graphql-request prints a DocumentNode with it).
 */
import { createHash } from 'node:crypto';
import { print, type DocumentNode } from 'graphql';

export type TrustedDocumentId = `sha256:${string}`;

export function documentId(document: DocumentNode): { id: TrustedDocumentId; text: string } {
  const text = print(document);
  return { id: `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`, text };
}

/** The manifest the gateway reads: `{ "sha256:<hex>": "<document text>" }`, keys sorted, stable text. */
export function renderManifest(entries: Iterable<[string, string]>): string {
  const sorted = [...new Map(entries)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${JSON.stringify(Object.fromEntries(sorted), null, 2)}\n`;
}
