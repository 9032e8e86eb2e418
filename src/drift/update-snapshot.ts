/**
 * `--update`: the target becomes the committed snapshot. Sorted SDL for `.graphql`/`.gql`, canonical
 * introspection JSON for `.json`; the default `schema/tenant.graphql` is written as the pair
 * `schema pull` writes (through its writer, so both tools produce the same bytes). Always temp file
 * + rename: a failure leaves the old snapshot whole.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { introspectionFromSchema, type GraphQLSchema, type IntrospectionQuery } from 'graphql';
import { SchemaError } from '../errors/index.js';
import { writeFileIfChanged } from '../util/index.js';
import { INTROSPECTION_FILE, printSortedSchema, renderSnapshot, SDL_FILE, sortIntrospection, writeSnapshot } from '../schema/index.js';

export interface UpdatedSnapshot {
  paths: string[];
  /** False when the file(s) already held exactly these bytes. */
  changed: boolean;
}

export async function updateSnapshot(
  path: string,
  target: { schema: GraphQLSchema; introspection?: IntrospectionQuery },
): Promise<UpdatedSnapshot> {
  const introspection = () => target.introspection ?? introspectionFromSchema(target.schema);
  if (basename(path) === SDL_FILE && existsSync(join(dirname(path), INTROSPECTION_FILE))) {
    const written = await writeSnapshot(dirname(path), renderSnapshot(introspection()));
    return { paths: [written.sdlPath, written.introspectionPath], changed: written.changed };
  }
  const content =
    extname(path).toLowerCase() === '.json'
      ? `${JSON.stringify(sortIntrospection(introspection()), null, 2)}\n`
      : printSortedSchema(target.schema);
  return { paths: [path], changed: await writeSnapshotFile(path, content) };
}

async function writeSnapshotFile(path: string, content: string): Promise<boolean> {
  try {
    return await writeFileIfChanged(path, content, { mkdir: true });
  } catch (error) {
    throw new SchemaError(`cannot write the snapshot ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
