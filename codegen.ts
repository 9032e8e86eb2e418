/**
 * Typed operations: every document in `operations/` becomes a TypedDocumentNode in
 * `src/generated/operations.ts`, typed against the schema apps actually talk to.
 *
 * `npm run codegen` writes it and `npm run codegen:check` fails when the committed file is stale
 * (both via scripts/codegen.ts; `npx graphql-codegen` works too). Only typescript-operations +
 * typed-document-node: operations 6 emits the enums and inputs it needs itself, so the `typescript`
 * plugin would only duplicate declarations.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The schema operations are validated and typed against: the gateway's unified schema (the tenant's
 * GraphQL schema plus the REST-backed fields), as `npm run schema:print` writes it.
 */
export const CODEGEN_SCHEMA = 'schema/unified.graphql';
export const CODEGEN_DOCUMENTS = 'operations/**/*.graphql';
export const CODEGEN_OUTPUT = 'src/generated/operations.ts';

/**
 * Every custom scalar, mapped (strictScalars makes an unmapped one a codegen error rather than a
 * silent `any`). The tenant serialises all of them as strings except JSON.
 */
export const CODEGEN_SCALARS = {
  AbsoluteOrRelativeURL: 'string',
  Date: 'string',
  HexColor: 'string',
  JSON: { input: 'unknown', output: 'unknown' },
  RelativeURL: 'string',
  Slug: 'string',
  URL: 'string',
  UUID: 'string',
} as const;

const config: CodegenConfig = {
  schema: CODEGEN_SCHEMA,
  documents: CODEGEN_DOCUMENTS,
  // Fail on any problem instead of writing a partial file.
  errorsOnly: false,
  ignoreNoDocuments: false,
  generates: {
    [CODEGEN_OUTPUT]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        strictScalars: true,
        scalars: CODEGEN_SCALARS,
        // String unions, not TS enums: no runtime objects in a browser bundle, and
        // plain strings from JSON are assignable.
        enumType: 'string-literal',
        useTypeImports: true,
        // Documents are emitted without `__typename` additions so what is sent is what was written.
        skipTypename: true,
        // Fragment masking is not used: the fragments' fields are spread into result types.
        inlineFragmentTypes: 'combine',
        dedupeFragments: true,
      },
    },
  },
};

export default config;
