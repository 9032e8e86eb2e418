/**
 * The trusted-documents gate as a Yoga plugin: every request Yoga parses (POST in any encoding,
 * GET's query string, batches element by element) passes through it before its document is parsed.
 * The Node front door applies the same gate to the bodies it forwards on the fast path.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { TrustedDocumentError } from '../../errors/index.js';
import type { TrustedDocumentGate } from './gate.js';

/** GET's query string as request parameters, `documentId` included (Yoga's own GET parser keeps only the four standard ones). */
function parseGetWithDocumentId(url: URL): Record<string, unknown> {
  const json = (name: string) => {
    const value = url.searchParams.get(name);
    if (value === null) return undefined;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new GraphQLError(`the "${name}" query parameter is not JSON`, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
    }
  };
  return {
    documentId: url.searchParams.get('documentId') ?? undefined,
    query: url.searchParams.get('query') ?? undefined,
    operationName: url.searchParams.get('operationName') ?? undefined,
    variables: json('variables'),
    extensions: json('extensions'),
  };
}

export function useTrustedDocuments(gate: TrustedDocumentGate): Plugin {
  return {
    onRequestParse({ request, url, setRequestParser }) {
      if (request.method === 'GET' && url.searchParams.has('documentId')) setRequestParser(() => parseGetWithDocumentId(url) as never);
    },
    onParams({ params, setParams }) {
      let resolved;
      try {
        resolved = gate.resolve(params as Record<string, unknown>);
      } catch (error) {
        if (!(error instanceof TrustedDocumentError)) throw error;
        throw new GraphQLError(error.message, { extensions: { code: error.code, http: { status: 400 } } });
      }
      if (resolved !== params) setParams(resolved as typeof params);
    },
  };
}
