/**
 * `ti-graph dev`: an app's local loop in one command. Generates the app's typed operations and
 * trusted-documents manifest (from ti-graph.config.json), starts the embedded sandbox and a
 * gateway on it that serves that manifest (so the SDK's first, hash-only request is found, not
 * answered 400 PERSISTED_QUERY_NOT_FOUND), and regenerates on every document change; the gateway
 * reloads the manifest when codegen rewrites it. TI_GRAPH_DEV_TOKEN pins the development token
 * (loopback only) so the app's .env can hold it across restarts.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../../errors/index.js';
import { intFlag, parseFlags, printReady, type Command } from '../command.js';
import { banner, readableLogs } from '../human-output.js';
import { gatewayCommand, type Presentation } from './serve.js';

const USAGE = `Usage: ti-graph dev [--port N] [--json]

The local loop for an app (run "ti-graph init" first): codegen of the app's documents, then a
gateway on the embedded sandbox serving their trusted-documents manifest, and codegen again on
every change to a document (the gateway reloads the manifest). Ctrl-C stops both.

  --port N   gateway port (default the config's dev.port, else TI_GRAPH_PORT or 4000; 0 = any free port)
  --json     the JSON ready line and JSON logs even on a terminal

Set TI_GRAPH_DEV_TOKEN (16+ characters) to keep the same development token across restarts;
like the minted one it is accepted only on loopback.
`;

export const command: Command = async (argv) => {
  const { values } = parseFlags(argv, {
    port: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const port = intFlag('port', values.port, 0, 65_535);
  const cwd = process.cwd();
  const [{ loadProjectConfig, PROJECT_CONFIG_FILE, PROJECT_DEFAULTS }, codegen] = await Promise.all([
    import('../../project/index.js'),
    import('../../codegen/index.js'),
  ]);
  const project = loadProjectConfig(cwd);
  if (!project) throw new InputError(`no ${PROJECT_CONFIG_FILE} here: run "npx ti-graph init" in the app's folder first`, 'config');
  const documents = project.documents ?? [...PROJECT_DEFAULTS.documents];
  const output = project.output ?? PROJECT_DEFAULTS.output;
  const manifestPath = project.manifest ?? PROJECT_DEFAULTS.manifest;
  const manifest = resolve(cwd, manifestPath);
  const schema = await codegen.loadCodegenSchema(project.schema, { cwd });

  const generate = async (): Promise<void> => {
    try {
      const files = await codegen.generateTypedOperations({ cwd, schema, documents, output, manifest: manifestPath, ...(project.addTypename ? { addTypename: true } : {}) });
      const written = await codegen.writeFiles(cwd, files);
      if (written.length > 0) process.stderr.write(`ti-graph dev: codegen wrote ${written.join(', ')}\n`);
    } catch (error) {
      // Invalid or missing documents: say so and keep serving the last good manifest.
      process.stderr.write(`ti-graph dev: codegen: ${(error as Error).message}\n`);
    }
  };
  await generate();
  // The gateway loads the manifest at start: an empty one until the first document exists.
  if (!existsSync(manifest)) {
    await mkdir(dirname(manifest), { recursive: true });
    await writeFile(manifest, codegen.renderManifest(new Map()));
  }
  const watcher = codegen.watchDocuments({ cwd, documents, ignore: [resolve(cwd, output), manifest], onChange: generate });

  const json = values.json === true || process.stdout.isTTY !== true;
  const presentation: Presentation = json ? { ready: printReady } : { ready: (payload) => process.stdout.write(banner(payload)), logs: readableLogs() };
  const serve = gatewayCommand('dev', presentation, (config) => ({
    ...config,
    gateway: {
      ...config.gateway,
      port: port ?? project.dev?.port ?? config.gateway.port,
      trustedDocuments: [...config.gateway.trustedDocuments, manifest],
    },
  }));
  try {
    return await serve(['--sandbox']);
  } finally {
    watcher.close();
  }
};
