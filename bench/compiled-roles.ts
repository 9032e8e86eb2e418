/**
 * The benchmark's processes run the code as users run it: the package as built (`npm run build`,
 * dist/), in plain node. Under tsx's loader the same gateway holds about 100 MB more RSS (measured:
 * 256 MB against 148 MB after importing dist/gateway alone), which no installed gateway pays, and
 * the soak's RSS target is about the gateway, not the loader.
 *
 * The role file itself (gateway-process.ts) is transpiled to one .mjs next to a fresh build, its
 * `../src/` imports pointing at `dist/` (the build mirrors src/, so every path matches).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const OUT = join(HERE, '.build');

/** Builds the package and writes the role file; returns its path. */
export function compileRoles(): string {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const source = readFileSync(join(HERE, 'gateway-process.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } });
  // bench/.build/ is one level below bench/: `../src/x.js` from bench/ is `../../dist/x.js` from here.
  const compiled = outputText.replaceAll("from '../src/", "from '../../dist/");
  if (compiled.includes("'../src/")) throw new Error('compiled-roles: an import of ../src/ was not rewritten (not of the form `from \'../src/...\'`)');
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'gateway-process.mjs');
  writeFileSync(file, compiled);
  return file;
}
