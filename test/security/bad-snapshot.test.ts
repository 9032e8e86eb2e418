import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSnapshotSchema } from '../../src/gateway/tenant-schema.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'ti-graph-bad-snapshot-'));
const files = {
  empty: join(dir, 'empty.json'),
  object: join(dir, 'object.json'),
  truncated: join(dir, 'truncated.json'),
  sdl: join(dir, 'no-query.graphql'),
  dir,
};
writeFileSync(files.empty, '');
writeFileSync(files.object, '{}');
writeFileSync(files.truncated, '{"data": {"__schema": {"types": [');
writeFileSync(files.sdl, 'type Thing { id: ID }\n');

/** Runs the CLI; resolves with its exit code and output once it exits (or is killed after `ms`). */
async function run(args: string[], ms = 60_000): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TI_BASE_URL: '', TI_API_KEY: '', TI_SUBDOMAIN: '' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
    // A ready line means it started on a bad file: stop it, the test fails on the exit code.
    if (stdout.includes('\n')) child.kill('SIGTERM');
  });
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return { code, stdout, stderr };
}

describe('a bad schema snapshot fails the start, naming the file and the problem (#14 item 11)', () => {
  it.each([
    ['an empty file', files.empty, /empty\.json is empty/],
    ['a truncated JSON file', files.truncated, /truncated\.json is not valid JSON/],
    ['JSON that is no introspection', files.object, /object\.json is not an introspection result/],
    ['SDL without a Query type', files.sdl, /no-query\.graphql has no Query type/],
    ['a directory', files.dir, /is neither a file nor a vendor snapshot/],
  ])('ti-graph sandbox --schema <%s> exits 2 before any ready line', async (_what, file, problem) => {
    const { code, stdout, stderr } = await run(['sandbox', '--port', '0', '--schema', file]);
    expect(stdout).toBe('');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--schema: /);
    expect(stderr).toMatch(problem);
  });

  it('ti-graph schema pull --schema-snapshot <empty file> exits 2 naming it, writing nothing', async () => {
    const out = join(dir, 'out');
    const { code, stderr } = await run(['schema', 'pull', '--out', out, '--schema-snapshot', files.empty]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--schema-snapshot: .*empty\.json is empty/);
    expect(existsSync(out)).toBe(false);
  });

  it('the gateway refuses a bad tenant snapshot as a user error (serve exits 2) naming the file', () => {
    expect(() => loadSnapshotSchema(files.empty)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/empty\.json is empty/) }));
    expect(() => loadSnapshotSchema(files.sdl)).toThrow(/no-query\.graphql has no Query type/);
  });
});
