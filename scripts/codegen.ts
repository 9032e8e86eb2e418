/**
 * `npm run codegen:check`: regenerates the typed operations in memory and fails when the committed
 * files differ, so a stale `src/generated/` never reaches main. It never writes the committed files.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.js';

export interface StaleFile {
  path: string;
  /** 1-based line of the first difference; undefined when the file is missing. */
  firstDifferentLine: number | undefined;
}

/** Regenerates every output of `codegen.ts` relative to `cwd` and lists the files that differ. */
export async function findStaleGeneratedFiles(cwd: string): Promise<StaleFile[]> {
  const outputs = (await generate({ ...config, cwd, silent: true }, false)) as { filename: string; content: string }[];
  const stale: StaleFile[] = [];
  for (const output of outputs) {
    const committed = await readFile(join(cwd, output.filename), 'utf8').catch(() => undefined);
    if (committed === output.content) continue;
    stale.push({ path: output.filename, firstDifferentLine: committed === undefined ? undefined : firstDifferentLine(committed, output.content) });
  }
  return stale;
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return i + 1;
}

async function main(): Promise<number> {
  const cwd = process.cwd();
  let stale: StaleFile[];
  try {
    stale = await findStaleGeneratedFiles(cwd);
  } catch (error) {
    process.stderr.write(`codegen:check: codegen failed: ${(error as Error).message}\n`);
    return 1;
  }
  if (stale.length === 0) {
    process.stdout.write('codegen:check: generated files are up to date\n');
    return 0;
  }
  for (const file of stale) {
    const where = file.firstDifferentLine === undefined ? 'missing' : `differs from line ${file.firstDifferentLine}`;
    process.stderr.write(`codegen:check: ${file.path} is stale (${where}); run \`npm run codegen\` and commit the result\n`);
  }
  return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main();
}
