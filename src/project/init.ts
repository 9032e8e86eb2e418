/**
 * `ti-graph init`: sets an app's repository up for ti-graph. Writes the project config, a
 * graphql-config file for editors (the VS Code GraphQL extension reads it), the package.json
 * scripts and a CI workflow. Nothing else; a file that exists is left alone unless `force`, a
 * script that exists under the same name too; a second run changes nothing.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../errors/index.js';
import { PROJECT_CONFIG_FILE, PROJECT_DEFAULTS } from './config.js';

export interface InitOptions {
  cwd: string;
  /** Globs of the app's documents (default `src/**\/*.{graphql,gql}`). */
  documents?: string[];
  /** A running gateway's URL for the editor's schema (default: the unified graph in the package). */
  schema?: string;
  /** Overwrite files and scripts that differ from what init would write. */
  force?: boolean;
}

export type InitAction = 'wrote' | 'unchanged' | 'kept' | 'overwrote';

export interface InitResult {
  /** What happened to each file (and each package.json script, as `package.json#scripts.NAME`). */
  actions: { path: string; action: InitAction }[];
}

/** The schema as an app's editor and tools find it: the installed package's unified graph. */
export const INSTALLED_SCHEMA = 'node_modules/ti-graph/schema/unified.graphql';
export const GRAPHQL_CONFIG_FILE = 'graphql.config.yml';
export const WORKFLOW_FILE = '.github/workflows/ti-graph.yml';

export async function initProject(options: InitOptions): Promise<InitResult> {
  const { cwd } = options;
  const packagePath = join(cwd, 'package.json');
  if (!existsSync(packagePath)) throw new InputError(`no package.json in ${cwd}: run ti-graph init in the app's folder (npm init first)`, 'cwd');
  const documents = options.documents ?? [...PROJECT_DEFAULTS.documents];
  if (options.schema !== undefined && !/^https?:\/\/[^/\s]+/i.test(options.schema)) {
    throw new InputError(`--schema must be a gateway URL such as http://127.0.0.1:4000/graphql, got "${options.schema}"`, 'schema');
  }
  const actions: InitResult['actions'] = [];
  const write = async (path: string, content: string) => actions.push({ path, action: await writeIfAllowed(join(cwd, path), content, options.force ?? false) });

  await write(PROJECT_CONFIG_FILE, `${JSON.stringify({ documents, output: PROJECT_DEFAULTS.output, manifest: PROJECT_DEFAULTS.manifest }, null, 2)}\n`);
  await write(GRAPHQL_CONFIG_FILE, graphqlConfig(documents, options.schema));
  actions.push(...(await addScripts(packagePath, scripts(documents), options.force ?? false)));
  await write(WORKFLOW_FILE, WORKFLOW);
  return { actions };
}

async function writeIfAllowed(path: string, content: string, force: boolean): Promise<InitAction> {
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new InputError(`cannot read ${path}: ${error.code === 'EISDIR' ? 'it is a folder' : error.code}`, 'cwd');
  });
  if (existing === content) return 'unchanged';
  if (existing !== undefined && !force) return 'kept';
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return existing === undefined ? 'wrote' : 'overwrote';
}

function scripts(documents: string[]): Record<string, string> {
  // Double quotes: the shell (sh or cmd) passes the glob to ti-graph unexpanded.
  const globs = documents.map((glob) => `--documents "${glob}"`).join(' ');
  return {
    codegen: 'ti-graph codegen',
    'codegen:check': 'ti-graph codegen --check',
    // The app's documents against the configured tenant's live schema (TI_BASE_URL, TI_API_KEY).
    drift: `ti-graph drift --no-default-documents ${globs}`,
  };
}

async function addScripts(packagePath: string, wanted: Record<string, string>, force: boolean): Promise<InitResult['actions']> {
  const text = await readFile(packagePath, 'utf8');
  let pkg: { scripts?: Record<string, string> } & Record<string, unknown>;
  try {
    pkg = JSON.parse(text) as typeof pkg;
  } catch (error) {
    throw new InputError(`package.json is not valid JSON (${(error as Error).message}); fix it and run ti-graph init again`, 'cwd');
  }
  const scriptsNow = { ...(pkg.scripts ?? {}) };
  const actions: InitResult['actions'] = [];
  for (const [name, script] of Object.entries(wanted)) {
    const existing = scriptsNow[name];
    const action: InitAction = existing === script ? 'unchanged' : existing !== undefined && !force ? 'kept' : existing === undefined ? 'wrote' : 'overwrote';
    if (action === 'wrote' || action === 'overwrote') scriptsNow[name] = script;
    actions.push({ path: `package.json#scripts.${name}`, action });
  }
  if (actions.some((a) => a.action === 'wrote' || a.action === 'overwrote')) {
    // The file's own indentation is kept, so the diff shows only the new scripts.
    const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
    await writeFile(packagePath, `${JSON.stringify({ ...pkg, scripts: scriptsNow }, null, indent)}\n`);
  }
  return actions;
}

function graphqlConfig(documents: string[], schemaUrl: string | undefined): string {
  const schema = schemaUrl
    ? [`schema:`, `  - ${schemaUrl}:`, `      headers:`, `        # the gateway's token: ti-graph dev prints it (pin it with TI_GRAPH_DEV_TOKEN)`, `        Authorization: Bearer \${TI_GRAPH_DEV_TOKEN}`]
    : [`# The unified graph (the tenant's GraphQL API plus ti-graph's REST-backed fields), shipped in ti-graph.`, `schema: ${INSTALLED_SCHEMA}`];
  return [
    '# Written by ti-graph init. graphql-config: the VS Code GraphQL extension (and other editors) read it',
    '# for completion and validation of the documents against the unified graph.',
    ...schema,
    'documents:',
    ...documents.map((glob) => `  - '${glob}'`),
    '',
  ].join('\n');
}

const WORKFLOW = `# Written by ti-graph init: the typed operations and their trusted-documents manifest are current,
# and the app's documents still work against the tenant's live schema (with the TI_BASE_URL and
# TI_API_KEY repository secrets; skipped without them). Problems show as annotations on the PR.
name: ti-graph
on:
  push:
    branches: [main]
  pull_request:
jobs:
  graphql:
    runs-on: ubuntu-latest
    env:
      TI_BASE_URL: \${{ secrets.TI_BASE_URL }}
      TI_API_KEY: \${{ secrets.TI_API_KEY }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - name: Typed operations and manifest are current
        run: npm run codegen:check -- --format github
      - name: The tenant's live schema still serves the app's documents
        if: env.TI_API_KEY != ''
        run: npm run drift -- --format github
`;
