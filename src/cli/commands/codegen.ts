/**
 * `ti-graph codegen`: typed operations (TypedDocumentNode) for an app's own documents, in any
 * folder, against the unified schema shipped in the package or a running gateway, and optionally
 * the trusted-documents manifest for the gateway. Settings come from the flags, else the app's
 * ti-graph.config.json, so `codegen`, `codegen --check` and `codegen --watch` agree. Exit 0 done
 * (or up to date), 1 invalid documents or stale output (--check), 2 bad flags or an unreachable schema.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { InputError, TiGraphError } from '../../errors/index.js';
import { parseFlags, untilSignal, type Command } from '../command.js';

const USAGE = `Usage: ti-graph codegen [--documents GLOB ...] [--out FILE] [--manifest FILE] [--schema FILE|URL] [--header "Name: value" ...] [--add-typename] [--check | --watch] [--format text|github]

Generates TypedDocumentNode operations for your GraphQL documents, typed against the unified graph
(the same plugins and scalar mapping as ti-graph/operations). Each operation carries its
trusted-document id (sha256 of the text the SDK sends). Flags not given are read from
ti-graph.config.json in this folder (ti-graph init writes it), so the same command checks and watches.

  --documents GLOB   documents to type (repeatable; default the config's, else src/**/*.graphql)
  --out FILE         the typed operations file (default the config's "output", else src/generated/operations.ts)
  --manifest FILE    also write the trusted-documents manifest {"sha256:<hex>": "<text>"} for the gateway
                     (default the config's "manifest")
  --schema FILE|URL  SDL or introspection JSON, or a running gateway's URL (introspected);
                     default: the unified schema shipped in ti-graph (ti-graph/schema.graphql)
  --header "N: v"    request header for --schema URL, e.g. "Authorization: Bearer <token>" (repeatable)
  --add-typename     add __typename to every nested selection set, as Apollo Client's cache does to what
                     it sends: the manifest then holds the text Apollo asks for, and answers carry it
  --check            write nothing; exit 1 when the operations file or the manifest is missing or
                     differs from a fresh generation
  --watch            generate, then again whenever a document changes (Ctrl-C stops)
  --format FORMAT    text (default) or github (Actions annotations on the files)

Each operation's cost at the tenant (Thought Industries' points) is checked: one over 500 points
is printed as a warning, one over the vendor's 1,000-point limit fails the run (file:line:column,
operation, points) and nothing is written.

Exit codes: 0 written or up to date; 1 invalid documents, an operation over 1,000 points, or stale output; 2 bad flags or no schema.
`;

interface Settings {
  documents: string[];
  output: string;
  manifest: string | undefined;
  addTypename: boolean;
  github: boolean;
}

export const command: Command = async (argv) => {
  const { values, positionals } = parseFlags(argv, {
    documents: { type: 'string', multiple: true },
    out: { type: 'string' },
    manifest: { type: 'string' },
    schema: { type: 'string' },
    header: { type: 'string', multiple: true },
    check: { type: 'boolean' },
    watch: { type: 'boolean' },
    format: { type: 'string' },
    'add-typename': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, true);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.check && values.watch) throw new InputError('--check and --watch cannot go together: --check is for CI, --watch for the editor', 'watch');
  if (values.format !== undefined && values.format !== 'text' && values.format !== 'github') {
    throw new InputError(`--format must be text or github, got "${values.format}"`, 'format');
  }
  // Codegen's modules load after the flags are read, so `--help` answers at once.
  const [{ loadCodegenSchema, parseHeaderFlags }, { loadProjectConfig }] = await Promise.all([import('../../codegen/index.js'), import('../../project/index.js')]);
  const cwd = process.cwd();
  const project = loadProjectConfig(cwd);
  const schemaRef = values.schema ?? project?.schema;
  if (values.header && !schemaRef?.match(/^https?:\/\//i)) throw new InputError('--header is only sent with --schema URL', 'header');
  // Extra words are documents too: an unquoted `--documents src/*.graphql` arrives shell-expanded.
  const documents = [...(values.documents ?? []), ...positionals];
  const settings: Settings = {
    documents: documents.length > 0 ? documents : (project?.documents ?? ['src/**/*.graphql']),
    output: values.out ?? project?.output ?? 'src/generated/operations.ts',
    manifest: values.manifest ?? project?.manifest,
    addTypename: values['add-typename'] ?? project?.addTypename ?? false,
    github: values.format === 'github',
  };
  await expectFilePath(cwd, settings.output, values.out !== undefined ? '--out' : 'the config\'s "output"');
  if (settings.manifest) await expectFilePath(cwd, settings.manifest, values.manifest !== undefined ? '--manifest' : 'the config\'s "manifest"');

  let schema: GraphQLSchema;
  try {
    schema = await loadCodegenSchema(schemaRef, { cwd, headers: parseHeaderFlags(values.header) });
  } catch (error) {
    // No schema to type against (unreadable file, gateway unreachable or refusing the token): could not run.
    if (error instanceof TiGraphError) {
      process.stderr.write(`ti-graph codegen: ${schemaProblem(error, schemaRef, values.header !== undefined)}\n`);
      return 2;
    }
    throw error;
  }
  if (values.watch) return watch(cwd, schema, settings);
  return generateOnce(cwd, schema, settings, values.check ?? false);
};

