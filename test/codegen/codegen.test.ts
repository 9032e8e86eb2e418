/**
 * Codegen as a contributor meets it: the committed output matches the operations, generation is
 * deterministic, `codegen:check` catches a stale file without touching it, and an invalid operation
 * fails codegen with file, line and reason. Stale and invalid cases run on a scratch copy under
 * `.tmp/` so the committed files are never written.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODEGEN_MANIFEST, CODEGEN_OUTPUT, CODEGEN_RESOLVERS_OUTPUT, CODEGEN_SCHEMA } from '../../codegen.js';
import { findStaleGeneratedFiles, generateOperations, writeGeneratedFiles } from '../../scripts/codegen.js';

const run = promisify(execFile);
const REPO_ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const SCRIPT = join(REPO_ROOT, 'scripts', 'codegen.ts');
let scratch: string;

async function generatedText(cwd: string): Promise<string> {
  return (await generateOperations(cwd)).map((o) => `${o.path}\n${o.content}`).join('\n');
}

/** Runs a command, resolving with its exit code and output instead of throwing on failure. */
async function exec(file: string, args: string[], cwd: string): Promise<{ code: number; output: string }> {
  try {
    // Run it as a developer would, not under vitest's NODE_ENV=test.
    const env = { ...process.env, NODE_ENV: 'development', NO_COLOR: '1', FORCE_COLOR: '0' };
    const { stdout, stderr } = await run(file, args, { cwd, env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  await mkdir(join(REPO_ROOT, '.tmp'), { recursive: true });
  // Inside the repo so codegen's plugins resolve from its node_modules.
  scratch = await mkdtemp(join(REPO_ROOT, '.tmp', 'codegen-'));
  await cp(join(REPO_ROOT, 'operations'), join(scratch, 'operations'), { recursive: true });
  await mkdir(join(scratch, dirname(CODEGEN_SCHEMA)), { recursive: true });
  await cp(join(REPO_ROOT, CODEGEN_SCHEMA), join(scratch, CODEGEN_SCHEMA));
  await mkdir(join(scratch, 'src', 'generated'), { recursive: true });
  await cp(join(REPO_ROOT, CODEGEN_OUTPUT), join(scratch, CODEGEN_OUTPUT));
  await cp(join(REPO_ROOT, CODEGEN_MANIFEST), join(scratch, CODEGEN_MANIFEST));
  await cp(join(REPO_ROOT, CODEGEN_RESOLVERS_OUTPUT), join(scratch, CODEGEN_RESOLVERS_OUTPUT));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('codegen', () => {
  it('committed output is up to date and generating twice gives the same text', async () => {
    expect(await findStaleGeneratedFiles(REPO_ROOT)).toEqual([]);
    expect(await generatedText(REPO_ROOT)).toBe(await generatedText(REPO_ROOT));
  }, 60_000);

  it('codegen:check fails on a stale file, names it, and leaves it alone', async () => {
    const before = await readFile(join(scratch, CODEGEN_OUTPUT), 'utf8');
    expect(await findStaleGeneratedFiles(scratch)).toEqual([]);

    const progress = join(scratch, 'operations', 'ti-reads.graphql');
    await writeFile(progress, (await readFile(progress, 'utf8')).replace('    totalViews\n', ''));
    const check = await exec(TSX, [SCRIPT, '--check'], scratch);
    expect(check.code).toBe(1);
    expect(check.output).toMatch(/src\/generated\/operations\.ts is stale \(differs from line \d+\); run `npm run codegen`/);
    expect(await readFile(join(scratch, CODEGEN_OUTPUT), 'utf8')).toBe(before);
    // The operations file and the manifest (the edited operation has a new id).
    expect((await findStaleGeneratedFiles(scratch)).map((f) => f.path)).toEqual([CODEGEN_OUTPUT, CODEGEN_MANIFEST]);
  }, 60_000);

  it('an invalid operation fails codegen with its file, line and reason, and writes nothing', async () => {
    // `npm run codegen` on the edited copy writes the one stale file, atomically, and a rerun writes nothing.
    expect(await writeGeneratedFiles(scratch)).toEqual([CODEGEN_OUTPUT, CODEGEN_MANIFEST]);
    expect(await writeGeneratedFiles(scratch)).toEqual([]);
    expect((await readdir(join(scratch, dirname(CODEGEN_OUTPUT)))).sort()).toEqual(['operations.ts', 'resolvers-types.ts', 'trusted-documents.json']);
    expect(await findStaleGeneratedFiles(scratch)).toEqual([]);
    const before = await readFile(join(scratch, CODEGEN_OUTPUT), 'utf8');
    const broken = join(scratch, 'operations', 'broken.graphql');

    await writeFile(broken, 'query Broken {\n  CurrentUser {\n    id\n    favouriteColour\n  }\n}\n');
    const invalid = await exec(TSX, [SCRIPT], scratch);
    expect(invalid.code).toBe(1);
    expect(invalid.output).toContain('Cannot query field "favouriteColour" on type "User"');
    expect(invalid.output).toContain(`${broken}:4:5`);

    await writeFile(broken, 'query Broken {\n  users(page: 1) {\n    total\n}\n');
    const unparsable = await exec(TSX, [SCRIPT], scratch);
    expect(unparsable.code).toBe(1);
    expect(unparsable.output).toContain('operations/broken.graphql:5:1: Syntax Error: Expected Name, found <EOF>.');

    expect(await readFile(join(scratch, CODEGEN_OUTPUT), 'utf8')).toBe(before);
    await rm(broken);
  }, 60_000);
});
