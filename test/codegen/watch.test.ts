/**
 * `ti-graph codegen --watch` as a process in an app folder with a ti-graph.config.json: it
 * generates at start, again when a document is added or changed (not when it writes its own
 * outputs), keeps watching after an invalid document, and exits 0 on SIGTERM.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCli } from '../helpers/cli.js';
import { waitFor } from '../helpers/wait-for.js';

let app: string;
const read = (path: string) => {
  try {
    return readFileSync(join(app, path), 'utf8');
  } catch {
    return '';
  }
};

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'ti-graph-watch-'));
  mkdirSync(join(app, 'src', 'queries'), { recursive: true });
  writeFileSync(join(app, 'ti-graph.config.json'), JSON.stringify({ documents: ['src/**/*.graphql'], output: 'src/generated/operations.ts', manifest: 'src/generated/trusted-documents.json' }));
  writeFileSync(join(app, 'src', 'queries', 'me.graphql'), 'query Me {\n  CurrentUser {\n    email\n  }\n}\n');
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

describe('ti-graph codegen --watch', () => {
  it('regenerates on a new or changed document, survives an invalid one, stops on SIGTERM', async () => {
    const { child, done } = startCli(['codegen', '--watch'], { cwd: app });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    try {
      await waitFor(() => stderr.includes('watching src/**/*.graphql'), 'the watch to start', { timeoutMs: 90_000, intervalMs: 100 });
      expect(read('src/generated/operations.ts')).toContain('export type MeQuery');
      writeFileSync(join(app, 'src', 'queries', 'total.graphql'), 'query Total {\n  users(page: 1, perPage: 1) {\n    total\n  }\n}\n');
      // The two files are renamed into place one after the other: wait for both.
      const manifestSize = () => Object.keys(JSON.parse(read('src/generated/trusted-documents.json') || '{}')).length;
      await waitFor(() => read('src/generated/operations.ts').includes('export type TotalQuery') && manifestSize() === 2, 'the new document typed and in the manifest', { timeoutMs: 30_000, intervalMs: 100 });
      // An invalid document is reported, the last good files stay, and the watch goes on.
      writeFileSync(join(app, 'src', 'queries', 'total.graphql'), 'query Total {\n  users(page: 1, perPage: 1) {\n    nope\n  }\n}\n');
      await waitFor(() => stderr.includes('Cannot query field "nope"'), 'the invalid document reported', { timeoutMs: 30_000, intervalMs: 100 });
      expect(read('src/generated/operations.ts')).toContain('export type TotalQuery = { users: { total: number } }');
      writeFileSync(join(app, 'src', 'queries', 'total.graphql'), 'query Total {\n  users(page: 1, perPage: 1) {\n    total\n    items {\n      email\n    }\n  }\n}\n');
      await waitFor(() => read('src/generated/operations.ts').includes('items: Array<{ email:'), 'the fixed document typed', { timeoutMs: 30_000, intervalMs: 100 });
    } finally {
      child.kill('SIGTERM');
    }
    const exit = await done;
    expect(exit.code).toBe(0);
    // Its own writes did not trigger runs of their own: one "wrote" per document change.
    expect((exit.stdout.match(/ti-graph codegen: wrote/g) ?? []).length).toBe(3);
  }, 240_000);
});
