/**
 * What makes a typed-operations file ti-graph's: the plugins, their settings and the scalar
 * mapping, shared by `npm run codegen` (this repo's operations), `ti-graph codegen` (an app's own)
 * and the config helper for teams that run graphql-codegen themselves.
 */
import { fileURLToPath } from 'node:url';
import type { Types } from '@graphql-codegen/plugin-helpers';
import { addTypename } from './add-typename.js';
import { documentId } from './document-id.js';

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

/**
 * Only typescript-operations + typed-document-node: operations 6 emits the enums and inputs it
 * needs itself, so the `typescript` plugin would only duplicate declarations.
 */
export const CODEGEN_PLUGINS = ['typescript-operations', 'typed-document-node'] as const;

/** The plugins' settings; `unstable_onExecutableDocumentNode` stamps each operation with its trusted-document id. */
export function pluginConfig(onDocument: (id: string, text: string) => void = () => {}): Record<string, unknown> {
  return {
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
    // Each operation document carries `__meta__: { hash: "sha256:<hex>" }` (graphql-codegen's
    // persisted-documents convention): the SDK sends that id instead of the text.
    unstable_onExecutableDocumentNode: (document: Parameters<typeof documentId>[0]) => {
      const { id, text } = documentId(document);
      onDocument(id, text);
      return { hash: id };
    },
  };
}

export interface CodegenConfigOptions {
  /** The schema: a file, a URL, or (default) the unified schema shipped in the ti-graph package. */
  schema?: Types.Schema | Types.Schema[];
  /** Document globs (default `src/**\/*.graphql`). */
  documents?: string | string[];
  /** The typed operations file (default `src/generated/operations.ts`). */
  output?: string;
  /** `__typename` in every nested selection set, as Apollo Client's cache sends them. */
  addTypename?: boolean;
}

/**
 * A graphql-codegen config (for a team's own `codegen.ts`) that generates what `ti-graph codegen`
 * does: the same plugins, settings, scalar mapping and document ids.
 *
 *   import { codegenConfig } from 'ti-graph/codegen';
 *   export default codegenConfig({ documents: 'src/**\/*.graphql', output: 'src/gql.ts' });
 */
export function codegenConfig(options: CodegenConfigOptions = {}): Types.Config {
  return {
    schema: options.schema ?? PACKAGED_SCHEMA_PATH,
    documents: options.documents ?? 'src/**/*.graphql',
    // Fail on any problem instead of writing a partial file.
    errorsOnly: false,
    ignoreNoDocuments: false,
    // The plugins are ti-graph's dependencies: load them from here, not from the app's node_modules.
    pluginLoader: (name: string) => import(name),
    generates: {
      [options.output ?? 'src/generated/operations.ts']: {
        plugins: [...CODEGEN_PLUGINS],
        config: pluginConfig(),
        ...(options.addTypename
          ? { documentTransforms: [{ transform: ({ documents }) => documents.map((file) => ({ ...file, document: file.document && addTypename(file.document) })) }] }
          : {}),
      },
    },
  };
}

/** The unified schema shipped in the package (`ti-graph/schema.graphql`), as an absolute path. */
export const PACKAGED_SCHEMA_PATH = fileURLToPath(new URL('../../schema/unified.graphql', import.meta.url));
