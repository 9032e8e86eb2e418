/**
 * The package as a frontend team meets it: `npm pack` (which runs the build), the tarball installed
 * into a fresh app folder outside the repo, and there, with nothing from this checkout on the
 * module path: (a) plain Node ESM imports ti-graph/client + ti-graph/operations (+ the manifest)
 * and queries a running gateway, (b) `tsc --strict` on an app file (typed results, a wrong
 * variable rejected), (c) a Vite build of a page, (d) `npx ti-graph --help`, and
 * `npx ti-graph codegen` for the app's own documents. One pack and one install serve every case.
 */
import { readFileSync } from 'node:fs';
import { cp, mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { startHarness, type Harness } from '../helpers/gateway.js';
import { npmInstall, packedTarball, REPO, runIn, timed as timedInto, vitePreview, type Timings } from './packed-app.js';

const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
/** The app's own Vite (a dev dependency, installed with the tarball as an app would). */
const appVite = () => join(app, 'node_modules', 'vite', 'bin', 'vite.js');
const VITE_VERSION = JSON.parse(readFileSync(join(REPO, 'node_modules', 'vite', 'package.json'), 'utf8')).version as string;
let app: string;
let harness: Harness;
/** Seconds each set-up step took, printed once for the report. */
const timings: Timings = {};
const timed = <T>(name: string, step: () => Promise<T>) => timedInto(timings, name, step);
/** Runs in the app folder with a clean environment. */
const inApp = (file: string, args: string[], env: Record<string, string> = {}) => runIn(app, file, args, env);

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'ti-graph-outside-app-'));
  // Built and packed once for these sources (shared with the other test/package files).
  const tarball = await packedTarball();
  Object.assign(timings, tarball.reused ? { 'npm run build + npm pack': 'reused' } : tarball.timings);
  timings['tarball kB'] = Math.round(tarball.size / 1024);
  timings['tarball files'] = tarball.entryCount;
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'outside-app', private: true, type: 'module' }, null, 2));
  // Every dependency is in the npm cache from this checkout's own install: no registry round trips.
  await timed('npm install <tarball> vite', () => npmInstall(app, [tarball.path, `vite@${VITE_VERSION}`]));
  harness = await startHarness({ sandbox: { users: 5 } });
}, 300_000);

afterAll(async () => {
  process.stdout.write(`outside-app timings: ${JSON.stringify(timings)}\n`);
  await harness?.close();
  if (app) await rm(app, { recursive: true, force: true });
});

