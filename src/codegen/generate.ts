/**
 * Typed operations for a set of documents, in memory: find and parse the documents (a syntax
 * error names file:line:column), validate them together against the schema (so does every
 * validation error), then run graphql-codegen's core with our plugins. Also returns the
 * trusted-documents manifest of the operations, ids matching the ones stamped in the output.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import type { Types } from '@graphql-codegen/plugin-helpers';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import fg from 'fast-glob';
import {
  GraphQLError,
  Kind,
  NoUnusedFragmentsRule,
  parse,
  printSchema,
  Source,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { InputError } from '../errors/index.js';
import { addTypename } from './add-typename.js';
import { CODEGEN_PLUGINS, pluginConfig } from './config.js';
import { renderManifest } from './document-id.js';

export interface GenerateOptions {
  /** Folder the globs and output paths are relative to. */
  cwd: string;
  schema: GraphQLSchema;
  /** Document globs (at least one file must match). */
  documents: string[];
  /** Path of the typed operations file, relative to cwd (only its name goes into the result). */
  output: string;
  /** Path of the trusted-documents manifest, when one is wanted. */
  manifest?: string;
  /** `__typename` in every nested selection set, as Apollo Client's cache sends them (`addTypename`). */
  addTypename?: boolean;
}

export interface GeneratedFile {
  /** Relative to the working directory, as given. */
  path: string;
  content: string;
}

// Fragments live in their own file and are spread from others: only the whole set is checked for
// unused ones, and an app may keep a fragment for later, so that rule is left out.
const RULES = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

/** The generated files: the typed operations, then the manifest when asked for. */
export async function generateTypedOperations(options: GenerateOptions): Promise<GeneratedFile[]> {
  const loaded = await loadDocumentFiles(options.cwd, options.documents);
  const documents = options.addTypename ? loaded.map((file) => ({ ...file, document: addTypename(file.document!) })) : loaded;
  validateDocuments(options.schema, documents);
  const manifest = new Map<string, string>();
  const plugins = CODEGEN_PLUGINS.map((name) => ({ [name]: {} }));
  const content = await codegen({
    filename: options.output,
    schema: parse(printSchema(options.schema)),
    schemaAst: options.schema,
    documents,
    plugins,
    pluginMap: { 'typescript-operations': typescriptOperations, 'typed-document-node': typedDocumentNode },
    config: pluginConfig((id, text) => manifest.set(id, text)),
    // Validated above, with locations.
    skipDocumentsValidation: true,
  });
  const files: GeneratedFile[] = [{ path: options.output, content }];
  if (options.manifest) files.push({ path: options.manifest, content: renderManifest(manifest) });
  return files;
}

/** Every matching file, sorted, parsed with its path as the source name. */
export async function loadDocumentFiles(cwd: string, globs: string[]): Promise<Types.DocumentFile[]> {
  const files = new Set<string>();
  for (const glob of globs) {
    // fast-glob wants forward slashes; an absolute pattern matches absolute paths, which are named
    // relative to cwd (as a relative pattern's are) when they lie under it.
    const pattern = glob.replaceAll('\\', '/');
    const matches = await fg(pattern, { cwd, onlyFiles: true, ignore: ['**/node_modules/**'] });
    if (matches.length === 0) {
      const where = isAbsolute(pattern) ? '' : ` (relative to ${cwd})`;
      throw new InputError(`--documents "${glob}" matched no files${where}; quote the glob and check the path, e.g. --documents 'src/**/*.graphql'`, 'documents-glob');
    }
    for (const match of matches) files.add(isAbsolute(match) ? displayName(cwd, match) : match);
  }
  const documents: Types.DocumentFile[] = [];
  for (const file of [...files].sort()) {
    let text: string;
    try {
      text = await readFile(resolve(cwd, file), 'utf8');
    } catch (error) {
      throw new InputError(`--documents: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, 'documents-glob');
    }
    // A file of only comments holds no operation; graphql-js would call it a syntax error.
    if (text.replace(/#[^\n]*/g, '').trim() === '') continue;
    let document: DocumentNode;
    try {
      document = parse(new Source(text, file));
    } catch (error) {
      if (error instanceof GraphQLError) throw new InputError(located(error, file), 'documents');
      throw error;
    }
    documents.push({ location: file, document, rawSDL: text });
  }
  return documents;
}

/** All documents together (fragments cross files), every error with its file:line:column. */
function validateDocuments(schema: GraphQLSchema, documents: Types.DocumentFile[]): void {
  const combined: DocumentNode = { kind: Kind.DOCUMENT, definitions: documents.flatMap((d) => d.document?.definitions ?? []) };
  const errors = validate(schema, combined, RULES);
  if (errors.length === 0) return;
  const lines = errors.slice(0, 10).map((error) => located(error, error.nodes?.[0]?.loc?.source.name ?? '(document)'));
  if (errors.length > 10) lines.push(`... and ${errors.length - 10} more`);
  throw new InputError(`invalid documents:\n${lines.join('\n')}`, 'documents');
}

/** A path under cwd as a relative name, anything else as given. */
function displayName(cwd: string, path: string): string {
  const inside = relative(cwd, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

function located(error: GraphQLError, file: string): string {
  const where = error.locations?.[0];
  return `${file}${where ? `:${where.line}:${where.column}` : ''}: ${error.message}`;
}
