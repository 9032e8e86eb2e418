/**
 * Bad input, every command: each row runs the CLI's `main` in an app-like folder
 * with one mistake a user makes (a glob matching nothing, a folder where a file belongs, a
 * malformed JSON / SDL / CSV, a bad URL, an unknown flag, a missing value) and expects the exit
 * code the command documents (2; `sync` exits 1 for every error, 2 meaning "changes pending") and
 * ONE line on stderr naming the flag or file and what to fix, never a stack trace. The rows run
 * in this process (test/cli/in-process.ts: a tsx child per row took minutes on a loaded machine);
 * a few run as real processes too, and test/package/first-day.test.ts runs the installed CLI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { runInProcess } from './in-process.js';

let app: string;
/** A tenant nobody listens on: commands that need one get past their config check, then fail on input. */
const TENANT = { TI_BASE_URL: 'http://127.0.0.1:9', TI_API_KEY: 'bad-input-test-key-0123' };

beforeAll(() => {
  app = mkdtempSync(join(tmpdir(), 'ti-graph-bad-input-'));
  mkdirSync(join(app, 'src'));
  mkdirSync(join(app, 'afolder'));
  mkdirSync(join(app, 'bare'));
  mkdirSync(join(app, 'badconfig'));
  mkdirSync(join(app, 'typo-config'));
  writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}\n');
  writeFileSync(join(app, 'src', 'me.graphql'), 'query Me {\n  CurrentUser {\n    email\n  }\n}\n');
  writeFileSync(join(app, 'bad.json'), '{"data": ');
  writeFileSync(join(app, 'bad.graphql'), 'type Query {\n  ok: \n');
  writeFileSync(join(app, 'bad.csv'), 'email,favouriteColour\nada@example.com,blue\n');
  writeFileSync(join(app, 'badconfig', 'ti-graph.config.json'), '{ "documents": [');
  writeFileSync(join(app, 'typo-config', 'ti-graph.config.json'), '{ "documnets": ["src/**/*.graphql"] }');
});
afterAll(() => rmSync(app, { recursive: true, force: true }));

interface Row {
  args: string[];
  /** Where it runs, under the app folder (the app folder itself by default). */
  cwd?: string;
  env?: Record<string, string>;
  code: number;
  says: RegExp;
}