describe('ti-graph installed from its tarball into an app', () => {
  it('ships the build, not the sources, tests or benches', async () => {
    const installed = join(app, 'node_modules', 'ti-graph');
    expect((await readdir(installed)).sort()).toEqual(['bin', 'dist', 'package.json', 'schema', 'README.md'].sort());
    expect((await readdir(join(installed, 'schema'))).sort()).toEqual(['tenant.graphql', 'unified.graphql', 'vendor']);
    // The vendor's snapshots, Brotli-compressed (the sandbox, drift --target DATE and coverage read them).
    const vendor = (await readdir(join(installed, 'schema', 'vendor'))).sort();
    expect(vendor).toContain('LICENSE.md');
    expect(vendor.filter((f) => f.endsWith('.introspection.json.br'))).toHaveLength(3);
    expect(vendor.filter((f) => f.endsWith('.json'))).toEqual([]);
    const client = await readdir(join(installed, 'dist', 'client'));
    expect(client).toEqual(expect.arrayContaining(['index.js', 'index.d.ts', 'index.js.map']));
  });

  it('(a) plain Node ESM imports ti-graph/client and ti-graph/operations and queries the gateway', async () => {
    await writeFile(
      join(app, 'query.mjs'),
      [
        "import { createClient, GatewayError } from 'ti-graph/client';",
        "import { RosterDocument } from 'ti-graph/operations';",
        "import manifest from 'ti-graph/trusted-documents.json' with { type: 'json' };",
        "import { readFileSync } from 'node:fs';",
        "import { fileURLToPath } from 'node:url';",
        'const client = createClient({ url: process.env.GATEWAY_URL, token: process.env.GATEWAY_TOKEN, retry: false });',
        'const { users } = await client.request(RosterDocument, { page: 1, perPage: 3 });',
        "let refused = 'none';",
        "try { await createClient({ url: process.env.GATEWAY_URL, token: 'wrong-token', retry: false }).request(RosterDocument, { page: 1, perPage: 1 }); }",
        'catch (error) { refused = error instanceof GatewayError ? error.code : String(error); }',
        "const sdl = readFileSync(fileURLToPath(import.meta.resolve('ti-graph/schema.graphql')), 'utf8');",
        'console.log(JSON.stringify({ total: users.total, emails: users.items.map((u) => u.email), refused,',
        '  idInManifest: RosterDocument.__meta__.hash in manifest, sdlHasGatewayField: /enrollments\\b/.test(sdl) }));',
      ].join('\n'),
    );
    const result = await inApp(process.execPath, ['query.mjs'], { GATEWAY_URL: harness.gateway.url, GATEWAY_TOKEN: harness.gateway.token! });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { total: number; emails: string[]; refused: string; idInManifest: boolean; sdlHasGatewayField: boolean };
    const tenant = harness.sandbox.tenants[0]!;
    const firstPage = tenant.store.listUsers({ page: 1, perPage: 3 });
    expect(output.total).toBe(firstPage.total);
    expect(output.emails).toEqual(firstPage.users.map((user) => user.email));
    expect(output.refused).toBe('UNAUTHENTICATED');
    expect(output.idInManifest).toBe(true);
    expect(output.sdlHasGatewayField).toBe(true);
  }, 60_000);

  it('(b) tsc --strict type-checks an app file: typed results, a wrong variable rejected', async () => {
    const source = [
      "import { createClient } from 'ti-graph/client';",
      "import { RosterDocument, type RosterQuery } from 'ti-graph/operations';",
      "import manifest from 'ti-graph/trusted-documents.json' with { type: 'json' };",
      "const client = createClient({ url: 'http://127.0.0.1:4000/graphql', token: 't' });",
      'export async function emails(): Promise<string[]> {',
      '  const { users } = await client.request(RosterDocument, { page: 1, perPage: 10 });',
      '  const total: number = users.total;',
      '  void total;',
      '  // @ts-expect-error perPage is a number',
      "  await client.request(RosterDocument, { page: 1, perPage: 'ten' });",
      '  // @ts-expect-error the roster has no such field',
      '  void users.nope;',
      '  return users.items.map((user) => user.email);',
      '}',
      'export const items: RosterQuery["users"]["items"] = [];',
      'export const texts: string[] = Object.values(manifest);',
    ].join('\n');
    await writeFile(join(app, 'app.ts'), source);
    // An app's usual settings; only app.ts, no ambient @types.
    const compilerOptions = { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2023', 'dom'], types: [], resolveJsonModule: true };
    await writeFile(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['app.ts'] }, null, 2));
    const args = ['-p', 'tsconfig.json'];
    const passing = await timed('tsc --strict', () => inApp(process.execPath, [TSC, ...args]));
    expect(passing.stdout + passing.stderr).toBe('');
    expect(passing.code).toBe(0);
    // Without the directives the two mistakes are errors on exactly those lines.
    await writeFile(join(app, 'app.ts'), source.replace(/^\s*\/\/ @ts-expect-error.*\n/gm, ''));
    const failing = await inApp(process.execPath, [TSC, ...args]);
    expect(failing.code).not.toBe(0);
    const errorLines = [...failing.stdout.matchAll(/^app\.ts\((\d+),\d+\): error (TS\d+)/gm)].map((m) => `${m[1]} ${m[2]}`);
    expect(errorLines).toEqual(['9 TS2322', '10 TS2339']);
  }, 120_000);

  it('(c) Vite builds a page that uses the SDK and the operations', async () => {
    await mkdir(join(app, 'web'), { recursive: true });
    await writeFile(join(app, 'web', 'index.html'), '<!doctype html><html><body><ul id="users"></ul><script type="module" src="./main.ts"></script></body></html>\n');
    await writeFile(
      join(app, 'web', 'main.ts'),
      [
        "import { createClient } from 'ti-graph/client';",
        "import { RosterDocument } from 'ti-graph/operations';",
        "const client = createClient({ url: '/graphql', token: 't' });",
        'const { users } = await client.request(RosterDocument, { page: 1, perPage: 5 });',
        "document.getElementById('users')!.append(...users.items.map((u) => Object.assign(document.createElement('li'), { textContent: u.email })));",
      ].join('\n'),
    );
    const built = await timed('vite build', () => inApp(process.execPath, [appVite(), 'build', 'web', '--outDir', 'dist', '--emptyOutDir', '--logLevel', 'warn']));
    expect(built.stderr).not.toMatch(/error/i);
    expect(built.code).toBe(0);
    const assets = await readdir(join(app, 'web', 'dist', 'assets'));
    const js = await readFile(join(app, 'web', 'dist', 'assets', assets.find((f) => f.endsWith('.js'))!), 'utf8');
    expect(js).toContain('Roster');
    // Browser bundle: no Node built-in, no server code.
    expect(js).not.toMatch(/["']node:/);
    expect(js).not.toMatch(/\bpino\b|graphql-yoga/);
  }, 120_000);

  it('(d) npx ti-graph --help runs the compiled CLI, and ti-graph codegen works in the app', async () => {
    const help = await timed('npx ti-graph --help', () => inApp('npx', ['--no-install', 'ti-graph', '--help']));
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: ti-graph <command>/);
    expect(help.stdout).toContain('codegen');
    await mkdir(join(app, 'src'), { recursive: true });
    await writeFile(join(app, 'src', 'me.graphql'), 'query Me {\n  CurrentUser {\n    email\n  }\n}\n');
    const codegen = await timed('npx ti-graph codegen', () => inApp('npx', ['--no-install', 'ti-graph', 'codegen', '--manifest', 'trusted.json']));
    expect(codegen.stderr).toBe('');
    expect(codegen.code).toBe(0);
    expect(await readFile(join(app, 'src', 'generated', 'operations.ts'), 'utf8')).toContain('export type MeQuery = { CurrentUser: { email: string | null } | null };');
    expect(Object.values(JSON.parse(await readFile(join(app, 'trusted.json'), 'utf8')))).toEqual(['query Me {\n  CurrentUser {\n    email\n  }\n}']);
  }, 120_000);

  it('(e) examples/roster, built from the installed package, lists the roster in headless Chromium', async () => {
    // The example as its own app folder: its sources and config, ti-graph from the tarball.
    const roster = join(app, 'roster');
    for (const entry of ['index.html', 'src', 'vite.config.ts']) await cp(join(REPO, 'examples', 'roster', entry), join(roster, entry), { recursive: true });
    const built = await timed('roster: vite build', () => inApp(process.execPath, [appVite(), 'build', 'roster', '--outDir', 'dist', '--emptyOutDir', '--logLevel', 'warn']));
    expect(built.stderr).not.toMatch(/error/i);
    expect(built.code).toBe(0);
    // `vite preview` proxies /graphql to the gateway (the example's vite.config.ts reads TI_GRAPH_URL).
    const preview = await vitePreview(roster, appVite(), { TI_GRAPH_URL: harness.gateway.url });
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(preview.url);
      await page.fill('#token', harness.gateway.token!);
      await page.click('button[type=submit]');
      await page.waitForSelector('#users tr');
      const expected = harness.sandbox.tenants[0]!.store.listUsers({ page: 1, perPage: 10 });
      expect(await page.textContent('#total')).toBe(String(expected.total));
      expect(await page.$$eval('#users tr td:nth-child(2)', (cells) => cells.map((c) => c.textContent))).toEqual(expected.users.map((u) => u.email));
    } finally {
      await browser.close();
      preview.close();
    }
  }, 120_000);
});
