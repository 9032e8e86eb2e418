/**
 * Drift as a frontend team's CI runs it, and drift between vendor snapshots in this repo:
 * - in an app folder with no operations/ and no schema/, `ti-graph drift --documents GLOB --target
 *   <gateway URL> --header "Authorization: Bearer ..."` judges the app's documents against the
 *   unified schema shipped in ti-graph (the default base), exit 0 / 1 / 2 as usual;
 * - `--base OLD --target NEW` on vendor snapshots: our operations use gateway fields, so the
 *   gateway's additions apply to both sides without a flag (no false breaks), and real breaks of
 *   documents written for the old schema are still found.
 */
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { useHarness } from '../helpers/gateway.js';

const REPO = resolve(import.meta.dirname, '../..');
let app: string;

// No TI_* from the developer's shell (runCli's clean environment): the app's CI has only the gateway URL and its token.
const tiGraph = (args: string[], cwd: string) => runCli(['drift', ...args], { cwd });

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'ti-graph-drift-app-'));
  await mkdir(join(app, 'src'), { recursive: true });
  // A REST-backed gateway field (UserAccount.enrollments) next to a tenant one.
  await writeFile(
    join(app, 'src', 'roster.graphql'),
    'query AppRoster {\n  users(page: 1, perPage: 5) {\n    items {\n      email\n      enrollments {\n        courseId\n      }\n    }\n  }\n  CurrentUser {\n    email\n  }\n}\n',
  );
}, 60_000);
// Registered before the harness, so it runs after the harness has closed.
afterAll(async () => {
  await rm(app, { recursive: true, force: true });
});
const harness = useHarness();

describe('ti-graph drift in an app folder (no operations/, no schema/)', () => {
  it('checks the documents against a running gateway with the packaged unified schema as base: exit 0', async () => {
    const token = harness().gateway.token!;
    const run = await tiGraph(['--documents', 'src/**/*.graphql', '--target', harness().gateway.url, '--header', `Authorization: Bearer ${token}`, '--format', 'json'], app);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.base).toBe('ti-graph/schema.graphql');
    expect(report.summary).toMatchObject({ invalidOperations: 0, breaksOperations: 0, exitCode: 0 });
    expect(report.documents).toMatchObject({ files: 1, operations: 1 });
    expect(run.stdout).not.toContain(token);
  }, 60_000);

  it('a target that drops a field the app uses fails with exit 1 naming the operation', async () => {
    const unified = await readFile(join(REPO, 'schema', 'unified.graphql'), 'utf8');
    const dropped = unified.replace(/^type CourseEnrollment \{\n([\s\S]*?)\n\}/m, (block) => block.replace(/^\s+courseId: .*\n/m, ''));
    expect(dropped).not.toBe(unified);
    await writeFile(join(app, 'next.graphql'), dropped);
    const run = await tiGraph(['--documents', 'src/**/*.graphql', '--target', 'next.graphql'], app);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Breaks our operations \(1\)[\s\S]*CourseEnrollment\.courseId[\s\S]*AppRoster/);
  }, 60_000);

  it('a refused token is exit 2 with a clear message that does not echo it', async () => {
    const run = await tiGraph(['--documents', 'src/**/*.graphql', '--target', harness().gateway.url, '--header', 'Authorization: Bearer not-a-real-token'], app);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^ti-graph drift: .*401/);
    expect(run.stderr).not.toContain('not-a-real-token');
  }, 60_000);
});

describe('ti-graph drift between vendor snapshots in this repo', () => {
  it('applies the gateway additions on its own when operations use gateway fields: no false breaks', async () => {
    const run = await tiGraph(['--base', '2022-12-21', '--target', '2023-07-20', '--format', 'json'], REPO);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.gateway).toBe('schema/unified.graphql');
    expect(report.invalidOperations).toEqual([]);
    expect(report.summary).toMatchObject({ breaking: 9, breaksOperations: 0, exitCode: 0 });
  }, 60_000);

  it('still names the real breaks of documents written for the old snapshot', async () => {
    const run = await tiGraph(['--base', '2022-12-21', '--target', '2023-07-20', '--documents', 'test/drift/fixtures/2022-12-21/*.graphql', '--format', 'json'], REPO);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.invalidOperations).toEqual([]);
    const breaks = report.changes.filter((c: { impact: string }) => c.impact === 'breaks');
    expect(breaks.map((c: { path: string }) => c.path)).toEqual(expect.arrayContaining(['Query.CatalogQuery', 'Course.topicGroup']));
    // Only the fixture documents break; none of operations/.
    const files = breaks.flatMap((c: { operations: { operation: { file: string } }[] }) => c.operations.map((o) => o.operation.file));
    expect(files.every((file: string) => file.startsWith('test/drift/fixtures/2022-12-21/'))).toBe(true);
  }, 60_000);

  it('--gateway none still judges the raw snapshots (the operations are then invalid there)', async () => {
    const run = await tiGraph(['--base', '2022-12-21', '--target', '2023-07-20', '--gateway', 'none', '--format', 'json'], REPO);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).invalidOperations.length).toBeGreaterThan(20);
  }, 60_000);
});
