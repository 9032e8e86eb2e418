import type { ItemFailure } from './apply.js';
import { writeFileAtomic } from '../util/index.js';

export const FAILURES_FORMAT = 'ti-graph.sync-failures';

/** Writes the records that kept failing, each with its step and reason (JSON, atomically). */
export async function writeFailuresFile(path: string, planId: string, failures: readonly ItemFailure[]): Promise<void> {
  const document = { format: FAILURES_FORMAT, version: 1, planId, writtenAt: new Date().toISOString(), failures };
  await writeFileAtomic(path, `${JSON.stringify(document, null, 2)}\n`, { mode: 0o600 });
}
