/**
 * Proof that an app can bundle `ti-graph/client` and `ti-graph/operations` for the browser: the
 * package is consumed by name through its `exports` map (as an installed dependency), bundled with
 * esbuild for `platform: 'browser'`, and the bundle holds no Node built-in and no server module.
 */
import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
let appDir: string;
let bundle: string;
let inputs: string[];
let externalImports: string[];

beforeAll(async () => {
  appDir = await mkdtemp(join(tmpdir(), 'ti-graph-app-'));
  // The app depends on ti-graph the way `npm install ../ti-graph` would set it up.
  await mkdir(join(appDir, 'node_modules'));
  await symlink(REPO_ROOT, join(appDir, 'node_modules', 'ti-graph'), 'dir');
  await writeFile(
    join(appDir, 'main.ts'),
    [
      "import { createClient, GatewayError } from 'ti-graph/client';",
      "import { CurrentUserDocument, CatalogContentDocument } from 'ti-graph/operations';",
      "const client = createClient({ url: 'https://gateway.example/graphql', token: 'app-token' });",
      'export async function load() {',
      '  try { return [await client.request(CurrentUserDocument), await client.request(CatalogContentDocument, { page: 1 })]; }',
      '  catch (error) { if (error instanceof GatewayError) return error.code; throw error; }',
      '}',
    ].join('\n'),
  );
  const result = await build({
    entryPoints: [join(appDir, 'main.ts')],
    absWorkingDir: appDir,
    bundle: true,
    platform: 'browser',
    // The repo's own checkout: `ti-graph/*` resolves to the TypeScript sources (the packed package's
    // dist/ is bundled by test/package/outside-app.test.ts).
    conditions: ['ti-graph-source'],
    format: 'esm',
    target: 'es2022',
    // Drops comments (graphql-js documents `import assert from 'node:assert'`), so what is left is code.
    minifyWhitespace: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]!.text;
  const metafile = result.metafile as Metafile;
  externalImports = Object.values(metafile.outputs).flatMap((output) => output.imports.map((i) => i.path));
  inputs = Object.keys(metafile.inputs).map((input) => relative(REPO_ROOT, resolve(appDir, input)));
}, 60_000);

afterAll(async () => {
  await rm(appDir, { recursive: true, force: true });
});

describe('browser bundle of ti-graph/client + ti-graph/operations', () => {
  it('resolves both entry points through the package exports map', () => {
    expect(inputs).toContain('src/client/index.ts');
    expect(inputs).toContain('src/generated/operations.ts');
    expect(bundle).toContain('CatalogContent');
  });

  it('imports no Node built-in', () => {
    // Nothing left for the app's bundler or the browser to resolve, and no import/require of `node:`.
    expect(externalImports).toEqual([]);
    expect(bundle).not.toMatch(/(\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*)["']node:/);
    expect(bundle).not.toMatch(/\brequire\(\s*["'](fs|path|os|http|https|net|tls|crypto|stream|child_process|worker_threads)["']\s*\)/);
  });

  it('pulls in no server module', () => {
    const server = inputs.filter((input) =>
      /^src\/(gateway|sandbox|tenant|schema|config|cli|events|lifecycle|sync|drift)\//.test(input) ||
      input === 'src/util/logger.ts' ||
      /node_modules\/(pino|graphql-yoga|@graphql-yoga|@graphql-tools|ioredis|ws|dataloader|zod)\//.test(input),
    );
    expect(server).toEqual([]);
    expect(bundle).not.toMatch(/\bpino\b/);
  });
});
