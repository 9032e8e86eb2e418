/**
 * Files ti-graph writes (schema snapshots, the unified schema, generated code, sync plans and
 * checkpoints, sandbox data) are written whole or not at all: each goes to a temp file in the same
 * directory (so the rename cannot cross a filesystem), is flushed, then renamed over the target. A
 * crash leaves the old file or the new one, never half of either.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** File mode of a newly written file; 0o600 for files holding tenant data. Default 0o644. */
  mode?: number;
  /** Create the parent directories first. Off by default: a missing directory is usually a typo to report. */
  mkdir?: boolean;
}

export interface FileContent {
  path: string;
  content: string;
}

const tempPathFor = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);

/**
 * Writes several files as one step: every temp file first, then the renames, so a failure while
 * writing leaves all targets as they were.
 */
export async function writeFilesAtomic(files: readonly FileContent[], options: AtomicWriteOptions = {}): Promise<void> {
  const temps = files.map((file) => tempPathFor(file.path));
  try {
    for (let i = 0; i < files.length; i++) {
      if (options.mkdir) await mkdir(dirname(files[i]!.path), { recursive: true });
      const handle = await open(temps[i]!, 'w', options.mode ?? 0o644);
      try {
        await handle.writeFile(files[i]!.content, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    for (let i = 0; i < files.length; i++) await rename(temps[i]!, files[i]!.path);
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    throw error;
  }
}

export function writeFileAtomic(path: string, content: string, options: AtomicWriteOptions = {}): Promise<void> {
  return writeFilesAtomic([{ path, content }], options);
}

/** Writes only when the bytes differ (so a re-run touches nothing); returns whether it wrote. */
export async function writeFileIfChanged(path: string, content: string, options: AtomicWriteOptions = {}): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === content) return false;
  await writeFileAtomic(path, content, options);
  return true;
}

/** The synchronous form, for writers that promise the file matches memory when they return. */
export function writeFileAtomicSync(path: string, content: string, options: AtomicWriteOptions = {}): void {
  if (options.mkdir) mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    const fd = openSync(temp, 'w', options.mode ?? 0o644);
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** `writeFileIfChanged`, synchronously. */
export function writeFileIfChangedSync(path: string, content: string, options: AtomicWriteOptions = {}): boolean {
  let current: string | undefined;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) return false;
  writeFileAtomicSync(path, content, options);
  return true;
}
