/**
 * Type-level guarantees of the typed operations: an app's call with a wrong field or a wrong
 * variable does not compile. typing/app-calls.ts is compiled on its own (as an app would, importing
 * `ti-graph/client` and `ti-graph/operations` through the package exports); then the same file with
 * its `@ts-expect-error` directives removed must fail on exactly those lines.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = resolve(import.meta.dirname, '../..');
const APP_CALLS = join(REPO_ROOT, 'test', 'client', 'typing', 'app-calls.ts');
let scratch: string;

function compilerOptions(): ts.CompilerOptions {
  const file = ts.readConfigFile(join(REPO_ROOT, 'tsconfig.json'), (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(file.config, ts.sys, REPO_ROOT).options;
}

/** Type errors of one file compiled alone, as `line (1-based) -> TS codes`. */
function typeErrors(path: string): Map<number, number[]> {
  const program = ts.createProgram({ rootNames: [path], options: { ...compilerOptions(), noEmit: true } });
  const errors = new Map<number, number[]>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    const where = diagnostic.file?.fileName === path ? line : -1;
    errors.set(where, [...(errors.get(where) ?? []), diagnostic.code]);
  }
  return errors;
}

beforeAll(async () => {
  await mkdir(join(REPO_ROOT, '.tmp'), { recursive: true });
  // Inside the repo: the app resolves `ti-graph/*` by the package's own name.
  scratch = await mkdtemp(join(REPO_ROOT, '.tmp', 'types-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('typed operations at the type level', () => {
  it('an app using the operations correctly compiles, and every expected error is there', () => {
    // An unused @ts-expect-error (TS2578) would show up here: the mistake compiled.
    expect(Object.fromEntries(typeErrors(APP_CALLS))).toEqual({});
  }, 60_000);

  it('without the directives, exactly the marked lines fail to compile', async () => {
    const lines = (await readFile(APP_CALLS, 'utf8')).split('\n');
    const expectedLines: number[] = [];
    const stripped = lines.map((line, index) => {
      if (!line.trim().startsWith('// @ts-expect-error')) return line;
      expectedLines.push(index + 2); // the line after the directive, 1-based
      return '';
    });
    expect(expectedLines.length).toBeGreaterThanOrEqual(7);
    const file = join(scratch, 'app-calls.ts');
    await writeFile(file, stripped.join('\n'));

    const errors = typeErrors(file);
    expect([...errors.keys()].sort((a, b) => a - b)).toEqual(expectedLines);
    // Wrong member (2339), wrong type (2322/2345), missing property (2741) or argument (2554), excess property (2353).
    for (const codes of errors.values()) for (const code of codes) expect([2322, 2339, 2345, 2353, 2554, 2741, 2769]).toContain(code);
  }, 60_000);
});
