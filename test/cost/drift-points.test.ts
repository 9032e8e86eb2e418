/**
 * `ti-graph drift` and the vendor's points: a vendor change announcing "an additional cost of 950
 * points" on a field the storefront query selects pushes it from 76 to 1,026 points, over TI's
 * 1,000: drift names the operation, ties the change to it as breaking, exits 1, and `--format json`
 * carries every operation's points against base and target.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../helpers/cli.js';
import { STOREFRONT_RECENT_CONTENT } from './documents.js';

let dir: string;
const BASE = join(REPO_ROOT, 'schema', 'tenant.graphql');
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ti-graph-drift-points-'));
  const sdl = await readFile(BASE, 'utf8');
  const start = sdl.indexOf('type Content {');
  const at = sdl.indexOf('\n  title: String\n', start);
  expect(start).toBeGreaterThan(0);
  expect(at).toBeGreaterThan(start);
  const dearer = `${sdl.slice(0, at)}\n  """This field has an additional cost of 950 points."""${sdl.slice(at)}`;
  await writeFile(join(dir, 'dearer.graphql'), dearer);
  await writeFile(join(dir, 'storefront.graphql'), STOREFRONT_RECENT_CONTENT);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const drift = (format: string) =>
  runCli(['drift', '--base', BASE, '--target', join(dir, 'dearer.graphql'), '--gateway', 'none', '--no-default-documents', '--documents', 'storefront.graphql', '--format', format], { cwd: dir });

describe('drift and the tenant points limit', () => {
  it('reports the change that pushes an operation over 1,000 points, and fails', async () => {
    const run = await drift('json');
    expect(run.code, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.points).toEqual({
      limit: 1_000,
      operations: [{ name: 'StorefrontRecentContent', kind: 'query', file: 'storefront.graphql', line: 4, column: 1, base: 76, target: 1_026 }],
    });
    expect(report.summary).toMatchObject({ overPointsLimit: 1, breaksOperations: 1, exitCode: 1 });
    const change = report.changes.find((c: { path: string }) => c.path === 'Content.title');
    expect(change).toMatchObject({ impact: 'breaks', operations: [{ impact: 'breaks', operation: { name: 'StorefrontRecentContent' } }] });
    expect(change.operations[0].reason).toContain('from 76 to 1026 points');

    const text = await drift('text');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('query StorefrontRecentContent at storefront.graphql:4:1: 76 -> 1026 points');
    expect(text.stdout).toContain("1 operation(s) over the tenant's 1000 points per query");
  }, 120_000);

  it('an unchanged schema prices the same operation within the limit and passes', async () => {
    const run = await runCli(['drift', '--base', BASE, '--target', BASE, '--gateway', 'none', '--no-default-documents', '--documents', 'storefront.graphql', '--format', 'json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).points.operations[0]).toMatchObject({ base: 76, target: 76 });
  }, 120_000);
});
