/**
 * The operations the gateway's apps registered: each trusted-documents manifest is an app (drift's
 * `loadManifestOperations`), plus the gateway's own `operations/` (app `ti-graph`). Each is one of
 * drift's `DocumentUnit`s, so a schema change is judged with exactly `ti-graph drift`'s verdicts.
 */
import { existsSync } from 'node:fs';
import { loadDocuments, loadManifestOperations, type DocumentUnit } from '../../drift/index.js';

export interface RegisteredOperation {
  app: string;
  unit: DocumentUnit;
  /** The trusted document's text (what the gate resolves an id to); undefined for `operations/` files. */
  documentText: string | undefined;
}

/** The gateway's own operations' app name. */
const GATEWAY_APP = 'ti-graph';

/**
 * Every operation of every manifest, and of `operationsDir` when it exists. A manifest that cannot
 * be read is the trusted-documents store's to report: it is left out here.
 */
export async function loadRegisteredOperations(options: { manifests: readonly string[]; operationsDir?: string | undefined }): Promise<RegisteredOperation[]> {
  const out: RegisteredOperation[] = (await loadManifestOperations(options.manifests, { skipBroken: true }).catch(() => [])).map((operation) => ({ ...operation }));
  if (options.operationsDir && existsSync(options.operationsDir)) {
    const set = loadDocuments({ explicit: [], optional: ['**/*.graphql'], cwd: options.operationsDir });
    for (const unit of set.units) if (unit.kind !== 'fragment') out.push({ app: GATEWAY_APP, unit: { ...unit, file: `operations/${unit.file}` }, documentText: undefined });
  }
  return out;
}
