/**
 * Writing generated files, and `--check`: which committed files differ from a fresh generation.
 * Writes are atomic (temp file + rename) and skipped when nothing changed.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
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

/** Writes what changed; returns the paths written. */
export async function writeFiles(cwd: string, outputs: GeneratedFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const output of outputs) {
    const target = resolve(cwd, output.path);
    const current = await readFile(target, 'utf8').catch(() => undefined);
    if (current === output.content) continue;
    await mkdir(dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, output.content);
    await rename(temp, target);
    written.push(output.path);
  }
  return written;
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  let i = 0;
  while (i < left.length && i < right.length && left[i] === right[i]) i++;
  return i + 1;
}
