/**
 * The operations the gateway's apps registered: each trusted-documents manifest is an app
 * (`storefront.json` -> `storefront`; the gateway's own format or Apollo's), plus the gateway's
 * own `operations/` (app `ti-graph`). Each becomes drift's `DocumentUnit`s, so a schema change is
 * judged with exactly the verdicts of `ti-graph drift`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Kind, parse, Source, visit, type ExecutableDefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { loadDocuments, type DocumentUnit } from '../../drift/index.js';
import { parseManifest } from '../trusted-documents/index.js';

export interface RegisteredOperation {
  app: string;
  unit: DocumentUnit;
  /** The trusted document's text (what the gate resolves an id to); undefined for `operations/` files. */
  documentText: string | undefined;
}

/** The gateway's own operations' app name. */
export const GATEWAY_APP = 'ti-graph';

/** The app a manifest file stands for: its file name without `.json` (and a `.manifest` / `-manifest` tail). */
export function appOfManifest(file: string): string {
  return basename(file).replace(/\.json$/i, '').replace(/[.-]?(persisted-query-)?manifest$/i, '') || basename(file);
}

/** Manifest files named by paths (files, or folders of `*.json`), in a stable order. */
export async function manifestFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
      files.push(...names.map((name) => join(path, name)));
    } else files.push(path);
  }
  return files;
}

/**
 * Every operation of every manifest, and of `operationsDir` when it exists. A manifest that cannot
 * be read is the trusted-documents store's to report: it is left out here.
 */
export async function loadRegisteredOperations(options: { manifests: readonly string[]; operationsDir?: string | undefined }): Promise<RegisteredOperation[]> {
  const out: RegisteredOperation[] = [];
  for (const file of await manifestFiles(options.manifests)) {
    let documents: Map<string, string>;
    try {
      documents = parseManifest(await readFile(file, 'utf8'), file);
    } catch {
      continue;
    }
    const app = appOfManifest(file);
    for (const [id, text] of documents) {
      for (const unit of unitsOf(text, `${basename(file)}#${id.slice('sha256:'.length, 'sha256:'.length + 12)}`)) out.push({ app, unit, documentText: text });
    }
  }
  if (options.operationsDir && existsSync(options.operationsDir)) {
    const set = loadDocuments({ explicit: [], optional: ['**/*.graphql'], cwd: options.operationsDir });
    for (const unit of set.units) if (unit.kind !== 'fragment') out.push({ app: GATEWAY_APP, unit: { ...unit, file: `operations/${unit.file}` }, documentText: undefined });
  }
  return out;
}

/** The operations of one self-contained document (a manifest entry carries its fragments). */
export function unitsOf(text: string, sourceName: string): DocumentUnit[] {
  const document = parse(new Source(text, sourceName));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const units: DocumentUnit[] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const token = definition.loc?.startToken;
    units.push({
      file: sourceName,
      line: token?.line ?? 1,
      column: token?.column ?? 1,
      name: definition.name?.value ?? '(anonymous)',
      kind: definition.operation,
      definition,
      fragments: reachable(definition, fragments),
    });
  }
  return units;
}

function reachable(root: ExecutableDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const found = new Map<string, FragmentDefinitionNode>();
  const queue: ExecutableDefinitionNode[] = [root];
  while (queue.length > 0) {
    visit(queue.pop()!, {
      FragmentSpread(node) {
        const fragment = fragments.get(node.name.value);
        if (!fragment || found.has(node.name.value)) return;
        found.set(node.name.value, fragment);
        queue.push(fragment);
      },
    });
  }
  return [...found.values()];
}
