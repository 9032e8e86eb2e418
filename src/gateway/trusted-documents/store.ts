/**
 * The trusted documents in force: every manifest of TI_GRAPH_TRUSTED_DOCUMENTS (files, or folders
 * whose `*.json` files are manifests, one per app), merged. `reload()` reads them all again and
 * swaps the whole set in one assignment, so a request sees the old set or the new one, never half
 * of each, and none is dropped while it happens. A reload that finds any manifest unusable changes
 * nothing: the previous set stays in force and the error is logged.
 *
 * With `watch`, a change to a manifest (or a manifest added to a folder) reloads after a short
 * debounce; the folder holding a manifest file is watched, not the file, so an editor's or a
 * deploy's write-to-temp-then-rename is seen too. SIGUSR2 is the CLI's to wire to `reload()`.
 */
import { watch as watchPath, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { ConfigError } from '../../errors/index.js';
import { jsonFilesIn, type Logger } from '../../util/index.js';
import { ManifestError, parseManifest } from './manifest.js';

export interface TrustedDocumentStore {
  /** The text of a trusted document, by its id (`sha256:<hex>`). */
  get(id: string): string | undefined;
  /** True when this exact text is a trusted document (a client sending the text itself). */
  hasText(text: string): boolean;
  /** How many documents are in force. */
  readonly size: number;
  /** Bumped by every successful reload (caches keyed by id check it). */
  readonly generation: number;
  /** Reads every manifest again. Never throws: a failure keeps the previous set and is returned. */
  reload(): Promise<{ ok: true; documents: number } | { ok: false; error: string }>;
  /** Stops watching. */
  close(): void;
}

export interface TrustedDocumentStoreOptions {
  paths: readonly string[];
  logger: Logger;
  /** Reload when a manifest changes (default true). */
  watch?: boolean;
  /** Debounce of file-change reloads. */
  debounceMs?: number;
}

interface Snapshot {
  byId: Map<string, string>;
  texts: Set<string>;
}

function manifestFiles(paths: readonly string[]): Promise<string[]> {
  return jsonFilesIn(paths, (path) => new ManifestError(path, 'no such file or folder'));
}

async function readSnapshot(paths: readonly string[]): Promise<Snapshot> {
  const byId = new Map<string, string>();
  for (const file of await manifestFiles(paths)) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new ManifestError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    for (const [id, document] of parseManifest(text, file)) byId.set(id, document);
  }
  return { byId, texts: new Set(byId.values()) };
}

/** Loads the manifests. @throws ConfigError (TI_GRAPH_TRUSTED_DOCUMENTS) when one is unusable at start. */
export async function loadTrustedDocuments(options: TrustedDocumentStoreOptions): Promise<TrustedDocumentStore> {
  const { paths, logger } = options;
  let current: Snapshot;
  try {
    current = await readSnapshot(paths);
  } catch (error) {
    if (error instanceof ManifestError) throw new ConfigError('TI_GRAPH_TRUSTED_DOCUMENTS', error.message);
    throw error;
  }
  let generation = 0;
  logger.info({ documents: current.byId.size, manifests: paths }, 'trusted documents loaded');

  type ReloadResult = { ok: true; documents: number } | { ok: false; error: string };
  const reloadOnce = async (): Promise<ReloadResult> => {
    try {
      const next = await readSnapshot(paths);
      current = next;
      generation++;
      logger.info({ documents: next.byId.size }, 'trusted documents reloaded');
      return { ok: true, documents: next.byId.size };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ problem: message, documents: current.byId.size }, 'trusted documents NOT reloaded: the previous set stays in force');
      return { ok: false, error: message };
    }
  };
  // Reloads run one after another, so an older read never lands after a newer one.
  let queue: Promise<unknown> = Promise.resolve();
  const reload = (): Promise<ReloadResult> => {
    const next = queue.then(reloadOnce);
    queue = next;
    return next;
  };

  const watchers: FSWatcher[] = [];
  if (options.watch ?? true) {
    let timer: NodeJS.Timeout | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void reload(), options.debounceMs ?? 100);
      timer.unref();
    };
    for (const path of paths) {
      const absolute = resolve(path);
      const isFolder = (await stat(absolute)).isDirectory();
      const folder = isFolder ? absolute : dirname(absolute);
      const name = basename(absolute);
      try {
        const watcher = watchPath(folder, (_event, changed) => {
          if (isFolder ? !changed || String(changed).endsWith('.json') : !changed || String(changed) === name) schedule();
        });
        watcher.unref();
        watchers.push(watcher);
      } catch (error) {
        logger.warn({ folder, err: error }, 'cannot watch a trusted-documents folder; reload with SIGUSR2');
      }
    }
  }

  return {
    get: (id) => current.byId.get(id),
    hasText: (text) => current.texts.has(text),
    get size() {
      return current.byId.size;
    },
    get generation() {
      return generation;
    },
    reload,
    close() {
      for (const watcher of watchers) watcher.close();
    },
  };
}
