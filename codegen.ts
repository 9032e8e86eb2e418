/**
 * Typed operations: every document in `operations/` becomes a TypedDocumentNode in
 * `src/generated/operations.ts`, typed against the schema apps actually talk to, and each
 * operation's trusted-document id and text go into `src/generated/trusted-documents.json`. The
 * gateway's own resolver signatures (typescript-resolvers, REST-backed types mapped to the REST
 * client's models) go into `src/generated/resolvers-types.ts`.
 *
 * `npm run codegen` writes them and `npm run codegen:check` fails when a committed file is stale
 * (both via scripts/codegen.ts; `npx graphql-codegen` writes the two .ts files too). The plugins,
 * their settings and the scalar mapping live in src/codegen/ so `ti-graph codegen` and the
 * `ti-graph/codegen` config helper give apps exactly the same output.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';
import { CODEGEN_PLUGINS, CODEGEN_SCALARS, pluginConfig } from './src/codegen/index.js';

export { CODEGEN_SCALARS };

/**
 * The schema operations are validated and typed against: the gateway's unified schema (the tenant's
 * GraphQL schema plus the REST-backed fields), as `npm run schema:print` writes it.
 */
export const CODEGEN_SCHEMA = 'schema/unified.graphql';
export const CODEGEN_DOCUMENTS = 'operations/**/*.graphql';
export const CODEGEN_OUTPUT = 'src/generated/operations.ts';
/**
 * Resolver signatures of the unified schema (args, parents, results), for this repo's own gateway
 * resolvers only: apps get operations, never this file (`ti-graph codegen` does not generate it).
 */
export const CODEGEN_RESOLVERS_OUTPUT = 'src/generated/resolvers-types.ts';
/** `{ "sha256:<hex>": "<document text>" }` for the gateway's trusted documents (written by scripts/codegen.ts). */
export const CODEGEN_MANIFEST = 'src/generated/trusted-documents.json';

/** The config; `onDocument` hears each operation's id and text as the operations file is generated. */
export function createCodegenConfig(onDocument?: (id: string, text: string) => void): CodegenConfig {
  return {
    schema: CODEGEN_SCHEMA,
    documents: CODEGEN_DOCUMENTS,
    // Fail on any problem instead of writing a partial file.
    errorsOnly: false,
    ignoreNoDocuments: false,
    generates: {
      [CODEGEN_OUTPUT]: {
        plugins: [...CODEGEN_PLUGINS],
        config: pluginConfig(onDocument),
      },
      [CODEGEN_RESOLVERS_OUTPUT]: {
        plugins: ['typescript', 'typescript-resolvers'],
        config: {
          strictScalars: true,
          scalars: CODEGEN_SCALARS,
          enumsAsTypes: true,
          useTypeImports: true,
          contextType: '../gateway/context.js#GatewayContext',
          // The REST-backed types resolve from the REST client's models, not the schema's shapes.
          mappers: {
            UserAccount: '../tenant/rest/models.js#TiUser',
            CourseEnrollment: '../tenant/rest/models.js#TiEnrollment',
          },
        },
      },
    },
  };
}

const config: CodegenConfig = createCodegenConfig();

export default config;
