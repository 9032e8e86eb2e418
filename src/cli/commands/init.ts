/**
 * `ti-graph init`: sets an app's repository up for ti-graph (see src/project/init.ts) and prints
 * what it did to each file. Exit 0 (also when everything was already there), 2 bad flags.
 */
import { parseFlags, type Command } from '../command.js';

const USAGE = `Usage: ti-graph init [--documents GLOB ...] [--schema URL] [--force]

Sets this app's repository up for ti-graph, writing only what is missing:
  ti-graph.config.json            documents, typed operations file, manifest (codegen and dev read it)
  graphql.config.yml              for editors (VS Code GraphQL): the unified graph + your documents
  package.json scripts            codegen, codegen:check, drift
  .github/workflows/ti-graph.yml  CI: codegen:check, and drift against the tenant (with its secrets)

  --documents GLOB  your documents (repeatable; default src/**/*.{graphql,gql})
  --schema URL      the editor introspects this gateway instead of the schema shipped in ti-graph
  --force           overwrite files and scripts that differ from what init writes

A second run changes nothing. Exit codes: 0 done; 2 bad flags or no package.json.
`;

export const command: Command = async (argv) => {
  const { values } = parseFlags(argv, {
    documents: { type: 'string', multiple: true },
    schema: { type: 'string' },
    force: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const { initProject } = await import('../../project/index.js');
  const { actions } = await initProject({
    cwd: process.cwd(),
    ...(values.documents ? { documents: values.documents } : {}),
    ...(values.schema ? { schema: values.schema } : {}),
    force: values.force ?? false,
  });
  const width = Math.max(...actions.map((a) => a.action.length));
  for (const { path, action } of actions) {
    const note = action === 'kept' ? '  (exists and differs; --force overwrites it)' : '';
    process.stdout.write(`${action.padEnd(width)}  ${path}${note}\n`);
  }
  const changed = actions.filter((a) => a.action === 'wrote' || a.action === 'overwrote').length;
  process.stdout.write(
    changed === 0
      ? 'ti-graph init: nothing to change\n'
      : 'ti-graph init: next, put a query in src/ (e.g. src/me.graphql) and run "npm run codegen", or "npx ti-graph dev" for the local loop\n',
  );
  return 0;
};
