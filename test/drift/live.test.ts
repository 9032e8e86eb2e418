/**
 * The live target: `drift` introspects the tenant's GraphQL endpoint (here the sandbox, serving the
 * real 2023-07-20 snapshot) with the configured key, on both surfaces, and never prints the key.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { loadConfig } from '../../src/config/index.js';
import { runDrift } from '../../src/drift/index.js';
import { InputError, UnauthorizedError } from '../../src/errors/index.js';
import { loadSchemaFile, parseIntrospectionJson, printSortedSchema, renderSnapshot, resolveSnapshotPath } from '../../src/schema/index.js';
import { useSandbox } from '../helpers/sandbox.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '../..');
const OLD_APP = ['test/drift/fixtures/2022-12-21/*.graphql'];

const tiGraph = (args: string[], env: Record<string, string>) => runCli(args, { cwd: REPO, env });

describe('drift against a live tenant', () => {
  const sandbox = useSandbox({ schema: '2023-07-20', users: 5 });

  it.each([
    ['seed surface (/incoming/api/graphql, X-API-Key)', {}],
    ['v2 surface (/helium?apiKey=)', { TI_PROFILE: 'v2' }],
  ])('introspects the configured tenant by default: %s', async (_name, extra) => {
    const config = loadConfig({ TI_BASE_URL: sandbox().url, TI_API_KEY: sandbox().apiKey, ...extra });
    const { report } = await runDrift({ cwd: REPO, config, base: '2022-12-21', documents: OLD_APP, defaultDocuments: false });
    expect(report.target).toBe(`${sandbox().url}${config.tenant!.graphqlPath}`);
    expect(report.summary).toMatchObject({ breaking: 9, breaksOperations: 6, exitCode: 1 });
    expect(report.changes.find((c) => c.path === 'Query.CatalogQuery')!.operations.map((o) => o.operation.name)).toEqual(['SavedCatalogQuery']);
    expect(JSON.stringify(report)).not.toContain(sandbox().apiKey);
  });

  it('--update rewrites the tenant.graphql + tenant.introspection.json pair from the live schema', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'drift-live-'));
    try {
      const old = renderSnapshot(parseIntrospectionJson(readFileSync(resolveSnapshotPath('2022-12-21'), 'utf8'), 'old'));
      writeFileSync(join(dir, 'tenant.graphql'), old.sdl);
      writeFileSync(join(dir, 'tenant.introspection.json'), old.introspection);
      const config = loadConfig({ TI_BASE_URL: sandbox().url, TI_API_KEY: sandbox().apiKey });
      const { report, updated } = await runDrift({ cwd: dir, config, base: 'tenant.graphql', defaultDocuments: false, update: true });
      expect(report.summary.breaking).toBe(9);
      expect(updated).toEqual({ paths: [join(dir, 'tenant.graphql'), join(dir, 'tenant.introspection.json')], changed: true });
      expect(readFileSync(join(dir, 'tenant.graphql'), 'utf8')).toBe(printSortedSchema(loadSchemaFile(resolveSnapshotPath('2023-07-20'))));
      expect(JSON.parse(readFileSync(join(dir, 'tenant.introspection.json'), 'utf8')).__schema.queryType.name).toBe('Query');
      expect(readdirSync(dir).sort()).toEqual(['tenant.graphql', 'tenant.introspection.json']);
      const again = await runDrift({ cwd: dir, config, base: 'tenant.graphql', defaultDocuments: false, update: true });
      expect(again.report.summary.changes).toBe(0);
      expect(again.updated?.changed).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a wrong key is an auth error; a URL on another origin never gets the key', async () => {
    const wrong = loadConfig({ TI_BASE_URL: sandbox().url, TI_API_KEY: 'wrong-key-0123456789' });
    await expect(runDrift({ cwd: REPO, config: wrong, base: '2022-12-21', defaultDocuments: false })).rejects.toBeInstanceOf(UnauthorizedError);
    const config = loadConfig({ TI_BASE_URL: sandbox().url, TI_API_KEY: sandbox().apiKey });
    await expect(
      runDrift({ cwd: REPO, config, base: '2022-12-21', target: 'http://127.0.0.2:9/helium', defaultDocuments: false }),
    ).rejects.toBeInstanceOf(InputError);
  });

  it('the CLI exits 1 on breaks and 2 on a rejected or unreachable tenant, the key never in its output', async () => {
    const key = sandbox().apiKey;
    const [breaks, rejected, unreachable] = await Promise.all([
      tiGraph(['drift', '--base', '2022-12-21', '--no-default-documents', '--documents', OLD_APP[0]!, '--format', 'json'], {
        TI_BASE_URL: sandbox().url,
        TI_API_KEY: key,
        TI_PROFILE: 'v2',
      }),
      tiGraph(['drift', '--base', '2022-12-21', '--no-default-documents'], { TI_BASE_URL: sandbox().url, TI_API_KEY: 'wrong-key-0123456789', TI_PROFILE: 'v2' }),
      // Port 9 (discard) on loopback: nothing listens there.
      tiGraph(['drift', '--base', '2022-12-21', '--no-default-documents'], { TI_BASE_URL: 'http://127.0.0.1:9', TI_API_KEY: key, TI_TIMEOUT_MS: '2000' }),
    ]);
    expect(breaks.code).toBe(1);
    expect(JSON.parse(breaks.stdout).target).toBe(`${sandbox().url}/helium`);
    expect(rejected.code).toBe(2);
    expect(rejected.stderr).toMatch(/^ti-graph drift: The tenant rejected the API key \(POST \/helium\?apiKey=\*\*\* -> 401\)/);
    expect(unreachable.code).toBe(2);
    expect(unreachable.stderr).toMatch(/^ti-graph drift: Network failure talking to the tenant/);
    for (const run of [breaks, rejected, unreachable]) {
      expect(run.stdout + run.stderr).not.toContain(key);
      expect(run.stdout + run.stderr).not.toContain('wrong-key-0123456789');
    }
  });
});
