/**
 * `ti-graph codegen`: typed operations (TypedDocumentNode) for an app's own documents, in any
 * folder, against the unified schema shipped in the package or a running gateway, and optionally
 * the trusted-documents manifest for the gateway. Exit 0 done (or up to date), 1 invalid documents
 * or stale output (--check), 2 bad flags or an unreachable schema.
 */
import { InputError, TiGraphError } from '../../errors/index.js';
import { parseFlags, type Command } from '../command.js';

const USAGE = `Usage: ti-graph codegen [--documents GLOB ...] [--out FILE] [--manifest FILE] [--schema FILE|URL] [--header "Name: value" ...] [--add-typename] [--check]

Generates TypedDocumentNode operations for your GraphQL documents, typed against the unified graph
(the same plugins and scalar mapping as ti-graph/operations). Each operation carries its
trusted-document id (sha256 of the text the SDK sends).

  --documents GLOB   documents to type (repeatable; default src/**/*.graphql)
  --out FILE         the typed operations file (default src/generated/operations.ts)
  --manifest FILE    also write the trusted-documents manifest {"sha256:<hex>": "<text>"} for the gateway
  --schema FILE|URL  SDL or introspection JSON, or a running gateway's URL (introspected);
                     default: the unified schema shipped in ti-graph (ti-graph/schema.graphql)
  --header "N: v"    request header for --schema URL, e.g. "Authorization: Bearer <token>" (repeatable)
  --add-typename     add __typename to every nested selection set, as Apollo Client's cache does to what
                     it sends: the manifest then holds the text Apollo asks for, and answers carry it
  --check            write nothing; exit 1 when a file is missing or differs from a fresh generation

Each operation's cost at the tenant (Thought Industries' points) is checked: one over 500 points
is printed as a warning, one over the vendor's 1,000-point limit fails the run (file:line:column,
operation, points) and nothing is written.

Exit codes: 0 written or up to date; 1 invalid documents, an operation over 1,000 points, or stale output; 2 bad flags or no schema.
`;

export const command: Command = async (argv) => {
  const { values, positionals } = parseFlags(argv, {
    documents: { type: 'string', multiple: true },
    out: { type: 'string' },
    manifest: { type: 'string' },
    schema: { type: 'string' },
    header: { type: 'string', multiple: true },
    check: { type: 'boolean' },
    'add-typename': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  }, true);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  // Codegen's modules load after the flags are read, so `--help` answers at once.
  const codegen = await import('../../codegen/index.js');
  const { findStaleFiles, generateTypedOperations, loadCodegenSchema, parseHeaderFlags, writeFiles } = codegen;
  if (values.header && !values.schema?.match(/^https?:\/\//i)) throw new InputError('--header is only sent with --schema URL', 'header');
  const cwd = process.cwd();
  const headers = parseHeaderFlags(values.header);
  let schema;
  try {
    schema = await loadCodegenSchema(values.schema, { cwd, headers });
  } catch (error) {
    // No schema to type against (unreadable file, gateway unreachable or refusing the token): could not run.
    if (error instanceof TiGraphError) {
      process.stderr.write(`ti-graph codegen: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  // Extra words are documents too: an unquoted `--documents src/*.graphql` arrives shell-expanded.
  const documents = [...(values.documents ?? []), ...positionals];
  let outputs;
  try {
    outputs = await generateTypedOperations({
      cwd,
      schema,
      documents: documents.length > 0 ? documents : ['src/**/*.graphql'],
      output: values.out ?? 'src/generated/operations.ts',
      ...(values.manifest ? { manifest: values.manifest } : {}),
      ...(values['add-typename'] ? { addTypename: true } : {}),
    });
  } catch (error) {
    // An invalid document is the documents' fault, not the flags': exit 1 like a failed check.
    if (error instanceof TiGraphError && error.code === 'BAD_USER_INPUT' && (error as InputError).field === 'documents') {
      process.stderr.write(`ti-graph codegen: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  // What each operation will cost at the tenant: over TI's limit fails, like an invalid document.
  const points = await codegen.priceDocumentFiles(cwd, documents.length > 0 ? documents : ['src/**/*.graphql'], schema);
  for (const line of codegen.formatPointsCheck(points)) process.stderr.write(`ti-graph codegen: ${line}\n`);
  if (points.over.length > 0) return 1;
  if (values.check) {
    const stale = await findStaleFiles(cwd, outputs);
    for (const file of stale) {
      const where = file.firstDifferentLine === undefined ? 'missing' : `differs from line ${file.firstDifferentLine}`;
      process.stderr.write(`ti-graph codegen: ${file.path} is stale (${where}); run ti-graph codegen and commit the result\n`);
    }
    if (stale.length === 0) process.stdout.write(`ti-graph codegen: ${outputs.map((o) => o.path).join(', ')} up to date\n`);
    return stale.length === 0 ? 0 : 1;
  }
  const written = await writeFiles(cwd, outputs);
  process.stdout.write(written.length > 0 ? `ti-graph codegen: wrote ${written.join(', ')}\n` : 'ti-graph codegen: already up to date\n');
  return 0;
};
