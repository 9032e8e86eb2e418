/**
 * Operations registered as trusted-documents manifests, one file per app (`storefront.json` ->
 * app `storefront`; the gateway's format or Apollo's): what `ti-graph drift --manifests` judges,
 * and what a gateway following the tenant's schema judges at each change.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Kind, parse, Source, visit, type ExecutableDefinitionNode, type FragmentDefinitionNode } from 'graphql';
import { InputError } from '../errors/index.js';
import { jsonFilesIn } from '../util/index.js';
import { ManifestError, parseManifest } from '../gateway/trusted-documents/manifest.js';
import type { DocumentUnit } from './documents.js';

export interface ManifestOperation {
  app: string;
  /** Named `<manifest file>#<first 12 hex of the document id>`: one source per document. */
  unit: DocumentUnit;
  /** The document's text, as a client's id resolves to it. */
  documentText: string;
}

/** The app a manifest file stands for: its file name without `.json` (and a `manifest` tail). */
export function appOfManifest(file: string): string {
  return basename(file).replace(/\.json$/i, '').replace(/[.-]?(persisted-query-)?manifest$/i, '') || basename(file);
}

/** Manifest files named by paths (files, or folders of `*.json`), in a stable order. @throws InputError for a path that does not exist */
export function manifestFiles(paths: readonly string[]): Promise<string[]> {
  return jsonFilesIn(paths, (path) => new InputError(`--manifests ${path}: no such file or folder`, 'manifests'));
}

/**
 * Every operation of every manifest. @throws InputError naming the file for a manifest that cannot
 * be read or parsed (`skipBroken`: such a manifest is left out instead).
 */
export async function loadManifestOperations(paths: readonly string[], options: { skipBroken?: boolean } = {}): Promise<ManifestOperation[]> {
  const out: ManifestOperation[] = [];
  for (const file of await manifestFiles(paths)) {
    let documents: Map<string, string>;
    try {
      documents = parseManifest(await readFile(file, 'utf8'), file);
    } catch (error) {
      if (options.skipBroken) continue;
      throw new InputError(error instanceof ManifestError ? error.message : `${file}: ${(error as Error).message}`, 'manifests');
    }
    const app = appOfManifest(file);
    for (const [id, text] of documents) {
      const source = `${basename(file)}#${id.slice('sha256:'.length, 'sha256:'.length + 12)}`;
      for (const unit of unitsOf(text, source)) out.push({ app, unit, documentText: text });
    }
  }
  return out;
}

/** The operations of one self-contained document (a manifest entry carries its own fragments). */
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
