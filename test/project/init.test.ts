/**
 * `ti-graph init` in an app folder (the CLI's main, in this process: test/cli/in-process.ts): what it writes and prints, a second run
 * that changes nothing, files and scripts left alone without --force, the workflow as YAML, and
 * the config that codegen then reads. (The installed package's init, with graphql-config loading
 * the written file, is test/package/first-day.test.ts.)
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runInProcess } from '../cli/in-process.js';

let app: string;
const read = (path: string) => readFileSync(join(app, path), 'utf8');

beforeEach(() => {
  app = mkdtempSync(join(tmpdir(), 'ti-graph-init-'));
  // An app's package.json, 4-space indented, with a script of its own.
  writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'web', private: true, scripts: { build: 'vite build' } }, null, 4)}\n`);
});
afterEach(() => rmSync(app, { recursive: true, force: true }));

describe('ti-graph init', () => {
  it('writes the config, graphql.config.yml, three scripts and the workflow, says so, and a second run is a no-op', async () => {
    const first = await runInProcess(['init'], { cwd: app });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.split('\n').filter((l) => l.startsWith('wrote')).map((l) => l.replace(/^wrote\s+/, ''))).toEqual([
      'ti-graph.config.json',
      'graphql.config.yml',
      'package.json#scripts.codegen',
      'package.json#scripts.codegen:check',
      'package.json#scripts.drift',
      '.github/workflows/ti-graph.yml',
    ]);
    expect(JSON.parse(read('ti-graph.config.json'))).toEqual({
      documents: ['src/**/*.{graphql,gql}'],
      output: 'src/generated/operations.ts',
      manifest: 'src/generated/trusted-documents.json',
    });
    const pkg = JSON.parse(read('package.json'));
    expect(pkg.scripts).toEqual({
      build: 'vite build',
      codegen: 'ti-graph codegen',
      'codegen:check': 'ti-graph codegen --check',
      drift: 'ti-graph drift --no-default-documents --documents "src/**/*.{graphql,gql}"',
    });
    expect(read('package.json')).toMatch(/^ {4}"name"/m);
    expect(parseYaml(read('graphql.config.yml'))).toEqual({ schema: 'node_modules/ti-graph/schema/unified.graphql', documents: ['src/**/*.{graphql,gql}'] });
    const workflow = parseYaml(read('.github/workflows/ti-graph.yml'));
    const steps = workflow.jobs.graphql.steps as { run?: string; if?: string }[];
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run codegen:check -- --format github', 'npm run drift -- --format github']);
    expect(steps.at(-1)!.if).toBe("env.TI_API_KEY != ''");
    expect(workflow.jobs.graphql.env).toEqual({ TI_BASE_URL: '${{ secrets.TI_BASE_URL }}', TI_API_KEY: '${{ secrets.TI_API_KEY }}' });

    const before = ['ti-graph.config.json', 'graphql.config.yml', 'package.json', '.github/workflows/ti-graph.yml'].map(read);
    const second = await runInProcess(['init'], { cwd: app });
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/ti-graph init: nothing to change\n$/);
    expect(second.stdout).not.toMatch(/^wrote/m);
    expect(['ti-graph.config.json', 'graphql.config.yml', 'package.json', '.github/workflows/ti-graph.yml'].map(read)).toEqual(before);
  }, 60_000);

  it('keeps a file or script that differs unless --force, and says which', async () => {
    writeFileSync(join(app, 'graphql.config.yml'), 'schema: schema.graphql\n');
    const pkg = JSON.parse(read('package.json'));
    writeFileSync(join(app, 'package.json'), JSON.stringify({ ...pkg, scripts: { ...pkg.scripts, codegen: 'graphql-codegen' } }));
    const kept = await runInProcess(['init', '--documents', 'app/**/*.graphql', '--schema', 'http://127.0.0.1:4000/graphql'], { cwd: app });
    expect(kept.code).toBe(0);
    expect(kept.stdout).toMatch(/^kept\s+graphql\.config\.yml {2}\(exists and differs; --force overwrites it\)$/m);
    expect(kept.stdout).toMatch(/^kept\s+package\.json#scripts\.codegen /m);
    expect(read('graphql.config.yml')).toBe('schema: schema.graphql\n');
    expect(JSON.parse(read('package.json')).scripts.codegen).toBe('graphql-codegen');
    expect(JSON.parse(read('ti-graph.config.json')).documents).toEqual(['app/**/*.graphql']);

    const forced = await runInProcess(['init', '--documents', 'app/**/*.graphql', '--schema', 'http://127.0.0.1:4000/graphql', '--force'], { cwd: app });
    expect(forced.stdout).toMatch(/^overwrote\s+graphql\.config\.yml$/m);
    expect(forced.stdout).toMatch(/^overwrote\s+package\.json#scripts\.codegen$/m);
    // --schema URL: the editor introspects the dev gateway with the pinned token.
    expect(parseYaml(read('graphql.config.yml'))).toEqual({
      schema: [{ 'http://127.0.0.1:4000/graphql': { headers: { Authorization: 'Bearer ${TI_GRAPH_DEV_TOKEN}' } } }],
      documents: ['app/**/*.graphql'],
    });
  }, 60_000);

  it('codegen and codegen --check read the written config: no flags repeated, the manifest checked too', async () => {
    await runInProcess(['init'], { cwd: app });
    mkdirSync(join(app, 'src'));
    writeFileSync(join(app, 'src', 'me.gql'), 'query Me {\n  CurrentUser {\n    email\n  }\n}\n');
    const generated = await runInProcess(['codegen'], { cwd: app });
    expect(generated.stderr).toBe('');
    expect(generated.stdout).toBe('ti-graph codegen: wrote src/generated/operations.ts, src/generated/trusted-documents.json\n');
    const clean = await runInProcess(['codegen', '--check'], { cwd: app });
    expect(clean.code).toBe(0);
    // A manifest edited by hand (or left stale) fails the check on its own.
    writeFileSync(join(app, 'src/generated/trusted-documents.json'), '{}\n');
    const stale = await runInProcess(['codegen', '--check', '--format', 'github'], { cwd: app });
    expect(stale.code).toBe(1);
    expect(stale.stderr).toBe('::error file=src/generated/trusted-documents.json,line=1::src/generated/trusted-documents.json is stale (differs from line 1); run ti-graph codegen and commit the result\n');
  }, 90_000);
});
