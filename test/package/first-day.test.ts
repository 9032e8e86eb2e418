/**
 * A frontend team's first day, from the packed tarball in an empty app folder (nothing from this
 * checkout on the module path): `npm i -D ti-graph`, `npx ti-graph init`, a query in src/, `npm run
 * codegen` / `codegen:check`, the editor's graphql-config (loaded by graphql-config's own loader,
 * which validates the app's documents against the unified graph), the CI workflow (parsed as YAML),
 * `ti-graph dev` (pinned token, the app's manifest served and reloaded), an app test on
 * `ti-graph/testing` run by the app's own Vitest, and every README command run in the app folder.
 * Each step is timed; the timings print once for the report.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig as loadGraphqlConfig } from 'graphql-config';
import { validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { waitFor } from '../helpers/wait-for.js';
import { npmInstall, packedTarball, REPO, runIn, timed as timedInto, type Timings } from './packed-app.js';

const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const VITEST_VERSION = JSON.parse(readFileSync(join(REPO, 'node_modules', 'vitest', 'package.json'), 'utf8')).version as string;
const DEV_TOKEN = 'first-day-dev-token-0123456789';
let app: string;
const timings: Timings = {};
const timed = <T>(name: string, step: () => Promise<T>) => timedInto(timings, name, step);
/** The installed CLI, as `npx ti-graph` runs it (node_modules/.bin), in the app folder with a clean environment. */
const tiGraph = (args: string[], env: Record<string, string> = {}) => runIn(app, 'npx', ['--no-install', 'ti-graph', ...args], env);
const npmRun = (script: string, args: string[] = []) => runIn(app, 'npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])]);
const children: ChildProcess[] = [];

/** Starts a long-running command of the installed CLI and resolves with its JSON ready line. */
async function startLongRunning(args: string[], env: Record<string, string> = {}): Promise<{ ready: Record<string, any>; child: ChildProcess; stderr: () => string }> {
  const child = spawn(join(app, 'node_modules', '.bin', 'ti-graph'), args, {
    cwd: app,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', ...env },
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const ready = await new Promise<Record<string, any>>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`ti-graph ${args.join(' ')} printed no ready line in 90 s: ${err.slice(-2000)}`)), 90_000);
    child.once('exit', (code) => fail(new Error(`ti-graph ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`)));
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line && out.includes('\n')) {
        clearTimeout(timer);
        done(JSON.parse(line));
      }
    });
  });
  return { ready, child, stderr: () => err };
}

async function stop(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  child.kill('SIGTERM');
  return exited;
}

async function post(url: string, token: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'ti-graph-first-day-'));
  const tarball = await timed('build + pack (or reuse)', () => packedTarball());
  timings['tarball kB'] = Math.round(tarball.size / 1024);
  timings['tarball unpacked kB'] = Math.round(tarball.unpackedSize / 1024);
  timings['tarball files'] = tarball.entryCount;
  await writeFile(join(app, 'package.json'), `${JSON.stringify({ name: 'first-day-app', private: true, type: 'module' }, null, 2)}\n`);
  // The app's own test runner next to ti-graph, as a team has it.
  await timed('npm i -D ti-graph vitest', () => npmInstall(app, ['-D', tarball.path, `vitest@${VITEST_VERSION}`]));
}, 400_000);

afterAll(async () => {
  process.stdout.write(`first-day timings (s), node ${process.version}: ${JSON.stringify(timings)}\n`);
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  if (app) await rm(app, { recursive: true, force: true });
});

