/**
 * The trusted-documents gate as a Yoga plugin: every request Yoga parses (POST in any encoding,
 * GET's query string, batches element by element) passes through it before its document is parsed.
 * The Node front door applies the same gate to the bodies it forwards on the fast path.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { TrustedDocumentError } from '../../errors/index.js';
import type { TrustedDocumentGate } from './gate.js';

export function useTrustedDocuments(gate: TrustedDocumentGate): Plugin {
  return {
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
