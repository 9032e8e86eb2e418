/**
 * Writes the pulled schema as `tenant.graphql` (sorted SDL) and `tenant.introspection.json`
 * (canonical order, 2-space JSON). Both files are rendered in memory and written to temp files in
 * the same directory first, then renamed into place: a failure at any point leaves the previous
 * snapshot exactly as it was, never half a file or one file of a new pair.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildClientSchema, type IntrospectionQuery } from 'graphql';
import { SchemaError } from '../errors/index.js';
import { writeFilesAtomic } from '../util/index.js';
import { printSortedSchema } from './load.js';
import { sortIntrospection } from './sort-introspection.js';

export const SDL_FILE = 'tenant.graphql';
export const INTROSPECTION_FILE = 'tenant.introspection.json';

export interface SnapshotFiles {
  sdl: string;
  introspection: string;
}

/** The two files' contents for an introspection result: same input, same bytes. */
export function renderSnapshot(result: IntrospectionQuery): SnapshotFiles {
  const canonical = sortIntrospection(result);
  return {
    sdl: printSortedSchema(buildClientSchema(canonical)),
    introspection: `${JSON.stringify(canonical, null, 2)}\n`,
  };
}

export interface WrittenSnapshot {
  sdlPath: string;
  introspectionPath: string;
  /** False when both files already had exactly these bytes (nothing was touched). */
  changed: boolean;
}

export async function writeSnapshot(outDir: string, files: SnapshotFiles): Promise<WrittenSnapshot> {
  const targets = [
    { path: join(outDir, SDL_FILE), content: files.sdl },
    { path: join(outDir, INTROSPECTION_FILE), content: files.introspection },
  ];
  const current = await Promise.all(targets.map((t) => readFile(t.path, 'utf8').catch(() => undefined)));
  const changed = targets.some((t, i) => current[i] !== t.content);
  const result = { sdlPath: targets[0]!.path, introspectionPath: targets[1]!.path, changed };
  if (!changed) return result;

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    throw new SchemaError(`cannot create ${outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    await writeFilesAtomic(targets);
  } catch (error) {
    throw new SchemaError(`cannot write the schema snapshot to ${outDir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return result;
}
