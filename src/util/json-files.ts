import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The `*.json` files named by paths: each a file, or a folder whose `*.json` files are taken in name
 * order (manifest folders: one file per app). `missing` makes the caller's own error for a path
 * that does not exist, so each command words it for its flag or setting.
 */
export async function jsonFilesIn(paths: readonly string[], missing: (path: string) => Error): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info) throw missing(path);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return files;
}
