/**
 * What the gateway does with one GraphQL-over-HTTP request's parameters, given the trusted
 * documents: a request naming a document by id (`documentId`, the persisted-documents form, or
 * Apollo's `extensions.persistedQuery.sha256Hash`) gets that document's text, and from then on is
 * exactly the request its text would be (fast path, scopes, depth and cost limits included).
 *
 * - id known: its text runs (a `query` sent alongside is ignored: the manifest's text is the one trusted).
 * - id unknown: PERSISTED_QUERY_NOT_FOUND, unless the request also carries the text and free text
 *   is allowed (Apollo's link retries that way after a not-found), in which case the text runs.
 * - free text under trusted-only: runs only if it is, byte for byte, a trusted document's text;
 *   otherwise PERSISTED_QUERY_ONLY.
 */
import { TrustedDocumentError } from '../../errors/index.js';
import type { TrustedDocumentStore } from './store.js';

export interface WireParams {
  query?: unknown;
  documentId?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

export interface TrustedDocumentGate {
  readonly trustedOnly: boolean;
  /**
   * The parameters to run: the same object when there is nothing to resolve, else a new one with
   * `query` set and the id removed. @throws TrustedDocumentError
   */
  resolve<T extends WireParams>(params: T): T;
}

const HEX = /^[0-9a-f]{64}$/;

/** The document id a request names, normalised to `sha256:<hex>`, or undefined. */
function requestedDocumentId(params: WireParams): string | undefined {
  if (typeof params.documentId === 'string') {
    // A bare hex digest is read as sha256 (some clients leave the prefix off).
    return HEX.test(params.documentId) ? `sha256:${params.documentId}` : params.documentId;
  }
  const persisted = (params.extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  if (persisted && typeof persisted.sha256Hash === 'string') {
    // Apollo's link sends the bare hex; a client that hashes with the manifest's own ids sends them prefixed.
    const hash = persisted.sha256Hash.toLowerCase();
    return hash.startsWith('sha256:') ? hash : `sha256:${hash}`;
  }
  return undefined;
}

/** The parameters without the id fields (Yoga and the tenant know neither). */
function withText<T extends WireParams>(params: T, query: string): T {
  const { documentId: _id, extensions, ...rest } = params;
  const out = { ...rest, query } as T;
  if (extensions && typeof extensions === 'object') {
    const { persistedQuery: _persisted, ...others } = extensions as Record<string, unknown>;
    if (Object.keys(others).length > 0) out.extensions = others;
  }
  return out;
}

const shown = (id: string) => (id.length > 80 ? `${id.slice(0, 80)}...` : id);

/**
 * @param vendorVerdict when the tenant's schema changed under a trusted document: for the operation
 *   a request runs from it, `refused` (why: the request gets VENDOR_SCHEMA_CHANGED, the tenant not
 *   called) or `runs` (the text of just that operation, which runs instead of the whole document:
 *   another operation of it broke, and graphql-js validates a document whole); else undefined.
 */
export function createTrustedDocumentGate(
  store: TrustedDocumentStore | undefined,
  trustedOnly: boolean,
  vendorVerdict: (text: string, operationName: string | undefined) => { refused: string } | { runs: string } | undefined = () => undefined,
): TrustedDocumentGate {
  const runnable = (text: string, params: WireParams): string => {
    const verdict = vendorVerdict(text, typeof params.operationName === 'string' && params.operationName !== '' ? params.operationName : undefined);
    if (verdict === undefined) return text;
    if ('refused' in verdict) throw new TrustedDocumentError('VENDOR_SCHEMA_CHANGED', verdict.refused);
    return verdict.runs;
  };
  return {
    trustedOnly,
    resolve(params) {
      const id = requestedDocumentId(params);
      if (id !== undefined) {
        const text = store?.get(id);
        if (text !== undefined) return withText(params, runnable(text, params));
        if (typeof params.query === 'string' && (!trustedOnly || store?.hasText(params.query))) return withText(params, runnable(params.query, params));
        throw new TrustedDocumentError(
          'PERSISTED_QUERY_NOT_FOUND',
          `no trusted document has the id ${JSON.stringify(shown(id))}: deploy the app's manifest to the gateway (TI_GRAPH_TRUSTED_DOCUMENTS)${trustedOnly ? '' : ' or send the document text'}`,
        );
      }
      if (trustedOnly && !(typeof params.query === 'string' && store?.hasText(params.query))) {
        throw new TrustedDocumentError(
          'PERSISTED_QUERY_ONLY',
          'this gateway runs trusted documents only: send {"documentId": "sha256:<hex>"} of a document in a deployed manifest instead of its text',
        );
      }
      if (typeof params.query === 'string') {
        const text = runnable(params.query, params);
        if (text !== params.query) return { ...params, query: text };
      }
      return params;
    },
  };
}