/** One generation: written, up to date, or (--check) stale. Returns the exit code. */
async function generateOnce(cwd: string, schema: GraphQLSchema, settings: Settings, check: boolean): Promise<number> {
  const codegen = await import('../../codegen/index.js');
  const { findStaleFiles, generateTypedOperations, writeFiles } = codegen;
  let outputs;
  try {
    outputs = await generateTypedOperations({
      cwd,
      schema,
      documents: settings.documents,
      output: settings.output,
      ...(settings.manifest ? { manifest: settings.manifest } : {}),
      ...(settings.addTypename ? { addTypename: true } : {}),
    });
  } catch (error) {
    // An invalid document is the documents' fault, not the flags': exit 1 like a failed check.
    if (error instanceof TiGraphError && error.code === 'BAD_USER_INPUT' && (error as InputError).field === 'documents') {
      process.stderr.write(settings.github ? `${githubAnnotations(error.message)}\n` : `ti-graph codegen: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  // What each operation will cost at the tenant: over TI's limit fails, like an invalid document.
  const points = await codegen.priceDocumentFiles(cwd, settings.documents, schema);
  for (const line of codegen.formatPointsCheck(points)) process.stderr.write(`ti-graph codegen: ${line}\n`);
  if (points.over.length > 0) return 1;
  if (check) {
    const stale = await findStaleFiles(cwd, outputs);
    for (const file of stale) {
      const where = file.firstDifferentLine === undefined ? 'missing' : `differs from line ${file.firstDifferentLine}`;
      const message = `${file.path} is stale (${where}); run ti-graph codegen and commit the result`;
      process.stderr.write(
        settings.github ? `::error file=${file.path},line=${file.firstDifferentLine ?? 1}::${message}\n` : `ti-graph codegen: ${message}\n`,
      );
    }
    if (stale.length === 0) process.stdout.write(`ti-graph codegen: ${outputs.map((o) => o.path).join(', ')} up to date\n`);
    return stale.length === 0 ? 0 : 1;
  }
  const written = await writeFiles(cwd, outputs);
  process.stdout.write(written.length > 0 ? `ti-graph codegen: wrote ${written.join(', ')}\n` : 'ti-graph codegen: already up to date\n');
  return 0;
}

/**
 * --watch: generate now, then after every change under the documents' folders (debounced; the
 * generated files themselves are ignored). A failed generation is printed and the watch goes on.
 */
async function watch(cwd: string, schema: GraphQLSchema, settings: Settings): Promise<number> {
  const { watchDocuments } = await import('../../codegen/index.js');
  const run = () => generateOnce(cwd, schema, settings, false).catch((error: unknown) => {
    process.stderr.write(`ti-graph codegen: ${(error as Error).message}\n`);
    return 1;
  });
  await run();
  const ignored = [settings.output, ...(settings.manifest ? [settings.manifest] : [])].map((path) => resolve(cwd, path));
  const watcher = watchDocuments({ cwd, documents: settings.documents, ignore: ignored, onChange: run });
  process.stderr.write(`ti-graph codegen: watching ${settings.documents.join(', ')} (Ctrl-C stops)\n`);
  await untilSignal();
  watcher.close();
  return 0;
}

/** A path that must name a file (or nothing yet), not a folder. */
async function expectFilePath(cwd: string, path: string, flag: string): Promise<void> {
  const info = await stat(resolve(cwd, path)).catch(() => undefined);
  if (info?.isDirectory()) throw new InputError(`${flag} "${path}" is a folder; name the file to write, e.g. ${path.replace(/\/?$/, '/')}${flag.includes('manifest') ? 'trusted-documents.json' : 'operations.ts'}`, 'out');
  if (path.endsWith('/') || path.endsWith('\\')) throw new InputError(`${flag} "${path}" ends with a slash; name the file to write`, 'out');
}

/** What to say when the schema could not be had: a refused introspection asks for the gateway's token. */
function schemaProblem(error: TiGraphError, ref: string | undefined, sentHeader: boolean): string {
  const refused = error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN';
  if (refused && ref && /^https?:\/\//i.test(ref)) {
    const status = (error as TiGraphError & { status?: number }).status;
    const why = `${error.code}${status ? `, HTTP ${status}` : ''}`;
    return sentHeader
      ? `--schema ${ref} refused introspection (${why}): check the token in --header "Authorization: Bearer ..." (ti-graph dev prints it)`
      : `--schema ${ref} refused introspection (${why}): a ti-graph gateway wants its token, pass --header "Authorization: Bearer <token>" (ti-graph dev prints it)`;
  }
  if ((error.code === 'NETWORK_ERROR' || error.code === 'TIMEOUT') && ref && /^https?:\/\//i.test(ref)) {
    return `--schema ${ref}: no answer (${error.code}); is the gateway running there? ("npx ti-graph dev" starts one) or leave --schema out to use the schema shipped in ti-graph`;
  }
  return error.message;
}

/** Invalid-document lines (`file:line:column: message`) as GitHub Actions error annotations. */
function githubAnnotations(message: string): string {
  return message
    .split('\n')
    .map((line) => {
      const located = /^(.+?):(\d+):(\d+): (.*)$/.exec(line);
      return located ? `::error file=${located[1]},line=${located[2]},col=${located[3]}::${located[4]}` : line === 'invalid documents:' ? '' : `::error::${line}`;
    })
    .filter(Boolean)
    .join('\n');
}
