/**
 * `ti-graph drift` as CI runs it: a real process, its exit code, stdout and stderr.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliOptions } from '../helpers/cli.js';
import { loadSchemaFile, printSortedSchema, resolveSnapshotPath } from '../../src/schema/index.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OLD_APP = ['--no-default-documents', '--documents', 'test/drift/fixtures/2022-12-21/*.graphql'];
const NEW_APP = ['--no-default-documents', '--documents', 'test/drift/fixtures/2023-07-20/*.graphql'];
/** The same documents as the shell passes an unquoted glob: one flag, then file names. */
const NEW_APP_EXPANDED = [
  '--no-default-documents',
  '--documents',
  ...readdirSync(join(REPO, 'test/drift/fixtures/2023-07-20')).map((f) => `test/drift/fixtures/2023-07-20/${f}`),
];

const tiGraph = (args: string[], options: CliOptions = {}) => runCli(args, { cwd: REPO, ...options });

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'drift-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// Six CLI processes start at once in the first test: on a loaded 2-core CI machine that alone can pass 30 s.
describe('ti-graph drift (process)', { timeout: 120_000 }, () => {
  it('exits 0, 1 and 1 (--strict) and prints each format', async () => {
    const [ok, text, json, markdown, github, strict] = await Promise.all([
      tiGraph(['drift', '--base', '2022-12-21', '--target', '2023-07-20', ...NEW_APP_EXPANDED]),
      tiGraph(['drift', '--base', '2022-12-21', '--target', '2023-07-20', ...OLD_APP]),
      tiGraph(['drift', '--base', '2022-12-21', '--target', '2023-07-20', ...OLD_APP, '--format', 'json']),
      tiGraph(['drift', '--base', '2022-12-21', '--target', '2023-07-20', ...OLD_APP, '--format', 'markdown']),
      tiGraph(['drift', '--base', '2022-12-21', '--target', '2023-07-20', ...OLD_APP, '--format', 'github']),
      tiGraph(['drift', '--base', '2022-12-21', '--target', '2023-07-20', ...NEW_APP, '--strict']),
    ]);

    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Breaks our operations (0)');
    expect(ok.stdout).toMatch(/; 9 operation\(s\) in 7 file\(s\)\n/);
    expect(ok.stdout).toMatch(/OK: nothing breaks our operations; \d+ change\(s\) may affect them\./);

    expect(text.code).toBe(1);
    expect(text.stdout).toContain('BREAKING FIELD_REMOVED Query.CatalogQuery');
    expect(text.stdout).toContain('breaks query SavedCatalogQuery at test/drift/fixtures/2022-12-21/catalog.graphql:16:3');
    expect(text.stdout.indexOf('Breaks our operations')).toBeLessThan(text.stdout.indexOf('May affect our operations'));
    expect(text.stdout.indexOf('May affect our operations')).toBeLessThan(text.stdout.indexOf('Safe:'));
    expect(text.stdout).toMatch(/FAIL: 6 change\(s\) break our operations\.\n$/);

    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report).toMatchObject({
      version: 1,
      base: 'schema/vendor/2022-12-21-8f2525c.introspection.json',
      target: 'schema/vendor/2023-07-20-bf271d4.introspection.json',
      summary: { changes: 713, breaking: 9, breaksOperations: 6, exitCode: 1, strict: false },
    });
    const catalogQuery = report.changes.find((c: { path: string }) => c.path === 'Query.CatalogQuery');
    expect(catalogQuery.operations[0]).toMatchObject({
      impact: 'breaks',
      operation: { name: 'SavedCatalogQuery', kind: 'query', file: 'test/drift/fixtures/2022-12-21/catalog.graphql', line: 15 },
      coordinate: 'Query.CatalogQuery',
      at: { file: 'test/drift/fixtures/2022-12-21/catalog.graphql', line: 16, column: 3 },
    });

    expect(markdown.code).toBe(1);
    expect(markdown.stdout).toMatch(/^### Schema drift: `schema\/vendor\/2022-12-21-8f2525c.introspection.json` → `schema\/vendor\/2023-07-20/);
    expect(markdown.stdout).toContain('#### Breaks our operations');
    expect(markdown.stdout).toContain('| ❌ SavedCatalogQuery | `test/drift/fixtures/2022-12-21/catalog.graphql:16` |');
    expect(markdown.stdout).toContain('<details><summary>Safe:');

    expect(github.code).toBe(1);
    const annotations = github.stdout.trimEnd().split('\n');
    expect(annotations).toContain(
      '::error file=test/drift/fixtures/2022-12-21/catalog.graphql,line=16,col=3,title=Schema drift%3A FIELD_REMOVED Query.CatalogQuery::' +
        "query SavedCatalogQuery: Field 'CatalogQuery' was removed from object type 'Query' (Cannot query field \"CatalogQuery\" on type \"Query\".)",
    );
    expect(annotations.some((l) => l.startsWith('::warning file=test/drift/fixtures/2022-12-21/learners.graphql,line=16,'))).toBe(true);
    expect(annotations.at(-1)).toMatch(/^::notice title=Schema drift::.*FAIL: 6 change\(s\) break our operations\.$/);
    expect(annotations.every((l) => l.startsWith('::'))).toBe(true);

    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/FAIL: 9 breaking change\(s\) \(--strict\)\./);
  });

  it('exits 2 with a clear message on bad input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.graphql'), 'type Query {\n  ok: Boolean\n');
    writeFileSync(join(dir, 'good.graphql'), 'type Query {\n  ok: Boolean\n}\n');
    writeFileSync(join(dir, 'bad-op.graphql'), '# an app operation\nquery Ok {\n  ok\n');
    writeFileSync(join(dir, 'ok.graphql'), 'query Ok { ok }\n');
    const runs = await Promise.all([
      tiGraph(['drift', '--base', 'missing.graphql', '--target', 'good.graphql'], { cwd: dir }),
      tiGraph(['drift', '--base', 'good.graphql', '--target', 'broken.graphql', '--documents', 'ok.graphql'], { cwd: dir }),
      tiGraph(['drift', '--base', 'good.graphql', '--target', 'good.graphql', '--documents', 'bad-op.graphql'], { cwd: dir }),
      tiGraph(['drift', '--base', 'good.graphql', '--target', 'good.graphql', '--documents', 'nothing/*.graphql'], { cwd: dir }),
      tiGraph(['drift', '--base', 'good.graphql', '--target', 'good.graphql', '--format', 'xml'], { cwd: dir }),
      tiGraph(['drift', '--base', 'good.graphql'], { cwd: dir }),
      tiGraph(['drift', '--bogus'], { cwd: dir }),
    ]);
    const [missing, invalidSdl, invalidDoc, noMatch, badFormat, noTarget, unknownFlag] = runs;
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/^ti-graph drift: .+\n$/);
    }
    expect(missing.stderr).toContain('base snapshot missing.graphql does not exist');
    expect(invalidSdl.stderr).toContain('broken.graphql is not a valid schema: Syntax Error');
    expect(invalidDoc.stderr).toContain('bad-op.graphql:4:1: Syntax Error: Expected Name, found <EOF>.');
    expect(noMatch.stderr).toContain('--documents "nothing/*.graphql" matched no files');
    expect(badFormat.stderr).toContain('--format must be one of text, json, markdown, github, got "xml"');
    expect(noTarget.stderr).toContain('no --target and no tenant configured');
    expect(unknownFlag.stderr).toContain("Unknown option '--bogus'");
  });

  it('--update writes the target as the sorted snapshot, atomically, and only when it changed', async () => {
    const dir = tempDir();
    const oldSdl = printSortedSchema(loadSchemaFile(resolveSnapshotPath('2022-12-21')));
    const newSdl = printSortedSchema(loadSchemaFile(resolveSnapshotPath('2023-07-20')));
    writeFileSync(join(dir, 'tenant.graphql'), oldSdl);
    writeFileSync(join(dir, 'app.graphql'), 'query Me { CurrentUser { id email } }\n');
    const args = ['drift', '--base', 'tenant.graphql', '--target', resolveSnapshotPath('2023-07-20'), '--documents', 'app.graphql', '--update'];

    const first = await tiGraph(args, { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe('ti-graph drift: wrote tenant.graphql\n');
    expect(first.stdout).toMatch(/^Schema drift: tenant.graphql -> .*2023-07-20-bf271d4.introspection.json\n\d+ change\(s\) \(9 breaking, 18 dangerous/);
    expect(readFileSync(join(dir, 'tenant.graphql'), 'utf8')).toBe(newSdl);
    expect(readdirSync(dir).sort()).toEqual(['app.graphql', 'tenant.graphql']);

    const second = await tiGraph(args, { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('ti-graph drift: tenant.graphql already up to date\n');
    expect(second.stdout).toContain('0 change(s)');

    // A target that cannot be loaded leaves the snapshot exactly as it was.
    writeFileSync(join(dir, 'broken.graphql'), 'type Query {');
    const failed = await tiGraph(['drift', '--base', 'tenant.graphql', '--target', 'broken.graphql', '--documents', 'app.graphql', '--update'], { cwd: dir });
    expect(failed.code).toBe(2);
    expect(readFileSync(join(dir, 'tenant.graphql'), 'utf8')).toBe(newSdl);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('--update creates a missing snapshot and refuses to overwrite a vendor snapshot', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'app.graphql'), 'query Me { CurrentUser { id } }\n');
    const [created, vendor] = await Promise.all([
      tiGraph(['drift', '--base', 'schema/new.graphql', '--target', resolveSnapshotPath('2022-06-01'), '--documents', 'app.graphql', '--update'], { cwd: dir }),
      tiGraph(['drift', '--base', '2022-06-01', '--target', '2023-07-20', '--no-default-documents', '--update']),
    ]);
    expect(created.code).toBe(0);
    expect(readFileSync(join(dir, 'schema/new.graphql'), 'utf8')).toBe(printSortedSchema(loadSchemaFile(resolveSnapshotPath('2022-06-01'))));
    expect(vendor.code).toBe(2);
    expect(vendor.stderr).toContain('vendor snapshots are never edited');
  });
});

describe('ti-graph coverage (process)', () => {
  it('prints the table or JSON (exit 0), and exits 2 on a schema it cannot load', async () => {
    const [text, json, missing] = await Promise.all([
      tiGraph(['coverage', '--schema', '2023-07-20']),
      tiGraph(['coverage', '--schema', '2022-12-21', '--format', 'json'], { env: { TI_PROFILE: 'v2' } }),
      tiGraph(['coverage', '--schema', 'nope.graphql']),
    ]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Lifecycle coverage of schema\/vendor\/2023-07-20-bf271d4.introspection.json \(REST base \/incoming\/api\/v1\)/);
    expect(text.stdout).toContain('The gateway uses REST for every operation except where noted');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.restBasePath).toBe('/incoming/v2');
    expect(report.operations.find((o: { operation: string }) => o.operation === 'create').graphql.map((m: { field: string }) => m.field)).toEqual([
      'CreateLearner',
      'CreateLearners',
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^ti-graph coverage: schema snapshot "nope.graphql" is neither a file nor a vendor snapshot/);
  });
});
