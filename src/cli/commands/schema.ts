/**
 * `ti-graph schema pull [--out DIR] [--schema-snapshot REF] [--timeout MS]`
 *
 * Introspects the configured tenant's GraphQL endpoint (TI_* variables) and writes
 * `tenant.graphql` + `tenant.introspection.json` into DIR (default `schema/`). With no tenant
 * configured it starts the embedded sandbox in-process, pulls from it, and closes it; `--schema-snapshot`
 * picks which vendor snapshot that sandbox serves. A failed pull leaves the existing files untouched.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../../config/index.js';
import { InputError, SchemaError } from '../../errors/index.js';
import { pullSchema, type IntrospectionTarget, type PullResult } from '../../schema/index.js';
import { maskUrl } from '../../util/index.js';
import { intFlag, parseFlags, type Command } from '../command.js';

const USAGE = `Usage: ti-graph schema pull [--out DIR] [--schema-snapshot REF] [--timeout MS]

Introspects the tenant's GraphQL endpoint and writes DIR/tenant.graphql (sorted SDL) and
DIR/tenant.introspection.json. The tenant comes from TI_SUBDOMAIN or TI_BASE_URL plus TI_API_KEY
(path and key style from TI_PROFILE / TI_GRAPHQL_PATH / TI_GRAPHQL_AUTH). With none set, the
embedded sandbox is started and pulled from.

Options:
  --out DIR              where to write (default: schema)
  --schema-snapshot REF  sandbox only: the vendor snapshot it serves (e.g. 2022-12-21; default newest)
  --timeout MS           give up after MS milliseconds (default: TI_TIMEOUT_MS, 10000)
`;

const SUBCOMMANDS: Record<string, Command> = { pull };

export const command: Command = async (argv) => {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h') {
    process.stdout.write(USAGE);
    return sub ? 0 : 1;
  }
  const run = SUBCOMMANDS[sub];
  if (!run) throw new InputError(`unknown subcommand "${sub}"; expected one of: ${Object.keys(SUBCOMMANDS).join(', ')}`);
  return run(rest);
};

async function pull(argv: string[]): Promise<number> {
  const { values } = parseFlags(argv, {
    out: { type: 'string' },
    'schema-snapshot': { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const config = loadConfig(process.env);
  const outDir = resolve(values.out ?? 'schema');
  if (statSync(outDir, { throwIfNoEntry: false })?.isFile()) throw new InputError(`--out "${values.out}" is a file; name the folder to write tenant.graphql into`, 'out');
  const timeoutMs = intFlag('timeout', values.timeout, 100, 600_000) ?? config.tenantDefaults.timeoutMs;
  const snapshot = values['schema-snapshot'];

  let result: PullResult;
  let source: string;
  if (config.tenant) {
    if (snapshot !== undefined) {
      throw new InputError('--schema-snapshot only applies to the embedded sandbox; unset TI_* to pull from it', 'schema-snapshot');
    }
    const { tenant } = config;
    const target: IntrospectionTarget = {
      url: `${tenant.baseUrl}${tenant.graphqlPath}`,
      apiKey: tenant.apiKey,
      auth: tenant.graphqlAuth,
      timeoutMs,
    };
    source = maskUrl(target.url);
    result = await pullSchema({ ...target, outDir });
  } else {
    // Loaded only here: a pull from a real tenant should not pay for the sandbox's imports.
    const { checkSnapshot, startSandbox } = await import('../../sandbox/index.js');
    if (snapshot !== undefined) {
      try {
        checkSnapshot(snapshot);
      } catch (error) {
        if (error instanceof SchemaError) throw new InputError(`--schema-snapshot: ${error.message}`, 'schema-snapshot');
        throw error;
      }
    }
    const sandbox = await startSandbox({ schema: snapshot, users: 1 });
    try {
      const { graphqlPath, graphqlAuth } = config.tenantDefaults;
      source = `embedded sandbox (${sandbox.snapshotPath.split('/').pop()?.replace(/\.br$/, '')})`;
      result = await pullSchema({ url: `${sandbox.url}${graphqlPath}`, apiKey: sandbox.apiKey, auth: graphqlAuth, timeoutMs, outDir });
    } finally {
      await sandbox.close();
    }
  }
  const verb = result.changed ? 'wrote' : 'unchanged:';
  process.stdout.write(`${verb} ${result.sdlPath} and ${result.introspectionPath} (${result.typeCount} types) from ${source}\n`);
  return 0;
}
