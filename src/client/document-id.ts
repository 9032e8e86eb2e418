/**
 * Which trusted-document id the SDK sends for a document: the one the document carries (codegen
 * embeds it: `__meta__.hash`, `__meta__.documentId` or `documentId`), or, when asked to, one it
 * computes itself. The convention is the gateway's manifest's: `sha256:` + the hex SHA-256 of the
 * UTF-8 text the SDK would otherwise send, which is graphql-js `print(document)`.
 *
 * Browser-safe: hashing uses Web Crypto (`crypto.subtle`), absent only outside secure contexts,
 * where the SDK just sends the text.
 */
import { print, type DocumentNode } from 'graphql';

const HEX = /^[0-9a-f]{64}$/i;

function normalise(id: unknown): string | undefined {
  if (typeof id !== 'string' || id === '') return undefined;
  return HEX.test(id) ? `sha256:${id.toLowerCase()}` : id;
}

/** The id a generated document carries, if any. */
export function embeddedDocumentId(document: DocumentNode): string | undefined {
  const carrier = document as DocumentNode & { __meta__?: { hash?: unknown; documentId?: unknown }; documentId?: unknown };
  return normalise(carrier.__meta__?.documentId) ?? normalise(carrier.__meta__?.hash) ?? normalise(carrier.documentId);
}

/** `sha256:<hex>` of the printed document, or undefined where Web Crypto is unavailable. */
export async function computeDocumentId(document: DocumentNode): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(print(document)));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, '0');
  return `sha256:${hex}`;
}
