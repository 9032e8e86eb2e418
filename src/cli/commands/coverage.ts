/**
 * `ti-graph coverage`: which lifecycle operations GraphQL serves, which REST serves, and which one
 * the gateway uses. Exit 0 with the table, 2 when the schema cannot be loaded.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../../config/index.js';
import { checkCoverage, DEFAULT_BASE, formatCoverageText, loadSchemaSource } from '../../drift/index.js';
import { resolveSnapshotPath } from '../../schema/index.js';
import { InputError, TiGraphError } from '../../errors/index.js';
import { redactSecrets } from '../../util/index.js';
import { parseFlags, type Command } from '../command.js';

const USAGE = `Usage: ti-graph coverage [--schema FILE|URL] [--format text|json]

For each lifecycle operation of the integration guide (list, get, get by email, create, update,
deactivate, delete, add to group, enrollments, enroll): the GraphQL root field that serves it, the
REST endpoint, whether it is in both, and which one the gateway uses.

  --schema FILE|URL  schema to inspect: a file (SDL or introspection JSON), a vendor snapshot date, or a
                     GraphQL URL introspected with TI_API_KEY (default schema/tenant.graphql, else the
                     newest vendor snapshot)
  --format FORMAT    text (default) or json
`;

export const command: Command = async (argv) => {
  let config: Config | undefined;
  try {
    const { values } = parseFlags(argv, {
      schema: { type: 'string' },
      format: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new InputError(`--format must be text or json, got "${format}"`, 'format');
    config = loadConfig(process.env);
    const cwd = process.cwd();
    const ref = values.schema ?? (existsSync(resolve(cwd, DEFAULT_BASE)) ? DEFAULT_BASE : resolveSnapshotPath());
    const source = await loadSchemaSource(ref, { cwd, config });
    const restBasePath = config.tenant?.restBasePath ?? config.tenantDefaults.restBasePath;
    const report = checkCoverage(source.schema, { schema: source.label, restBasePath });
    process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatCoverageText(report));
    return 0;
  } catch (error) {
    if (error instanceof TiGraphError) {
      process.stderr.write(`ti-graph coverage: ${redactSecrets(error.message, [config?.tenant?.apiKey])}\n`);
      return 2;
    }
    throw error;
  }
};
