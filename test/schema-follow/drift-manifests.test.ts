/**
 * `ti-graph drift --manifests PATH...` (#23): every app's registered operations judged against
 * --target in CI, each finding naming its app. The vendor's real change 2022-12-21 -> 2022-06-01
 * (no Mutation.CreateLearner) breaks the storefront app's Provision and nothing of the catalog's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentIdOf } from '../../src/gateway/index.js';
import { runCli } from '../helpers/cli.js';

const PROVISION = 'mutation Provision($email: String!) { CreateLearner(email: $email, firstName: "Ada", lastName: "Lovelace") { id } }';
const ME = 'query Me { CurrentUser { id email } }';

function manifests(): { dir: string; storefront: string } {
  const dir = mkdtempSync(join(tmpdir(), 'ti-graph-drift-apps-'));
  writeFileSync(join(dir, 'storefront.json'), JSON.stringify({ [documentIdOf(PROVISION)]: PROVISION }));
  writeFileSync(
    join(dir, 'catalog.json'),
    JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: documentIdOf(ME).slice(7), name: 'Me', type: 'query', body: ME }] }),
  );
  return { dir, storefront: join(dir, 'storefront.json') };
}

describe('ti-graph drift --manifests', () => {
  const apps = manifests();
  const drift = (...args: string[]) =>
    runCli(['drift', '--base', '2022-12-21', '--target', '2022-06-01', '--gateway', 'none', '--no-default-documents', ...args]);

  it('names the app and operation a vendor change breaks, in every format, and exits 1', async () => {
    const [text, json, markdown, github] = await Promise.all([
      drift('--manifests', apps.dir),
      drift('--manifests', apps.dir, '--format', 'json'),
      drift('--manifests', apps.dir, '--format', 'markdown'),
      drift('--manifests', apps.dir, '--format', 'github'),
    ]);
    for (const run of [text, json, markdown, github]) {
      expect(run.code, run.stderr).toBe(1);
      expect(run.stdout).toContain('storefront/Provision');
    }
    const report = JSON.parse(json.stdout) as { documents: { operations: number }; changes: Array<{ path: string; impact: string; operations: Array<{ operation: { name: string; file: string } }> }> };
    expect(report.documents.operations).toBe(2);
    const removal = report.changes.find((change) => change.path === 'Mutation.CreateLearner')!;
    expect(removal.impact).toBe('breaks');
    expect(removal.operations.map((o) => o.operation.name)).toEqual(['storefront/Provision']);
    expect(removal.operations[0]!.operation.file).toMatch(/^storefront\.json#[0-9a-f]{12}$/);
    const broken = report.changes.flatMap((change) => change.operations.filter(() => change.impact === 'breaks').map((o) => o.operation.name));
    expect(broken.some((name) => name.startsWith('catalog/'))).toBe(false);
  }, 120_000);

  it('takes manifest files too (repeatable), and refuses a path that does not exist', async () => {
    const ok = await drift('--manifests', apps.storefront, '--format', 'json');
    expect(ok.code).toBe(1);
    expect(JSON.parse(ok.stdout).documents.operations).toBe(1);
    const missing = await drift('--manifests', join(apps.dir, 'nope.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
  }, 120_000);
});
