/**
 * `ti-graph codegen` in an app's folder prices each operation at the tenant: one over 500 points is
 * printed as a warning, one over Thought Industries' 1,000-point limit fails the run (exit 1) with
 * its file:line:column, name and points, and nothing is written.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { OVER_LIMIT, STOREFRONT_RECENT_CONTENT, recentContentDocument } from './documents.js';

let app: string;
beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'ti-graph-codegen-points-'));
  await mkdir(join(app, 'src', 'queries'), { recursive: true });
  await writeFile(join(app, 'src', 'queries', 'storefront.graphql'), STOREFRONT_RECENT_CONTENT);
  // 8 x (5 + 72) = 616 points: within the limit, over the warning threshold.
  await writeFile(join(app, 'src', 'queries', 'dear.graphql'), recentContentDocument(8, 72, 'Dear'));
});
afterAll(async () => {
  await rm(app, { recursive: true, force: true });
});

describe('ti-graph codegen and the tenant points limit', () => {
  it('warns about an operation over 500 points and writes the operations', async () => {
    const run = await runCli(['codegen'], { cwd: app });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('src/queries/dear.graphql:1:1: warning: operation Dear costs 616 points at the tenant');
    expect(run.stderr).not.toContain('StorefrontRecentContent');
    expect(existsSync(join(app, 'src', 'generated', 'operations.ts'))).toBe(true);
  }, 120_000);

  it('fails naming file:line:column, the operation and its points when one is over 1,000, writing nothing', async () => {
    await rm(join(app, 'src', 'generated'), { recursive: true, force: true });
    await writeFile(join(app, 'src', 'queries', 'over.graphql'), `# A dashboard asking for too much at once.\n${OVER_LIMIT}`);
    const run = await runCli(['codegen'], { cwd: app });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("src/queries/over.graphql:2:1: operation OverTheLimit costs 1001 points at the tenant, over Thought Industries' limit of 1000 points per query");
    expect(existsSync(join(app, 'src', 'generated'))).toBe(false);
  }, 120_000);
});