const rows: Row[] = [
  // codegen
  { args: ['codegen', '--documents', 'nothing/**/*.graphql'], code: 2, says: /--documents "nothing\/\*\*\/\*\.graphql" matched no files .*quote the glob/ },
  { args: ['codegen', '--out', 'afolder'], code: 2, says: /--out "afolder" is a folder; name the file to write, e\.g\. afolder\/operations\.ts/ },
  { args: ['codegen', '--out', 'src/generated/'], code: 2, says: /--out "src\/generated\/" ends with a slash; name the file/ },
  { args: ['codegen', '--manifest', 'afolder'], code: 2, says: /--manifest "afolder" is a folder/ },
  { args: ['codegen', '--schema', 'afolder'], code: 2, says: /afolder: it is a folder, not a file/ },
  { args: ['codegen', '--schema', 'bad.json'], code: 2, says: /bad\.json is not valid JSON/ },
  { args: ['codegen', '--schema', 'bad.graphql'], code: 2, says: /bad\.graphql is not a valid schema: Syntax Error/ },
  { args: ['codegen', '--schema', 'missing.graphql'], code: 2, says: /missing\.graphql: no such file/ },
  { args: ['codegen', '--schema', 'http://'], code: 2, says: /--schema "http:\/\/" is not a valid URL/ },
  { args: ['codegen', '--schema', 'http://127.0.0.1:9/graphql'], code: 2, says: /--schema http:\/\/127\.0\.0\.1:9\/graphql: no answer .*is the gateway running there/ },
  { args: ['codegen', '--bogus'], code: 2, says: /Unknown option '--bogus'; --help lists the flags/ },
  { args: ['codegen', '--out'], code: 2, says: /--out needs a value/ },
  { args: ['codegen', '--format', 'xml'], code: 2, says: /--format must be text or github/ },
  { args: ['codegen', '--check', '--watch'], code: 2, says: /--check and --watch cannot go together/ },
  { args: ['codegen'], cwd: 'badconfig', code: 2, says: /ti-graph\.config\.json is not valid JSON/ },
  { args: ['codegen'], cwd: 'typo-config', code: 2, says: /ti-graph\.config\.json: unknown key "documnets"; the keys are documents, output/ },
  // drift
  { args: ['drift', '--target', 'bad.graphql'], code: 2, says: /bad\.graphql is not a valid schema/ },
  { args: ['drift', '--target', 'afolder'], code: 2, says: /afolder: it is a folder/ },
  { args: ['drift', '--target', 'http://127.0.0.1:9/graphql'], code: 2, says: /a ti-graph gateway wants its token, pass --header "Authorization: Bearer <token>"/ },
  { args: ['drift', '--base', 'bad.json', '--target', '2022-06-01'], code: 2, says: /bad\.json is not valid JSON/ },
  { args: ['drift', '--documents', 'nothing/*.graphql', '--target', '2022-06-01'], code: 2, says: /--documents "nothing\/\*\.graphql" matched no files/ },
  { args: ['drift', '--target', '1999-01-01'], code: 2, says: /"1999-01-01" is neither a file nor a vendor snapshot; known: 2022-06-01/ },
  { args: ['drift', '--target'], code: 2, says: /--target needs a value/ },
  // coverage, schema pull
  { args: ['coverage', '--schema', 'bad.graphql'], code: 2, says: /bad\.graphql is not a valid schema/ },
  { args: ['coverage', '--schema', 'afolder'], code: 2, says: /afolder: it is a folder/ },
  { args: ['schema', 'pull', '--out', 'bad.json'], code: 2, says: /--out "bad\.json" is a file; name the folder/ },
  // the long-running ones fail before they listen
  { args: ['sandbox', '--schema', 'bad.json'], code: 2, says: /--schema: .*bad\.json is not valid JSON/ },
  { args: ['sandbox', '--port', 'abc'], code: 2, says: /--port must be a whole number, got "abc"/ },
  { args: ['serve', '--port', '99999'], code: 2, says: /--port must be between 0 and 65535/ },
  { args: ['start', '--bogus'], code: 2, says: /Unknown option '--bogus'/ },
  { args: ['dev', '--port', 'x'], code: 2, says: /--port must be a whole number/ },
  { args: ['dev'], cwd: 'bare', code: 2, says: /no ti-graph\.config\.json here: run "npx ti-graph init"/ },
  // init
  { args: ['init', '--schema', 'not-a-url'], code: 2, says: /--schema must be a gateway URL/ },
  { args: ['init'], cwd: 'afolder', code: 2, says: /no package\.json in .*run ti-graph init in the app's folder/ },
  // tenant commands (sync's errors exit 1: its 2 means "changes pending")
  { args: ['sync', 'afolder'], env: TENANT, code: 1, says: /cannot read afolder: EISDIR/ },
  { args: ['sync', 'bad.csv'], env: TENANT, code: 1, says: /bad\.csv: unknown column "favouriteColour"/ },
  { args: ['sync', 'bad.json'], env: TENANT, code: 1, says: /bad\.json: not valid JSON/ },
  { args: ['provision', '--bogus'], env: TENANT, code: 2, says: /Unknown option '--bogus'/ },
  { args: ['deactivate'], env: TENANT, code: 2, says: /usage: ti-graph deactivate EMAIL/ },
  { args: ['sync-profile'], env: TENANT, code: 2, says: /--email is required/ },
  { args: ['nope'], code: 2, says: /unknown command "nope"; ti-graph --help lists the commands/ },
];

describe('every command, bad input: its exit code and one line that says what to fix', () => {
  it.each(rows)('ti-graph $args.0 $args.1 $args.2 ($cwd) -> exit $code', async (row) => {
    const run = await runInProcess(row.args, { cwd: join(app, row.cwd ?? ''), env: row.env ?? {} });
    const lines = run.stderr.trimEnd().split('\n');
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(lines, run.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(row.says);
    expect(lines[0]).toMatch(new RegExp(`^ti-graph${row.args[0] === 'nope' ? '' : ` ${row.args[0]}`}: `));
    expect(run.code).toBe(row.code);
  }, 60_000);
});

describe('real processes, absolute paths, --version', () => {
  it('an unknown flag and a folder for a file: exit 2, one line, from bin/ti-graph.js', async () => {
    const [unknown, folder] = await Promise.all([runCli(['codegen', '--bogus'], { cwd: app }), runCli(['codegen', '--out', 'afolder'], { cwd: app })]);
    expect([unknown.code, unknown.stderr]).toEqual([2, "ti-graph codegen: Unknown option '--bogus'; --help lists the flags\n"]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^ti-graph codegen: --out "afolder" is a folder; [^\n]+\n$/);
  }, 120_000);

  it('codegen takes an absolute --documents glob and an absolute --out (names stay relative to the folder)', async () => {
    const out = join(app, 'out', 'operations.ts');
    const run = await runInProcess(['codegen', '--documents', join(app, 'src', '**', '*.graphql'), '--out', out], { cwd: app });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('export type MeQuery = { CurrentUser: { email: string | null } | null };');
  }, 60_000);

  it('--version prints the package version', async () => {
    const run = await runInProcess(['--version'], { cwd: app });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')).version);
  }, 60_000);
});
