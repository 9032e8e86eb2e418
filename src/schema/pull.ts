import { fetchIntrospection, type IntrospectionTarget } from './introspect.js';
import { renderSnapshot, writeSnapshot, type WrittenSnapshot } from './write-snapshot.js';

export interface PullResult extends WrittenSnapshot {
  /** Named types in the pulled schema, introspection types excluded. */
  typeCount: number;
}

/**
 * Introspects `target` and writes `tenant.graphql` + `tenant.introspection.json` into `outDir`.
 * Nothing is written unless the whole pull succeeded and the result is a usable schema.
 */
export async function pullSchema(target: IntrospectionTarget & { outDir: string }): Promise<PullResult> {
  const result = await fetchIntrospection(target);
  const written = await writeSnapshot(target.outDir, renderSnapshot(result));
  return { ...written, typeCount: result.__schema.types.filter((t) => !t.name.startsWith('__')).length };
}
