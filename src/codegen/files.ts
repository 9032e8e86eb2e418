/**
 * Writing generated files, and `--check`: which committed files differ from a fresh generation.
 * Writes go through util's atomic writer and skip files whose bytes did not change.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeFilesAtomic } from '../util/index.js';
import type { GeneratedFile } from './generate.js';

export interface StaleFile {
  path: string;
  /** 1-based line of the first difference; undefined when the file is missing. */
  firstDifferentLine: number | undefined;
}

export async function findStaleFiles(cwd: string, outputs: GeneratedFile[]): Promise<StaleFile[]> {
  const stale: StaleFile[] = [];
  for (const output of outputs) {
    const committed = await readFile(resolve(cwd, output.path), 'utf8').catch(() => undefined);
    if (committed === output.content) continue;
    stale.push({ path: output.path, firstDifferentLine: committed === undefined ? undefined : firstDifferentLine(committed, output.content) });
  }
  return stale;
}

/**
 * Writes what changed, as one step (every temp file, then the renames): the typed operations and
 * the trusted-documents manifest they were generated with are replaced together or not at all.
 * Returns the paths written.
 */
export async function writeFiles(cwd: string, outputs: GeneratedFile[]): Promise<string[]> {
  const changed = (await findStaleFiles(cwd, outputs)).map((stale) => stale.path);
  const byPath = new Map(outputs.map((output) => [output.path, output.content]));
  await writeFilesAtomic(
    changed.map((path) => ({ path: resolve(cwd, path), content: byPath.get(path)! })),
    { mkdir: true },
  );
  return changed;
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return i + 1;
}