describe('a first day with the installed package', () => {
  it('npx ti-graph init writes what it says, and a second run changes nothing', async () => {
    const init = await timed('npx ti-graph init', () => tiGraph(['init']));
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout.match(/^wrote {2}\S+/gm)).toHaveLength(6);
    const again = await tiGraph(['init']);
    expect(again.stdout).toMatch(/nothing to change/);
    expect((await readdir(app)).sort()).toEqual(['.github', 'graphql.config.yml', 'node_modules', 'package-lock.json', 'package.json', 'ti-graph.config.json']);
    // The workflow is YAML GitHub can read: installs, checks codegen, runs drift with annotations.
    const workflow = parseYaml(await readFile(join(app, '.github/workflows/ti-graph.yml'), 'utf8'));
    expect(Object.keys(workflow.jobs)).toEqual(['graphql']);
    expect(workflow.jobs.graphql.steps.map((s: { run?: string }) => s.run).filter(Boolean)).toEqual([
      'npm ci',
      'npm run codegen:check -- --format github',
      'npm run drift -- --format github',
    ]);
  }, 120_000);

  it("graphql-config's own loader reads graphql.config.yml: the unified graph, and the app's documents validated against it", async () => {
    await mkdir(join(app, 'src'), { recursive: true });
    await writeFile(join(app, 'src', 'me.graphql'), 'query Me {\n  CurrentUser {\n    email\n  }\n}\n');
    await writeFile(join(app, 'src', 'roster.gql'), 'query FirstUsers($perPage: Int!) {\n  users(page: 1, perPage: $perPage) {\n    total\n    items {\n      email\n    }\n  }\n}\n');
    const config = await timed('graphql-config load + validate', () => loadGraphqlConfig({ rootDir: app, throwOnMissing: true }));
    const project = config!.getDefault();
    const schema = await project.getSchema();
    // A gateway field (REST-backed `users`) is there: the editor knows the unified graph, not only the tenant's.
    expect(schema.getQueryType()!.getFields()['users']).toBeDefined();
    const documents = await project.getDocuments();
    expect(documents.map((d) => d.location!.replace(`${app}/`, '')).sort()).toEqual(['src/me.graphql', 'src/roster.gql']);
    for (const { document } of documents) expect(validate(schema, document!)).toEqual([]);
    // And a mistake is one the editor underlines.
    const [wrong] = await project.loadDocuments('{ CurrentUser { nope } }');
    const problems = validate(schema, wrong!.document!).map((e) => e.message);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Cannot query field "nope" on type "User"\./);
  }, 120_000);

  it('npm run codegen types the documents; codegen:check passes with no flags, and fails on a stale manifest', async () => {
    const codegen = await timed('npm run codegen', () => npmRun('codegen'));
    expect(codegen.stderr).toBe('');
    expect(codegen.stdout).toBe('ti-graph codegen: wrote src/generated/operations.ts, src/generated/trusted-documents.json\n');
    const check = await timed('npm run codegen:check', () => npmRun('codegen:check'));
    expect(check.code).toBe(0);
    // A typed first query: strict tsc accepts the right call and refuses a wrong variable.
    await writeFile(
      join(app, 'src', 'app.ts'),
      [
        "import { createClient } from 'ti-graph/client';",
        "import { FirstUsersDocument } from './generated/operations.js';",
        "const client = createClient({ url: 'http://127.0.0.1:4000/graphql', token: 't' });",
        'export async function emails(): Promise<string[]> {',
        '  const { users } = await client.request(FirstUsersDocument, { perPage: 3 });',
        '  // @ts-expect-error perPage is a number',
        "  await client.request(FirstUsersDocument, { perPage: 'three' });",
        '  return users.items.map((user) => user.email);',
        '}',
      ].join('\n'),
    );
    const compilerOptions = { strict: true, noEmit: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2023', 'dom'], types: [] };
    await writeFile(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['src/app.ts'] }));
    const tsc = await timed('tsc --strict (typed first query)', () => runIn(app, process.execPath, [TSC, '-p', 'tsconfig.json']));
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    const manifest = join(app, 'src/generated/trusted-documents.json');
    const good = await readFile(manifest, 'utf8');
    await writeFile(manifest, '{}\n');
    const stale = await npmRun('codegen:check', ['--format', 'github']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/^::error file=src\/generated\/trusted-documents\.json,line=1::/);
    await writeFile(manifest, good);
  }, 180_000);

  it('ti-graph dev: the pinned token, the app manifest served from the first request, reloaded when a document is added', async () => {
    const dev = await timed('ti-graph dev: ready', () => startLongRunning(['dev', '--port', '0', '--json'], { TI_GRAPH_DEV_TOKEN: DEV_TOKEN }));
    try {
      expect(dev.ready.token).toBe(DEV_TOKEN);
      const manifest = JSON.parse(await readFile(join(app, 'src/generated/trusted-documents.json'), 'utf8')) as Record<string, string>;
      const meId = Object.keys(manifest).find((id) => manifest[id]!.startsWith('query Me'))!;
      // The SDK's first request sends only the id: found, no 400 PERSISTED_QUERY_NOT_FOUND.
      const first = await post(dev.ready.url, DEV_TOKEN, { documentId: meId });
      expect(first.status).toBe(200);
      expect(first.body.errors).toBeUndefined();
      expect(first.body.data.CurrentUser).toHaveProperty('email');
      // A new document: codegen reruns, the gateway reloads the manifest.
      await writeFile(join(app, 'src', 'total.graphql'), 'query Total {\n  users(page: 1, perPage: 1) {\n    total\n  }\n}\n');
      const started = performance.now();
      let totalId: string | undefined;
      await waitFor(async () => {
        const now = JSON.parse(await readFile(join(app, 'src/generated/trusted-documents.json'), 'utf8')) as Record<string, string>;
        const id = Object.keys(now).find((key) => now[key]!.startsWith('query Total'));
        if (!id) return false;
        const answer = await post(dev.ready.url, DEV_TOKEN, { documentId: id });
        if (answer.status === 200 && typeof answer.body.data?.users?.total === 'number') totalId = id;
        return totalId !== undefined;
      }, 'the new document in the manifest and served by id', { timeoutMs: 60_000, intervalMs: 250 });
      timings['ti-graph dev: new document served'] = Math.round(performance.now() - started) / 1000;
      expect(totalId).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(await readFile(join(app, 'src/generated/operations.ts'), 'utf8')).toContain('export type TotalQuery');
    } finally {
      expect(await stop(dev.child)).toBe(0);
    }
    await rm(join(app, 'src', 'total.graphql'));
    await npmRun('codegen');
  }, 240_000);

  it("an app test starts a sandbox and a gateway from ti-graph/testing (the app's own Vitest runs it)", async () => {
    await mkdir(join(app, 'test'), { recursive: true });
    await writeFile(
      join(app, 'test', 'roster.test.ts'),
      [
        "import { afterAll, beforeAll, expect, it } from 'vitest';",
        "import { createClient } from 'ti-graph/client';",
        "import { startGateway, startSandbox } from 'ti-graph/testing';",
        "import { FirstUsersDocument } from '../src/generated/operations.js';",
        'let sandbox: Awaited<ReturnType<typeof startSandbox>>;',
        'let gateway: Awaited<ReturnType<typeof startGateway>>;',
        'beforeAll(async () => {',
        '  sandbox = await startSandbox({ users: 7 });',
        "  gateway = await startGateway({ tenant: sandbox, trustedDocuments: ['src/generated/trusted-documents.json'], trustedOnly: true });",
        '}, 60_000);',
        'afterAll(async () => { await gateway?.stop(); await sandbox?.stop(); });',
        "it('lists the roster through the gateway', async () => {",
        '  const client = createClient({ url: gateway.url, token: gateway.token, retry: false });',
        '  const { users } = await client.request(FirstUsersDocument, { perPage: 3 });',
        '  expect(users.total).toBe(7);',
        '  expect(users.items).toHaveLength(3);',
        '});',
      ].join('\n'),
    );
    const vitest = join(app, 'node_modules', 'vitest', 'vitest.mjs');
    const run = await timed('app vitest on ti-graph/testing', () => runIn(app, process.execPath, [vitest, 'run', '--reporter=dot'], { CI: '1', NO_COLOR: '1' }));
    expect(run.stdout + run.stderr).toMatch(/1 passed/);
    expect(run.code).toBe(0);
  }, 180_000);

  it("every README command runs from the app folder (the package is whole: vendor snapshots, sandbox, schema)", async () => {
    const version = await tiGraph(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(await readFile(join(app, 'node_modules/ti-graph/package.json'), 'utf8')).version);

    const sandbox = await timed('ti-graph sandbox: ready', () => startLongRunning(['sandbox', '--port', '0']));
    const users = await fetch(`${sandbox.ready.restBase}/users?page=1&per_page=1`, { headers: { 'x-api-key': sandbox.ready.apiKey } });
    expect(users.status).toBe(200);
    // Its GraphQL serves the vendor snapshot the package carries compressed.
    const graphql = await fetch(sandbox.ready.graphql, { method: 'POST', headers: { 'content-type': 'application/json', 'x-api-key': sandbox.ready.apiKey }, body: JSON.stringify({ query: '{ CurrentUser { email } }' }) });
    expect(((await graphql.json()) as { data?: unknown }).data).toHaveProperty('CurrentUser');
    expect(await stop(sandbox.child)).toBe(0);

    for (const command of ['serve', 'start']) {
      const gateway = await timed(`ti-graph ${command} --sandbox: ready`, () => startLongRunning([command, '--sandbox', '--port', '0', ...(command === 'start' ? ['--json'] : [])]));
      const answer = await post(gateway.ready.url, gateway.ready.token, { query: '{ users(page: 1, perPage: 2) { total items { email } } }' });
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.users.items).toHaveLength(2);
      if (command === 'serve') {
        // codegen and drift against the running gateway: without the token they say to pass it.
        const refused = await tiGraph(['codegen', '--schema', gateway.ready.url, '--out', 'gw.ts']);
        expect(refused.code).toBe(2);
        expect(refused.stderr).toMatch(/refused introspection \(UNAUTHENTICATED, HTTP 401\): .*pass --header "Authorization: Bearer <token>"/);
        const viaGateway = await tiGraph(['codegen', '--schema', gateway.ready.url, '--header', `Authorization: Bearer ${gateway.ready.token}`, '--out', 'gw.ts', '--check']);
        expect(viaGateway.stderr).toMatch(/gw\.ts is stale \(missing\)/);
        const drift = await tiGraph(['drift', '--target', gateway.ready.url, '--header', 'Authorization: Bearer wrong-token-0000000000']);
        expect(drift.code).toBe(2);
        expect(drift.stderr).toMatch(/refused introspection \(UNAUTHENTICATED, HTTP 401\): check the token in --header/);
      }
      expect(await stop(gateway.child)).toBe(0);
    }

    const pulled = await timed('ti-graph schema pull', () => tiGraph(['schema', 'pull', '--out', 'pulled']));
    expect(pulled.code).toBe(0);
    expect(pulled.stdout).toMatch(/from embedded sandbox \(2023-07-20-bf271d4\.introspection\.json\)/);
    expect((await readdir(join(app, 'pulled'))).sort()).toEqual(['tenant.graphql', 'tenant.introspection.json']);

    const coverage = await timed('ti-graph coverage', () => tiGraph(['coverage', '--format', 'json']));
    expect(coverage.code).toBe(0);
    expect(JSON.parse(coverage.stdout)).toBeTruthy();

    // The app's documents against the oldest vendor snapshot: a report, exit 0 or 1, never "could not run".
    const drift = await timed('npm run drift -- --target 2022-06-01', () => npmRun('drift', ['--target', '2022-06-01']));
    expect(drift.stderr).not.toMatch(/no vendor schema snapshots/);
    expect([0, 1]).toContain(drift.code);
    expect(drift.stdout).toMatch(/2022-06-01/);
  }, 400_000);
});
