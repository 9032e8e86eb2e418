/**
 * `ti-graph drift`: which of our operations a schema change breaks. Exit 0 nothing or only safe
 * changes, 1 something breaks our operations (--strict: any breaking change), 2 could not run.
 */
import type { Config } from '../../config/index.js';
import type { ReportFormat } from '../../drift/index.js';
import { InputError, TiGraphError } from '../../errors/index.js';
import { parseFlags, type Command } from '../command.js';

// Kept in step with drift's DEFAULT_BASE: the check's modules (GraphQL
// Inspector, graphql-js, zod) load only after the flags are read, so `--help` answers at once.
const DEFAULT_BASE = 'schema/tenant.graphql';

const USAGE = `Usage: ti-graph drift [--base FILE] [--target FILE|URL] [--header "Name: value" ...] [--gateway FILE|none] [--documents GLOB ...] [--manifests PATH ...] [--format text|json|markdown|github] [--strict] [--update]

Compares a committed schema snapshot with a new schema and names the operations each change breaks
or may affect.

  --base FILE        committed snapshot, SDL or introspection JSON (default ${DEFAULT_BASE}; in a
                     folder without one, the unified schema shipped in ti-graph); a vendor snapshot
                     date (2022-12-21) works too
  --target FILE|URL  the new schema: a file, a vendor snapshot date, or a GraphQL URL introspected with
                     TI_API_KEY (default: the configured tenant's GraphQL endpoint)
  --header "N: v"    introspect --target URL with this header instead of the tenant key, e.g. a
                     gateway's "Authorization: Bearer <token>" (repeatable)
  --gateway FILE|none  judge operations as the gateway serves them: what this unified schema adds to
                     the tenant snapshot (REST-backed fields, subscriptions) is applied to both sides.
                     Default schema/unified.graphql (else ti-graph's), applied when --base is not
                     given or the documents use a gateway field; none turns it off
  --documents GLOB   more operation documents, on top of operations/**/*.graphql (repeatable; file
                     names after the flags count too, so an unquoted, shell-expanded glob works)
  --no-default-documents  check only the --documents globs, not operations/
  --manifests PATH   the apps' trusted-documents manifests (a file per app, or a folder of *.json;
                     the gateway's format or Apollo's; repeatable): each operation is judged too,
                     named app/operation (storefront.json -> storefront/Provision)
  --format FORMAT    text (default), json, markdown (PR comment), github (Actions annotations)
  --strict           fail on any breaking change, used by our operations or not
  --update           after the check, write the target as the new base snapshot (sorted, atomic);
                     the exit code is still the check's

Exit codes: 0 nothing or only safe changes; 1 something breaks our operations; 2 could not run.
`;

export const command: Command = async (argv) => {
  let config: Config | undefined;
  try {
    const { values, positionals } = parseFlags(argv, {
      base: { type: 'string' },
      target: { type: 'string' },
      header: { type: 'string', multiple: true },
      gateway: { type: 'string' },
      documents: { type: 'string', multiple: true },
      'no-default-documents': { type: 'boolean' },
      manifests: { type: 'string', multiple: true },
      format: { type: 'string' },
      strict: { type: 'boolean' },
      update: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    }, true);
    if (values.help) {
      process.stdout.write(USAGE);
      return 0;
    }
    const [{ loadConfig }, { parseHeaderFlags }, { displayPath, formatReport, REPORT_FORMATS, runDrift }] = await Promise.all([
      import('../../config/index.js'),
      import('../../codegen/schema.js'),
      import('../../drift/index.js'),
    ]);
    const format = (values.format ?? 'text') as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) {
      throw new InputError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got "${values.format}"`, 'format');
    }
    const headers = parseHeaderFlags(values.header);
    if (values.header && !/^https?:\/\//i.test(values.target ?? '')) throw new InputError('--header is only sent with --target URL', 'header');
    config = loadConfig(process.env);
    const cwd = process.cwd();
    const { report, updated } = await runDrift({
      cwd,
      config,
      ...(values.base !== undefined ? { base: values.base } : {}),
      ...(values.target !== undefined ? { target: values.target } : {}),
      ...(values.gateway !== undefined ? { gateway: values.gateway } : {}),
      ...(values.header ? { headers } : {}),
      // Extra words are documents too: an unquoted `--documents app/*.graphql` arrives shell-expanded.
      documents: [...(values.documents ?? []), ...positionals],
      defaultDocuments: !values['no-default-documents'],
      ...(values.manifests ? { manifests: values.manifests } : {}),
      strict: values.strict ?? false,
      update: values.update ?? false,
    });
    process.stdout.write(formatReport(report, format));
    if (updated) {
      const paths = updated.paths.map((p) => displayPath(p, cwd)).join(' and ');
      process.stderr.write(updated.changed ? `ti-graph drift: wrote ${paths}\n` : `ti-graph drift: ${paths} already up to date\n`);
    }
    return report.summary.exitCode;
  } catch (error) {
    if (error instanceof TiGraphError) {
      // Could not run: bad input, unreachable tenant, rejected key. The key never reaches the terminal.
      const { redactSecrets } = await import('../../util/redact.js');
      process.stderr.write(`ti-graph drift: ${redactSecrets(error.message, [config?.tenant?.apiKey])}\n`);
      return 2;
    }
    throw error;
  }
};
